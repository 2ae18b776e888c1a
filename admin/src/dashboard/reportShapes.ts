/**
 * From the report's rows (one per standard × indicator), series and ranking to what the widgets
 * show: indicators grouped as the law groups them with one figure each over every standard of the
 * filter, a month-by-month line, a ranking. Pure, tested in reportShapes.test.ts.
 */
import type { IndicatorDirection, IndicatorGroup } from '../generated/graphql';
import { localized } from '../i18n/localized';
import type { AgencyLabel, RankingEntry, ReportRow, SeriesPoint } from './queries';

/** The order of Resolution 1130's table. */
export const GROUP_ORDER: readonly IndicatorGroup[] = ['timeliness', 'quality', 'accessibility', 'complaints', 'courtesy'];

/** The indicator the dashboard opens with: timeliness, "% of cases served within the set time". */
export const DEFAULT_INDICATOR = '1.1';

export interface ValueRange { min: number; max: number }

/** One indicator over every standard of the report. */
export interface IndicatorSummary {
  indicatorCode: string;
  group: IndicatorGroup;
  direction: IndicatorDirection;
  wording: ReportRow['wording'];
  /** Every row is a value entered by hand (no numerator and denominator). */
  manual: boolean;
  normative: ValueRange | null;
  target: ValueRange | null;
  /** Sums over the standards (null for manual indicators). */
  numerator: number | null;
  denominator: number | null;
  /** sum numerator / sum denominator in percent (manual: the mean of the values entered); null when not applicable. */
  current: number | null;
  /** Standards whose value reaches their target, of the standards where both are known. */
  met: number;
  rated: number;
  /** The rows of the standards, by standard code. */
  rows: ReportRow[];
}

export interface IndicatorGroupSummary {
  group: IndicatorGroup;
  indicators: IndicatorSummary[];
}

