import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DUE_UNITS,
  KZ_SINGLE_ZONE_SWITCH,
  astanaDate,
  astanaOffsetMinutes,
  computeDueDate,
  endOfAstanaDay,
  remainingTime,
  startOfAstanaDay,
  startOfNextAstanaDay,
  type DueUnit,
} from './due-date.js';
import { addDays, addMonthsClamped, fromEpochDay, loadShippedCalendar, toEpochDay } from './production-calendar.js';

const calendar = loadShippedCalendar();

/** An instant given as Astana wall-clock time with an explicit offset, e.g. at('2013-03-19T10:00', 6). */
function at(local: string, offsetHours: 5 | 6): Date {
  return new Date(`${local}:00.000+0${offsetHours}:00`);
}
function due(start: Date, value: number, unit: DueUnit, excludeStartDay = true, cal = calendar): Date {
  return computeDueDate({ start, value, unit, excludeStartDay, calendar: cal });
}
function iso(date: Date): string {
  return date.toISOString();
}

const startArb = fc.date({ min: new Date('2012-01-01T00:00:00Z'), max: new Date('2027-09-30T00:00:00Z'), noInvalidDate: true });
const dayUnitArb = fc.constantFrom<DueUnit>('calendarDays', 'workingDays');
const unitArb = fc.constantFrom<DueUnit>(...DUE_UNITS);
/** A value suited to the unit: whole numbers for day and month units. */
function valueArb(unit: DueUnit): fc.Arbitrary<number> {
  if (unit === 'months') return fc.integer({ min: 0, max: 24 });
  if (unit === 'minutes' || unit === 'hours') return fc.double({ min: 0, max: 10_000, noNaN: true });
  return fc.integer({ min: 0, max: 60 });
}
const ruleArb = unitArb.chain((unit) => fc.record({
  unit: fc.constant(unit), value: valueArb(unit), excludeStartDay: fc.boolean(), start: startArb,
}));

