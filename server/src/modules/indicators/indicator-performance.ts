/**
 * The measured quality indicators per standard × agency × channel × year, for the open
 * performance.csv. Five statements whatever the size of the history: the years of each published
 * version and the agency codes, the counters summed per year (closed months from their snapshot),
 * then the indicator tables and the manual values at the end of each year (frozen ones for closed
 * Decembers).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { percent, targetMet } from './indicator-formulas.js';
import { definitionsAt, effectiveTarget, manualValuesAt, type DefinitionRow } from './indicator-definitions.js';
import { sumCounters } from './indicator.service.js';

export interface PerformanceRow {
  standardCode: string; standardVersion: number; agencyCode: string | null; channel: string | null; year: number;
  definition: DefinitionRow; target: number | null;
  /** Null where nothing was measured (or, for a manual indicator, nothing was entered). */
  current: number | null;
  /** The number of cases the value is computed over (its denominator); null for manual values and definitions without data. */
  volume: number | null;
  targetMet: boolean | null;
}

/**
 * Rows for every year a published or repealed version was in force or data was counted: one per
 * agency × channel with cases for each computed indicator, one per entered value for manual ones,
 * and the bare definition (agency = the provider, channel empty, nothing measured) for the rows of
 * the standard's table that got none. The extra indicators every standard has (Q.1, S.1, C.1, C.2)
 * appear only where they have cases.
 */
export async function performanceRows(em: EntityManager, today: string): Promise<PerformanceRow[]> {
  const conn = em.getConnection();
  const [versions, agencies] = await Promise.all([
    // Latest version last, so its provider wins; validTo is the first day no longer in force.
    conn.execute(`select s.code, a.code as provider, y::int as year from service_standard s left join agency a on a.id = s.provider_id
      left join lateral generate_series(extract(year from s.valid_from)::int, extract(year from coalesce(s.valid_to - 1, ?::date))::int) y on true
      where s.status in ('published', 'repealed') order by s.code, s.version_number, y`, [today], 'all') as Promise<{ code: string; provider: string | null; year: number | null }[]>,
    conn.execute(`select id::text, code from agency`, [], 'all') as Promise<{ id: string; code: string }[]>,
  ]);
  const years = new Map<string, Set<number>>();
  const provider = new Map<string, string | null>();
  for (const v of versions) {
    const set = years.get(v.code) ?? new Set<number>();
    if (v.year !== null) set.add(v.year);
    years.set(v.code, set);
    provider.set(v.code, v.provider);
  }
  // Every counted month (reports accept years 2000 to 2100).
  const counters = await sumCounters(em, { from: '2000-01-01', to: '2100-12-01', year: Number(today.slice(0, 4)) }, {}, { cells: ['standard_code', 'agency_id', 'channel', 'year'] });
  // "code|year" → "agency|channel" → metric → counter
  const cells = new Map<string, Map<string, Map<string, { n: number; d: number }>>>();
  for (const c of counters) {
    if (!years.has(c.standard_code!)) continue; // complaints about a provider in general, or a draft's code
    years.get(c.standard_code!)!.add(c.year!);
    const byCell = cells.get(`${c.standard_code}|${c.year}`) ?? new Map<string, Map<string, { n: number; d: number }>>();
    cells.set(`${c.standard_code}|${c.year}`, byCell);
    const metrics = byCell.get(`${c.agency_id}|${c.channel}`) ?? new Map<string, { n: number; d: number }>();
    byCell.set(`${c.agency_id}|${c.channel}`, metrics);
    metrics.set(c.metric, { n: Number(c.n), d: Number(c.d) });
  }
  const yearList = [...new Set([...years.values()].flatMap((set) => [...set]))].sort((a, b) => a - b);
  const yearEnds = yearList.map((y) => `${y}-12-01`);
  const [definitions, manual] = await Promise.all([definitionsAt(em, yearEnds, null), manualValuesAt(em, yearEnds)]);
  const agencyCode = new Map(agencies.map((a) => [a.id, a.code]));

  const out: PerformanceRow[] = [];
  for (const [code, codeYears] of [...years].sort(([a], [b]) => a.localeCompare(b))) {
    for (const year of [...codeYears].sort((a, b) => a - b)) {
      const defs = definitions.get(`${year}-12-01`)?.get(code) ?? [];
      const yearCells = [...(cells.get(`${code}|${year}`) ?? [])]
        .map(([key, metrics]) => { const [agencyId, channel] = key.split('|'); return { agency: agencyCode.get(agencyId) ?? null, channel: channel || null, metrics }; })
        .sort((a, b) => (a.agency ?? '').localeCompare(b.agency ?? '') || (a.channel ?? '').localeCompare(b.channel ?? ''));
      for (const def of defs) {
        const target = effectiveTarget(def);
        const row = (agency: string | null, channel: string | null, current: number | null, volume: number | null, direction = def.formula?.direction ?? 'higherIsBetter'): PerformanceRow =>
          ({ standardCode: code, standardVersion: def.standardVersion, agencyCode: agency, channel, year, definition: def, target, current, volume, targetMet: targetMet(current, target, direction) });
        const before = out.length;
        if (def.formula && !def.formula.manual) {
          for (const cell of yearCells) {
            const counter = cell.metrics.get(def.formula.metric!);
            if (counter && counter.d > 0) out.push(row(cell.agency, cell.channel, percent(counter.n, counter.d), counter.d));
          }
        } else {
          for (const m of manual.get(`${year}-12-01`)?.get(`${code}|${def.code}`) ?? []) {
            out.push(row(m.agencyId ? agencyCode.get(m.agencyId) ?? null : provider.get(code) ?? null, null, m.value, null));
          }
        }
        if (out.length === before && !def.extra) out.push(row(provider.get(code) ?? null, null, null, null));
      }
    }
  }
  return out;
}
