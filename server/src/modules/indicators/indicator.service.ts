/**
 * Quality reports from the counters (never from the raw applications): one grouped statement over
 * indicator_counter (open months) and indicator_snapshot (closed months), GROUPING SETS for the
 * standard rows, the monthly series and the agency ranking at once; definitions with their targets
 * (indicator-definitions.ts, frozen for closed months too) and manual values are small lookups. Also the overdue board and the closing of periods.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '../../common/base.entity.js';
import { invalidInput } from '../../common/errors.js';
import { isId } from '../../common/loader-factories.js';
import { astanaDate } from '../calendar/due-date.js';
import { CHANNELS } from '../../corpus/corpus.schema.js';
import { EXTRA_INDICATORS, percent, targetMet, type Direction, type Metric } from './indicator-formulas.js';
import { definitionsFor, effectiveTarget, FREEZE_DEFINITIONS_PARAMS, FREEZE_DEFINITIONS_SQL, listParam, manualValuesAt, type ManualValue } from './indicator-definitions.js';

export interface ReportFilter {
  year?: number | null;
  /** First month, YYYY-MM. */
  from?: string | null;
  /** Last month, YYYY-MM (inclusive). */
  to?: string | null;
  agencyIds?: string[] | null;
  standardCodes?: string[] | null;
  channels?: string[] | null;
}

/** The months of a report: first days of the first and last local month. */
export interface MonthRange { from: string; to: string; year: number }

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthRange(filter: ReportFilter): MonthRange {
  if (filter.year != null) {
    if (filter.from || filter.to) throw invalidInput('year', 'give either a year or a from/to month range, not both');
    if (!Number.isInteger(filter.year) || filter.year < 2000 || filter.year > 2100) throw invalidInput('year', 'must be a year between 2000 and 2100');
    return { from: `${filter.year}-01-01`, to: `${filter.year}-12-01`, year: filter.year };
  }
  if (!filter.from || !filter.to) throw invalidInput('year', 'give a year, or both from and to (YYYY-MM)');
  if (!MONTH.test(filter.from)) throw invalidInput('from', 'must be a month as YYYY-MM');
  if (!MONTH.test(filter.to)) throw invalidInput('to', 'must be a month as YYYY-MM');
  if (filter.to < filter.from) throw invalidInput('to', 'must not be before from');
  if (Number(filter.to.slice(0, 4)) - Number(filter.from.slice(0, 4)) > 10) throw invalidInput('to', 'a report covers at most ten years');
  // Targets and manual values are yearly: those of the last month's year apply.
  return { from: `${filter.from}-01`, to: `${filter.to}-01`, year: Number(filter.to.slice(0, 4)) };
}

function validateLists(filter: ReportFilter): void {
  for (const id of filter.agencyIds ?? []) if (!isId(id)) throw invalidInput('agencyIds', `"${id}" is not an agency id`);
  for (const channel of filter.channels ?? []) if (!(CHANNELS as readonly string[]).includes(channel)) throw invalidInput('channels', `unknown channel "${channel}"`);
}

export interface CounterRow { standard_code: string | null; agency_id: string | null; channel: string | null; month: string | null; year: number | null; metric: string; n: string; d: string; set: string }

/**
 * The counters of the range, summed per grouping set: `set` names which one. Closed months come
 * from the snapshot, open months from the live counters. Groupable columns: standard_code, agency_id,
 * channel, month (as YYYY-MM) and year.
 */
export async function sumCounters(em: EntityManager, range: MonthRange, filter: ReportFilter, sets: Record<string, string[]>): Promise<CounterRow[]> {
  const where = `month between ?::date and ?::date
    and (?::jsonb is null or standard_code in (select jsonb_array_elements_text(?::jsonb)))
    and (?::jsonb is null or agency_id::text in (select jsonb_array_elements_text(?::jsonb)))
    and (?::jsonb is null or channel in (select jsonb_array_elements_text(?::jsonb)))`;
  const params = [range.from, range.to, listParam(filter.standardCodes), listParam(filter.standardCodes),
    listParam(filter.agencyIds), listParam(filter.agencyIds), listParam(filter.channels), listParam(filter.channels)];
  const names = Object.keys(sets);
  // GROUPING() accepts only columns some grouping set uses.
  const columns = ['standard_code', 'agency_id', 'channel', 'month', 'year'].filter((c) => names.some((name) => sets[name].includes(c)));
  const label = names.length === 1 ? `'${names[0]}'`
    : `case ${names.map((name) => `when ${columns.map((c) => `grouping(${c}) = ${sets[name].includes(c) ? 0 : 1}`).join(' and ')} then '${name}'`).join(' ')} end`;
  const pick = (c: string, expr = c) => (columns.includes(c) ? `${expr} as ${c}` : `null as ${c}`);
  const sql = `select ${pick('standard_code')}, ${pick('agency_id')}, ${pick('channel')}, ${pick('month', "to_char(month, 'YYYY-MM')")}, ${pick('year')}, metric, sum(numerator)::text as n, sum(denominator)::text as d, ${label} as set
    from (
      select month, extract(year from month)::int as year, standard_code, agency_id, channel, metric, numerator, denominator from indicator_counter c
        where ${where} and not exists (select 1 from indicator_period_close p where p.month = c.month)
      union all
      select month, extract(year from month)::int as year, standard_code, agency_id, channel, metric, numerator, denominator from indicator_snapshot s
        where ${where} and exists (select 1 from indicator_period_close p where p.month = s.month)
    ) src
    group by grouping sets (${names.map((name) => `(${[...sets[name], 'metric'].join(', ')})`).join(', ')})`;
  return em.getConnection().execute(sql, [...params, ...params], 'all') as Promise<CounterRow[]>;
}

