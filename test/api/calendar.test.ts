/**
 * The production calendar through the real HTTP API: the shipped calendar seeded into the database,
 * calendarYear, computeDueDate agreeing with the pure function, administrators' changes moving due
 * dates (audited, versioned, calendar revision incremented, seen through the cache), optimistic
 * locking, and validation errors that name the field and change nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { computeDueDate } from '../../server/src/modules/calendar/due-date.js';
import { loadShippedCalendar } from '../../server/src/modules/calendar/production-calendar.js';

let t: TestServer;

const sql = <T = any>(query: string, params: unknown[] = []) => t.sql<T>(query, params);

const DAY = 'id date kind holiday name { kk ru en } act { kind number date title article registryId } observes from to note isWorking weekday version';

const CREATE = `mutation($date: String, $kind: SpecialDayKind, $name: CalendarDayNameInput, $holiday: String, $observes: String, $from: String, $to: String, $act: CalendarActRefInput, $note: String) {
  createCalendarDay(date: $date, kind: $kind, name: $name, holiday: $holiday, observes: $observes, from: $from, to: $to, act: $act, note: $note) { ${DAY} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $date: String, $kind: SpecialDayKind, $name: CalendarDayNameInput, $observes: String, $from: String, $to: String, $note: String) {
  updateCalendarDay(id: $id, version: $version, date: $date, kind: $kind, name: $name, observes: $observes, from: $from, to: $to, note: $note) { ${DAY} } }`;
const DUE = `query($from: DateTime!, $value: Float!, $unit: DeadlineUnit!, $excludeStartDay: Boolean) {
  computeDueDate(from: $from, value: $value, unit: $unit, excludeStartDay: $excludeStartDay) { dueAt dueDate unit value excludeStartDay workingDaysCounted } }`;

const NAME = { kk: 'Сынақ мерекесі', ru: 'Тестовый праздник', en: 'Test holiday' };
/** Tuesday 19 March 2013, 10:00 in Astana (UTC+6 then). */
const ACCEPTED = '2013-03-19T10:00:00+06:00';

/** computeDueDate is public: asked anonymously, so the only SQL is the calendar's. */
async function dueAt(value = 15, excludeStartDay = true): Promise<string> {
  const res = await t.gql(DUE, { from: ACCEPTED, value, unit: 'workingDays', excludeStartDay }, { anonymous: true });
  expect(res.errors).toBeUndefined();
  return res.data!.computeDueDate.dueAt;
}

async function state() {
  const [row] = await sql(`select (select count(*)::int from calendar_day) as days, (select count(*)::int from audit_entry where entity_type = 'CalendarDay') as audits,
    (select revision from calendar_revision where id = 1) as revision`);
  return row as { days: number; audits: number; revision: number };
}

beforeAll(async () => { t = await startTestServer(); });

