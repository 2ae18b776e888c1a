/**
 * The transitions an operator can press on an application's page: the server's state machine
 * (server/src/modules/applications/application-states.ts), one mutation each. `deemIssued` is not
 * here: the registry applies it itself when a deadline passes (markDeemedIssued). transitions.test.ts
 * checks this table against the server's, so the buttons never offer what the server refuses.
 */
import type { ApplicationStatus } from '../generated/graphql';
import { PROCESSING_ROLES } from '../auth/permissions';

export type TransitionName = 'accept' | 'refuseToAccept' | 'startReview' | 'suspend' | 'resume' | 'issue' | 'refuse' | 'handOver';

/** What the dialog of a transition asks for, beyond the time it happened. */
export type TransitionInput = 'none' | 'operator' | 'reason' | 'optionalReason' | 'grounds' | 'missingDocuments';

export interface Transition {
  name: TransitionName;
  /** The GraphQL mutation (also the `data-testid` of its button: `transition-<mutation>`). */
  mutation: string;
  from: readonly ApplicationStatus[];
  input: TransitionInput;
  /** Ends the case badly or stops it: shown in the error colour. */
  negative: boolean;
}

export const TRANSITIONS: readonly Transition[] = [
  { name: 'accept', mutation: 'acceptApplication', from: ['submitted'], input: 'operator', negative: false },
  { name: 'refuseToAccept', mutation: 'refuseToAcceptApplication', from: ['submitted'], input: 'missingDocuments', negative: true },
  { name: 'startReview', mutation: 'startApplicationReview', from: ['accepted'], input: 'none', negative: false },
  { name: 'issue', mutation: 'issueApplication', from: ['inReview'], input: 'none', negative: false },
  { name: 'refuse', mutation: 'refuseApplication', from: ['inReview'], input: 'grounds', negative: true },
  { name: 'suspend', mutation: 'suspendApplication', from: ['accepted', 'inReview'], input: 'reason', negative: true },
  { name: 'resume', mutation: 'resumeApplication', from: ['suspended'], input: 'optionalReason', negative: false },
  { name: 'handOver', mutation: 'handOverApplication', from: ['issued', 'refused', 'deemedIssued'], input: 'none', negative: false },
];

/** Roles the server lets run the transitions (CAN_PROCESS_APPLICATIONS). */
export const mayProcess = (roles: readonly string[]): boolean =>
  roles.some((role) => (PROCESSING_ROLES as readonly string[]).includes(role));

/** The transitions offered for an application in `status` to a user with `roles`, in the table's order. */
export function allowedTransitions(status: ApplicationStatus | null | undefined, roles: readonly string[]): Transition[] {
  if (!status || !mayProcess(roles)) return [];
  return TRANSITIONS.filter((transition) => transition.from.includes(status));
}