export interface IndicatorRowResult {
  standardCode: string; indicatorCode: string; group: string; wording: LocalizedText; unit: string; direction: Direction;
  normative: number | null; target: number | null; targetApprovedBy: string | null; current: number | null;
  numerator: number | null; denominator: number | null; targetMet: boolean | null; manual: boolean; frozen: boolean;
}
export interface SeriesPoint { indicatorCode: string; metric: string; month: string; current: number | null; numerator: number; denominator: number }
export interface RankingEntry { indicatorCode: string; metric: string; agencyId: string; current: number | null; numerator: number; denominator: number; rank: number }
export interface QualityReportResult { from: string; to: string; frozen: boolean; rows: IndicatorRowResult[]; series: SeriesPoint[]; ranking: RankingEntry[] }

/** The code a metric is reported under in series and rankings (the Resolution 1130 numbering). */
export const METRIC_CODES: Record<string, string> = {
  'timeliness': '1.1', 'survey.process': '2.1', 'survey.information': '3.1', 'survey.complaintProcedure': '4.1', 'survey.courtesy': '5.1',
  ...Object.fromEntries(EXTRA_INDICATORS.map((x) => [x.metric!, x.code])),
};
const METRIC_DIRECTION = (metric: string): Direction => EXTRA_INDICATORS.find((x) => x.metric === metric)?.direction ?? 'higherIsBetter';

interface Yearly {
  manual: Map<string, ManualValue[]>;
  closedMonths: number;
}

/** The yearly inputs of a report: manual values (frozen ones when its last month is closed) and how many of its months are closed. */
async function yearly(em: EntityManager, range: MonthRange): Promise<Yearly> {
  const [manual, closed] = await Promise.all([
    manualValuesAt(em, [range.to]),
    em.getConnection().execute(`select count(*)::int as n from indicator_period_close where month between ?::date and ?::date`, [range.from, range.to], 'all') as Promise<{ n: number }[]>,
  ]);
  return { manual: manual.get(range.to)!, closedMonths: closed[0].n };
}

