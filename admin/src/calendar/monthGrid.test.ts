import { describe, expect, it } from 'vitest';
import { clampYear, daysInMonth, monthGrid, mondayIndex } from './monthGrid';

describe('monthGrid', () => {
  it('starts weeks on Monday and pads the first and last week', () => {
    // 1 March 2013 was a Friday; 31 March a Sunday.
    const weeks = monthGrid(2013, 3);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, null, '2013-03-01', '2013-03-02', '2013-03-03']);
    expect(weeks[3]![3]).toBe('2013-03-21');
    expect(weeks[4]).toEqual(['2013-03-25', '2013-03-26', '2013-03-27', '2013-03-28', '2013-03-29', '2013-03-30', '2013-03-31']);
  });

  it('holds every day of the month once, in order, in full weeks', () => {
    for (const [year, month] of [[2024, 2], [2023, 2], [2026, 12], [2015, 2], [2027, 8]] as const) {
      const weeks = monthGrid(year, month);
      expect(weeks.every((week) => week.length === 7)).toBe(true);
      const dates = weeks.flat().filter((cell): cell is string => cell !== null);
      expect(dates).toHaveLength(daysInMonth(year, month));
      expect([...dates].sort()).toEqual(dates);
      expect(weeks.length).toBeGreaterThanOrEqual(4);
      expect(weeks.length).toBeLessThanOrEqual(6);
    }
  });

  it('knows leap years and weekdays', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(mondayIndex(2026, 12, 6)).toBe(6); // a Sunday
    // February 2015 began on a Sunday and fills exactly four weeks… plus a padded first row.
    expect(monthGrid(2015, 2)[0]).toEqual([null, null, null, null, null, null, '2015-02-01']);
  });

  it('keeps the year switcher within the calendar\'s years', () => {
    expect(clampYear(1999)).toBe(2000);
    expect(clampYear(2101)).toBe(2100);
    expect(clampYear(2026.7)).toBe(2026);
  });
});
