/** GraphQL enums of applications, built from the constant lists the entities use. */
import { graphqlEnum } from '../../common/graphql-enum.js';
import { APPLICATION_STATUSES, EVENT_TYPES, INTAKES, OUTCOMES } from './application-states.js';
import { RECEIPT_KINDS } from './receipt.entity.js';

const STEP: Record<(typeof EVENT_TYPES)[number], string> = {
  submitted: 'The documents were handed in (or submitted by a partner)',
  accept: 'submitted → accepted: the set was complete; registered with a receipt',
  refuseToAccept: 'submitted → notAccepted: the set was incomplete; a receipt names the missing documents',
  startReview: 'accepted → inReview',
  suspend: 'accepted | inReview → suspended: the clock stopped, with a reason',
  resume: 'suspended → the status before: the clock restarted with the remaining term',
  issue: 'inReview → issued',
  refuse: 'inReview → refused, citing the standard\'s grounds',
  deemIssued: 'accepted | inReview → deemedIssued: the deadline passed without a decision where the standard provides it (recorded by the system)',
  handOver: 'issued | refused | deemedIssued → handedOver: the result reached the applicant',
};

export const ApplicationStatusEnum = graphqlEnum(APPLICATION_STATUSES, 'ApplicationStatus',
  'Where an application is: submitted → accepted (or notAccepted: incomplete set) → inReview → issued / refused (or deemedIssued when the deadline passes and the standard says so) → handedOver; suspended stops the clock', {
    submitted: 'Handed in, not yet registered; the term already runs',
    accepted: 'The set was complete: registered, with a receipt',
    notAccepted: 'The set was incomplete: refused acceptance with a receipt naming the missing documents (final)',
    inReview: 'Being examined by the provider',
    suspended: 'The clock is stopped (with a reason) until the application resumes',
    issued: 'The result was issued',
    refused: 'Refused, citing the standard\'s grounds',
    deemedIssued: 'Deemed issued: the deadline passed without a decision, as the standard provides; the result must be handed over',
    handedOver: 'The result (or the refusal) reached the applicant (final)',
  });
export const ApplicationOutcomeEnum = graphqlEnum(OUTCOMES, 'ApplicationOutcome',
  'How a decided application met its deadline: early (a whole unit of the term left, e.g. before the due day), onTime (by the due instant), late', {
    early: 'Decided with at least one whole unit of the term left (for day units: before the due day)',
    onTime: 'Decided in the last unit of the term, by the due instant (for day units: on the due day)',
    late: 'Decided after the due instant, or deemed issued',
  });
export const ApplicationIntakeEnum = graphqlEnum(INTAKES, 'ApplicationIntake', 'Who put the application into the registry: an operator or a partner system', {
  operator: 'Registered by an operator (at a counter, by post, or after the fact)',
  partner: 'Submitted by a partner system through submitApplication',
});
export const ApplicationEventTypeEnum = graphqlEnum(EVENT_TYPES, 'ApplicationEventType', 'A step of the application timeline: the submission or a transition', STEP);
export const ReceiptKindEnum = graphqlEnum(RECEIPT_KINDS, 'ReceiptKind', 'acceptance: documents accepted and registered; refusalToAccept: receipt of refusal to accept an incomplete set, naming the missing documents', {
  acceptance: 'Receipt of acceptance: number, date, documents received, legal due date',
  refusalToAccept: 'Receipt of refusal to accept documents (Res. 586, appendix 2): the missing documents',
});
