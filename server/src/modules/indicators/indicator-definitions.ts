/**
 * The indicator table a report uses: per standard, the definitions of the version in force at the
 * end of the reported range (or the latest version before it), the printed normative and target,
 * and the target approved by order for that year.
 *
 * Open months read all of this live. When a month is closed, closePeriod copies it into
 * indicator_snapshot_definition, and the manual values of its year into
 * indicator_snapshot_manual_value (FREEZE_DEFINITIONS_SQL, in the statement that freezes the
 * counters); every later report ending in that month reads the copies: changing a target or a
 * manual value, publishing a new version or editing an indicator table does not change a closed
 * period. A month closed before the copies existed (no definition rows) falls back to live values.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '../../common/base.entity.js';
import { EXTRA_INDICATORS, formulaFor, type Formula } from './indicator-formulas.js';

export interface DefinitionRow {
  standardCode: string; standardVersion: number; code: string; group: string; wording: LocalizedText; unit: string;
  normative: number | null; target: number | null; ordinal: number; formula: Formula | null;
  /** The target approved by order for the year (overrides the printed one), and the order. */
  approvedTarget: number | null; approvedBy: string | null;
  /** One of the rows every standard has besides its printed table (EXTRA_INDICATORS). */
  extra: boolean;
  /** Read from the snapshot of a closed month. */
  frozen: boolean;
}

/** Approved target, else the printed target, else the normative. */
export const effectiveTarget = (def: DefinitionRow): number | null => def.approvedTarget ?? def.target ?? def.normative;

/** `?::jsonb` parameter of a list filter (null: no filter). */
export const listParam = (values: readonly string[] | null | undefined) => (values ? JSON.stringify(values) : null);

/** The rows every standard has besides its printed table (ordinals after it). */
const EXTRAS_PARAM = JSON.stringify(EXTRA_INDICATORS.map((x, i) => ({ code: x.code, group: x.group, wording: x.wording, unit: x.unit, ordinal: 1000 + i })));

/** Stands for "no agency" (the standard as a whole) in the snapshot's primary key. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

const COLUMNS = 'month, standard_code, indicator_code, standard_version, "group", wording, unit, ordinal, normative, target, approved_target, approved_by';

/**
 * CTEs `chosen`, `live` and `live_targets`: the live table at the end of each month of a CTE
 * `live_ends(month)`. Parameters: the standard-code filter (twice) and the extra rows.
 */
const LIVE_DEFINITIONS_CTES = `
  chosen as (
    select distinct on (e.month, s.code) e.month, s.id, s.code, s.version_number
    from live_ends e join service_standard s on s.status in ('published', 'repealed') and (s.valid_from is null or s.valid_from <= e.month + interval '1 month')
    where (?::jsonb is null or s.code in (select jsonb_array_elements_text(?::jsonb)))
    order by e.month, s.code, s.valid_from desc nulls last, s.version_number desc),
  live as (
    select c.month, c.code as standard_code, q.code as indicator_code, c.version_number as standard_version, q."group"::text as "group", q.wording, q.unit::text as unit,
      q.ordinal, q.normative, q.target
    from chosen c join quality_indicator_definition q on q.standard_id = c.id
    union all
    select c.month, c.code, x.code, c.version_number, x."group", x.wording, x.unit, x.ordinal, null::double precision, null::double precision
    from chosen c cross join jsonb_to_recordset(?::jsonb) as x(code text, "group" text, wording jsonb, unit text, ordinal int)),
  live_targets as (
    select l.*, t.target as approved_target, t.approved_by from live l
    left join indicator_target t on t.standard_code = l.standard_code and t.indicator_code = l.indicator_code and t.year = extract(year from l.month)::int)`;

/**
 * Appended to closePeriod's statement, after its CTE `closed(month)`: copies the live table of each
 * month closed now. Parameters: FREEZE_DEFINITIONS_PARAMS. Nothing in the schema forbids a table
 * with a code twice (or two standard-wide manual values): the first copy wins rather than the
 * closing failing.
 */
export const FREEZE_DEFINITIONS_SQL = `
  live_ends as (select month from closed),
  ${LIVE_DEFINITIONS_CTES},
  frozen_definitions as (
    insert into indicator_snapshot_definition (${COLUMNS}) select ${COLUMNS} from live_targets on conflict do nothing returning 1),
  frozen_manual_values as (
    insert into indicator_snapshot_manual_value (month, standard_code, indicator_code, agency_id, value)
    select c.month, m.standard_code, m.indicator_code, coalesce(m.agency_id, '${NIL_UUID}'), m.value
    from closed c join indicator_manual_value m on m.year = extract(year from c.month)::int on conflict do nothing returning 1)`;
export const FREEZE_DEFINITIONS_PARAMS = [null, null, EXTRAS_PARAM];

