/**
 * Loads the shipped production calendar (data/calendar/kz-holidays.json) into calendar_day when the
 * table is empty: at start-up right after the migrations, and into the test template database.
 * Idempotent: once the table has rows (shipped or edited by administrators) it does nothing. One
 * transaction; the table is locked meanwhile so two instances starting together cannot both load it.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { CalendarDay } from './calendar-day.entity.js';
import { readShippedCalendarFile, type ShippedCalendarFile } from './production-calendar.js';
import { bumpCalendarRevision } from './calendar.revision.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { snapshot } from '../audit/audit.service.js';

/** Shown as the actor of the audit rows written by the seeding. */
export const CALENDAR_SEED_ACTOR = 'calendar-seed';

export interface CalendarSeedResult { calendarDays: number; firstYear: number; lastYear: number; revision: number }

export async function seedCalendarIfEmpty(orm: MikroORM, file: ShippedCalendarFile = readShippedCalendarFile()): Promise<CalendarSeedResult | null> {
  return orm.em.fork().transactional(async (em) => {
    await em.execute('lock table calendar_day in exclusive mode');
    if ((await em.count(CalendarDay, {})) > 0) return null;
    const days = Object.values(file.years).flat().sort((a, b) => a.date.localeCompare(b.date));
    const rows = days.map((day) => em.create(CalendarDay, {
      date: day.date,
      kind: day.kind,
      holiday: day.holiday ?? null,
      name: { kk: day.name.kk, ru: day.name.ru, en: day.name.en },
      act: day.act ?? null,
      observes: day.observes ?? null,
      from: day.from ?? null,
      to: day.to ?? null,
      note: null,
    }));
    await em.flush();
    for (const row of rows) {
      em.create(AuditEntry, { actor: CALENDAR_SEED_ACTOR, operation: 'create', entityType: 'CalendarDay', entityId: row.id, before: null, after: snapshot(row), requestId: null });
    }
    await em.flush();
    const revision = await bumpCalendarRevision(em);
    return { calendarDays: rows.length, firstYear: file.firstYear, lastYear: file.lastYear, revision };
  });
}
