/**
 * Due dates of state-service deadlines, as pure functions.
 *
 * LOCAL TIME. Days are counted in the local time of Astana. Kazakhstan was on UTC+6 until
 * 2024-03-01 00:00 local time; at that moment clocks were set back to 23:00 and the whole country has
 * been on UTC+5 since (the single time zone). So the offset of an instant is +6 h before
 * 2024-02-29T18:00:00Z and +5 h from then on, and local 29 February 2024 lasted 25 hours: its last hour
 * (23:00–24:00) happened twice, and the day ended at 2024-02-29T19:00:00Z. The helpers below implement
 * exactly that, without a time-zone library. (Older rules — summer time until 2005 — are not modelled:
 * the calendar starts in 2012.)
 *
 * computeDueDate({ start, value, unit, excludeStartDay, calendar }) → the due instant.
 *   `start` is the instant the application was accepted; the acceptance day is its local date, d0.
 *   `value` is a non-negative number; an integer for the day and month units.
 *   - 'minutes', 'hours': elapsed time, start + value × unit. excludeStartDay is ignored. value 0 → start.
 *   - 'calendarDays': every day counts. excludeStartDay = true: the count starts the day after
 *     acceptance, so the last day is d0 + value; false: the acceptance day is day 1, so the last day is
 *     d0 + value − 1. value 0 → the last day is d0 (the service is due by the end of the acceptance day).
 *   - 'workingDays': only working days of `calendar` count. excludeStartDay = true: the count starts the
 *     day after acceptance, the last day is the value-th working day after d0; false: d0 is day 1 when it
 *     is a working day (otherwise counting simply starts at the next working day). value 0 → the last day
 *     is the first working day on or after d0 (a same-day service accepted on a day off is due on the next
 *     working day). The last day is therefore always a working day.
 *   - 'months': the last day is the same day of the month `value` months after d0, clamped to the end of
 *     a shorter month (31 Jan + 1 month → 28/29 Feb). excludeStartDay is ignored. value 0 → d0.
 *   For the day and month units the due instant is the END of the last day: 23:59:59.999 local time (the
 *   service must be done by the end of that day). No rolling forward when a calendar-day or month
 *   deadline ends on a day off: the caller applies such a rule if an act requires it.
 *   The due date is monotone (non-decreasing) in `value` and in the set of days off: adding a holiday to
 *   the calendar never makes a due date earlier.
 *
 * remainingTime({ start, due, now, unit, calendar }) → how much of the term is left, in `unit`.
 *   `now` earlier than `start` is treated as `start` (the term has not started running).
 *   - 'minutes', 'hours': (due − now) in that unit, fractional; 0 at `due`, negative after it.
 *   - 'calendarDays', 'workingDays': when now <= due, the number of (working) days d with
 *     today < d <= dueDay, where today is the local date of `now` and dueDay the local date of `due`:
 *     0 means "due today" (and at the due instant itself). When now > due (overdue), minus the number of
 *     (working) days d with dueDay < d <= W, where W is today for calendar days and the first working
 *     day on or after today for working days — the overdue day that is running or about to run — and at
 *     least 1: so it is −1 from the first instant after the due instant, and stays −1 over a weekend.
 *   - 'months': when now <= due, the largest k >= 0 with addMonthsClamped(today, k) <= dueDay; when
 *     overdue, minus the smallest k >= 1 with addMonthsClamped(dueDay, k) >= today.
 *   At now = start with excludeStartDay = true, remainingTime equals the rule's value (for working days
 *   when value >= 1).
 *
 * SUSPENSION (приостановление срока) is the caller's business: at the suspension instant, keep
 * `remaining = remainingTime({ start, due, now: suspendedAt, unit, calendar })` (for day units the
 * suspension day itself counts as used); when the term resumes, compute the new due date from the
 * resumption with the remaining value:
 *   computeDueDate({ start: resumedAt, value: remaining, unit, excludeStartDay: true, calendar })
 * For minutes and hours this is simply resumedAt + remaining. Several suspensions chain the same way.
 */
import {
  type IsoDate,
  type ProductionCalendar,
  addDays,
  addMonthsClamped,
  assertIsoDate,
  fromEpochDay,
  toEpochDay,
} from './production-calendar.js';

export type DueUnit = 'minutes' | 'hours' | 'calendarDays' | 'workingDays' | 'months';
export const DUE_UNITS: readonly DueUnit[] = ['minutes', 'hours', 'calendarDays', 'workingDays', 'months'];

export interface DueDateInput {
  start: Date;
  value: number;
  unit: DueUnit;
  excludeStartDay: boolean;
  calendar: ProductionCalendar;
}

export interface RemainingTimeInput {
  start: Date;
  due: Date;
  now: Date;
  unit: DueUnit;
  calendar: ProductionCalendar;
}

// ------------------------------------------------------------------------------- Astana time

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The instant Kazakhstan moved from UTC+6 to UTC+5: 2024-03-01 00:00 at UTC+6. */
export const KZ_SINGLE_ZONE_SWITCH = new Date(Date.UTC(2024, 1, 29, 18, 0, 0));
/** First local date that starts at UTC+5. */
const FIRST_UTC5_DATE: IsoDate = '2024-03-01';
const LAST_UTC6_DATE: IsoDate = '2024-02-29';

/** UTC offset of Astana at an instant, in minutes (360 before the switch, 300 from it). */
export function astanaOffsetMinutes(instant: Date): number {
  return instant.getTime() < KZ_SINGLE_ZONE_SWITCH.getTime() ? 360 : 300;
}

