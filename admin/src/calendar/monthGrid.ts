/**
 * The month grids of the year view: weeks from Monday to Sunday (as calendars are printed in
 * Kazakhstan), each a row of seven cells holding a date "YYYY-MM-DD" or null outside the month.
 * Dates are computed in UTC so the grid never shifts with the browser's time zone.
 */
export type Cell = string | null;
export type Week = Cell[];

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 for Monday … 6 for Sunday. */
export function mondayIndex(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The weeks of a month (month 1–12): 4 to 6 rows of 7 cells. */
export function monthGrid(year: number, month: number): Week[] {
  const weeks: Week[] = [];
  let week: Week = Array.from({ length: mondayIndex(year, month, 1) }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    week.push(isoDate(year, month, day));
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** The years the server's calendar answers for (calendar.service.ts). */
export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2100;

export const clampYear = (year: number) => Math.min(LAST_CALENDAR_YEAR, Math.max(FIRST_CALENDAR_YEAR, Math.trunc(year)));
