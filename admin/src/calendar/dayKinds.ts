/**
 * Kinds of calendar date (the schema's DayKind: an ordinary workday or weekend day, or the kind of
 * its special day), their colours in the year view, and which fields each special kind carries
 * (the server's rules in calendar.service.ts).
 */
import type { DayKind, SpecialDayKind } from '../generated/graphql.js';

export const SPECIAL_DAY_KINDS = [
  'publicHoliday', 'religiousHoliday', 'postponedHoliday', 'transferredDayOff', 'transferredWorkingDay',
] as const satisfies readonly SpecialDayKind[];

export const dayKindLabelKey = (kind: string) => `resources.calendar-days.kinds.${kind}`;
export const specialDayKindChoices = SPECIAL_DAY_KINDS.map((id) => ({ id, name: dayKindLabelKey(id) }));

/** Background and text colours of a date in the year view (the legend shows the same). */
export const DAY_COLOURS = {
  workday: { bg: 'transparent', fg: 'inherit' },
  weekend: { bg: 'rgba(0, 0, 0, 0.07)', fg: 'text.secondary' },
  publicHoliday: { bg: '#d32f2f', fg: '#fff' },
  religiousHoliday: { bg: '#7b1fa2', fg: '#fff' },
  postponedHoliday: { bg: '#f57c00', fg: '#fff' },
  transferredDayOff: { bg: '#ffb74d', fg: '#000' },
  transferredWorkingDay: { bg: '#1976d2', fg: '#fff' },
} as const satisfies Record<DayKind, { bg: string; fg: string }>;

/** The holiday key is for holidays and the days off that replace them. */
export const HAS_HOLIDAY_KEY: readonly string[] = ['publicHoliday', 'religiousHoliday', 'postponedHoliday'];

/** The one linked date each kind requires: the holiday replaced, the weekend moved, the weekday freed. */
export const LINKED_DATE: Partial<Record<SpecialDayKind, 'observes' | 'from' | 'to'>> = {
  postponedHoliday: 'observes',
  transferredDayOff: 'from',
  transferredWorkingDay: 'to',
};

/**
 * What the add dialog sends: the fields of the chosen kind only (the server refuses a holiday key
 * on a transfer, or a `to` date on a holiday), blank texts as null.
 */
export function calendarDayPayload(values: Record<string, unknown>): Record<string, unknown> {
  const kind = values.kind as SpecialDayKind;
  const linked = LINKED_DATE[kind];
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  return {
    date: values.date,
    kind,
    name: values.name,
    holiday: HAS_HOLIDAY_KEY.includes(kind) ? text(values.holiday) : null,
    observes: linked === 'observes' ? (values.observes ?? null) : null,
    from: linked === 'from' ? (values.from ?? null) : null,
    to: linked === 'to' ? (values.to ?? null) : null,
    note: text(values.note),
  };
}
