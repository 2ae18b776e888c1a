/**
 * The life of an application as an explicit state machine. Every transition is one mutation, one
 * transaction and one ApplicationEvent (actor, time, reason). Nothing else changes `status`.
 *
 *   submitted ──accept──────────▶ accepted ──startReview──▶ inReview ──issue──▶ issued ──┐
 *       │                            │  ▲                     │  ▲   ──refuse─▶ refused ─┤
 *       └─refuseToAccept─▶ notAccepted│  └─resume─ suspended ─┘  │                       ├─handOver─▶ handedOver
 *                                    └──suspend──▶ suspended ──resume┘                   │
 *   accepted | inReview ──deemIssued (system, when the deadline passes and the standard says so)──▶ deemedIssued ─┘
 *
 * - notAccepted: the set of documents was incomplete; a refusal-to-accept receipt lists what is missing.
 * - suspended: the clock stops; resume returns to the status the application was suspended from.
 * - deemedIssued: the standard's "silence is consent" rule (e.g. Res. 1130 licences, cl. 16): neither
 *   a licence nor a reasoned refusal by the deadline, so the licence is deemed issued from the moment
 *   the deadline expired, and it must be handed over within the deemedIssuedHandover deadline.
 * - Decided (closedAt set): issued, refused, deemedIssued, notAccepted. Final: handedOver, notAccepted.
 */
export const APPLICATION_STATUSES = [
  'submitted', 'accepted', 'notAccepted', 'inReview', 'suspended', 'issued', 'refused', 'deemedIssued', 'handedOver',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses in which the provider still owes a decision (the overdue board shows these). */
export const OPEN_STATUSES = ['submitted', 'accepted', 'inReview', 'suspended'] as const satisfies readonly ApplicationStatus[];
/** Statuses whose service clock runs. */
export const RUNNING_STATUSES: readonly ApplicationStatus[] = ['submitted', 'accepted', 'inReview'];

export const OUTCOMES = ['early', 'onTime', 'late'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** How the application reached the registry: registered by an operator, or submitted by a partner system. */
export const INTAKES = ['operator', 'partner'] as const;
export type Intake = (typeof INTAKES)[number];

export const TRANSITIONS = {
  accept: { from: ['submitted'], to: 'accepted' },
  refuseToAccept: { from: ['submitted'], to: 'notAccepted' },
  startReview: { from: ['accepted'], to: 'inReview' },
  suspend: { from: ['accepted', 'inReview'], to: 'suspended' },
  /** Back to the status the application was suspended from. */
  resume: { from: ['suspended'], to: null },
  issue: { from: ['inReview'], to: 'issued' },
  refuse: { from: ['inReview'], to: 'refused' },
  deemIssued: { from: ['accepted', 'inReview'], to: 'deemedIssued' },
  handOver: { from: ['issued', 'refused', 'deemedIssued'], to: 'handedOver' },
} as const satisfies Record<string, { from: readonly ApplicationStatus[]; to: ApplicationStatus | null }>;
export type TransitionName = keyof typeof TRANSITIONS;

/** Event types of the timeline: the submission plus one per transition. */
export const EVENT_TYPES = ['submitted', ...Object.keys(TRANSITIONS) as TransitionName[]] as const;
export type ApplicationEventType = 'submitted' | TransitionName;

export function canTransition(name: TransitionName, status: ApplicationStatus): boolean {
  return (TRANSITIONS[name].from as readonly ApplicationStatus[]).includes(status);
}

/** The status a transition leads to (resume: the status before the suspension). */
export function targetStatus(name: TransitionName, suspendedFrom: ApplicationStatus | null): ApplicationStatus {
  const to = TRANSITIONS[name].to;
  if (to) return to;
  if (!suspendedFrom) throw new Error('resume needs the status the application was suspended from');
  return suspendedFrom;
}

export const isOpen = (status: ApplicationStatus) => (OPEN_STATUSES as readonly ApplicationStatus[]).includes(status);
