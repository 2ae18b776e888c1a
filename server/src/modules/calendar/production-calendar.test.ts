import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ProductionCalendar,
  SHIPPED_CALENDAR_URL,
  ShippedCalendarInvalidError,
  addDays,
  addMonthsClamped,
  dayOfWeek,
  fromEpochDay,
  isIsoDate,
  isWeekend,
  loadShippedCalendar,
  parseShippedCalendar,
  readShippedCalendarFile,
  toEpochDay,
  type SpecialDay,
} from './production-calendar.js';
import { renderCalendarFile } from './tools/generate-kz-holidays.js';

const file = readShippedCalendarFile();
const allDays = Object.values(file.years).flat();
const calendar = loadShippedCalendar();
const years = Array.from({ length: 2027 - 2012 + 1 }, (_, i) => 2012 + i);

/** A date between 2010 and 2030, as 'YYYY-MM-DD'. */
const dateArb = fc.integer({ min: toEpochDay('2010-01-01'), max: toEpochDay('2030-12-31') }).map(fromEpochDay);

describe('shipped calendar file (data/calendar/kz-holidays.json)', () => {
  it('is found next to the repository root and is well-formed', () => {
    expect(existsSync(fileURLToPath(SHIPPED_CALENDAR_URL))).toBe(true);
    expect(() => parseShippedCalendar(JSON.parse(readFileSync(SHIPPED_CALENDAR_URL, 'utf8')))).not.toThrow();
  });

  it('has every year 2012–2027 and no other', () => {
    expect(file.firstYear).toBe(2012);
    expect(file.lastYear).toBe(2027);
    expect(Object.keys(file.years)).toEqual(years.map(String));
    for (const year of years) expect(file.years[String(year)]!.length).toBeGreaterThan(10);
  });

  it('has valid dates, each in its own year, sorted, and unique across the file', () => {
    const seen = new Set<string>();
    for (const [year, days] of Object.entries(file.years)) {
      const dates = days.map((d) => d.date);
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) {
        expect(isIsoDate(date), date).toBe(true);
        expect(date.startsWith(`${year}-`), date).toBe(true);
        expect(seen.has(date), `duplicate ${date}`).toBe(false);
        seen.add(date);
      }
    }
  });

  it('gives every day a name in kk, ru and en', () => {
    for (const day of allDays) {
      for (const lang of ['kk', 'ru', 'en'] as const) expect(day.name[lang].trim(), `${day.date} ${lang}`).not.toBe('');
    }
  });

  it('puts no holiday on a transferred working day, which is always a weekend day', () => {
    const byDate = new Map(allDays.map((d) => [d.date, d]));
    const working = allDays.filter((d) => d.kind === 'transferredWorkingDay');
    expect(working.length).toBeGreaterThan(20);
    for (const day of working) {
      expect(isWeekend(day.date), day.date).toBe(true);
      expect(byDate.get(day.date)!.kind).toBe('transferredWorkingDay');
      // its partner is a weekday made a day off, pointing back to it, under the same act
      const partner = byDate.get(day.to!);
      expect(partner?.kind, day.date).toBe('transferredDayOff');
      expect(partner?.from).toBe(day.date);
      expect(partner?.act).toEqual(day.act);
      expect(day.act?.number, day.date).toBeTruthy();
    }
    for (const day of allDays.filter((d) => d.kind === 'transferredDayOff')) {
      expect(isWeekend(day.date), day.date).toBe(false);
      expect(byDate.get(day.from!)?.kind, day.date).toBe('transferredWorkingDay');
    }
  });

  it('gives a postponed day off, on a weekday, for every public holiday falling on a weekend', () => {
    const byDate = new Map(allDays.map((d) => [d.date, d]));
    const postponed = allDays.filter((d) => d.kind === 'postponedHoliday');
    for (const day of postponed) {
      expect(isWeekend(day.date), day.date).toBe(false);
      const holiday = byDate.get(day.observes!);
      expect(holiday?.kind, day.date).toBe('publicHoliday');
      expect(isWeekend(day.observes!), day.date).toBe(true);
      expect(holiday?.holiday).toBe(day.holiday);
      if (day.act?.kind === 'law') expect(day.date > day.observes!).toBe(true);
      else expect(day).toMatchObject({ date: '2020-05-08', observes: '2020-05-09' }); // moved by resolution 820
    }
    const weekendHolidays = allDays.filter((d) => d.kind === 'publicHoliday' && isWeekend(d.date));
    expect(weekendHolidays.map((d) => d.date).sort()).toEqual(postponed.map((d) => d.observes).sort());
  });

  it('never moves religious holidays: Orthodox Christmas on 7 Jan and one Kurban Ait a year', () => {
    for (const year of years) {
      const religious = file.years[String(year)]!.filter((d) => d.kind === 'religiousHoliday');
      expect(religious.map((d) => d.holiday).sort(), String(year)).toEqual(['kurbanAit', 'orthodoxChristmas']);
      expect(religious.find((d) => d.holiday === 'orthodoxChristmas')!.date).toBe(`${year}-01-07`);
    }
    expect(allDays.some((d) => d.kind === 'postponedHoliday' && (d.holiday === 'kurbanAit' || d.holiday === 'orthodoxChristmas'))).toBe(false);
    // Kurban Ait on a Sunday gives no extra day off (2019, 2024).
    expect(calendar.isWorkingDay('2019-08-12')).toBe(true);
    expect(calendar.isWorkingDay('2024-06-17')).toBe(true);
  });

  it('follows the holidays law as it stood in each year', () => {
    const has = (year: number, date: string, holiday: string): boolean =>
      file.years[String(year)]!.some((d) => d.kind === 'publicHoliday' && d.date === date && d.holiday === holiday);
    for (const year of years) {
      expect(has(year, `${year}-01-01`, 'newYear') && has(year, `${year}-01-02`, 'newYear')).toBe(true);
      expect(has(year, `${year}-03-08`, 'womensDay')).toBe(true);
      for (const day of [21, 22, 23]) expect(has(year, `${year}-03-${day}`, 'nauryz')).toBe(true);
      expect(has(year, `${year}-05-01`, 'unityDay')).toBe(true);
      expect(has(year, `${year}-05-07`, 'defenderDay')).toBe(year >= 2013);
      expect(has(year, `${year}-05-09`, 'victoryDay')).toBe(true);
      expect(has(year, `${year}-07-06`, 'capitalDay')).toBe(true);
      expect(has(year, `${year}-08-30`, 'constitutionDay')).toBe(year <= 2025);
      expect(has(year, `${year}-03-15`, 'constitutionDay')).toBe(year >= 2027);
      expect(has(year, `${year}-10-25`, 'republicDay')).toBe(year >= 2022);
      expect(has(year, `${year}-12-01`, 'firstPresidentDay')).toBe(year <= 2021);
      expect(has(year, `${year}-12-16`, 'independenceDay')).toBe(true);
      expect(has(year, `${year}-12-17`, 'independenceDay')).toBe(year <= 2021);
    }
  });

  it('is exactly what the generator script produces', () => {
    expect(readFileSync(SHIPPED_CALENDAR_URL, 'utf8')).toBe(renderCalendarFile());
  });

  it('rejects a malformed file with the problems listed', () => {
    const broken = JSON.parse(JSON.stringify(file)) as { years: Record<string, Record<string, unknown>[]> };
    broken.years['2015']![0]!.date = '2015-02-30';
    broken.years['2016']![0]!.kind = 'holiday';
    expect(() => parseShippedCalendar(broken)).toThrow(ShippedCalendarInvalidError);
    try {
      parseShippedCalendar(broken);
    } catch (error) {
      expect((error as ShippedCalendarInvalidError).problems).toEqual([
        '$.years.2015[0].date: not a date',
        '$.years.2016[0].kind: "holiday"',
      ]);
    }
  });
});

