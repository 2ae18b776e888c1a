/**
 * What a standard version says about one application, as pure functions over its parts: which
 * deadline rules apply to a sub-service × channel, which documents are required, and the due dates
 * that follow. The service pins the results on the application at submission.
 */
import type { IDeadlineRule } from '../standards/deadline-rule.entity.js';
import { computeDueDate, remainingTime, astanaDate, endOfAstanaDay, type DueUnit } from '../calendar/due-date.js';
import { addDays, type ProductionCalendar } from '../calendar/production-calendar.js';
import type { RECIPIENT_KINDS } from '../../corpus/corpus.schema.js';
import type { Outcome } from './application-states.js';

type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** A deadline as the due-date functions take it. */
export interface DueRule { value: number; unit: DueUnit; excludeStartDay: boolean }

type RuleLike = Pick<IDeadlineRule, 'kind' | 'value' | 'unit' | 'excludeStartDay' | 'subServices' | 'channels' | 'ordinal'>;
/** What the rules read of a document requirement. */
export interface DocumentLike { subService: string; channel: string; ordinal: number; recipients: readonly string[]; fromStateSystems: boolean; condition?: unknown }

/**
 * Rules of `kind` that apply to the sub-service and channel (empty lists mean "all"), the most
 * specific first (a rule naming the sub-service and the channel beats a general one), then in the
 * law's order.
 */
export function applicableRules<R extends RuleLike>(rules: readonly R[], kind: RuleLike['kind'], subService: string, channel: string): R[] {
  return rules
    .filter((r) => r.kind === kind
      && (!r.subServices.length || r.subServices.includes(subService))
      && (!r.channels.length || (r.channels as string[]).includes(channel)))
    .sort((a, b) => specificity(b) - specificity(a) || a.ordinal - b.ordinal);
}

function specificity(r: RuleLike): number {
  return (r.subServices.length ? 2 : 0) + (r.channels.length ? 1 : 0);
}

/** The rule as a computable deadline; null when the text gives no value or unit ("years" become months). */
export function toDueRule(rule: RuleLike | undefined): DueRule | null {
  if (!rule || rule.value === null || rule.value === undefined || !rule.unit) return null;
  const value = Number(rule.value);
  if (rule.unit === 'years') return { value: value * 12, unit: 'months', excludeStartDay: rule.excludeStartDay };
  return { value, unit: rule.unit, excludeStartDay: rule.excludeStartDay };
}

/** The first applicable limit of `kind` (maxQueueWait, maxServiceTime) in minutes, or null. */
export function limitMinutes(rules: readonly RuleLike[], kind: 'maxQueueWait' | 'maxServiceTime', subService: string, channel: string): number | null {
  for (const rule of applicableRules(rules, kind, subService, channel)) {
    if (rule.value === null || rule.value === undefined) continue;
    if (rule.unit === 'minutes') return Number(rule.value);
    if (rule.unit === 'hours') return Number(rule.value) * 60;
  }
  return null;
}

/** Everything the standard fixes for one application at submission. */
export interface PinnedRules {
  processing: DueRule | null;
  deemedIssuedHandover: DueRule | null;
  refusalDelivery: DueRule | null;
  /** The provider hands the result to the PSC one day before the deadline (PSC channel). */
  pscHandover: boolean;
  queueWaitLimitMinutes: number | null;
  serviceTimeLimitMinutes: number | null;
}

export function pinRules(rules: readonly RuleLike[], subService: string, channel: string): PinnedRules {
  const first = (kind: RuleLike['kind']) => toDueRule(applicableRules(rules, kind, subService, channel)[0]);
  return {
    processing: first('processing'),
    deemedIssuedHandover: first('deemedIssuedHandover'),
    refusalDelivery: first('refusalDelivery'),
    pscHandover: channel === 'psc' && applicableRules(rules, 'pscHandover', subService, channel).length > 0,
    queueWaitLimitMinutes: limitMinutes(rules, 'maxQueueWait', subService, channel),
    serviceTimeLimitMinutes: limitMinutes(rules, 'maxServiceTime', subService, channel),
  };
}

// ------------------------------------------------------------------------------------ documents

/** The sub-service × channel list of the standard, in the law's order. */
export function documentList<D extends DocumentLike>(documents: readonly D[], subService: string, channel: string): D[] {
  return documents.filter((d) => d.subService === subService && d.channel === channel).sort((a, b) => a.ordinal - b.ordinal);
}

export function appliesToApplicant(document: DocumentLike, applicantKind: RecipientKind): boolean {
  return !document.recipients.length || document.recipients.includes(applicantKind);
}

/**
 * The documents the applicant must hand in for the set to be complete: those of the list that apply
 * to the applicant's kind, except documents the provider obtains from state information systems and
 * documents required only under a condition (the registry cannot tell whether it holds; an operator
 * who finds one missing refuses on the merits, not by refusing to accept).
 */
export function requiredDocuments<D extends DocumentLike>(list: readonly D[], applicantKind: RecipientKind): D[] {
  return list.filter((d) => appliesToApplicant(d, applicantKind) && !d.fromStateSystems && !d.condition);
}

export function missingDocuments<D extends DocumentLike>(list: readonly D[], applicantKind: RecipientKind, presented: readonly number[]): D[] {
  const given = new Set(presented);
  return requiredDocuments(list, applicantKind).filter((d) => !given.has(d.ordinal));
}

// ------------------------------------------------------------------------------------ timing

export function dueDate(start: Date, rule: DueRule, calendar: ProductionCalendar): Date {
  return computeDueDate({ start, value: rule.value, unit: rule.unit, excludeStartDay: rule.excludeStartDay, calendar });
}

/**
 * "One day before the service deadline ends" (Res. 1130 std 2 cl. 7.5; Res. 586 reg-hpf): the text
 * does not say working or calendar day; the result cannot be handed over on a day off, so this is the
 * end of the last working day before the due day.
 */
export function pscHandoverDue(dueAt: Date, calendar: ProductionCalendar): Date {
  let day = addDays(astanaDate(dueAt), -1);
  for (let i = 0; i < 3660 && !calendar.isWorkingDay(day); i++) day = addDays(day, -1);
  return endOfAstanaDay(day);
}

/** How much of the term is left at `now`, in the rule's unit (0 = due today for day units). */
export function remainingAt(start: Date, dueAt: Date, unit: DueUnit, now: Date, calendar: ProductionCalendar): number {
  return remainingTime({ start, due: dueAt, now, unit, calendar });
}

/**
 * early: decided with at least one whole unit of the term left (before the due day, for day units);
 * onTime: decided by the due instant, in its last unit (on the due day); late: after the due instant.
 */
export function outcomeAt(start: Date, dueAt: Date, unit: DueUnit, decidedAt: Date, calendar: ProductionCalendar): Outcome {
  if (decidedAt.getTime() > dueAt.getTime()) return 'late';
  return remainingAt(start, dueAt, unit, decidedAt, calendar) >= 1 ? 'early' : 'onTime';
}

/**
 * The new due date when a suspended term resumes with `remaining` left (due-date.ts, SUSPENSION).
 * A term that had already run out stays where it was: resuming never revives an expired deadline.
 */
export function resumedDueDate(previousDue: Date, remaining: number, unit: DueUnit, resumedAt: Date, calendar: ProductionCalendar): Date {
  if (remaining < 0) return previousDue;
  return computeDueDate({ start: resumedAt, value: remaining, unit, excludeStartDay: true, calendar });
}
