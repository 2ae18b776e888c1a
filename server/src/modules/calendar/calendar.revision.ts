/**
 * The calendar revision: a single row (calendar_revision, id 1) whose counter every change to the
 * calendar increments in its own transaction. Readers compare it with the revision they cached.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

export interface CalendarRevisionState {
  /** Number of changes made to the calendar so far (0 before the first one). */
  revision: number;
  /**
   * Cache key: the revision plus the id of the transaction that wrote the row (xmin). A transaction
   * that bumped the revision and then rolled back leaves a key no committed state can ever have, so a
   * calendar cached from inside it is never served to anyone else.
   */
  key: string;
}

/** Increments the revision, in the transaction of `em` (row lock: calendar changes are serialised). */
export async function bumpCalendarRevision(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ revision: number | string }[]>(
    `insert into calendar_revision (id, revision, updated_at) values (1, 1, now())
     on conflict (id) do update set revision = calendar_revision.revision + 1, updated_at = now()
     returning revision`);
  return Number(rows[0]!.revision);
}

/** One cheap statement: the current revision as `em` sees it. */
export async function readCalendarRevision(em: EntityManager): Promise<CalendarRevisionState> {
  const rows = await em.execute<{ revision: number | string; writer: string }[]>(
    'select revision, xmin::text as writer from calendar_revision where id = 1');
  const row = rows[0];
  if (!row) return { revision: 0, key: '0' };
  return { revision: Number(row.revision), key: `${row.revision}:${row.writer}` };
}

/**
 * The cache key as a scalar subquery, for writers that read it in a statement they run anyway (a
 * mutation's first read) instead of a statement of its own. Read it with `calendarKeyOf`.
 */
export const CALENDAR_KEY_SQL = `(select revision || ':' || xmin::text from calendar_revision where id = 1)`;

/** The key read through CALENDAR_KEY_SQL (null: no revision row yet), as readCalendarRevision gives it. */
export const calendarKeyOf = (value: string | null | undefined): string => value ?? '0';
