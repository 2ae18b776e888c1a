/**
 * The dates of a year (calendarYear: whether each is a working day and why) joined with the
 * special-day records behind them (calendarDays: id, version, act, note), which removing a day needs.
 */
import { useCallback, useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { CalendarDate, CalendarDay } from '../generated/graphql';
import type { QyzmetDataProvider } from '../dataProvider';
import { CALENDAR_DATE_FIELDS } from './calendarSelections';

export interface YearDate extends CalendarDate {
  /** The special-day record of this date, if there is one. */
  record?: CalendarDay;
}

export function useCalendarYear(year: number) {
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const [state, setState] = useState<{ year: number; dates: Map<string, YearDate>; error?: Error } | undefined>();
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    // Stale answers (the year changed meanwhile) are dropped rather than aborted: Apollo shares one
    // request between identical queries, so aborting one would fail the other.
    let stale = false;
    Promise.all([
      dataProvider.query<CalendarDate[]>('calendarYear', { year }, { sparseFields: CALENDAR_DATE_FIELDS }),
      // A year has a few dozen special days; 500 is the server's page limit.
      dataProvider.getList<CalendarDay & { id: string }>('calendar-days', {
        filter: { year }, pagination: { page: 1, perPage: 500 }, sort: { field: 'date', order: 'ASC' },
      }),
    ]).then(([{ data: dates }, { data: records }]) => {
      if (stale) return;
      const byDate = new Map(records.map((r) => [r.date as string, r]));
      setState({ year, dates: new Map(dates.map((d) => [d.date as string, { ...d, record: byDate.get(d.date as string) }])) });
    }).catch((error: Error) => {
      if (!stale) setState({ year, dates: new Map(), error });
    });
    return () => { stale = true; };
  }, [dataProvider, year, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const current = state?.year === year ? state : undefined;
  return { dates: current?.dates, error: current?.error, loading: !current, reload };
}