interface Row {
  month: string; standard_code: string; indicator_code: string; standard_version: number; group: string; wording: LocalizedText; unit: string;
  ordinal: number; normative: number | null; target: number | null; approved_target: number | null; approved_by: string | null; frozen: boolean;
}

/**
 * The table of each standard at the end of each month (YYYY-MM-01) in one statement: month →
 * standard code → rows in table order. Frozen months read their snapshot.
 */
export async function definitionsAt(em: EntityManager, months: readonly string[], standardCodes: readonly string[] | null | undefined): Promise<Map<string, Map<string, DefinitionRow[]>>> {
  const rows = await em.getConnection().execute(`
    with ends as (select distinct (jsonb_array_elements_text(?::jsonb))::date as month),
    ${FROZEN_ENDS_CTE},
    live_ends as (select month from ends except select month from frozen_ends),
    ${LIVE_DEFINITIONS_CTES}
    select to_char(month, 'YYYY-MM-DD') as month, standard_code, indicator_code, standard_version, "group", wording, unit, ordinal, normative, target,
      approved_target, approved_by, frozen
    from (
      select *, false as frozen from live_targets
      union all
      select ${COLUMNS}, true from indicator_snapshot_definition f
      where f.month in (select month from frozen_ends) and (?::jsonb is null or f.standard_code in (select jsonb_array_elements_text(?::jsonb)))
    ) d
    order by month, standard_code, ordinal, indicator_code`,
  [JSON.stringify(months), listParam(standardCodes), listParam(standardCodes), EXTRAS_PARAM, listParam(standardCodes), listParam(standardCodes)], 'all') as Row[];
  const result = new Map<string, Map<string, DefinitionRow[]>>(months.map((m) => [m, new Map()]));
  for (const r of rows) {
    const byStandard = result.get(r.month)!;
    const list = byStandard.get(r.standard_code) ?? [];
    byStandard.set(r.standard_code, list);
    const extra = EXTRA_INDICATORS.find((x) => x.code === r.indicator_code && r.ordinal >= 1000);
    list.push({
      standardCode: r.standard_code, standardVersion: r.standard_version, code: r.indicator_code, group: r.group, wording: r.wording, unit: r.unit,
      normative: r.normative, target: r.target, ordinal: r.ordinal, formula: extra ?? formulaFor({ code: r.indicator_code, wording: r.wording }),
      approvedTarget: r.approved_target, approvedBy: r.approved_by, extra: !!extra, frozen: r.frozen,
    });
  }
  return result;
}

/** Months (of `ends`) whose indicator tables were frozen when they were closed. */
const FROZEN_ENDS_CTE = `frozen_ends as (select e.month from ends e where exists (select 1 from indicator_snapshot_definition f where f.month = e.month))`;

export interface ManualValue { value: number; agencyId: string | null }

/**
 * The manual values in force at the end of each month (YYYY-MM-01): those of the month's year, or
 * the frozen copy of a closed month. month → "standardCode|indicatorCode" → values (standard-wide first).
 */
export async function manualValuesAt(em: EntityManager, months: readonly string[]): Promise<Map<string, Map<string, ManualValue[]>>> {
  const rows = await em.getConnection().execute(`
    with ends as (select distinct (jsonb_array_elements_text(?::jsonb))::date as month),
    ${FROZEN_ENDS_CTE}
    select to_char(month, 'YYYY-MM-DD') as month, standard_code, indicator_code, agency_id, value from (
      select e.month, m.standard_code, m.indicator_code, m.agency_id::text, m.value
      from ends e join indicator_manual_value m on m.year = extract(year from e.month)::int where e.month not in (select month from frozen_ends)
      union all
      select f.month, f.standard_code, f.indicator_code, nullif(f.agency_id::text, '${NIL_UUID}'), f.value
      from indicator_snapshot_manual_value f where f.month in (select month from frozen_ends)
    ) v order by month, standard_code, indicator_code, agency_id nulls first`, [JSON.stringify(months)], 'all') as
    { month: string; standard_code: string; indicator_code: string; agency_id: string | null; value: number }[];
  const result = new Map<string, Map<string, ManualValue[]>>(months.map((m) => [m, new Map()]));
  for (const r of rows) {
    const byIndicator = result.get(r.month)!;
    const key = `${r.standard_code}|${r.indicator_code}`;
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), { value: r.value, agencyId: r.agency_id }]);
  }
  return result;
}

/** The table of each standard for a report ending in month `to` (YYYY-MM-01). */
export async function definitionsFor(em: EntityManager, to: string, standardCodes: readonly string[] | null | undefined): Promise<Map<string, DefinitionRow[]>> {
  return (await definitionsAt(em, [to], standardCodes)).get(to)!;
}