function monthsBetween(range: MonthRange): number {
  const [fy, fm] = range.from.split('-').map(Number);
  const [ty, tm] = range.to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** A manual value for the filter: the agency's own values (mean) when agencies are filtered, else the standard-wide one, else the mean of all. */
function manualValue(values: ManualValue[] | undefined, agencyIds: string[] | null | undefined): number | null {
  if (!values?.length) return null;
  const own = agencyIds ? values.filter((v) => v.agencyId && agencyIds.includes(v.agencyId)) : [];
  const wide = values.filter((v) => v.agencyId === null);
  const pick = own.length ? own : wide.length ? wide : agencyIds ? [] : values;
  return pick.length ? Math.round((pick.reduce((s, v) => s + v.value, 0) / pick.length) * 100) / 100 : null;
}

export async function qualityReport(em: EntityManager, filter: ReportFilter): Promise<QualityReportResult> {
  const range = monthRange(filter);
  validateLists(filter);
  const [counters, definitions, year] = await Promise.all([
    sumCounters(em, range, filter, { rows: ['standard_code'], series: ['month'], ranking: ['agency_id'] }),
    definitionsFor(em, range.to, filter.standardCodes),
    yearly(em, range),
  ]);
  const frozen = year.closedMonths === monthsBetween(range);
  const byStandard = new Map<string, { n: number; d: number }>();
  const series: SeriesPoint[] = [];
  const rankingByMetric = new Map<string, RankingEntry[]>();
  for (const c of counters) {
    const n = Number(c.n), d = Number(c.d);
    if (c.set === 'rows') byStandard.set(`${c.standard_code}|${c.metric}`, { n, d });
    else if (c.set === 'series' && METRIC_CODES[c.metric]) {
      series.push({ indicatorCode: METRIC_CODES[c.metric], metric: c.metric, month: c.month!, current: percent(n, d), numerator: n, denominator: d });
    } else if (c.set === 'ranking' && METRIC_CODES[c.metric] && d > 0) {
      const list = rankingByMetric.get(c.metric) ?? [];
      list.push({ indicatorCode: METRIC_CODES[c.metric], metric: c.metric, agencyId: c.agency_id!, current: percent(n, d), numerator: n, denominator: d, rank: 0 });
      rankingByMetric.set(c.metric, list);
    }
  }
  const rows: IndicatorRowResult[] = [];
  for (const [standardCode, list] of [...definitions].sort(([a], [b]) => a.localeCompare(b))) {
    for (const def of list) {
      const formula = def.formula;
      const target = effectiveTarget(def);
      const direction = formula?.direction ?? 'higherIsBetter';
      let current: number | null = null;
      let numerator: number | null = null;
      let denominator: number | null = null;
      const manual = !formula || formula.manual;
      if (manual) current = manualValue(year.manual.get(`${standardCode}|${def.code}`), filter.agencyIds);
      else {
        const counter = byStandard.get(`${standardCode}|${formula.metric as Metric}`) ?? { n: 0, d: 0 };
        numerator = counter.n;
        denominator = counter.d;
        current = percent(counter.n, counter.d);
      }
      rows.push({ standardCode, indicatorCode: def.code, group: def.group, wording: def.wording, unit: def.unit, direction,
        normative: def.normative, target, targetApprovedBy: def.approvedBy, current, numerator, denominator,
        targetMet: targetMet(current, target, direction), manual, frozen });
    }
  }
  series.sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode) || a.month.localeCompare(b.month));
  const ranking: RankingEntry[] = [];
  for (const [metric, list] of [...rankingByMetric].sort(([a], [b]) => (METRIC_CODES[a]).localeCompare(METRIC_CODES[b]))) {
    const sign = METRIC_DIRECTION(metric) === 'higherIsBetter' ? -1 : 1;
    list.sort((a, b) => sign * ((a.current ?? 0) - (b.current ?? 0)) || b.denominator - a.denominator || a.agencyId.localeCompare(b.agencyId));
    // Competition ranking: equal values share a rank.
    list.forEach((entry, i) => { entry.rank = i > 0 && list[i - 1].current === entry.current ? list[i - 1].rank : i + 1; });
    ranking.push(...list);
  }
  return { from: range.from.slice(0, 7), to: range.to.slice(0, 7), frozen, rows, series, ranking };
}

// ------------------------------------------------------------------------------------------ CSV

export const QUALITY_CSV_COLUMNS = [
  'period', 'standardCode', 'agencyCode', 'agencyId', 'channel', 'indicatorCode', 'indicatorGroup', 'indicatorName', 'unit', 'direction',
  'normative', 'target', 'current', 'numerator', 'denominator', 'targetMet', 'manual', 'frozen',
] as const;

/** One row per standard × agency × channel × period (month, or the whole range) × indicator. */
export async function qualityReportCsvRows(em: EntityManager, filter: ReportFilter, monthly: boolean): Promise<(string | number | boolean | null)[][]> {
  const range = monthRange(filter);
  validateLists(filter);
  const [counters, definitions, year, agencies] = await Promise.all([
    sumCounters(em, range, filter, { cells: monthly ? ['standard_code', 'agency_id', 'channel', 'month'] : ['standard_code', 'agency_id', 'channel'] }),
    definitionsFor(em, range.to, filter.standardCodes),
    yearly(em, range),
    em.getConnection().execute(`select id, code from agency`, [], 'all') as Promise<{ id: string; code: string }[]>,
  ]);
  const agencyCode = new Map(agencies.map((a) => [a.id, a.code]));
  const frozen = year.closedMonths === monthsBetween(range);
  const period = `${range.from.slice(0, 7)}/${range.to.slice(0, 7)}`;
  const cells = new Map<string, Map<string, { n: number; d: number }>>();
  for (const c of counters) {
    const key = `${c.standard_code}|${c.agency_id}|${c.channel}|${monthly ? c.month : period}`;
    const metrics = cells.get(key) ?? new Map<string, { n: number; d: number }>();
    metrics.set(c.metric, { n: Number(c.n), d: Number(c.d) });
    cells.set(key, metrics);
  }
  const out: (string | number | boolean | null)[][] = [];
  for (const [key, metrics] of [...cells].sort(([a], [b]) => a.localeCompare(b))) {
    const [standardCode, agencyId, channel, when] = key.split('|');
    for (const def of definitions.get(standardCode) ?? []) {
      const formula = def.formula;
      if (!formula || formula.manual) continue;
      const counter = metrics.get(formula.metric!) ?? { n: 0, d: 0 };
      const target = effectiveTarget(def);
      const current = percent(counter.n, counter.d);
      out.push([when, standardCode, agencyCode.get(agencyId) ?? null, agencyId, channel, def.code, def.group, def.wording.en, def.unit, formula.direction,
        def.normative, target, current, counter.n, counter.d, targetMet(current, target, formula.direction), false, frozen]);
    }
  }
  // Manual indicators: one row per recorded value (agency empty: the standard as a whole).
  for (const [standardCode, list] of definitions) {
    for (const def of list.filter((d) => !d.formula || d.formula.manual)) {
      for (const v of year.manual.get(`${standardCode}|${def.code}`) ?? []) {
        if (filter.agencyIds && v.agencyId && !filter.agencyIds.includes(v.agencyId)) continue;
        const target = effectiveTarget(def);
        out.push([String(range.year), standardCode, v.agencyId ? agencyCode.get(v.agencyId) ?? null : null, v.agencyId, null, def.code, def.group, def.wording.en,
          def.unit, 'higherIsBetter', def.normative, target, v.value, null, null, targetMet(v.value, target, 'higherIsBetter'), true, frozen]);
      }
    }
  }
  return out;
}

