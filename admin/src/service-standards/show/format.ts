/** Plain-text pieces of a standard's page (pure, tested): days of the week, opening hours. */

export const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** "Mon–Fri", "Mon–Fri, Sun", "Mon, Tue": runs of three or more days become ranges. */
export function formatDays(days: readonly string[], label: (day: string) => string): string {
  const present = WEEK.filter((day) => days.includes(day));
  const parts: string[] = [];
  for (let i = 0; i < present.length;) {
    let j = i;
    while (j + 1 < present.length && WEEK.indexOf(present[j + 1]) === WEEK.indexOf(present[j]) + 1) j++;
    if (j - i >= 2) parts.push(`${label(present[i])}–${label(present[j])}`);
    else for (let k = i; k <= j; k++) parts.push(label(present[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

export interface Period {
  days: readonly string[];
  opens: string;
  closes: string;
  breaks?: readonly { from: string; to: string }[] | null;
}

/** "Mon–Fri 09:00–18:00 (13:00–14:30)": the breaks in brackets, introduced by `breakWord`. */
export function formatPeriod(period: Period, label: (day: string) => string, breakWord: string): string {
  const breaks = (period.breaks ?? []).map((b) => `${b.from}–${b.to}`);
  return `${formatDays(period.days, label)} ${period.opens}–${period.closes}${breaks.length ? ` (${breakWord} ${breaks.join(', ')})` : ''}`;
}