describe('the shipped calendar', () => {
  it('is seeded into calendar_day, every day with its audit row, and the revision counted', async () => {
    const shipped = loadShippedCalendar().specialDays();
    const s = await state();
    expect(s.days).toBe(shipped.length);
    expect(s.audits).toBe(shipped.length);
    expect(s.revision).toBeGreaterThanOrEqual(1);
  });

  it('calendarYear(2013) marks 21–22 March (Nauryz) as holidays and counts working days right', async () => {
    const res = await t.gql('{ calendarYear(year: 2013) { date isWorking kind name { kk ru en } weekday } }');
    expect(res.errors).toBeUndefined();
    const days = res.data!.calendarYear as { date: string; isWorking: boolean; kind: string; name: { en: string } | null; weekday: string }[];
    expect(days).toHaveLength(365);
    expect(days[0]!.date).toBe('2013-01-01');
    expect(days.at(-1)!.date).toBe('2013-12-31');
    const byDate = new Map(days.map((d) => [d.date, d]));
    expect(byDate.get('2013-03-21')).toMatchObject({ isWorking: false, kind: 'publicHoliday', weekday: 'thu', name: { en: 'Nauryz' } });
    expect(byDate.get('2013-03-22')).toMatchObject({ isWorking: false, kind: 'publicHoliday', weekday: 'fri', name: { en: 'Nauryz' } });
    expect(byDate.get('2013-03-23')).toMatchObject({ isWorking: false, kind: 'publicHoliday', weekday: 'sat' });
    expect(byDate.get('2013-03-25')).toMatchObject({ isWorking: false, kind: 'postponedHoliday', weekday: 'mon' });
    expect(byDate.get('2013-03-20')).toEqual({ date: '2013-03-20', isWorking: true, kind: 'workday', name: null, weekday: 'wed' });
    expect(byDate.get('2013-03-24')).toEqual({ date: '2013-03-24', isWorking: false, kind: 'weekend', name: null, weekday: 'sun' });
    // March 2013: 21 weekdays, minus 8 March, 21, 22 and 25 March.
    expect(days.filter((d) => d.date.startsWith('2013-03') && d.isWorking)).toHaveLength(17);
    expect(days.filter((d) => d.isWorking)).toHaveLength(loadShippedCalendar().year(2013).filter((d) => d.isWorking).length);
  });

  it('refuses years it does not answer for, naming the argument', async () => {
    const res = await t.gql('{ calendarYear(year: 1999) { date } }');
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('lists special days with the react-admin grammar', async () => {
    const res = await t.gql(`{ calendarDays(filter: { year: 2013, kind: publicHoliday }, sortField: "date", sortOrder: DESC, perPage: 3) { date kind isWorking }
      _calendarDaysMeta(filter: { year: 2013, kind: publicHoliday }) { count } }`);
    expect(res.errors).toBeUndefined();
    const expected = loadShippedCalendar().specialDays().filter((d) => d.date.startsWith('2013-') && d.kind === 'publicHoliday');
    expect(res.data!._calendarDaysMeta.count).toBe(expected.length);
    expect(res.data!.calendarDays.map((d: { date: string }) => d.date)).toEqual(expected.map((d) => d.date).reverse().slice(0, 3));
    const one = await t.gql(`{ calendarDays(filter: { q: "nauryz", year: 2013 }) { id date act { kind number registryId } } }`);
    expect(one.data!.calendarDays.map((d: { date: string }) => d.date)).toEqual(['2013-03-21', '2013-03-22', '2013-03-23', '2013-03-25']);
    expect(one.data!.calendarDays[0].act).toEqual({ kind: 'law', number: '267-II', registryId: 'Z010000267_' });
    const byId = await t.gql(`query($id: ID!) { calendarDay(id: $id) { date kind holiday observes } }`, { id: one.data!.calendarDays[3].id });
    expect(byId.data!.calendarDay).toEqual({ date: '2013-03-25', kind: 'postponedHoliday', holiday: 'nauryz', observes: '2013-03-23' });
    expect((await t.gql('{ calendarDay(id: "nope") { id } }')).data!.calendarDay).toBeNull();
  });
});

describe('computeDueDate', () => {
  it('gives the pure function\'s answer: 15 working days from 19 March 2013', async () => {
    const calendar = loadShippedCalendar();
    for (const excludeStartDay of [true, false]) {
      const res = await t.gql(DUE, { from: ACCEPTED, value: 15, unit: 'workingDays', excludeStartDay });
      expect(res.errors).toBeUndefined();
      const expected = computeDueDate({ start: new Date(ACCEPTED), value: 15, unit: 'workingDays', excludeStartDay, calendar });
      expect(res.data!.computeDueDate).toEqual({
        dueAt: expected.toISOString(), dueDate: excludeStartDay ? '2013-04-12' : '2013-04-11', unit: 'workingDays', value: 15, excludeStartDay, workingDaysCounted: 15,
      });
    }
    // The end of Friday 12 April 2013 in Astana (UTC+6).
    expect(await dueAt()).toBe('2013-04-12T17:59:59.999Z');
  });

  it('answers the other units and reports the working days within a calendar-day term', async () => {
    const res = await t.gql(DUE, { from: ACCEPTED, value: 10, unit: 'calendarDays' });
    expect(res.data!.computeDueDate).toMatchObject({ dueDate: '2013-03-28', excludeStartDay: false, workingDaysCounted: 5 });
    const hours = await t.gql(DUE, { from: ACCEPTED, value: 1.5, unit: 'hours' });
    expect(hours.data!.computeDueDate).toMatchObject({ dueAt: '2013-03-19T05:30:00.000Z', workingDaysCounted: null });
  });

  it('refuses units the function does not support, and bad values, naming the argument', async () => {
    const years = await t.gql(DUE, { from: ACCEPTED, value: 1, unit: 'years' });
    expect(years.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unit' });
    expect(years.errors![0].message).toMatch(/years/);
    for (const value of [-1, 2.5]) {
      const res = await t.gql(DUE, { from: ACCEPTED, value, unit: 'workingDays' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    }
    const far = await t.gql(DUE, { from: '1990-01-01T00:00:00Z', value: 1, unit: 'workingDays' });
    expect(far.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('reads the cached calendar with one statement per call', async () => {
    await dueAt();
    expect(await t.countQueries(() => dueAt())).toBe(1);
  });

  it('is public, like calendarYear; changing the calendar is not', async () => {
    const year = await t.gql('{ calendarYear(year: 2013) { date } }', {}, { anonymous: true });
    expect(year.errors).toBeUndefined();
    const create = await t.gql(CREATE, { date: '2013-04-03', kind: 'publicHoliday', name: NAME }, { anonymous: true });
    expect(create.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('administrators edit the calendar', () => {
  it('adding a holiday moves a due date later; the change is audited, versioned and counted; removing it moves the date back', async () => {
    const original = await dueAt();
    const before = await state();

    const created = await t.gql(CREATE, {
      date: '2013-04-02', kind: 'publicHoliday', name: NAME, holiday: 'testDay', note: 'one-off',
      act: { kind: 'governmentResolution', number: '1', date: '2013-03-01', title: null, article: null, registryId: null },
    });
    expect(created.errors).toBeUndefined();
    const day = created.data!.createCalendarDay;
    expect(day).toMatchObject({ date: '2013-04-02', kind: 'publicHoliday', isWorking: false, weekday: 'tue', version: 1, note: 'one-off', act: { kind: 'governmentResolution', number: '1', date: '2013-03-01' } });

    const moved = await dueAt();
    expect(new Date(moved).getTime()).toBeGreaterThan(new Date(original).getTime());
    expect(moved).toBe('2013-04-15T17:59:59.999Z'); // the next working day (Friday 12 → Monday 15 April)
    const year = await t.gql('{ calendarYear(year: 2013) { date isWorking kind name { en } } }');
    expect(year.data!.calendarYear.find((d: { date: string }) => d.date === '2013-04-02')).toEqual({ date: '2013-04-02', isWorking: false, kind: 'publicHoliday', name: { en: 'Test holiday' } });

    const afterCreate = await state();
    expect(afterCreate).toEqual({ days: before.days + 1, audits: before.audits + 1, revision: before.revision + 1 });
    const [audit] = await sql(`select operation, actor, before, after from audit_entry where entity_id = $1`, [day.id]);
    expect(audit).toMatchObject({ operation: 'create', before: null, after: { date: '2013-04-02', kind: 'publicHoliday', version: 1 } });

    const renamed = await t.gql(UPDATE, { id: day.id, version: 1, name: { ...NAME, en: 'Renamed holiday' } });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateCalendarDay).toMatchObject({ version: 2, name: { en: 'Renamed holiday' } });
    const audits = await sql(`select operation, before, after from audit_entry where entity_id = $1 and operation = 'update'`, [day.id]);
    expect(audits).toHaveLength(1);
    expect(audits[0].before).toMatchObject({ version: 1, name: { en: 'Test holiday' } });
    expect(audits[0].after).toMatchObject({ version: 2, name: { en: 'Renamed holiday' } });
    expect((await state()).revision).toBe(before.revision + 2);

    // An update that changes nothing leaves the version, the audit log and the revision alone.
    const same = await t.gql(UPDATE, { id: day.id, version: 2, note: 'one-off' });
    expect(same.data!.updateCalendarDay.version).toBe(2);
    expect((await state()).revision).toBe(before.revision + 2);

    const deleted = await t.gql(`mutation($id: ID!) { deleteCalendarDay(id: $id) { id date } }`, { id: day.id });
    expect(deleted.data!.deleteCalendarDay).toEqual({ id: day.id, date: '2013-04-02' });
    expect(await dueAt()).toBe(original);
    expect(await state()).toEqual({ days: before.days, audits: before.audits + 3, revision: before.revision + 3 });
    const [removal] = await sql(`select before, after from audit_entry where entity_id = $1 and operation = 'delete'`, [day.id]);
    expect(removal).toMatchObject({ before: { date: '2013-04-02', version: 2 }, after: null });
  });

  it('a transferred working day on a Saturday makes a due date earlier; moving it to a weekday is refused', async () => {
    const original = await dueAt();
    const res = await t.gql(CREATE, { date: '2013-04-06', kind: 'transferredWorkingDay', name: NAME, to: '2013-05-03' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCalendarDay).toMatchObject({ isWorking: true, weekday: 'sat', to: '2013-05-03' });
    expect(new Date(await dueAt()).getTime()).toBeLessThan(new Date(original).getTime());
    const moved = await t.gql(UPDATE, { id: res.data!.createCalendarDay.id, version: 1, date: '2013-04-08' });
    expect(moved.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(moved.errors![0].message).toMatch(/Saturday or Sunday/);
    await t.gql(`mutation($id: ID!) { deleteCalendarDay(id: $id) { id } }`, { id: res.data!.createCalendarDay.id });
    expect(await dueAt()).toBe(original);
  });

  it('lets the first writer win and gives a stale version CONFLICT with nothing overwritten', async () => {
    const created = await t.gql(CREATE, { date: '2014-06-02', kind: 'publicHoliday', name: NAME });
    const { id } = created.data!.createCalendarDay;
    const first = await t.gql(UPDATE, { id, version: 1, note: 'first' });
    expect(first.data!.updateCalendarDay.version).toBe(2);
    const before = await state();
    const second = await t.gql(UPDATE, { id, version: 1, note: 'second' });
    expect(second.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await sql('select note, version from calendar_day where id = $1', [id]);
    expect(row).toEqual({ note: 'first', version: 2 });
    expect(await state()).toEqual(before);
  });

  describe('validation errors name the field and change nothing', () => {
    const base = { date: '2013-04-03', kind: 'publicHoliday', name: NAME };
    it.each([
      ['a malformed date', { date: '2013-02-30' }, 'date', /not a calendar date/],
      ['a date out of range', { date: '1999-12-31' }, 'date', /2000–2100/],
      ['a duplicate date', { date: '2013-03-21' }, 'date', /already has a special day/],
      ['a transferred working day on a weekday', { kind: 'transferredWorkingDay', to: '2013-04-04' }, 'date', /Saturday or Sunday/],
      ['a transferred day off on a weekend day', { date: '2013-04-06', kind: 'transferredDayOff', from: '2013-04-07' }, 'date', /already a day off/],
      ['a postponed holiday on a Sunday', { date: '2013-04-07', kind: 'postponedHoliday', observes: '2013-04-06' }, 'date', /already a day off/],
      ['a postponed holiday without the holiday it replaces', { kind: 'postponedHoliday' }, 'observes', /required/],
      ['a transferred day off from a weekday', { kind: 'transferredDayOff', from: '2013-04-04' }, 'from', /Saturday or Sunday/],
      ['a companion date on the wrong kind', { to: '2013-04-04' }, 'to', /only a transferredWorkingDay/],
      ['a missing name', { name: undefined }, 'name', /required/],
      ['an empty Kazakh name', { name: { ...NAME, kk: ' ' } }, 'name.kk', /required/],
      ['a malformed holiday key', { holiday: 'Not a key' }, 'holiday', /holiday key/],
      ['a malformed act date', { act: { kind: 'law', date: '13.03.2013' } }, 'act.date', /not a calendar date/],
    ])('refuses %s', async (_label, fields, field, message) => {
      const before = await state();
      const res = await t.gql(CREATE, { ...base, ...fields });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0].message).toMatch(message);
      expect(res.data?.createCalendarDay ?? null).toBeNull();
      expect(await state()).toEqual(before);
    });

    it('refuses an update that breaks a rule, naming the field changed, and keeps the record', async () => {
      const [nauryz] = await sql(`select id, version from calendar_day where date = '2013-03-21'`);
      const before = await state();
      const res = await t.gql(UPDATE, { id: nauryz.id, version: nauryz.version, kind: 'transferredDayOff', from: '2013-03-23' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
      // 21 March 2013 is a Thursday, so the kind is acceptable; the holiday key is not, for a transfer.
      expect(res.errors![0].message).toMatch(/holiday key/);
      const clash = await t.gql(UPDATE, { id: nauryz.id, version: nauryz.version, date: '2013-03-22' });
      expect(clash.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
      const missing = await t.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', version: 1, note: 'x' });
      expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(await state()).toEqual(before);
      const [row] = await sql(`select kind, version from calendar_day where id = $1`, [nauryz.id]);
      expect(row).toEqual({ kind: 'publicHoliday', version: nauryz.version });
    });
  });
});
