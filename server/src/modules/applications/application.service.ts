/**
 * Writes to applications: registration (operators), idempotent submission (partners) and one function
 * per transition of the state machine (application-states.ts). Each is one transaction that either
 * commits the new status, the pinned dates and exactly one timeline event, or changes nothing.
 * The hot path (submission, transitions) reads what it checks in one statement and writes in one
 * (application-writes.ts); the standard's parts come from the published-parts cache (pinned-parts.ts).
 *
 * Times: an operator may register a paper application, or a step of it, after the fact (`submittedAt`,
 * `at`); a step may not precede the previous one nor lie in the future.
 *
 * "Deemed issued": where the pinned standard has a deemedIssuedHandover deadline, an application
 * still accepted or in review when its due date passes is deemed issued from the due instant. The
 * registry applies that rule itself: `sweepDeemedIssued` (mutation markDeemedIssued, and before every
 * transition of an application whose deadline has passed), recording a "system" event at the due
 * instant and starting the hand-over deadline.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Application, type IApplication } from './application.entity.js';
import { ApplicationEvent } from './application-event.entity.js';
import { IDEMPOTENCY_KEY_TTL_HOURS } from './idempotency-key.entity.js';
import {
  findApplicationForStep, insertApplication, readSubmissionBasis, saveStep, type ApplicationForStep, type EventRow, type ReceiptRow, type SubmissionBasis,
} from './application-writes.js';
import { pinnedParts, type PinnedPartKind, type PinnedParts } from './pinned-parts.js';
import {
  canTransition, targetStatus, TRANSITIONS, RUNNING_STATUSES,
  type ApplicationEventType, type ApplicationStatus, type TransitionName,
} from './application-states.js';
import {
  documentList, dueDate, missingDocuments, outcomeAt, pinRules, pscHandoverDue, remainingAt, resumedDueDate,
  appliesToApplicant, type PinnedRules, type DueRule,
} from './application-rules.js';
import { identifierProblem } from './iin-bin.js';
import type { AcceptArgs, ApplicationInput, OptionalReasonArgs, ReasonArgs, RefuseArgs, TransitionArgs } from './application.inputs.js';
import { IDEMPOTENCY_KEY_PATTERN } from './application.inputs.js';
import { ServiceStandard, type IServiceStandard } from '../standards/service-standard.entity.js';
import { DeadlineRule, type IDeadlineRule } from '../standards/deadline-rule.entity.js';
import type { IDocumentRequirement } from '../standards/document-requirement.entity.js';
import { RefusalGround } from '../standards/refusal-ground.entity.js';
import { StandardAgencyRole } from '../standards/standard-links.entity.js';
import { calendarAt, currentCalendar } from '../calendar/calendar.provider.js';
import { astanaDate } from '../calendar/due-date.js';
import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { AppError, InputErrors, invalidInput, notFound } from '../../common/errors.js';
import { assertVersion, inTransaction } from '../../common/transaction.js';
import { isId } from '../../common/loader-factories.js';
import { assertMayProcess } from './application-scope.js';
import type { Context } from '../../context.js';

/** Clock skew tolerated between a client's "now" and ours. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const IN_PERSON_CHANNELS = ['office', 'psc'];
export const SYSTEM_ACTOR = 'system';

type Actor = Pick<Context, 'identity' | 'requestId'>;

// ------------------------------------------------------------------------------- registration

/**
 * Validates an application submitted at `submittedAt` against the standard version in force then
 * (read with the calendar revision, and the partner's key claim, by readSubmissionBasis) and builds
 * its row (not written). The calendar is read only when the standard sets a processing deadline.
 */