// ----------------------------------------------------------------------------------- overdue board

export interface OverdueSummary { agencyId: string; open: number; overdue: number; dueSoon: number }

/**
 * Open applications with a running deadline per agency, from the partial index application_open_due_index
 * (its predicate is repeated here so the planner uses it): overdue = due before now, dueSoon = due within `withinHours`.
 */
export async function overdueApplications(em: EntityManager, agencyIds: string[] | null, withinHours: number, now = new Date()): Promise<OverdueSummary[]> {
  for (const id of agencyIds ?? []) if (!isId(id)) throw invalidInput('agencyIds', `"${id}" is not an agency id`);
  const rows = await em.getConnection().execute(`
    select agency_id, count(*)::int as open, count(*) filter (where due_at < ?)::int as overdue,
      count(*) filter (where due_at >= ? and due_at < ?)::int as due_soon
    from application
    where status in ('submitted', 'accepted', 'inReview') and due_at is not null
      and (?::jsonb is null or agency_id in (select jsonb_array_elements_text(?::jsonb)::uuid))
    group by agency_id order by agency_id`,
  [now, now, new Date(now.getTime() + withinHours * 3_600_000), listParam(agencyIds), listParam(agencyIds)], 'all') as { agency_id: string; open: number; overdue: number; due_soon: number }[];
  return rows.map((r) => ({ agencyId: r.agency_id, open: r.open, overdue: r.overdue, dueSoon: r.due_soon }));
}

// ----------------------------------------------------------------------------------- closing periods

/**
 * Closes the months of a year (or one month): copies their counters into indicator_snapshot, their
 * indicator tables with normatives and approved targets into indicator_snapshot_definition and the
 * year's manual values into indicator_snapshot_manual_value, in one statement; reports on these months read the snapshots from then on. Months already closed stay as
 * they were; a month that has not ended cannot be closed. Returns the months closed now (YYYY-MM).
 */
export async function closePeriod(em: EntityManager, year: number, month: number | null | undefined, actor: string, now = new Date()): Promise<string[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalidInput('year', 'must be a year between 2000 and 2100');
  if (month != null && (!Number.isInteger(month) || month < 1 || month > 12)) throw invalidInput('month', 'must be 1 to 12');
  const from = `${year}-${String(month ?? 1).padStart(2, '0')}-01`;
  const to = `${year}-${String(month ?? 12).padStart(2, '0')}-01`;
  const currentMonth = `${astanaDate(now).slice(0, 7)}-01`;
  if (to >= currentMonth) throw invalidInput(month == null ? 'year' : 'month', 'only months that have ended can be closed');
  const rows = await em.getConnection().execute(`
    with closed as (
      insert into indicator_period_close (month, closed_at, closed_by)
      select m::date, now(), ? from generate_series(?::date, ?::date, interval '1 month') m
      on conflict (month) do nothing returning month),
    copied as (
      insert into indicator_snapshot (month, standard_code, agency_id, channel, metric, numerator, denominator)
      select c.month, c.standard_code, c.agency_id, c.channel, c.metric, c.numerator, c.denominator
      from indicator_counter c join closed using (month) returning 1),
    ${FREEZE_DEFINITIONS_SQL}
    select to_char(month, 'YYYY-MM') as month, (select count(*) from copied) as copied, (select count(*) from frozen_definitions) as definitions
    from closed order by month`,
  [actor, from, to, ...FREEZE_DEFINITIONS_PARAMS], 'all', em.getTransactionContext()) as { month: string }[];
  return rows.map((r) => r.month);
}
