/**
 * The dashboard's filter and where it leads: the GraphQL report filter, the open-data CSV of the
 * same report, and the applications list behind a figure. Pure, tested in filters.test.ts.
 */
import type { ApplicationFilter, Channel, QualityReportFilter } from '../generated/graphql.js';

export interface DashboardFilter {
  year: number;
  agencyId?: string | null;
  standardCode?: string | null;
  channel?: Channel | null;
}

export const FIRST_YEAR = 2020;

export const defaultFilter = (now = new Date()): DashboardFilter => ({ year: now.getFullYear() });

/** Years to choose from: the current one (and the next, targets are set ahead) back to FIRST_YEAR. */
export function yearChoices(now = new Date()): number[] {
  const years: number[] = [];
  for (let year = now.getFullYear() + 1; year >= FIRST_YEAR; year--) years.push(year);
  return years;
}

const given = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';

/** Form values (empty inputs give '' or null) to a filter; an unusable year falls back to the default. */
export function normalizeFilter(values: Record<string, unknown>, now = new Date()): DashboardFilter {
  const year = Number(values.year);
  const text = (name: string) => (given(values[name] as string) ? (values[name] as string) : undefined);
  return {
    year: Number.isInteger(year) && year >= FIRST_YEAR && year <= 2100 ? year : defaultFilter(now).year,
    agencyId: text('agencyId'),
    standardCode: text('standardCode'),
    channel: text('channel') as Channel | undefined,
  };
}

export function reportFilter(filter: DashboardFilter): QualityReportFilter {
  return {
    year: filter.year,
    ...(given(filter.agencyId) ? { agencyIds: [filter.agencyId] } : {}),
    ...(given(filter.standardCode) ? { standardCodes: [filter.standardCode] } : {}),
    ...(filter.channel ? { channels: [filter.channel] } : {}),
  };
}

/** The server's CSV of the same report (GET /open-data/quality-report.csv, see indicator.router.ts). */
export function csvExportUrl(filter: DashboardFilter, granularity: 'period' | 'month' = 'period'): string {
  const params = new URLSearchParams({ year: String(filter.year) });
  if (given(filter.agencyId)) params.set('agencyIds', filter.agencyId);
  if (given(filter.standardCode)) params.set('standardCodes', filter.standardCode);
  if (filter.channel) params.set('channels', filter.channel);
  if (granularity === 'month') params.set('granularity', 'month');
  return `/open-data/quality-report.csv?${params}`;
}

/** The console's applications list with a filter in the URL (the API's ApplicationFilter names). */
export function applicationsPath(filter: ApplicationFilter): string {
  const set = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== null && value !== ''));
  return `/applications?filter=${encodeURIComponent(JSON.stringify(set))}`;
}

/** First and last day of a month ("2026-02" → 2026-02-01 … 2026-02-28). */
export function monthDays(month: string): { first: string; last: string } {
  const [year, number] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * The applications behind a figure of the report: the dashboard's narrowing, the figure's own
 * (a standard, an agency, a month) and the year, by submission date (the list's date filter; a case
 * closed in January of a case submitted in December shows under the earlier year).
 */
export function applicationsBehind(filter: DashboardFilter, figure: { standardCode?: string | null; agencyId?: string | null; month?: string } = {}): string {
  const days = figure.month ? monthDays(figure.month) : { first: `${filter.year}-01-01`, last: `${filter.year}-12-31` };
  return applicationsPath({
    agencyId: figure.agencyId ?? filter.agencyId,
    standardCode: figure.standardCode ?? filter.standardCode,
    channel: filter.channel,
    submittedFrom: days.first,
    submittedTo: days.last,
  });
}

/** Open applications past their due date at one agency (the overdue counters). */
export const overdueApplicationsPath = (agencyId: string): string => applicationsPath({ agencyId, overdue: true });