async function buildApplication(em: EntityManager, actor: Actor & Pick<Context, 'em'>, input: ApplicationInput, intake: 'operator' | 'partner', now: Date, basis: SubmissionBasis): Promise<IApplication> {
  const scopeOf = actor;
  const errors = new InputErrors();
  const submittedAt = input.submittedAt ?? now;
  if (submittedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.add('submittedAt', 'cannot be in the future');

  const kind = input.applicantKind;
  const identifier = input.applicantIdentifier?.trim() || null;
  if (kind === 'foreignStateBody') {
    if (identifier && identifierProblem(identifier, 'BIN') && identifierProblem(identifier, 'IIN')) {
      errors.add('applicantIdentifier', `${identifierProblem(identifier, 'BIN')} (a foreign state body needs no identifier; if one is given it must be a valid IIN or BIN)`);
    }
  } else {
    const idKind = kind === 'legalEntity' ? 'BIN' : 'IIN';
    const who = kind === 'legalEntity' ? 'a legal entity is identified by its BIN' : `an ${kind === 'individual' ? 'individual' : 'individual entrepreneur'} is identified by an IIN`;
    if (!identifier) errors.add('applicantIdentifier', `is required: ${who}`);
    else {
      const problem = identifierProblem(identifier, idKind);
      if (problem) errors.add('applicantIdentifier', `${problem} (${who})`);
    }
  }
  if (!input.applicantName.trim()) errors.add('applicantName', 'must not be empty');

  const day = astanaDate(submittedAt);
  const { standard } = basis;
  if (!standard) {
    const versions = await em.find(ServiceStandard, { code: input.standardCode, status: { $in: ['published', 'repealed'] } }, { orderBy: { versionNumber: 'asc' } });
    errors.add('standardCode', versions.length
      ? `no version of "${input.standardCode}" was in force on ${day} (the submission date); versions: ${versions.map((v) => `v${v.versionNumber} ${v.validFrom ?? '?'} – ${v.validTo ?? 'open'}`).join(', ')}`
      : `no published standard has code "${input.standardCode}"`);
    errors.throwIfAny();
  }
  const s = standard!;
  const { subServices, deadlineRules: rules, documentRequirements: documents } = await pinnedParts(em, s, ['subServices', 'deadlineRules', 'documentRequirements']);
  const label = `${s.code} v${s.versionNumber}`;
  let list: readonly IDocumentRequirement[] = [];
  if (!subServices.some((x) => x.code === input.subService)) {
    errors.add('subService', `${label} has no sub-service "${input.subService}" (it offers ${subServices.map((x) => x.code).join(', ')})`);
  } else if (!(s.channels as string[]).includes(input.channel)) {
    errors.add('channel', `${label} is not offered through ${input.channel} (channels: ${s.channels.join(', ')})`);
  } else {
    list = documentList(documents, input.subService, input.channel);
    if (!list.length) {
      const offered = [...new Set(documents.filter((d) => d.subService === input.subService).map((d) => d.channel))];
      errors.add('channel', `${label} does not accept "${input.subService}" applications through ${input.channel}: the standard lists documents for it only through ${offered.join(', ') || 'no channel'}`);
    }
  }
  if (!(s.recipients as string[]).includes(kind)) {
    errors.add('applicantKind', `${label} serves ${s.recipients.join(', ')} only, not ${kind}`);
  }
  if (list.length) {
    const seen = new Set<number>();
    input.documents.forEach((ordinal, i) => {
      const doc = list.find((d) => d.ordinal === ordinal);
      if (seen.has(ordinal)) errors.add(`documents.${i}`, `document ${ordinal} is listed twice`);
      else if (!doc) errors.add(`documents.${i}`, `document ${ordinal} is not in the list of ${label} for "${input.subService}" through ${input.channel} (documents ${list.map((d) => d.ordinal).join(', ')})`);
      else if (!appliesToApplicant(doc, kind)) errors.add(`documents.${i}`, `document ${ordinal} ("${doc.title.en}") is required of ${doc.recipients.join(', ')} only, not of ${kind}`);
      seen.add(ordinal);
    });
  }
  const inPerson = IN_PERSON_CHANNELS.includes(input.channel);
  for (const field of ['queueWaitMinutes', 'serviceMinutes'] as const) {
    if (input[field] !== null && input[field] !== undefined && !inPerson) errors.add(field, `is recorded only for in-person channels (office, psc), not ${input.channel}`);
  }
  let agencyId = s.provider.id;
  if (input.agencyId) {
    if (!(await agencyMayProvide(em, s, input.agencyId))) {
      errors.add('agencyId', `agency "${input.agencyId}" does not provide ${label}: it must be the provider, one of its subordinate bodies, or an agency the standard names`);
    } else agencyId = input.agencyId;
  }
  errors.throwIfAny();
  // Operators register for their own agency, ministry admins within their subtree; partners anywhere.
  if (intake === 'operator') await assertMayProcess(scopeOf, agencyId, `agency of ${label}`);

  const pinned = pinRules(rules, input.subService, input.channel);
  const days = pinned.processing ? await calendarAt(em, basis.calendarKey) : null;
  const dueAt = pinned.processing && days ? dueDate(submittedAt, pinned.processing, days) : null;
  return {
    status: 'submitted',
    intake,
    applicantKind: kind,
    applicantIdentifier: identifier,
    applicantName: input.applicantName.trim(),
    standard: { id: s.id },
    standardCode: s.code,
    standardVersion: s.versionNumber,
    subService: input.subService,
    channel: input.channel,
    agency: { id: agencyId },
    responsibleOperator: input.responsibleOperator ?? null,
    presentedDocuments: [...input.documents].sort((a, b) => a - b),
    queueWaitMinutes: input.queueWaitMinutes ?? null,
    serviceMinutes: input.serviceMinutes ?? null,
    queueWaitLimitMinutes: pinned.queueWaitLimitMinutes,
    serviceTimeLimitMinutes: pinned.serviceTimeLimitMinutes,
    deadlineValue: pinned.processing?.value ?? null,
    deadlineUnit: pinned.processing?.unit ?? null,
    deadlineExcludeStartDay: pinned.processing?.excludeStartDay ?? false,
    deemedIssuedApplies: pinned.deemedIssuedHandover !== null && pinned.processing !== null,
    submittedAt,
    dueAt,
    pscHandoverDueAt: dueAt && days && pinned.pscHandover ? pscHandoverDue(dueAt, days) : null,
    refusalGroundIds: [],
    submittedBy: actor.identity.actor,
  } as unknown as IApplication;
}

async function agencyMayProvide(em: EntityManager, standard: IServiceStandard, agencyId: string): Promise<boolean> {
  if (!isId(agencyId)) return false;
  if (agencyId === standard.provider.id) return true;
  if (await em.count(StandardAgencyRole, { standard: standard.id, agency: agencyId })) return true;
  const rows = await em.execute<{ found: boolean }[]>(
    `with recursive sub as (select id from agency where parent_id = ? union all select a.id from agency a join sub on a.parent_id = sub.id)
     select exists(select 1 from sub where id = ?) as found`, [standard.provider.id, agencyId]);
  return rows[0]?.found === true;
}

/** The timeline event of a step that brought `application` to its current status. */
function eventOf(actor: Actor | 'system', application: IApplication, type: ApplicationEventType, from: ApplicationStatus | null, at: Date, reason: string | null, data: Record<string, unknown> | null): EventRow {
  return {
    type,
    fromStatus: from,
    toStatus: application.status,
    at,
    actor: actor === 'system' ? SYSTEM_ACTOR : actor.identity.actor,
    reason,
    data,
    requestId: actor === 'system' ? null : actor.requestId,
  };
}

/** Validates, then writes the application with its submission event (and links the claimed idempotency key). */
async function createApplication(em: EntityManager, ctx: Context, input: ApplicationInput, intake: 'operator' | 'partner', now: Date, basis: SubmissionBasis): Promise<IApplication> {
  const application = await buildApplication(em, ctx, input, intake, now, basis);
  const event = eventOf(ctx, application, 'submitted', null, application.submittedAt, null, {
    documents: application.presentedDocuments, dueAt: application.dueAt?.toISOString() ?? null,
  });
  return insertApplication(em, application, event, basis.claimedKeyId ?? undefined);
}

/** An operator registers an application handed in at a counter (or by post), possibly after the fact. */
export function registerApplication(ctx: Context, input: ApplicationInput): Promise<IApplication> {
  return inTransaction(ctx, async (em) => {
    const now = new Date();
    const basis = await readSubmissionBasis(em, input.standardCode, astanaDate(input.submittedAt ?? now));
    return createApplication(em, ctx, input, 'operator', now, basis);
  });
}

/** SHA-256 of the input with its keys sorted, so the same application always hashes the same. */
export function hashInput(input: object): string {
  const canonical = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined && (value as Record<string, unknown>)[k] !== null)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(input))).digest('hex');
}