describe('Astana local time', () => {
  it('is UTC+6 before 2024-03-01 00:00 local and UTC+5 from then', () => {
    expect(iso(KZ_SINGLE_ZONE_SWITCH)).toBe('2024-02-29T18:00:00.000Z');
    expect(astanaOffsetMinutes(new Date('2024-02-29T17:59:59.999Z'))).toBe(360);
    expect(astanaOffsetMinutes(new Date('2024-02-29T18:00:00.000Z'))).toBe(300);
    expect(astanaOffsetMinutes(new Date('2012-06-01T00:00:00Z'))).toBe(360);
    expect(astanaOffsetMinutes(new Date('2027-06-01T00:00:00Z'))).toBe(300);
  });

  it('repeats the hour 23:00–24:00 of 29 Feb 2024, which therefore lasts 25 hours', () => {
    expect(astanaDate(new Date('2024-02-29T17:30:00Z'))).toBe('2024-02-29'); // 23:30 at +6
    expect(astanaDate(new Date('2024-02-29T18:30:00Z'))).toBe('2024-02-29'); // 23:30 again, at +5
    expect(astanaDate(new Date('2024-02-29T19:00:00Z'))).toBe('2024-03-01'); // 00:00 at +5
    expect(iso(startOfAstanaDay('2024-02-29'))).toBe('2024-02-28T18:00:00.000Z');
    expect(iso(endOfAstanaDay('2024-02-28'))).toBe('2024-02-28T17:59:59.999Z');
    expect(iso(endOfAstanaDay('2024-02-29'))).toBe('2024-02-29T18:59:59.999Z');
    expect(iso(startOfAstanaDay('2024-03-01'))).toBe('2024-02-29T19:00:00.000Z');
    expect(endOfAstanaDay('2024-02-29').getTime() + 1 - startOfAstanaDay('2024-02-29').getTime()).toBe(25 * 3_600_000);
    expect(iso(endOfAstanaDay('2024-03-01'))).toBe('2024-03-01T18:59:59.999Z');
    expect(iso(startOfNextAstanaDay('2024-02-28'))).toBe(iso(startOfAstanaDay('2024-02-29')));
    expect(iso(startOfNextAstanaDay('2024-02-29'))).toBe(iso(startOfAstanaDay('2024-03-01')));
  });

  it('the day after 9999-12-31 still has a first instant (the bound of an "on or before" filter)', () => {
    expect(iso(startOfNextAstanaDay('9999-12-31'))).toBe('9999-12-31T19:00:00.000Z');
  });

  it('property: every day runs from its start to its end, and the next day begins 1 ms later', () => {
    const dateArb = fc.integer({ min: toEpochDay('2012-01-01'), max: toEpochDay('2027-12-31') }).map(fromEpochDay);
    fc.assert(fc.property(dateArb, (date) => {
      const start = startOfAstanaDay(date);
      const end = endOfAstanaDay(date);
      expect(astanaDate(start)).toBe(date);
      expect(astanaDate(end)).toBe(date);
      expect(astanaDate(new Date(start.getTime() - 1))).toBe(addDays(date, -1));
      expect(astanaDate(new Date(end.getTime() + 1))).toBe(addDays(date, 1));
    }));
  });

  it('property: agrees with the IANA zone Asia/Almaty (the zone of Astana)', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(fc.property(fc.date({ min: new Date('2012-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }), (instant) => {
      expect(astanaDate(instant)).toBe(format.format(instant));
    }), { numRuns: 500 });
    // and right around the switch
    for (let t = Date.parse('2024-02-29T16:00:00Z'); t <= Date.parse('2024-02-29T21:00:00Z'); t += 15 * 60_000) {
      expect(astanaDate(new Date(t))).toBe(format.format(new Date(t)));
    }
  });
});

describe('computeDueDate: known dates', () => {
  it('15 working days from Tue 19 Mar 2013 skip Nauryz and its postponed day', () => {
    // 2013: Nauryz 21 (Thu), 22 (Fri), 23 (Sat) Mar; the Saturday's day off moves to Mon 25 Mar.
    // Counting from the day after acceptance:
    //   Wed 20 Mar = 1; 21–25 Mar off; Tue 26 = 2, Wed 27 = 3, Thu 28 = 4, Fri 29 = 5,
    //   Mon 1 Apr = 6, 2 = 7, 3 = 8, 4 = 9, Fri 5 = 10, Mon 8 = 11, 9 = 12, 10 = 13, 11 = 14, Fri 12 Apr = 15.
    // Due: end of Fri 12 Apr 2013, 23:59:59.999 at UTC+6 = 17:59:59.999Z. (Without the postponed day: 11 Apr.)
    const start = at('2013-03-19T10:00', 6);
    expect(iso(due(start, 15, 'workingDays'))).toBe('2013-04-12T17:59:59.999Z');
    // Counting the acceptance day as day 1: 19 Mar = 1, 20 = 2, 26 = 3 … 11 Apr = 15.
    expect(iso(due(start, 15, 'workingDays', false))).toBe('2013-04-11T17:59:59.999Z');
    // Calendar days ignore holidays: 19 Mar + 15 = 3 Apr.
    expect(iso(due(start, 15, 'calendarDays'))).toBe('2013-04-03T17:59:59.999Z');
    expect(iso(due(start, 15, 'calendarDays', false))).toBe('2013-04-02T17:59:59.999Z');
  });

  it('New Year: the day off for Sunday 1 Jan 2023 is Tue 3 Jan', () => {
    // Fri 30 Dec 2022: 31 Dec Sat, 1 Jan Sun (holiday), 2 Jan Mon (holiday), 3 Jan Tue (postponed),
    // Wed 4 Jan = 1, Thu 5 = 2, Fri 6 = 3.
    expect(iso(due(at('2022-12-30T10:00', 6), 3, 'workingDays'))).toBe('2023-01-06T17:59:59.999Z');
  });

  it('Orthodox Christmas on a Sunday does not move (7 Jan 2018)', () => {
    // Fri 5 Jan 2018: 6 Jan Sat, 7 Jan Sun (Christmas), Mon 8 Jan is a working day = 1.
    expect(iso(due(at('2018-01-05T15:00', 6), 1, 'workingDays'))).toBe('2018-01-08T17:59:59.999Z');
  });

  it('Independence Day: 16–17 Dec until 2021, only 16 Dec from 2022', () => {
    // Fri 15 Dec 2017: 16 Sat and 17 Sun holidays, so 18 Mon and 19 Tue are days off; Wed 20 = 1, Thu 21 = 2.
    expect(iso(due(at('2017-12-15T09:00', 6), 2, 'workingDays'))).toBe('2017-12-21T17:59:59.999Z');
    // Wed 15 Dec 2021: 16 Thu and 17 Fri holidays, weekend, Mon 20 = 1.
    expect(iso(due(at('2021-12-15T09:00', 6), 1, 'workingDays'))).toBe('2021-12-20T17:59:59.999Z');
    // Fri 13 Dec 2024: weekend, 16 Mon holiday, Tue 17 Dec (no longer a holiday) = 1; at UTC+5.
    expect(iso(due(at('2024-12-13T09:00', 5), 1, 'workingDays'))).toBe('2024-12-17T18:59:59.999Z');
  });

  it('Kurban Ait is a day off on its date, and gives nothing when it falls on a Sunday', () => {
    // Tue 27 Jun 2023: Wed 28 Jun Kurban Ait, Thu 29 = 1.
    expect(iso(due(at('2023-06-27T09:00', 6), 1, 'workingDays'))).toBe('2023-06-29T17:59:59.999Z');
    // Fri 14 Jun 2024: 15 Sat, 16 Sun (Kurban Ait), Mon 17 Jun works = 1.
    expect(iso(due(at('2024-06-14T09:00', 5), 1, 'workingDays'))).toBe('2024-06-17T18:59:59.999Z');
    // Fri 3 Oct 2014: 4 Sat (Kurban Ait), 5 Sun, Mon 6 Oct = 1.
    expect(iso(due(at('2014-10-03T09:00', 6), 1, 'workingDays'))).toBe('2014-10-06T17:59:59.999Z');
  });

  it('a Saturday made a working day counts (4 May 2013)', () => {
    // Fri 3 May 2013: Sat 4 May is worked = 1 (Fri 10 May is off instead).
    expect(iso(due(at('2013-05-03T09:00', 6), 1, 'workingDays'))).toBe('2013-05-04T17:59:59.999Z');
    // Wed 8 May 2013: 9 Thu Victory Day, 10 Fri transferred day off, weekend, Mon 13 = 1.
    expect(iso(due(at('2013-05-08T09:00', 6), 1, 'workingDays'))).toBe('2013-05-13T17:59:59.999Z');
  });

  it('crosses the 2024 time-zone switch', () => {
    // Accepted Wed 28 Feb 2024 10:00 (+6); one calendar day after it is 29 Feb, whose end is 24:00 at +5.
    expect(iso(due(at('2024-02-28T10:00', 6), 1, 'calendarDays'))).toBe('2024-02-29T18:59:59.999Z');
    // Accepted in the repeated hour (23:30 at +5 on 29 Feb): the acceptance day is still 29 Feb.
    expect(iso(due(new Date('2024-02-29T18:30:00Z'), 1, 'workingDays'))).toBe('2024-03-01T18:59:59.999Z');
    // Accepted at 00:00 on 1 Mar (+5): the next working day is Mon 4 Mar.
    expect(iso(due(new Date('2024-02-29T19:00:00Z'), 1, 'workingDays'))).toBe('2024-03-04T18:59:59.999Z');
    // Hours are elapsed time: 24 h after 12:00 (+6) on 29 Feb is 11:00 (+5) on 1 Mar.
    expect(iso(due(at('2024-02-29T12:00', 6), 24, 'hours'))).toBe(iso(at('2024-03-01T11:00', 5)));
    // End of day before and after the switch.
    expect(iso(due(at('2024-02-27T10:00', 6), 1, 'workingDays'))).toBe('2024-02-28T17:59:59.999Z');
    expect(iso(due(at('2024-03-04T10:00', 5), 1, 'workingDays'))).toBe('2024-03-05T18:59:59.999Z');
  });

  it('minutes, hours and months', () => {
    const start = at('2023-01-31T10:15', 6);
    expect(iso(due(start, 15, 'minutes'))).toBe(iso(at('2023-01-31T10:30', 6)));
    expect(iso(due(start, 1.5, 'hours'))).toBe(iso(at('2023-01-31T11:45', 6)));
    expect(iso(due(start, 1, 'months'))).toBe('2023-02-28T17:59:59.999Z'); // clamped
    expect(iso(due(start, 2, 'months'))).toBe('2023-03-31T17:59:59.999Z');
    expect(iso(due(at('2024-01-31T10:00', 6), 1, 'months'))).toBe('2024-02-29T18:59:59.999Z'); // leap year, repeated hour
    expect(iso(due(at('2024-01-31T10:00', 6), 1, 'months', false))).toBe('2024-02-29T18:59:59.999Z'); // flag ignored
  });

  it('value 0: same day (working days: the first working day on or after acceptance), or the start itself', () => {
    const friday = at('2013-03-22T10:00', 6); // Nauryz holiday
    expect(iso(due(friday, 0, 'workingDays'))).toBe('2013-03-26T17:59:59.999Z');
    expect(iso(due(friday, 0, 'workingDays', false))).toBe('2013-03-26T17:59:59.999Z');
    const tuesday = at('2013-03-19T10:00', 6);
    expect(iso(due(tuesday, 0, 'workingDays'))).toBe('2013-03-19T17:59:59.999Z');
    expect(iso(due(tuesday, 0, 'calendarDays'))).toBe('2013-03-19T17:59:59.999Z');
    expect(iso(due(tuesday, 0, 'calendarDays', false))).toBe('2013-03-19T17:59:59.999Z');
    expect(iso(due(tuesday, 0, 'months'))).toBe('2013-03-19T17:59:59.999Z');
    expect(due(tuesday, 0, 'minutes').getTime()).toBe(tuesday.getTime());
    expect(due(tuesday, 0, 'hours').getTime()).toBe(tuesday.getTime());
    // value 1 counting the acceptance day equals value 0 on a working day
    expect(due(tuesday, 1, 'workingDays', false).getTime()).toBe(due(tuesday, 0, 'workingDays').getTime());
  });

  it('rejects bad input', () => {
    const start = at('2013-03-19T10:00', 6);
    expect(() => due(start, -1, 'workingDays')).toThrow(RangeError);
    expect(() => due(start, 1.5, 'workingDays')).toThrow(/whole number/);
    expect(() => due(start, Number.NaN, 'minutes')).toThrow(RangeError);
    expect(() => due(start, Number.POSITIVE_INFINITY, 'hours')).toThrow(RangeError);
    expect(() => due(start, 1_000_000, 'calendarDays')).toThrow(/too large/);
    expect(() => due(start, 1e308, 'hours')).toThrow(/too large/);
    expect(() => due(start, 1e12, 'minutes')).toThrow(/too large/);
    expect(() => due(new Date('nope'), 1, 'workingDays')).toThrow(TypeError);
    expect(() => due(start, 1, 'weeks' as DueUnit)).toThrow(/unknown unit/);
  });
});

describe('computeDueDate: properties', () => {
  it('is monotone in value', () => {
    fc.assert(fc.property(ruleArb, fc.integer({ min: 0, max: 30 }), ({ unit, value, excludeStartDay, start }, extra) => {
      const bigger = unit === 'minutes' || unit === 'hours' ? value + extra / 7 : value + extra;
      expect(due(start, bigger, unit, excludeStartDay).getTime()).toBeGreaterThanOrEqual(due(start, value, unit, excludeStartDay).getTime());
    }));
  });

  it('is strictly increasing in value for day units when counting from the next day', () => {
    // From value 1 on: value 0 and value 1 give the same day when accepted on a day off.
    fc.assert(fc.property(dayUnitArb, startArb, fc.integer({ min: 1, max: 60 }), (unit, start, value) => {
      expect(due(start, value + 1, unit).getTime()).toBeGreaterThan(due(start, value, unit).getTime());
    }));
  });

  it('never precedes the start, and excluding the start day never makes it earlier', () => {
    fc.assert(fc.property(ruleArb, ({ unit, value, start }) => {
      const including = due(start, value, unit, false);
      const excluding = due(start, value, unit, true);
      expect(including.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(excluding.getTime()).toBeGreaterThanOrEqual(including.getTime());
    }));
  });

  it('for day and month units, ends at the last millisecond of a local day', () => {
    fc.assert(fc.property(ruleArb.filter((r) => r.unit !== 'minutes' && r.unit !== 'hours'), ({ unit, value, excludeStartDay, start }) => {
      const result = due(start, value, unit, excludeStartDay);
      expect(astanaDate(new Date(result.getTime() + 1))).not.toBe(astanaDate(result));
      expect(result.getTime()).toBe(endOfAstanaDay(astanaDate(result)).getTime());
    }));
  });

  it('for working days, never lands on a non-working day, and counts exactly `value` working days', () => {
    fc.assert(fc.property(startArb, fc.integer({ min: 0, max: 60 }), fc.boolean(), (start, value, excludeStartDay) => {
      const result = due(start, value, 'workingDays', excludeStartDay);
      const lastDay = astanaDate(result);
      expect(calendar.isWorkingDay(lastDay)).toBe(true);
      const acceptanceDay = astanaDate(start);
      if (value > 0) {
        const firstCounted = excludeStartDay ? acceptanceDay : addDays(acceptanceDay, -1);
        expect(calendar.countWorkingDays(firstCounted, lastDay)).toBe(value);
      }
    }));
  });

  it('for calendar days and months, matches plain date arithmetic', () => {
    fc.assert(fc.property(startArb, fc.integer({ min: 1, max: 400 }), fc.boolean(), (start, value, excludeStartDay) => {
      const d0 = astanaDate(start);
      expect(astanaDate(due(start, value, 'calendarDays', excludeStartDay))).toBe(addDays(d0, excludeStartDay ? value : value - 1));
      expect(astanaDate(due(start, value % 30, 'months', excludeStartDay))).toBe(addMonthsClamped(d0, value % 30));
    }));
  });

  it('adding a holiday never makes a due date earlier', () => {
    fc.assert(fc.property(ruleArb, fc.integer({ min: -5, max: 120 }), ({ unit, value, excludeStartDay, start }, offset) => {
      const holiday = addDays(astanaDate(start), offset);
      const withHoliday = calendar.withSpecialDays([{ date: holiday, kind: 'publicHoliday' }]);
      const before = due(start, value, unit, excludeStartDay);
      const after = due(start, value, unit, excludeStartDay, withHoliday);
      expect(after.getTime()).toBeGreaterThanOrEqual(before.getTime());
      if (unit !== 'workingDays') expect(after.getTime()).toBe(before.getTime());
    }));
  });
});

describe('remainingTime', () => {
  const start = at('2013-03-19T10:00', 6);
  const dueAt = due(start, 15, 'workingDays'); // end of Fri 12 Apr 2013
  const left = (now: Date, unit: DueUnit = 'workingDays', d = dueAt): number =>
    remainingTime({ start, due: d, now, unit, calendar });

  it('counts working days left after today, 0 on the last day and at the due instant', () => {
    expect(left(start)).toBe(15);
    expect(left(at('2013-03-22T12:00', 6))).toBe(14); // a holiday: 26 Mar … 12 Apr remain
    expect(left(at('2013-04-11T10:00', 6))).toBe(1);
    expect(left(at('2013-04-12T10:00', 6))).toBe(0);
    expect(left(dueAt)).toBe(0);
  });

  it('is negative when overdue, counting overdue working days', () => {
    expect(left(new Date(dueAt.getTime() + 1))).toBe(-1); // Sat 13 Apr 00:00: Mon 15 Apr is the first overdue working day
    expect(left(at('2013-04-14T12:00', 6))).toBe(-1);
    expect(left(at('2013-04-15T12:00', 6))).toBe(-1);
    expect(left(at('2013-04-16T12:00', 6))).toBe(-2);
  });

  it('works in calendar days, hours, minutes and months', () => {
    const calendarDue = due(start, 15, 'calendarDays'); // end of 3 Apr 2013
    expect(left(start, 'calendarDays', calendarDue)).toBe(15);
    expect(left(calendarDue, 'calendarDays', calendarDue)).toBe(0);
    expect(left(at('2013-04-05T09:00', 6), 'calendarDays', calendarDue)).toBe(-2);
    const hourDue = due(start, 2, 'hours');
    expect(left(start, 'hours', hourDue)).toBe(2);
    expect(left(at('2013-03-19T11:30', 6), 'minutes', hourDue)).toBe(30);
    expect(left(hourDue, 'minutes', hourDue)).toBe(0);
    expect(left(at('2013-03-19T12:45', 6), 'hours', hourDue)).toBe(-0.75);
    const monthDue = due(start, 3, 'months'); // end of 19 Jun 2013
    expect(left(start, 'months', monthDue)).toBe(3);
    expect(left(at('2013-04-20T09:00', 6), 'months', monthDue)).toBe(1);
    expect(left(monthDue, 'months', monthDue)).toBe(0);
    expect(left(at('2013-06-20T09:00', 6), 'months', monthDue)).toBe(-1);
    expect(left(at('2013-07-20T09:00', 6), 'months', monthDue)).toBe(-2);
  });

  it('treats a time before the start as the start', () => {
    expect(left(at('2013-03-01T09:00', 6))).toBe(15);
  });

  it('property: 0 at the due instant, negative right after it, never negative before it', () => {
    fc.assert(fc.property(ruleArb, fc.integer({ min: 0, max: 200 * 86_400_000 }), ({ unit, value, excludeStartDay, start: s }, ms) => {
      const d = computeDueDate({ start: s, value, unit, excludeStartDay, calendar });
      const r = (now: Date): number => remainingTime({ start: s, due: d, now, unit, calendar });
      expect(r(d)).toBe(0);
      expect(r(new Date(d.getTime() + 1))).toBeLessThan(0);
      const now = new Date(s.getTime() + ms);
      if (now.getTime() <= d.getTime()) expect(r(now)).toBeGreaterThanOrEqual(0);
      else expect(r(now)).toBeLessThan(0);
    }));
  });

  it('property: equals the value at the start when counting from the next day', () => {
    fc.assert(fc.property(ruleArb, ({ unit, value, start: s }) => {
      const d = computeDueDate({ start: s, value, unit, excludeStartDay: true, calendar });
      const r = remainingTime({ start: s, due: d, now: s, unit, calendar });
      if (unit === 'workingDays' && value === 0) expect(r).toBeLessThanOrEqual(1);
      else if (unit === 'minutes') expect(Math.abs(r - value) * 60_000).toBeLessThanOrEqual(1); // Date keeps whole ms
      else if (unit === 'hours') expect(Math.abs(r - value) * 3_600_000).toBeLessThanOrEqual(1);
      else expect(r).toBe(value);
    }));
  });

  it('property: never increases as time passes', () => {
    fc.assert(fc.property(ruleArb, fc.integer({ min: 0, max: 100 * 86_400_000 }), fc.integer({ min: 0, max: 10 * 86_400_000 }), ({ unit, value, excludeStartDay, start: s }, a, b) => {
      const d = computeDueDate({ start: s, value, unit, excludeStartDay, calendar });
      const r = (ms: number): number => remainingTime({ start: s, due: d, now: new Date(s.getTime() + ms), unit, calendar });
      expect(r(a + b)).toBeLessThanOrEqual(r(a));
    }));
  });

  it('supports suspension by recomputing from the resumption with the remaining value', () => {
    // 10 working days from Tue 5 Mar 2013, counted from the next day: Wed 6 = 1, Thu 7 = 2, (8 Mar holiday),
    // Mon 11 = 3, … Fri 15 = 7, Mon 18 = 8, Tue 19 = 9, Wed 20 = 10 → due end of Wed 20 Mar.
    const accepted = at('2013-03-05T10:00', 6);
    const original = due(accepted, 10, 'workingDays');
    expect(iso(original)).toBe('2013-03-20T17:59:59.999Z');
    // Suspended on Mon 11 Mar: 12, 13, 14, 15, 18, 19, 20 Mar remain = 7 working days.
    const remaining = remainingTime({ start: accepted, due: original, now: at('2013-03-11T15:00', 6), unit: 'workingDays', calendar });
    expect(remaining).toBe(7);
    // Resumed on Mon 1 Apr: 2, 3, 4, 5, 8, 9, 10 Apr → due end of Wed 10 Apr.
    const resumed = due(at('2013-04-01T09:00', 6), remaining, 'workingDays', true);
    expect(iso(resumed)).toBe('2013-04-10T17:59:59.999Z');
  });
});