/** numerator / denominator in percent rounded to 2 decimals, as the server computes it; null when not applicable. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10000) / 100 : null;
}

/** "1.1" < "1.2" < "2.1" < "10.1" < "C.1" < "Q.1": numbers as numbers, letters after them. */
export function compareIndicatorCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [x, y] = [left[i] ?? '', right[i] ?? ''];
    const [nx, ny] = [/^\d+$/.test(x) ? Number(x) : NaN, /^\d+$/.test(y) ? Number(y) : NaN];
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (Number.isNaN(nx) !== Number.isNaN(ny)) {
      return Number.isNaN(nx) ? 1 : -1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

function rangeOf(values: (number | null | undefined)[]): ValueRange | null {
  const known = values.filter((value): value is number => typeof value === 'number');
  return known.length ? { min: Math.min(...known), max: Math.max(...known) } : null;
}

const byStandard = (a: ReportRow, b: ReportRow) => a.standardCode.localeCompare(b.standardCode);

export function summarizeIndicator(rows: ReportRow[]): IndicatorSummary {
  const [first] = rows;
  const counted = rows.filter((row) => row.numerator != null && row.denominator != null);
  const manual = counted.length === 0;
  const numerator = manual ? null : counted.reduce((sum, row) => sum + (row.numerator ?? 0), 0);
  const denominator = manual ? null : counted.reduce((sum, row) => sum + (row.denominator ?? 0), 0);
  const entered = rows.map((row) => row.current).filter((value): value is number => typeof value === 'number');
  const current = manual
    ? (entered.length ? Math.round((entered.reduce((sum, value) => sum + value, 0) / entered.length) * 100) / 100 : null)
    : percent(numerator ?? 0, denominator ?? 0);
  const rated = rows.filter((row) => row.targetMet != null);
  return {
    indicatorCode: first.indicatorCode,
    group: first.group,
    direction: first.direction,
    wording: first.wording,
    manual,
    normative: rangeOf(rows.map((row) => row.normative)),
    target: rangeOf(rows.map((row) => row.target)),
    numerator,
    denominator,
    current,
    met: rated.filter((row) => row.targetMet).length,
    rated: rated.length,
    rows: [...rows].sort(byStandard),
  };
}

/** The rows by group (GROUP_ORDER; groups without rows left out), and by indicator code within a group. */
export function groupIndicators(rows: ReportRow[]): IndicatorGroupSummary[] {
  const byCode = new Map<string, ReportRow[]>();
  for (const row of rows) {
    const key = `${row.group}|${row.indicatorCode}`;
    byCode.set(key, [...(byCode.get(key) ?? []), row]);
  }
  const summaries = [...byCode.values()].map(summarizeIndicator);
  const groups = [...GROUP_ORDER, ...new Set(summaries.map((s) => s.group).filter((g) => !GROUP_ORDER.includes(g)))];
  return groups
    .map((group) => ({
      group,
      indicators: summaries.filter((s) => s.group === group).sort((a, b) => compareIndicatorCodes(a.indicatorCode, b.indicatorCode)),
    }))
    .filter((group) => group.indicators.length > 0);
}

/** The indicators a chart can show (those with monthly values), in table order. */
export function chartableIndicators(groups: IndicatorGroupSummary[]): IndicatorSummary[] {
  return groups.flatMap((group) => group.indicators).filter((indicator) => !indicator.manual);
}

/** The indicator to chart: the one asked for if the report has it, else timeliness 1.1, else the first. */
export function pickIndicator(available: IndicatorSummary[], wanted: string | null | undefined): string | null {
  const codes = available.map((indicator) => indicator.indicatorCode);
  if (wanted && codes.includes(wanted)) return wanted;
  return codes.includes(DEFAULT_INDICATOR) ? DEFAULT_INDICATOR : (codes[0] ?? null);
}

/** Every month from `from` to `to` (YYYY-MM, inclusive). */
export function monthsBetween(from: string, to: string): string[] {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  const months: string[] = [];
  for (let index = fromYear * 12 + fromMonth - 1; index <= toYear * 12 + toMonth - 1 && months.length < 1200; index++) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

export interface TrendSeries {
  months: string[];
  /** Percent per month; null where not applicable (no cases that month). */
  values: (number | null)[];
  numerators: number[];
  denominators: number[];
}

/** One indicator month by month over the report's period; months without points are gaps. */
export function trendSeries(series: SeriesPoint[], indicatorCode: string, from: string, to: string): TrendSeries {
  const points = new Map(series.filter((point) => point.indicatorCode === indicatorCode).map((point) => [point.month, point]));
  const months = monthsBetween(from, to);
  return {
    months,
    values: months.map((month) => points.get(month)?.current ?? null),
    numerators: months.map((month) => points.get(month)?.numerator ?? 0),
    denominators: months.map((month) => points.get(month)?.denominator ?? 0),
  };
}

export interface RankedAgency {
  agencyId: string;
  label: string;
  rank: number;
  current: number | null;
  numerator: number;
  denominator: number;
}

/** An agency's name to show: its short name, else its name, in the UI language; else its code or id. */
export function agencyLabel(agency: AgencyLabel | null | undefined, locale: string, fallback = ''): string {
  return localized(agency?.shortName, locale) || localized(agency?.name, locale) || agency?.code || fallback;
}

/** The agencies of one indicator, best first (the server's rank), at most `limit`. */
export function rankingFor(ranking: RankingEntry[], indicatorCode: string, locale: string, limit = 20): { agencies: RankedAgency[]; total: number } {
  const entries = ranking
    .filter((entry) => entry.indicatorCode === indicatorCode)
    .map((entry) => ({
      agencyId: entry.agencyId,
      label: agencyLabel(entry.agency, locale, entry.agencyId),
      rank: entry.rank,
      current: entry.current ?? null,
      numerator: entry.numerator,
      denominator: entry.denominator,
    }))
    .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, locale));
  return { agencies: entries.slice(0, limit), total: entries.length };
}

/** 97.5 → "97,5 %" (kk, ru) or "97.5%" (en); null → "—". */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** A range of percents: one value when all standards agree, else "min – max". */
export function formatRange(range: ValueRange | null, locale: string): string {
  if (!range) return '—';
  return range.min === range.max ? formatPercent(range.min, locale) : `${formatPercent(range.min, locale)} – ${formatPercent(range.max, locale)}`;
}

/** A count with the language's digit grouping (12 345). */
export function formatCount(value: number | null | undefined, locale: string): string {
  return value == null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * "2026-03" → "Mar 2026" with the UI language's month names (`names`, January first: browsers'
 * Intl data may lack Kazakh), else Intl's short month for the locale.
 */
export function formatMonth(month: string, locale: string, names?: readonly string[]): string {
  const [year, number] = month.split('-').map(Number);
  if (names?.length === 12) return `${names[number - 1]} ${year}`;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
}

export interface OverdueCounts { open: number; overdue: number; dueSoon: number }

/** The agencies with the most overdue applications first (then the most open), at most `limit`, and the totals of all. */
export function overdueBoard<T extends OverdueCounts>(rows: T[], limit = 10): { rows: T[]; total: number; totals: OverdueCounts } {
  const totals = rows.reduce((sum, row) => ({ open: sum.open + row.open, overdue: sum.overdue + row.overdue, dueSoon: sum.dueSoon + row.dueSoon }), { open: 0, overdue: 0, dueSoon: 0 });
  const sorted = [...rows].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.open - a.open);
  return { rows: sorted.slice(0, limit), total: rows.length, totals };
}