/**
 * A partner submits an application under its own idempotency key. The key is claimed by inserting
 * its row first, in the submission's transaction: a concurrent call with the same key blocks on that
 * row until the first commits (then finds the key taken and returns the same application) or rolls
 * back (then claims the key itself). An expired key is claimed anew by the same statement.
 */
export async function submitApplication(ctx: Context, input: ApplicationInput, idempotencyKey: string): Promise<IApplication> {
  if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) throw invalidInput('idempotencyKey', 'must be 1-200 characters: letters, digits, ".", "_", ":", "-"');
  if (input.submittedAt) throw invalidInput('submittedAt', 'partners submit in real time: the registry sets the submission time');
  const owner = ctx.identity.partner ?? ctx.identity.actor;
  const hash = hashInput(input);
  return inTransaction(ctx, async (em) => {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000);
    const basis = await readSubmissionBasis(em, input.standardCode, astanaDate(now), { owner, key: idempotencyKey, requestHash: hash, createdAt: now, expiresAt });
    if (!basis.claimedKeyId) {
      const [existing] = await em.execute<{ request_hash: string; application_id: string | null; created_at: Date }[]>(
        'select request_hash, application_id, created_at from idempotency_key where owner = ? and key = ?', [owner, idempotencyKey]);
      if (!existing?.application_id) throw new AppError('CONFLICT', 'idempotencyKey: a submission with this key is still being processed; retry shortly', { field: 'idempotencyKey' });
      if (existing.request_hash !== hash) {
        throw new AppError('CONFLICT',
          `idempotencyKey: "${idempotencyKey}" was used at ${new Date(existing.created_at).toISOString()} for a different application; use a new key for a new submission (keys expire after ${IDEMPOTENCY_KEY_TTL_HOURS} h)`,
          { field: 'idempotencyKey', applicationId: existing.application_id });
      }
      return findApplication(em, existing.application_id);
    }
    return createApplication(em, ctx, input, 'partner', now, basis);
  });
}

