import { describe, expect, it } from 'vitest';
import { calendarDayPayload, DAY_COLOURS, SPECIAL_DAY_KINDS } from './dayKinds';

const name = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' };

describe('calendarDayPayload', () => {
  it('keeps the fields of a holiday only', () => {
    expect(calendarDayPayload({ date: '2027-03-22', kind: 'publicHoliday', name, holiday: ' nauryz ', to: '2027-03-01', note: '  ' })).toEqual({
      date: '2027-03-22', kind: 'publicHoliday', name, holiday: 'nauryz', observes: null, from: null, to: null, note: null,
    });
  });

  it('keeps the weekday freed by a transferred working day, and no holiday key', () => {
    expect(calendarDayPayload({ date: '2027-01-09', kind: 'transferredWorkingDay', name, holiday: 'x', to: '2027-01-04', observes: '2027-01-01' })).toEqual({
      date: '2027-01-09', kind: 'transferredWorkingDay', name, holiday: null, observes: null, from: null, to: '2027-01-04', note: null,
    });
  });

  it('keeps the holiday a postponed day off replaces, and the weekend a transferred day off comes from', () => {
    expect(calendarDayPayload({ kind: 'postponedHoliday', observes: '2027-03-21', from: 'x' })).toMatchObject({ observes: '2027-03-21', from: null });
    expect(calendarDayPayload({ kind: 'transferredDayOff', from: '2027-01-09', holiday: 'x' })).toMatchObject({ from: '2027-01-09', holiday: null });
  });

  it('colours every kind of date', () => {
    for (const kind of [...SPECIAL_DAY_KINDS, 'workday', 'weekend'] as const) expect(DAY_COLOURS[kind]).toBeDefined();
  });
});
