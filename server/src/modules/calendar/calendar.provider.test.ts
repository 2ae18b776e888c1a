/**
 * currentCalendar against real PostgreSQL: the calendar is cached per revision, a committed change is
 * seen by the next call, and a change rolled back never leaks into the cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from '../../../../test/support/database.js';
import { openOrm } from '../../db.js';
import { currentCalendar } from './calendar.provider.js';
import { bumpCalendarRevision, readCalendarRevision } from './calendar.revision.js';
import { seedCalendarIfEmpty } from './calendar.seed.js';
import { loadShippedCalendar } from './production-calendar.js';

let orm: MikroORM;
const TUESDAY = '2013-04-02';
const INSERT = `insert into calendar_day (id, created_at, updated_at, version, date, kind, name)
  values (gen_random_uuid(), now(), now(), 1, '${TUESDAY}', 'publicHoliday', '{"kk":"a","ru":"b","en":"c"}')`;

beforeAll(async () => { orm = await openOrm(await createTestDatabase()); });
afterAll(async () => { await orm?.close(true); });

describe('currentCalendar', () => {
  it('is the shipped calendar, seeded into the template database (seeding again does nothing)', async () => {
    expect(await seedCalendarIfEmpty(orm)).toBeNull();
    const calendar = await currentCalendar(orm.em.fork());
    expect(calendar.specialDays()).toEqual(loadShippedCalendar().specialDays().map((d) => ({ date: d.date, kind: d.kind, name: d.name,
      ...(d.holiday ? { holiday: d.holiday } : {}), ...(d.observes ? { observes: d.observes } : {}), ...(d.from ? { from: d.from } : {}), ...(d.to ? { to: d.to } : {}) })));
    expect(calendar.coverage).toEqual({ firstYear: 2012, lastYear: 2027 });
  });

  it('reuses the cached calendar while the revision stays, rebuilds it when a committed change bumps it', async () => {
    const first = await currentCalendar(orm.em.fork());
    expect(await currentCalendar(orm.em.fork())).toBe(first);
    const { revision } = await readCalendarRevision(orm.em.fork());
    await orm.em.fork().transactional(async (em) => { await em.execute(INSERT); await bumpCalendarRevision(em); });
    expect((await readCalendarRevision(orm.em.fork())).revision).toBe(revision + 1);
    const second = await currentCalendar(orm.em.fork());
    expect(second).not.toBe(first);
    expect(second.isWorkingDay(TUESDAY)).toBe(false);
    expect(first.isWorkingDay(TUESDAY)).toBe(true);
    await orm.em.fork().transactional(async (em) => { await em.execute(`delete from calendar_day where date = '${TUESDAY}'`); await bumpCalendarRevision(em); });
    expect((await currentCalendar(orm.em.fork())).isWorkingDay(TUESDAY)).toBe(true);
  });

  it('sees its own uncommitted change inside a transaction, and nobody keeps it after a rollback', async () => {
    await expect(orm.em.fork().transactional(async (em) => {
      await em.execute(INSERT);
      await bumpCalendarRevision(em);
      expect((await currentCalendar(em)).isWorkingDay(TUESDAY)).toBe(false);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    // The next committed change reaches the same revision number as the rolled-back one, yet is a different calendar.
    await orm.em.fork().transactional(async (em) => { await bumpCalendarRevision(em); });
    const after = await currentCalendar(orm.em.fork());
    expect(after.isWorkingDay(TUESDAY)).toBe(true);
  });
});