// -------------------------------------------------------------------------------- transitions

async function findApplication(em: EntityManager, id: string): Promise<IApplication> {
  const application = isId(id) ? await em.findOne(Application, { id }) : null;
  if (!application) throw notFound('Application', id);
  return application;
}

function transitionRefused(name: TransitionName, application: IApplication): AppError {
  const allowed = TRANSITIONS[name].from.join(', ');
  const verb: Record<TransitionName, string> = {
    accept: 'accept', refuseToAccept: 'refuse to accept', startReview: 'start reviewing', suspend: 'suspend', resume: 'resume',
    issue: 'issue', refuse: 'refuse', deemIssued: 'mark as deemed issued', handOver: 'hand over the result of',
  };
  const deemed = application.status === 'deemedIssued'
    ? ` (the result was deemed issued at ${application.closedAt?.toISOString()}, when the deadline passed without a decision, as the standard provides; only the hand-over remains)`
    : '';
  return invalidInput('status', `cannot ${verb[name]} an application that is ${application.status}${deemed}; ${name} is allowed from ${allowed}`);
}

/** The time of the step: given or now; never before the application's last step, never in the future. */
function stepTime({ application, lastEvent: last }: ApplicationForStep, at: Date | null | undefined): Date {
  const now = new Date();
  const time = at ?? now;
  if (time.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw invalidInput('at', 'cannot be in the future');
  const previous = last?.at ?? application.submittedAt;
  if (time.getTime() < previous.getTime()) {
    throw invalidInput('at', `cannot be before the previous step (${last?.type ?? 'submitted'} at ${previous.toISOString()})`);
  }
  return time;
}

/** The parts of the application's pinned standard version, as a transition reads them. */
type PartsOf = <K extends PinnedPartKind>(kinds: readonly K[]) => Promise<PinnedParts<K>>;

async function standardRules(parts: PartsOf, application: IApplication): Promise<PinnedRules> {
  return pinRules((await parts(['deadlineRules'])).deadlineRules, application.subService, application.channel);
}

/**
 * Applies the "deemed issued" rule to one application as of `asOf`: when it is accepted or in review,
 * the rule applies and the due instant has passed, it becomes deemedIssued at the due instant, late,
 * with the hand-over deadline counted from the day the deadline expired. Returns the system event of
 * the change (to be written with it), or null when nothing changed.
 */
async function applyDeemedIssued(application: IApplication, asOf: Date, calendar: ProductionCalendar, handover: () => Promise<DueRule | null>): Promise<EventRow | null> {
  if (!application.deemedIssuedApplies || !application.dueAt || !RUNNING_STATUSES.includes(application.status)) return null;
  if (!canTransition('deemIssued', application.status)) return null;
  if (asOf.getTime() <= application.dueAt.getTime()) return null;
  const rule = await handover();
  const from = application.status;
  const dueAt = application.dueAt;
  application.status = 'deemedIssued';
  application.closedAt = dueAt;
  application.outcome = 'late';
  application.handoverDueAt = rule ? dueDate(dueAt, { ...rule, excludeStartDay: true }, calendar) : null;
  return eventOf('system', application, 'deemIssued', from, dueAt, 'the deadline passed without a licence or a reasoned refusal: deemed issued, as the standard provides', {
    dueAt: dueAt.toISOString(), handoverDueAt: application.handoverDueAt?.toISOString() ?? null,
  });
}

/** What a transition's own step adds: the event's reason and data, and the receipt it issues. */
interface StepResult { reason?: string | null; data?: Record<string, unknown> | null; receipt?: ReceiptRow }
interface Step { em: EntityManager; application: IApplication; at: Date; calendar: ProductionCalendar; parts: PartsOf }

/**
 * The frame of every transition: load (with the last event and the calendar revision, one
 * statement), scope, version, time, the deemed-issued rule, the state check, the step, then one
 * statement writing the row, its events and its receipt.
 */
async function transition(ctx: Context, name: TransitionName, args: TransitionArgs, apply: (step: Step) => Promise<StepResult>): Promise<IApplication> {
  return inTransaction(ctx, async (em) => {
    const found = isId(args.id) ? await findApplicationForStep(em, args.id) : null;
    if (!found) throw notFound('Application', args.id);
    const { application } = found;
    await assertMayProcess(ctx, application.agency.id);
    if (args.version !== null && args.version !== undefined) assertVersion('Application', application, args.version);
    const before = { ...application };
    const at = stepTime(found, args.at);
    const calendar = await calendarAt(em, found.calendarKey);
    const parts: PartsOf = (kinds) => pinnedParts(em, found.standard, kinds);
    const events: EventRow[] = [];
    if (name !== 'deemIssued') {
      const deemed = await applyDeemedIssued(application, at, calendar, async () => (await standardRules(parts, application)).deemedIssuedHandover);
      if (deemed) events.push(deemed);
    }
    if (!canTransition(name, application.status)) throw transitionRefused(name, application);
    const from = application.status;
    const result = await apply({ em, application, at, calendar, parts });
    application.status = targetStatus(name, from === 'suspended' ? application.suspendedFromStatus ?? null : null);
    if (name === 'resume') application.suspendedFromStatus = null;
    events.push(eventOf(ctx, application, name, from, at, result.reason ?? null, result.data ?? null));
    return saveStep(em, before, application, events, result.receipt ?? null);
  });
}

async function documentsOf(parts: PartsOf, application: IApplication): Promise<IDocumentRequirement[]> {
  return documentList((await parts(['documentRequirements'])).documentRequirements, application.subService, application.channel);
}

const asReceiptDocument = (d: IDocumentRequirement): number => d.ordinal;
const describe = (docs: IDocumentRequirement[]) => docs.map((d) => `${d.ordinal}) ${d.title.en}`).join('; ');

export function acceptApplication(ctx: Context, args: AcceptArgs): Promise<IApplication> {
  return transition(ctx, 'accept', args, async ({ application, at, parts }) => {
    const list = await documentsOf(parts, application);
    const missing = missingDocuments(list, application.applicantKind, application.presentedDocuments);
    if (missing.length) {
      throw invalidInput('documents', `the set is incomplete, so it cannot be accepted: missing ${describe(missing)}; register a refusal to accept instead (refuseToAcceptApplication), which gives the applicant a receipt naming them`);
    }
    const presented = new Set(application.presentedDocuments);
    const receipt: ReceiptRow = {
      kind: 'acceptance', issuedAt: at, dueAt: application.dueAt ?? null,
      documentsReceived: list.filter((d) => presented.has(d.ordinal)).map(asReceiptDocument), missingDocuments: [],
      issuedBy: ctx.identity.actor,
    };
    application.acceptedAt = at;
    application.responsibleOperator = args.operator ?? application.responsibleOperator ?? ctx.identity.actor;
    // The receipt's registration number is taken, and added to the data as receiptNumber, by saveStep.
    return { data: { dueAt: application.dueAt?.toISOString() ?? null }, receipt };
  });
}

export function refuseToAcceptApplication(ctx: Context, args: TransitionArgs): Promise<IApplication> {
  return transition(ctx, 'refuseToAccept', args, async ({ application, at, parts }) => {
    const list = await documentsOf(parts, application);
    const missing = missingDocuments(list, application.applicantKind, application.presentedDocuments);
    if (!missing.length) {
      throw invalidInput('documents', 'the set is complete (every required document was presented): refusing to accept is allowed only when documents of the standard\'s list are missing; accept it (acceptApplication) and refuse on the merits if there is a ground');
    }
    const presented = new Set(application.presentedDocuments);
    const receipt: ReceiptRow = {
      kind: 'refusalToAccept', issuedAt: at, dueAt: null,
      documentsReceived: list.filter((d) => presented.has(d.ordinal)).map(asReceiptDocument),
      missingDocuments: missing.map(asReceiptDocument), issuedBy: ctx.identity.actor,
    };
    application.closedAt = at;
    application.outcome = null;
    return { reason: `incomplete set: missing ${describe(missing)}`, data: { missing: missing.map((d) => d.ordinal) }, receipt };
  });
}

export function startReview(ctx: Context, args: TransitionArgs): Promise<IApplication> {
  return transition(ctx, 'startReview', args, async () => ({}));
}

export function suspendApplication(ctx: Context, args: ReasonArgs): Promise<IApplication> {
  return transition(ctx, 'suspend', args, async ({ application, at, calendar }) => {
    const remaining = application.dueAt && application.deadlineUnit
      ? remainingAt(application.submittedAt, application.dueAt, application.deadlineUnit, at, calendar) : null;
    application.suspendedFromStatus = application.status;
    application.suspendedAt = at;
    application.suspendedRemaining = remaining;
    return { reason: args.reason, data: { remaining, unit: application.deadlineUnit, dueAt: application.dueAt?.toISOString() ?? null } };
  });
}

export function resumeApplication(ctx: Context, args: OptionalReasonArgs): Promise<IApplication> {
  return transition(ctx, 'resume', args, async ({ application, at, calendar }) => {
    const previous = application.dueAt;
    if (application.dueAt && application.deadlineUnit && application.suspendedRemaining !== null && application.suspendedRemaining !== undefined) {
      application.dueAt = resumedDueDate(application.dueAt, application.suspendedRemaining, application.deadlineUnit, at, calendar);
      if (application.pscHandoverDueAt) application.pscHandoverDueAt = pscHandoverDue(application.dueAt, calendar);
    }
    const suspendedFor = application.suspendedAt ? at.getTime() - application.suspendedAt.getTime() : null;
    application.suspendedAt = null;
    application.suspendedRemaining = null;
    return { reason: args.reason ?? null, data: { previousDueAt: previous?.toISOString() ?? null, dueAt: application.dueAt?.toISOString() ?? null, suspendedMinutes: suspendedFor === null ? null : Math.round(suspendedFor / 60_000) } };
  });
}

function decide(application: IApplication, at: Date, calendar: ProductionCalendar): void {
  application.closedAt = at;
  application.outcome = application.dueAt && application.deadlineUnit
    ? outcomeAt(application.submittedAt, application.dueAt, application.deadlineUnit, at, calendar) : null;
}

export function issueApplication(ctx: Context, args: TransitionArgs): Promise<IApplication> {
  return transition(ctx, 'issue', args, async ({ application, at, calendar }) => {
    decide(application, at, calendar);
    return { data: { outcome: application.outcome } };
  });
}

export function refuseApplication(ctx: Context, args: RefuseArgs): Promise<IApplication> {
  return transition(ctx, 'refuse', args, async ({ em, application, at, calendar, parts }) => {
    const { refusalGrounds: grounds } = await parts(['refusalGrounds']);
    const label = `${application.standardCode} v${application.standardVersion}`;
    const errors = new InputErrors();
    if (!grounds.length) throw invalidInput('groundIds', `${label} lists no grounds for refusal, so the service cannot be refused`);
    if (!args.groundIds.length) errors.add('groundIds', `cite at least one of the ${grounds.length} refusal grounds of ${label}`);
    const cited: (typeof grounds)[number][] = [];
    const foreign = args.groundIds.filter(isId).filter((id) => !grounds.some((g) => g.id === id));
    const owners = foreign.length ? await em.find(RefusalGround, { id: { $in: foreign } }) : [];
    const ownerStandards = owners.length ? await em.find(ServiceStandard, { id: { $in: owners.map((g) => g.standard.id) } }) : [];
    args.groundIds.forEach((id, i) => {
      const ground = grounds.find((g) => g.id === id);
      if (cited.some((g) => g.id === id)) errors.add(`groundIds.${i}`, 'is cited twice');
      else if (ground) cited.push(ground);
      else {
        const other = owners.find((g) => g.id === id);
        const otherStandard = other && ownerStandards.find((x) => x.id === other.standard.id);
        const whose = otherStandard ? `it is a ground of ${otherStandard.code} v${otherStandard.versionNumber}` : 'no refusal ground has this id';
        errors.add(`groundIds.${i}`, `only the refusal grounds of ${label} may be cited (ordinals ${grounds.map((g) => g.ordinal).join(', ')}); ${whose}`);
      }
    });
    errors.throwIfAny();
    decide(application, at, calendar);
    application.refusalGroundIds = cited.map((g) => g.id);
    const delivery = (await standardRules(parts, application)).refusalDelivery;
    application.handoverDueAt = delivery ? dueDate(at, delivery, calendar) : null;
    return { reason: args.reason ?? null, data: { grounds: cited.map((g) => g.ordinal), outcome: application.outcome, handoverDueAt: application.handoverDueAt?.toISOString() ?? null } };
  });
}

export function handOverApplication(ctx: Context, args: TransitionArgs): Promise<IApplication> {
  return transition(ctx, 'handOver', args, async ({ application, at }) => {
    application.handedOverAt = at;
    const late = application.handoverDueAt ? at.getTime() > application.handoverDueAt.getTime() : null;
    return { data: { handoverDueAt: application.handoverDueAt?.toISOString() ?? null, handoverLate: late } };
  });
}

/**
 * Applies the "deemed issued" rule to every application whose deadline passed by `asOf`, in batches
 * (one transaction per batch). Also drops idempotency keys expired for more than a day. Returns how
 * many applications were marked.
 */
export async function sweepDeemedIssued(ctx: Context, asOf: Date = new Date(), batchSize = 200): Promise<number> {
  if (asOf.getTime() > Date.now() + FUTURE_TOLERANCE_MS) throw invalidInput('asOf', 'cannot be in the future: a deadline is deemed to have passed only once it has');
  let marked = 0;
  for (;;) {
    const changed = await inTransaction(ctx, async (em) => {
      const due = await em.find(Application, {
        status: { $in: ['accepted', 'inReview'] }, deemedIssuedApplies: true, dueAt: { $lt: asOf },
      }, { orderBy: { dueAt: 'asc' }, limit: batchSize });
      if (!due.length) return 0;
      const calendar = await currentCalendar(em);
      const rulesByStandard = new Map<string, IDeadlineRule[]>();
      const standardIds = [...new Set(due.map((a) => a.standard.id))];
      for (const rule of await em.find(DeadlineRule, { standard: { $in: standardIds }, kind: 'deemedIssuedHandover' })) {
        const list = rulesByStandard.get(rule.standard.id) ?? [];
        list.push(rule);
        rulesByStandard.set(rule.standard.id, list);
      }
      for (const application of due) {
        const rule = pinRules(rulesByStandard.get(application.standard.id) ?? [], application.subService, application.channel).deemedIssuedHandover;
        const event = await applyDeemedIssued(application, asOf, calendar, async () => rule);
        if (event) em.create(ApplicationEvent, { ...event, application } as never);
      }
      await em.flush();
      return due.length;
    });
    marked += changed;
    if (changed < batchSize) break;
  }
  await ctx.em.execute(`delete from idempotency_key where expires_at < now() - interval '1 day'`);
  return marked;
}
