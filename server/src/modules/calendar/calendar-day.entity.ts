import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from '../../common/base.entity.js';
import type { LEGAL_ACT_KINDS } from '../../corpus/corpus.schema.js';
import { SPECIAL_DAY_KINDS, type LocalizedName } from './production-calendar.js';

/** The act that set a special day, as in data/calendar/kz-holidays.json; unknown fields are null. */
export interface CalendarActRef {
  kind: (typeof LEGAL_ACT_KINDS)[number];
  number: string | null;
  date: string | null;
  title: string | null;
  article: string | null;
  /** Code of the document in the official legal registry (adilet.zan.kz), where known. */
  registryId: string | null;
}

/**
 * One special day of the production calendar (a holiday, a postponed or transferred day off, a
 * transferred working day). Any date without a row is a working day Monday–Friday and a day off on
 * Saturday and Sunday. Every change bumps `version`, is audited and increments calendar_revision.
 */
export const CalendarDay = defineEntity({
  name: 'CalendarDay',
  tableName: 'calendar_day',
  properties: {
    ...baseProperties,
    date: p.date().unique(),
    kind: p.enum(SPECIAL_DAY_KINDS),
    /** Stable key of the holiday (e.g. 'nauryz') for holidays and postponed days. */
    holiday: p.string().nullable(),
    name: p.json<LocalizedName>(),
    act: p.json<CalendarActRef>().nullable(),
    /** postponedHoliday: the date of the holiday that fell on a weekend. */
    observes: p.date().nullable(),
    /** transferredDayOff: the weekend day whose rest was moved to this date. */
    from: p.date().nullable().fieldName('from_date'),
    /** transferredWorkingDay: the weekday that became a day off instead. */
    to: p.date().nullable().fieldName('to_date'),
    note: p.text().nullable(),
  },
});
export type ICalendarDay = InferEntity<typeof CalendarDay>;

/**
 * A single row (id 1) counting the changes to the calendar: every create, update or delete of a
 * CalendarDay (and the initial seeding) increments `revision` in the same transaction, so caches of
 * the calendar can tell when to reload. Written with SQL (see calendar.revision.ts), never through the
 * unit of work.
 */
export const CalendarRevision = defineEntity({
  name: 'CalendarRevision',
  tableName: 'calendar_revision',
  properties: {
    id: p.integer().primary().autoincrement(false),
    revision: p.integer(),
    updatedAt: p.datetime(),
  },
});
export type ICalendarRevision = InferEntity<typeof CalendarRevision>;
