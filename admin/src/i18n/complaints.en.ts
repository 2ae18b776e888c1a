/** English messages of the complaints screens (`resources.complaints`); complaints.kk.ts and complaints.ru.ts have this shape. */
import type { ReviewRuleSource } from '../generated/graphql';

export const enComplaintEnums = {
  ReviewRuleSource: {
    standard: 'The standard\'s complaint route',
    referencedLaw: 'The law the route refers to',
    statute: 'The Law "On state services"',
    none: 'No review deadline',
  } satisfies Record<ReviewRuleSource, string>,
};

export const enComplaints = {
  name: 'Complaint |||| Complaints',
  page: { create: 'Register a complaint' },
  empty: 'No complaints registered yet',
  invite: 'Register a complaint as it arrives: its review deadline follows from the standard of the service complained about.',
  fields: {
    registeredAt: 'Registered',
    registeredBy: 'Registered by',
    complainant: 'Complainant',
    subject: 'Subject',
    level: 'Filed with',
    agencyId: 'Provider',
    applicationId: 'Application',
    standardId: 'Standard version',
    standardCode: 'Standard',
    channel: 'Channel',
    complaintLevel: { description: 'Complaint route' },
    reviewValue: 'Review period',
    reviewRuleSource: 'Review period set by',
    reviewDueAt: 'Review due',
    state: 'State',
    resolved: 'Resolved',
    overdue: 'Overdue',
    registeredFrom: 'Registered from',
    registeredTo: 'Registered until',
    resolvedAt: 'Answered',
    justified: 'Justified',
    resolution: 'Answer',
    resolvedOnTime: 'Answered on time',
  },
  states: { open: 'Open', overdue: 'Overdue', resolvedJustified: 'Justified', resolvedUnjustified: 'Not justified' },
  resolve: {
    action: 'Resolve',
    title: 'Resolve the complaint',
    help: 'Record the answer given to the complainant. Whether it was on time follows from the review deadline.',
    justified_yes: 'Justified',
    justified_no: 'Not justified',
    resolved_at_help: 'Leave empty: now',
  },
  create: {
    application_help: 'The application complained about (its standard gives the review deadline); or leave empty and choose the provider',
    agency_help: 'The provider complained about',
    standard_help: 'The standard version whose complaint route applies; leave empty for the statutory terms',
    registered_help: 'Leave empty: now',
  },
  notifications: { registered: 'Complaint registered', resolved: 'Complaint resolved' },
};
