/**
 * GraphQL enums built from the same constant lists the corpus schema and the entities use, so the
 * three can never disagree. Values keep the code spelling (camelCase) stored in the database.
 */
import { graphqlEnum } from './graphql-enum.js';
import * as C from '../corpus/corpus.schema.js';
import { STANDARD_STATUSES } from '../modules/standards/service-standard.entity.js';
import { SPECIAL_DAY_KINDS } from '../modules/calendar/production-calendar.js';

const SPECIAL_DAYS = {
  publicHoliday: 'A public holiday (a day off by the Labour Code)',
  religiousHoliday: 'A religious holiday declared a day off (Kurban ait, Orthodox Christmas)',
  transferredDayOff: 'A working day made a day off by a government decision (moved from a weekend)',
  transferredWorkingDay: 'A weekend day made a working day by a government decision',
  postponedHoliday: 'The day off that replaces a holiday falling on a weekend',
} as const;

export const AgencyKind = graphqlEnum(C.AGENCY_KINDS, 'AgencyKind', 'What sort of body an agency is', {
  government: 'The Government of the Republic of Kazakhstan', ministry: 'A ministry', committee: 'A committee of a ministry',
  territorialBody: 'A territorial body of a ministry or committee', localExecutiveBody: 'A local executive body (akimat or its department)',
  pscEnterprise: 'The state enterprise that runs the public service centres', pscBranch: 'A regional branch of the public service centres',
  pscOffice: 'A public service centre office', portal: 'A web portal (e-government, e-licensing)',
  qualityControlBody: 'The authorised body for the assessment and control of the quality of state services',
  contactCentre: 'A contact centre (e.g. 1414)', other: 'Any other body',
});
export const LegalActKind = graphqlEnum(C.LEGAL_ACT_KINDS, 'LegalActKind', 'Kind of legal act', {
  constitution: 'The Constitution', code: 'A code (Tax Code, Code on administrative offences …)', law: 'A law',
  presidentialDecree: 'A decree of the President', governmentResolution: 'A resolution of the Government',
  ministerialOrder: 'An order of a minister', other: 'Any other act',
});
export const LegalActStatus = graphqlEnum(['inForce', 'repealed', 'unknown'] as const, 'LegalActStatus', 'Whether the act is in force', {
  inForce: 'In force', repealed: 'Repealed (lost force)', unknown: 'The sources do not say',
});
export const LegalActRelationKind = graphqlEnum(['amends', 'repeals'] as const, 'LegalActRelationKind', 'How one act affects another', {
  amends: 'The source act amends the target act', repeals: 'The source act repeals the target act',
});
export const Channel = graphqlEnum(C.CHANNELS, 'Channel', 'Where an application is filed: provider office, public service centre, e-licensing portal, e-government portal', {
  office: 'The office of the service provider (in person or by post)', psc: 'A public service centre (PSC, ЦОН)',
  elicense: 'The e-licensing web portal (elicense.kz)', egov: 'The e-government web portal (egov.kz)',
});
export const RecipientKind = graphqlEnum(C.RECIPIENT_KINDS, 'RecipientKind', 'Who may receive the service', {
  individual: 'An individual (natural person)', legalEntity: 'A legal entity',
  individualEntrepreneur: 'An individual entrepreneur', foreignStateBody: 'A body of a foreign state',
});
export const SubServiceKind = graphqlEnum(C.SUB_SERVICE_KINDS, 'SubServiceKind', 'Kind of sub-service', {
  issuance: 'Issuance of the permit, licence or document', licenceAnnex: 'Issuance of an annex to a licence',
  reissuance: 'Re-issuance (e.g. after a change of name or address)', duplicate: 'Issuance of a duplicate',
  registration: 'Registration', reregistration: 'Re-registration', other: 'Any other sub-service',
});
export const DeadlineKind = graphqlEnum(C.DEADLINE_KINDS, 'DeadlineKind', 'What a deadline limits', {
  processing: 'The service deadline itself', completenessCheck: 'Check that the document set is complete (refusing later on that ground is barred)',
  refusalDelivery: 'Hand-over of a reasoned refusal', deemedIssuedHandover: 'Hand-over of the document after it is deemed issued',
  deemedReceived: 'Second stage of "silence is consent": the result is deemed received',
  applicantFilingWindow: 'The applicant\'s own obligation (e.g. apply for re-issuance within 30 days)',
  maxQueueWait: 'Maximum permissible wait in the queue to hand in documents', maxServiceTime: 'Maximum permissible time served at the counter',
  complaintReview: 'Review of a complaint', pscHandover: 'Hand-over of the result from the provider to the PSC',
  pscResultStorage: 'How long the PSC keeps uncollected results', documentValidity: 'How long an input document stays valid',
  other: 'Any other deadline',
});
export const DeadlineUnit = graphqlEnum(C.DEADLINE_UNITS, 'DeadlineUnit', 'Unit a deadline is counted in', {
  minutes: 'Minutes', hours: 'Hours', workingDays: 'Working days of the production calendar',
  calendarDays: 'Calendar days', months: 'Months', years: 'Years',
});
export const DeadlineParty = graphqlEnum(C.DEADLINE_PARTIES, 'DeadlineParty', 'Who owes a deadline', {
  provider: 'The service provider', psc: 'The public service centre', applicant: 'The applicant', ministry: 'The ministry',
  qualityControlBody: 'The authorised body for quality control', consentingBody: 'A body whose consent the provider needs',
});
export const Comparator = graphqlEnum(C.COMPARATORS, 'Comparator', 'How the law words the limit (not later than, within …)', {
  notLaterThan: '"not later than"', within: '"within"', notExceeding: '"not exceeding"', atLeast: '"at least"', exactly: 'An exact period',
});
export const CopyKind = graphqlEnum(C.COPY_KINDS, 'CopyKind', 'Original, copy, electronic document, data …', {
  original: 'The original', copy: 'A copy', originalOrCopy: 'The original or a copy', electronicDocument: 'An electronic document',
  electronicCopy: 'An electronic copy of a paper document', data: 'Details entered in the application, no document',
  information: 'Information (a statement, a certificate of facts)',
});
export const Notarisation = graphqlEnum(C.NOTARISATION, 'Notarisation', 'Whether a copy must be notarised', {
  no: 'No notarisation', yes: 'The copy must be notarised', ifOriginalNotPresented: 'Notarised only when the original is not shown for comparison',
});
export const FeeKind = graphqlEnum(C.FEE_KINDS, 'FeeKind', 'Whether and how the service is paid', {
  free: 'Free of charge', licenceFee: 'A licence fee set by the Tax Code', stateDuty: 'A state duty set by the Tax Code', fixedAmount: 'A fixed amount stated by the standard',
});
export const Automation = graphqlEnum(C.AUTOMATION, 'Automation', 'Degree of automation of the service', {
  automated: 'Fully automated', partlyAutomated: 'Partly automated', nonAutomated: 'Not automated',
});
export const Medium = graphqlEnum(C.MEDIA, 'Medium', 'Electronic or paper', { electronic: 'Electronic', paper: 'Paper' });
export const ContactPurpose = graphqlEnum(C.CONTACT_PURPOSES, 'ContactPurpose', 'What a contact point or schedule is for', {
  documentAcceptance: 'Acceptance of documents', complaints: 'Filing complaints', complaintExplanation: 'Explanations on how to complain',
  complaintAnswers: 'Answers to complaints', information: 'Information on the service', resultPickup: 'Pick-up of the result',
  improperService: 'Reports of improper service', other: 'Anything else',
});
export const ComplaintLevelKind = graphqlEnum(C.COMPLAINT_LEVELS, 'ComplaintLevelKind', 'Level of the complaint route', {
  providerHead: 'The head of the service provider', ministry: 'The ministry', pscHead: 'The head of the public service centre',
  qualityControlBody: 'The authorised body for the assessment and control of the quality of state services', court: 'A court', other: 'Any other level',
});
export const FormKind = graphqlEnum(C.FORM_KINDS, 'FormKind', 'Kind of appendix form', {
  application: 'An application form', receipt: 'A receipt of accepted documents', refusalToAcceptReceipt: 'A receipt of refusal to accept documents',
  informationForm: 'A form of information the applicant provides', other: 'Any other form',
});
export const FormFieldType = graphqlEnum(C.FORM_FIELD_TYPES, 'FormFieldType', 'Type of a form field', {
  header: 'A heading block (e.g. the applicant\'s details)', addressee: 'To whom the form is addressed', title: 'The title of the form',
  text: 'Free text', blank: 'A blank line to fill in', choice: 'A choice among options', date: 'A date', number: 'A number',
  list: 'A list of items', fixedText: 'Printed text, nothing to fill in', consent: 'A consent statement', signature: 'A signature',
  table: 'A table',
});
export const Weekday = graphqlEnum(C.WEEKDAYS, 'Weekday', 'Day of the week', {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
});
export const IndicatorGroup = graphqlEnum(C.INDICATOR_GROUPS, 'IndicatorGroup', 'Group of a quality indicator', {
  timeliness: 'Timeliness', quality: 'Quality', accessibility: 'Accessibility', complaints: 'The complaint process', courtesy: 'Courtesy',
});
export const StandardStatus = graphqlEnum(STANDARD_STATUSES, 'StandardStatus', 'Lifecycle of a standard version: draft → published → repealed', {
  draft: 'Being edited; not public', published: 'Published and frozen; in force from validFrom (until validTo)', repealed: 'Repealed by an act; no longer in force from validTo',
});
export const AmendmentKind = graphqlEnum(['newEdition', 'clauseAmendment'] as const, 'AmendmentKind', 'Whether an act re-enacted the whole standard or amended clauses', {
  newEdition: 'The act set out the whole standard in a new edition', clauseAmendment: 'The act amended some clauses',
});
export const SpecialDayKind = graphqlEnum(SPECIAL_DAY_KINDS, 'SpecialDayKind', 'Kind of a special day of the production calendar: public, religious or postponed holiday, transferred day off, transferred working day', SPECIAL_DAYS);
export const DayKind = graphqlEnum(['workday', 'weekend', ...SPECIAL_DAY_KINDS] as const, 'DayKind', 'What a calendar date is: an ordinary workday (Mon–Fri), an ordinary weekend day (Sat, Sun) or one of the special day kinds', {
  workday: 'An ordinary working day (Monday to Friday)', weekend: 'An ordinary weekend day (Saturday, Sunday)', ...SPECIAL_DAYS,
});