/** The local (Astana) calendar date of an instant. */
export function astanaDate(instant: Date): IsoDate {
  assertValidInstant(instant, 'instant');
  const local = instant.getTime() + astanaOffsetMinutes(instant) * MINUTE_MS;
  return fromEpochDay(Math.floor(local / DAY_MS));
}

/** The first instant of a local date (00:00:00.000 Astana time). */
export function startOfAstanaDay(date: IsoDate): Date {
  assertIsoDate(date);
  const offsetMinutes = date < FIRST_UTC5_DATE ? 360 : 300;
  return new Date(toEpochDay(date) * DAY_MS - offsetMinutes * MINUTE_MS);
}

/**
 * The first instant after a local date: the exclusive upper bound of "on or before `date`" filters.
 * Counted from `date` itself, not from addDays(date, 1), whose ISO form does not exist after 9999-12-31.
 */
export function startOfNextAstanaDay(date: IsoDate): Date {
  assertIsoDate(date);
  const offsetMinutes = date < LAST_UTC6_DATE ? 360 : 300;
  return new Date((toEpochDay(date) + 1) * DAY_MS - offsetMinutes * MINUTE_MS);
}

/** The last instant of a local date (23:59:59.999 Astana time; for 2024-02-29, of the repeated hour). */
export function endOfAstanaDay(date: IsoDate): Date {
  return new Date(startOfNextAstanaDay(date).getTime() - 1);
}

// --------------------------------------------------------------------------------- due dates

/** Upper bound on day counts, so that a wrong value cannot loop for ages (100 years). */
const MAX_DAYS = 36_600;

function assertValidInstant(value: unknown, what: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new TypeError(`${what} must be a valid Date`);
}

function assertUnit(unit: unknown): asserts unit is DueUnit {
  if (!DUE_UNITS.includes(unit as DueUnit)) throw new RangeError(`unknown unit ${JSON.stringify(unit)}`);
}

export function computeDueDate({ start, value, unit, excludeStartDay, calendar }: DueDateInput): Date {
  assertValidInstant(start, 'start');
  assertUnit(unit);
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`value must be a finite number >= 0, got ${value}`);
  }
  // The same bound as the day units (about a century), so a huge term is an input error, not an Invalid Date.
  if (unit === 'minutes' || unit === 'hours') {
    if (value * (unit === 'hours' ? HOUR_MS : MINUTE_MS) > MAX_DAYS * DAY_MS) throw new RangeError(`value ${value} ${unit} is too large`);
    return new Date(start.getTime() + value * (unit === 'hours' ? HOUR_MS : MINUTE_MS));
  }

  if (!Number.isInteger(value)) throw new RangeError(`value must be a whole number of ${unit}, got ${value}`);
  if (value > (unit === 'months' ? MAX_DAYS / 30 : MAX_DAYS)) throw new RangeError(`value ${value} ${unit} is too large`);
  const acceptanceDay = astanaDate(start);

  switch (unit) {
    case 'calendarDays': {
      if (value === 0) return endOfAstanaDay(acceptanceDay);
      return endOfAstanaDay(addDays(acceptanceDay, excludeStartDay ? value : value - 1));
    }
    case 'workingDays': {
      if (value === 0) return endOfAstanaDay(calendar.workingDayOnOrAfter(acceptanceDay));
      // `day` is the last day already looked at; counting looks at the days after it.
      let day = excludeStartDay ? acceptanceDay : addDays(acceptanceDay, -1);
      let counted = 0;
      let looked = 0;
      while (counted < value) {
        day = addDays(day, 1);
        if (calendar.isWorkingDay(day)) counted += 1;
        looked += 1;
        if (looked > MAX_DAYS) throw new RangeError(`fewer than ${value} working days within ${MAX_DAYS} days of ${acceptanceDay}`);
      }
      return endOfAstanaDay(day);
    }
    case 'months':
      return endOfAstanaDay(addMonthsClamped(acceptanceDay, value));
  }
}

// ---------------------------------------------------------------------------- remaining time

function countDays(calendar: ProductionCalendar, working: boolean, fromExclusive: IsoDate, toInclusive: IsoDate): number {
  if (working) return calendar.countWorkingDays(fromExclusive, toInclusive);
  return Math.max(0, toEpochDay(toInclusive) - toEpochDay(fromExclusive));
}

export function remainingTime({ start, due, now, unit, calendar }: RemainingTimeInput): number {
  assertValidInstant(start, 'start');
  assertValidInstant(due, 'due');
  assertValidInstant(now, 'now');
  assertUnit(unit);
  const current = now.getTime() < start.getTime() ? start : now;

  if (unit === 'minutes') return (due.getTime() - current.getTime()) / MINUTE_MS;
  if (unit === 'hours') return (due.getTime() - current.getTime()) / HOUR_MS;

  const today = astanaDate(current);
  const dueDay = astanaDate(due);
  const overdue = current.getTime() > due.getTime();

  if (unit === 'months') {
    if (!overdue) {
      let k = 0;
      while (addMonthsClamped(today, k + 1) <= dueDay) k += 1;
      return k;
    }
    let k = 1;
    while (addMonthsClamped(dueDay, k) < today) k += 1;
    return -k;
  }

  const working = unit === 'workingDays';
  if (!overdue) return countDays(calendar, working, today, dueDay);
  const runningDay = working ? calendar.workingDayOnOrAfter(today) : today;
  return -Math.max(1, countDays(calendar, working, dueDay, runningDay));
}