describe('ProductionCalendar', () => {
  it('loads the shipped calendar once, covering 2012–2027', () => {
    expect(loadShippedCalendar()).toBe(calendar);
    expect(calendar.coverage).toEqual({ firstYear: 2012, lastYear: 2027 });
    expect(calendar.covers('2012-01-01') && calendar.covers('2027-12-31')).toBe(true);
    expect(calendar.covers('2028-01-01')).toBe(false);
  });

  it('answers known days', () => {
    expect(calendar.dayInfo('2013-03-21')).toMatchObject({ isWorking: false, kind: 'publicHoliday', name: { en: 'Nauryz' } });
    // 23 Mar 2013 was a Saturday: its day off is Monday 25 Mar.
    expect(calendar.dayInfo('2013-03-23')).toMatchObject({ isWorking: false, kind: 'publicHoliday' });
    expect(calendar.dayInfo('2013-03-25')).toMatchObject({ isWorking: false, kind: 'postponedHoliday' });
    expect(calendar.dayInfo('2013-03-26')).toEqual({ date: '2013-03-26', isWorking: true, kind: 'workday' });
    expect(calendar.dayInfo('2013-03-24')).toEqual({ date: '2013-03-24', isWorking: false, kind: 'weekend' });
    expect(calendar.dayInfo('2013-05-04')).toMatchObject({ isWorking: true, kind: 'transferredWorkingDay' });
    expect(calendar.dayInfo('2013-05-10')).toMatchObject({ isWorking: false, kind: 'transferredDayOff' });
    expect(calendar.dayInfo('2024-06-16')).toMatchObject({ isWorking: false, kind: 'religiousHoliday' });
    // 2020: the Victory Day day off moved from Monday 11 May to Friday 8 May.
    expect(calendar.isWorkingDay('2020-05-08')).toBe(false);
    expect(calendar.isWorkingDay('2020-05-11')).toBe(true);
    // 2022 on: 17 Dec is no longer a holiday; 2026: 30 Aug stopped being a holiday.
    expect(calendar.isWorkingDay('2024-12-17')).toBe(true);
    expect(calendar.isWorkingDay('2026-08-31')).toBe(true);
    expect(calendar.isWorkingDay('2027-03-15')).toBe(false);
    // Outside the covered years only weekends count.
    expect(calendar.isWorkingDay('2030-01-01')).toBe(true);
    expect(calendar.isWorkingDay('2030-01-05')).toBe(false);
  });

  it('lists every date of a year', () => {
    const y2024 = calendar.year(2024);
    expect(y2024).toHaveLength(366);
    expect(y2024[0]!.date).toBe('2024-01-01');
    expect(y2024.at(-1)!.date).toBe('2024-12-31');
    expect(calendar.year(2023)).toHaveLength(365);
    // 2024: 366 days − 104 weekend days − 14 weekday days off + Saturday 4 May worked = 249.
    expect(y2024.filter((d) => d.isWorking)).toHaveLength(249);
    // 2026: the Ministry's calendar counted 246 working days with Monday 31 Aug off; it is a working day now.
    expect(calendar.year(2026).filter((d) => d.isWorking)).toHaveLength(247);
  });

  it('finds the next working day', () => {
    expect(calendar.nextWorkingDay('2013-03-20')).toBe('2013-03-26');
    expect(calendar.nextWorkingDay('2022-12-30')).toBe('2023-01-04');
    expect(calendar.nextWorkingDay('2013-05-03')).toBe('2013-05-04'); // a Saturday worked
    expect(calendar.nextWorkingDay('2023-06-27')).toBe('2023-06-29'); // Kurban Ait on 28 Jun
    expect(calendar.workingDayOnOrAfter('2023-06-29')).toBe('2023-06-29');
    expect(calendar.workingDayOnOrAfter('2023-06-28')).toBe('2023-06-29');
  });

  it('counts working days', () => {
    expect(calendar.countWorkingDays('2013-03-19', '2013-03-29')).toBe(5); // 20, 26, 27, 28, 29 Mar
    expect(calendar.countWorkingDays('2013-03-29', '2013-03-19')).toBe(0);
  });

  it('validates its input', () => {
    expect(() => new ProductionCalendar([{ date: '2024-02-30', kind: 'publicHoliday' }])).toThrow(RangeError);
    expect(() => new ProductionCalendar([{ date: '2024-02-01', kind: 'holiday' as never }])).toThrow(/unknown special day kind/);
    expect(() => new ProductionCalendar([
      { date: '2024-02-01', kind: 'publicHoliday' }, { date: '2024-02-01', kind: 'transferredDayOff' },
    ])).toThrow(/two special days/);
    expect(() => calendar.isWorkingDay('2024-2-1')).toThrow(RangeError);
    expect(() => calendar.year(12)).toThrow(RangeError);
  });

  it('can refuse dates outside its years', () => {
    const strict = new ProductionCalendar([], { coverage: { firstYear: 2020, lastYear: 2021 }, outsideCoverage: 'throw' });
    expect(strict.isWorkingDay('2021-12-31')).toBe(true);
    expect(() => strict.isWorkingDay('2022-01-03')).toThrow(/outside/);
  });

  it('adds special days without changing the original', () => {
    const more = calendar.withSpecialDays([{ date: '2025-04-15', kind: 'transferredDayOff' }]);
    expect(more.isWorkingDay('2025-04-15')).toBe(false);
    expect(calendar.isWorkingDay('2025-04-15')).toBe(true);
    expect(more.coverage).toEqual(calendar.coverage);
  });

  it('property: weekdays work and weekends rest unless a special day says otherwise', () => {
    const specials = new Map(allDays.map((d) => [d.date, d]));
    fc.assert(fc.property(dateArb, (date) => {
      const info = calendar.dayInfo(date);
      const special = specials.get(date);
      if (special) {
        expect(info.kind).toBe(special.kind);
        expect(info.isWorking).toBe(special.kind === 'transferredWorkingDay');
      } else {
        expect(info.kind).toBe(isWeekend(date) ? 'weekend' : 'workday');
        expect(info.isWorking).toBe(!isWeekend(date));
      }
      expect(calendar.isWorkingDay(date)).toBe(info.isWorking);
    }));
  });

  it('property: year() agrees with dayInfo()', () => {
    fc.assert(fc.property(fc.integer({ min: 2010, max: 2030 }), (year) => {
      const days = calendar.year(year);
      expect(days.length).toBe(year % 4 === 0 ? 366 : 365);
      days.forEach((d, i) => {
        expect(d.date).toBe(addDays(`${year}-01-01`, i));
        expect(d).toEqual(calendar.dayInfo(d.date));
      });
    }), { numRuns: 30 });
  });

  it('property: nextWorkingDay is the first working day after the date', () => {
    fc.assert(fc.property(dateArb, (date) => {
      const next = calendar.nextWorkingDay(date);
      expect(next > date).toBe(true);
      expect(calendar.isWorkingDay(next)).toBe(true);
      for (let d = addDays(date, 1); d < next; d = addDays(d, 1)) expect(calendar.isWorkingDay(d)).toBe(false);
      expect(calendar.countWorkingDays(date, next)).toBe(1);
    }));
  });

  it('property: a working-day run is never longer than 6 days off in a row in 2012–2027', () => {
    // Longest break in the data: Nauryz with postponed days, e.g. 21–25 Mar 2015 plus a weekend around.
    fc.assert(fc.property(fc.integer({ min: toEpochDay('2012-01-01'), max: toEpochDay('2027-12-20') }).map(fromEpochDay), (date) => {
      expect(toEpochDay(calendar.nextWorkingDay(date)) - toEpochDay(date)).toBeLessThanOrEqual(6);
    }));
  });
});

describe('date helpers', () => {
  it('validate, shift and clamp dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
    expect(dayOfWeek('2013-03-23')).toBe(6);
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsClamped('2023-12-15', 1)).toBe('2024-01-15');
    expect(addMonthsClamped('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-05-31', 0)).toBe('2024-05-31');
  });

  it('property: addMonthsClamped is monotone and keeps the day when it can', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 0, max: 48 }), (date, n) => {
      const a = addMonthsClamped(date, n);
      const b = addMonthsClamped(date, n + 1);
      expect(a < b).toBe(true);
      const day = Number(date.slice(8));
      expect(Number(a.slice(8))).toBeLessThanOrEqual(day);
      if (day <= 28) expect(a.slice(8)).toBe(date.slice(8));
    }));
  });

  it('property: toEpochDay and fromEpochDay are inverse', () => {
    fc.assert(fc.property(dateArb, (date) => {
      expect(fromEpochDay(toEpochDay(date))).toBe(date);
      expect(addDays(addDays(date, 40), -40)).toBe(date);
    }));
  });
});

// Type-level check: a database row with only date and kind is enough to build a calendar.
const minimal: SpecialDay = { date: '2030-01-01', kind: 'publicHoliday' };
void minimal;
