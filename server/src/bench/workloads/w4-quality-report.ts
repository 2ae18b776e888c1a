/**
 * W4: the yearly quality report for all agencies and standards. Qyzmet reads trigger-maintained
 * counters; the limit here is the brute-force aggregate over the raw tables (applications,
 * complaints, surveys), the query a team without counters would run: the ratio between the two is
 * what issue #6 asks for (target ≥ 20×, p95 < 100 ms). The answers must agree on every number the
 * report computes: per standard × indicator and per indicator × month.
 */
import type { ReadWorkloadFactory } from './types.js';


const METRIC_CODE: Record<string, string> = {
  timeliness: '1.1', 'survey.process': '2.1', 'survey.information': '3.1', 'survey.complaintProcedure': '4.1', 'survey.courtesy': '5.1',
  queueWait: 'Q.1', serviceTime: 'S.1', 'complaints.justified': 'C.1', 'complaints.onTime': 'C.2',
};

const local = (col: string) => `to_char(${col} at time zone 'Asia/Almaty', 'YYYY-MM')`;
const inRange = (col: string) => `${local(col)} between $1 and $2`;

/** (standard, month, metric) → numerator, denominator, straight from the raw rows. */
const BRUTE_FORCE = `
  select standard_code, month, metric, sum(n)::int as n, count(*)::int as d from (
    select standard_code, ${local('closed_at')} as month, 'timeliness' as metric, (outcome <> 'late')::int as n
      from application where closed_at is not null and outcome is not null and ${inRange('closed_at')}
    union all select standard_code, ${local('submitted_at')}, 'queueWait', (queue_wait_minutes <= queue_wait_limit_minutes)::int
      from application where queue_wait_minutes is not null and queue_wait_limit_minutes is not null and ${inRange('submitted_at')}
    union all select standard_code, ${local('submitted_at')}, 'serviceTime', (service_minutes <= service_time_limit_minutes)::int
      from application where service_minutes is not null and service_time_limit_minutes is not null and ${inRange('submitted_at')}
    union all select coalesce(standard_code, ''), ${local('resolved_at')}, 'complaints.justified', justified::int
      from complaint where resolved_at is not null and justified is not null and ${inRange('resolved_at')}
    union all select coalesce(standard_code, ''), ${local('resolved_at')}, 'complaints.onTime', resolved_on_time::int
      from complaint where resolved_at is not null and resolved_on_time is not null and ${inRange('resolved_at')}
    ${['process', 'information', 'complaint_procedure', 'courtesy'].map((q) => `
    union all select standard_code, ${local('answered_at')}, 'survey.${q === 'complaint_procedure' ? 'complaintProcedure' : q}', (${q} >= 4)::int
      from survey_response where ${q} is not null and ${inRange('answered_at')}`).join('')}
  ) x group by 1, 2, 3`;

interface Counts { byStandard: Record<string, [number, number]>; byMonth: Record<string, [number, number]> }

function add(into: Record<string, [number, number]>, key: string, n: number, d: number) {
  const acc = into[key] ?? [0, 0];
  into[key] = [acc[0] + n, acc[1] + d];
}

/** The report for a month range (YYYY-MM), e.g. a year; also used after the writes to check the counters. */
export const qualityReportWorkload = (from: string, to: string): ReadWorkloadFactory => async () => ({
  id: 'W4',
  title: 'yearly quality report, all agencies (counters vs brute force)',
  qyzmet: {
    query: `query($filter: QualityReportFilter!) { qualityReport(filter: $filter) { from to
      rows { standardCode indicatorCode current numerator denominator manual }
      series { indicatorCode month numerator denominator }
      ranking { indicatorCode agencyId numerator denominator rank } } }`,
    variables: { filter: { from, to } },
    normalise: (d): Counts => {
      const out: Counts = { byStandard: {}, byMonth: {} };
      for (const r of d.qualityReport.rows) if (!r.manual) out.byStandard[`${r.standardCode}|${r.indicatorCode}`] = [r.numerator ?? 0, r.denominator ?? 0];
      for (const s of d.qualityReport.series) if (s.denominator) out.byMonth[`${s.indicatorCode}|${s.month}`] = [s.numerator, s.denominator];
      return out;
    },
  },
  postgraphile: null,
  postgraphileNote: 'no indicator semantics in a generated schema',
  limit: {
    text: BRUTE_FORCE,
    values: [from, to],
    normalise: (rows): Counts => {
      const out: Counts = { byStandard: {}, byMonth: {} };
      for (const r of rows) {
        const code = METRIC_CODE[r.metric];
        add(out.byStandard, `${r.standard_code}|${code}`, r.n, r.d);
        add(out.byMonth, `${code}|${r.month}`, r.n, r.d);
      }
      return out;
    },
  },
  // The report lists the indicators each standard's table defines: every number it shows must equal the brute force.
  compare: (ours, limit) => {
    const a = ours as Counts; const b = limit as Counts;
    const computed = Object.entries(a.byStandard);
    if (![...computed.map(([, v]) => v), ...Object.values(a.byMonth)].some(([, d]) => d > 0)) return 'the report computed nothing for the period';
    for (const [key, [n, d]] of computed) {
      const [bn, bd] = b.byStandard[key] ?? [0, 0];
      if (n !== bn || d !== bd) return `${key}: report ${n}/${d}, brute force ${bn}/${bd}`;
    }
    for (const key of new Set([...Object.keys(a.byMonth), ...Object.keys(b.byMonth)])) {
      const [n, d] = a.byMonth[key] ?? [0, 0]; const [bn, bd] = b.byMonth[key] ?? [0, 0];
      if (n !== bn || d !== bd) return `series ${key}: report ${n}/${d}, brute force ${bn}/${bd}`;
    }
    return null;
  },
});

export const w4QualityReport = qualityReportWorkload('2025-01', '2025-12');
