/**
 * The working-day calendar in force for due-date computations. Everything that computes a deadline
 * asks here, so editing the calendar (a new holiday, a transferred working day) is seen everywhere.
 *
 * The calendar is built from the calendar_day rows and cached in memory (one per ORM, i.e. per database) under the
 * calendar revision: each call costs one `select revision` statement (none when the caller read the
 * revision in a statement of its own: calendarAt with CALENDAR_KEY_SQL), and the rows are read again
 * only when the revision changed (any create, update or delete of a calendar day increments it in its
 * own transaction). Concurrent callers that find the same new revision share one load.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadShippedCalendar, ProductionCalendar, type SpecialDay, type SpecialDayKind, type LocalizedName } from './production-calendar.js';
import { readCalendarRevision } from './calendar.revision.js';

interface CacheEntry { key: string; calendar: Promise<ProductionCalendar> }
/** One entry per ORM (its configuration object, shared by every fork), i.e. per database. */
const caches = new WeakMap<object, CacheEntry>();

interface Row {
  date: string;
  kind: SpecialDayKind;
  holiday: string | null;
  name: LocalizedName;
  observes: string | null;
  from: string | null;
  to: string | null;
}

/** Reads every special day (plain rows, not entities: nothing enters the caller's identity map). */
async function loadCalendar(em: EntityManager): Promise<ProductionCalendar> {
  const rows = await em.execute<Row[]>(
    `select to_char(date, 'YYYY-MM-DD') as date, kind, holiday, name,
            to_char(observes, 'YYYY-MM-DD') as observes, to_char(from_date, 'YYYY-MM-DD') as "from", to_char(to_date, 'YYYY-MM-DD') as "to"
       from calendar_day order by date`);
  const days = rows.map((row): SpecialDay => {
    const day: SpecialDay = { date: row.date, kind: row.kind, name: typeof row.name === 'string' ? JSON.parse(row.name) : row.name };
    if (row.holiday) day.holiday = row.holiday;
    if (row.observes) day.observes = row.observes;
    if (row.from) day.from = row.from;
    if (row.to) day.to = row.to;
    return day;
  });
  // The years with complete data are those of the shipped calendar; days outside them are still
  // honoured (weekends plus whatever special days an administrator entered).
  const { coverage } = loadShippedCalendar();
  return new ProductionCalendar(days, coverage ? { coverage } : {});
}

export async function currentCalendar(em: EntityManager): Promise<ProductionCalendar> {
  return calendarAt(em, (await readCalendarRevision(em)).key);
}

/**
 * The calendar of a revision key the caller has just read through CALENDAR_KEY_SQL in the same
 * transaction (calendarKeyOf), so that a mutation does not spend a statement of its own on it.
 */
export function calendarAt(em: EntityManager, key: string): Promise<ProductionCalendar> {
  const cached = caches.get(em.config);
  if (cached?.key === key) return cached.calendar;
  const entry: CacheEntry = { key, calendar: loadCalendar(em) };
  caches.set(em.config, entry);
  entry.calendar.catch(() => { if (caches.get(em.config) === entry) caches.delete(em.config); });
  return entry.calendar;
}
