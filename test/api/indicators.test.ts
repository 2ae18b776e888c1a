/**
 * Quality indicators: a few thousand applications, complaints and surveys generated with plain SQL
 * (the triggers keep the counters whatever writes), then every number of qualityReport compared with
 * a brute-force SQL over the raw tables for several filters; one application closed late changes
 * exactly its counter; a closed period stays frozen (counters, targets, normatives, manual values);
 * the CSV and the overdue board agree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { nextBin, register, sqlClient } from '../support/applications.js';

let t: TestServer;
let sql: ReturnType<typeof sqlClient>;
let agencies: string[];
let standards: string[];

interface Filter { from: string; to: string; agencyIds?: string[]; standardCodes?: string[]; channels?: string[] }

const REPORT = `query($filter: QualityReportFilter!) { qualityReport(filter: $filter) { from to frozen
  rows { standardCode indicatorCode group wording { en } unit direction normative target targetApprovedBy current numerator denominator targetMet manual frozen }
  series { indicatorCode month current numerator denominator }
  ranking { indicatorCode agencyId agency { code } current numerator denominator rank } } }`;

const METRIC_CODE: Record<string, string> = {
  timeliness: '1.1', 'survey.process': '2.1', 'survey.information': '3.1', 'survey.complaintProcedure': '4.1', 'survey.courtesy': '5.1',
  queueWait: 'Q.1', serviceTime: 'S.1', 'complaints.justified': 'C.1', 'complaints.onTime': 'C.2',
};

/** Brute force over the raw tables: (standard, agency, month, metric) → numerator, denominator. Local months by the tz database. */
async function bruteForce(f: Filter): Promise<{ standard_code: string; agency_id: string; month: string; metric: string; n: number; d: number }[]> {
  const local = (col: string) => `to_char(${col} at time zone 'Asia/Almaty', 'YYYY-MM')`;
  const filters = (std: string, ch: string) => `
    and ($3::text[] is null or agency_id::text = any($3)) and ($4::text[] is null or ${std} = any($4)) and ($5::text[] is null or ${ch} = any($5))`;
  const inRange = (col: string) => `${local(col)} between $1 and $2`;
  return sql(`
    select standard_code, agency_id::text, month, metric, sum(n)::int as n, count(*)::int as d from (
      select standard_code, agency_id, ${local('closed_at')} as month, 'timeliness' as metric, (outcome <> 'late')::int as n
        from application where closed_at is not null and outcome is not null and ${inRange('closed_at')} ${filters('standard_code', 'channel')}
      union all select standard_code, agency_id, ${local('submitted_at')}, 'queueWait', (queue_wait_minutes <= queue_wait_limit_minutes)::int
        from application where queue_wait_minutes is not null and queue_wait_limit_minutes is not null and ${inRange('submitted_at')} ${filters('standard_code', 'channel')}
      union all select standard_code, agency_id, ${local('submitted_at')}, 'serviceTime', (service_minutes <= service_time_limit_minutes)::int
        from application where service_minutes is not null and service_time_limit_minutes is not null and ${inRange('submitted_at')} ${filters('standard_code', 'channel')}
      union all select coalesce(standard_code, ''), agency_id, ${local('resolved_at')}, 'complaints.justified', justified::int
        from complaint where resolved_at is not null and justified is not null and ${inRange('resolved_at')} ${filters("coalesce(standard_code, '')", "coalesce(channel, '')")}
      union all select coalesce(standard_code, ''), agency_id, ${local('resolved_at')}, 'complaints.onTime', resolved_on_time::int
        from complaint where resolved_at is not null and resolved_on_time is not null and ${inRange('resolved_at')} ${filters("coalesce(standard_code, '')", "coalesce(channel, '')")}
      ${['process', 'information', 'complaint_procedure', 'courtesy'].map((q) => `
      union all select standard_code, agency_id, ${local('answered_at')}, 'survey.${q === 'complaint_procedure' ? 'complaintProcedure' : q}', (${q} >= 4)::int
        from survey_response where ${q} is not null and ${inRange('answered_at')} ${filters('standard_code', 'channel')}`).join('')}
    ) x group by 1, 2, 3, 4`, [f.from, f.to, f.agencyIds ?? null, f.standardCodes ?? null, f.channels ?? null]);
}

const pct = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10000) / 100 : null);

function sum<K extends string>(rows: { n: number; d: number }[], key: (r: any) => K): Map<K, { n: number; d: number }> {
  const out = new Map<K, { n: number; d: number }>();
  for (const r of rows) {
    const k = key(r);
    const acc = out.get(k) ?? { n: 0, d: 0 };
    out.set(k, { n: acc.n + r.n, d: acc.d + r.d });
  }
  return out;
}

async function report(f: Filter) {
  const res = await t.gql(REPORT, { filter: f });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.qualityReport;
}

/** Compares every computed number of the report with the brute force. */
async function expectMatchesBruteForce(f: Filter) {
  const [api, raw] = await Promise.all([report(f), bruteForce(f)]);
  const byStandard = sum(raw, (r) => `${r.standard_code}|${r.metric}`);
  const computed = api.rows.filter((r: any) => !r.manual);
  expect(computed.length).toBeGreaterThan(0);
  let nonEmpty = 0;
  for (const row of computed) {
    const metric = Object.keys(METRIC_CODE).find((m) => METRIC_CODE[m] === row.indicatorCode)!;
    const expected = byStandard.get(`${row.standardCode}|${metric}`) ?? { n: 0, d: 0 };
    expect({ code: `${row.standardCode} ${row.indicatorCode}`, n: row.numerator, d: row.denominator, current: row.current })
      .toEqual({ code: `${row.standardCode} ${row.indicatorCode}`, n: expected.n, d: expected.d, current: pct(expected.n, expected.d) });
    if (expected.d > 0) nonEmpty++;
    else expect(row.targetMet).toBeNull();
  }
  expect(nonEmpty).toBeGreaterThan(0);
  const series = sum(raw.filter((r) => METRIC_CODE[r.metric]), (r) => `${METRIC_CODE[r.metric]}|${r.month}`);
  expect(new Map(api.series.map((s: any) => [`${s.indicatorCode}|${s.month}`, { n: s.numerator, d: s.denominator }]))).toEqual(series);
  const ranking = sum(raw.filter((r) => METRIC_CODE[r.metric]), (r) => `${METRIC_CODE[r.metric]}|${r.agency_id}`);
  for (const [k, v] of ranking) if (v.d === 0) ranking.delete(k);
  expect(new Map(api.ranking.map((e: any) => [`${e.indicatorCode}|${e.agencyId}`, { n: e.numerator, d: e.denominator }]))).toEqual(ranking);
  return api;
}

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  sql = sqlClient(t);
  standards = (await sql(`select distinct code from service_standard where status in ('published', 'repealed') order by code`)).map((r) => r.code);
  agencies = (await sql(`(select distinct provider_id::text as id from service_standard) union (select id::text from agency order by code limit 3) order by 1 limit 6`)).map((r) => r.id);
  // 4,000 applications over 14 months (2023 and early 2024, all at UTC+6), 3/4 decided.
  await sql(`select setseed(0.42)`);
  await sql(`
    with p as (select array(select id from service_standard where status in ('published', 'repealed') order by code) as stds, $1::uuid[] as ags),
    g as (select i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7 from generate_series(1, 4000) i)
    insert into application (id, created_at, updated_at, version, status, intake, applicant_kind, applicant_name, standard_id, standard_code, standard_version,
      sub_service, channel, agency_id, submitted_at, closed_at, outcome, due_at, queue_wait_minutes, queue_wait_limit_minutes, service_minutes, service_time_limit_minutes, submitted_by)
    select gen_random_uuid(), now(), now(), 1, case when r3 < 0.75 then 'issued' else 'inReview' end, 'operator', 'legalEntity', 'Generated LLP',
      s.id, s.code, s.version_number, 'generated', (array['office', 'psc', 'elicense', 'egov'])[1 + floor(r2 * 4)::int], p.ags[1 + floor(r4 * array_length(p.ags, 1))::int],
      sub, case when r3 < 0.75 then sub + r6 * interval '30 days' end,
      case when r3 >= 0.75 then null when r7 < 0.3 then 'early' when r7 < 0.8 then 'onTime' else 'late' end,
      case when r3 >= 0.75 then sub + interval '20 days' end,
      case when r2 < 0.6 then floor(r5 * 45) end, case when r2 < 0.55 then 30 end,
      case when r7 < 0.5 then floor(r6 * 30) end, case when r7 < 0.5 then 20 end, 'generator'
    from g cross join p
    cross join lateral (select timestamptz '2023-01-01 00:00+06' + g.r5 * interval '420 days' as sub) t
    join service_standard s on s.id = p.stds[1 + floor(g.r1 * array_length(p.stds, 1))::int]`, [agencies]);
  // Complaints: about a fifth of the applications, and some about a provider in general (no standard, no channel).
  await sql(`
    insert into complaint (id, created_at, updated_at, version, application_id, agency_id, standard_id, standard_code, standard_version, channel, level,
      complainant, subject, registered_at, review_rule_source, review_due_at, resolved_at, justified, resolved_on_time, registered_by)
    select gen_random_uuid(), now(), now(), 1, case when general then null else a.id end, a.agency_id, case when general then null else a.standard_id end,
      case when general then null else a.standard_code end, case when general then null else a.standard_version end, case when general then null else a.channel end,
      'providerHead', 'Complainant', 'Slow', a.submitted_at + interval '2 days', 'standard', case when r1 < 0.8 then a.submitted_at + interval '9 days' end,
      case when r2 < 0.85 then a.submitted_at + (2 + r3 * 12) * interval '1 day' end,
      case when r2 < 0.85 then r4 < 0.4 end,
      case when r2 < 0.85 and r1 < 0.8 then (2 + r3 * 12) <= 9 end, 'generator'
    from (select a.*, random() < 0.1 as general, random() r1, random() r2, random() r3, random() r4 from application a) a where random() < 0.2`);
  // Surveys: about 60% of the decided applications, some questions skipped.
  await sql(`
    insert into survey_response (id, created_at, application_id, agency_id, standard_code, standard_version, channel, answered_at, process, information, complaint_procedure, courtesy, recorded_by)
    select gen_random_uuid(), now(), a.id, a.agency_id, a.standard_code, a.standard_version, a.channel, a.closed_at + interval '1 day',
      1 + floor(random() * 5), case when random() < 0.9 then 1 + floor(random() * 5) end, case when random() < 0.3 then 1 + floor(random() * 5) end,
      case when random() < 0.8 then 1 + floor(random() * 5) end, 'generator'
    from application a where a.closed_at is not null and random() < 0.6`);
}, 120_000);

describe('quality report = brute force over the raw tables', () => {
  it('the whole year, all standards and agencies', async () => {
    const api = await expectMatchesBruteForce({ from: '2023-01', to: '2023-12' });
    expect(api).toMatchObject({ from: '2023-01', to: '2023-12', frozen: false });
    // Every shipped standard has its table plus the extra rows; manual 3.2 has no value yet.
    expect(new Set(api.rows.map((r: any) => r.standardCode)).size).toBe(standards.length);
    const timeliness = api.rows.find((r: any) => r.indicatorCode === '1.1' && r.denominator > 0);
    expect(timeliness).toMatchObject({ group: 'timeliness', unit: 'percent', direction: 'higherIsBetter', manual: false });
    expect(api.rows.find((r: any) => r.indicatorCode === '3.2')).toMatchObject({ manual: true, current: null, numerator: null });
    expect(api.rows.find((r: any) => r.indicatorCode === 'C.1')).toMatchObject({ direction: 'lowerIsBetter' });
    // The year form of the filter is the same report.
    const byYear = (await t.gql(REPORT, { filter: { year: 2023 } })).data!.qualityReport;
    expect(byYear.rows).toEqual(api.rows);
    // Ranking: best first per indicator, with agencies resolved.
    const ranked = api.ranking.filter((e: any) => e.indicatorCode === '1.1');
    expect(ranked[0].rank).toBe(1);
    expect(ranked[0].agency.code).toBeTruthy();
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].current).toBeLessThanOrEqual(ranked[i - 1].current);
  });

  it('one agency over a month range crossing the year', async () => {
    await expectMatchesBruteForce({ from: '2023-10', to: '2024-02', agencyIds: [agencies[0]] });
  });

  it('one standard and one channel', async () => {
    await expectMatchesBruteForce({ from: '2023-01', to: '2023-12', standardCodes: [standards[0]], channels: ['office'] });
  });

  it('two standards, two agencies, two channels', async () => {
    await expectMatchesBruteForce({ from: '2023-03', to: '2023-08', standardCodes: standards.slice(1, 3), agencyIds: agencies.slice(1, 3), channels: ['psc', 'egov'] });
  });

  it('rejects a filter without a period, or with a bad channel', async () => {
    const res = await t.gql(REPORT, { filter: { standardCodes: [standards[0]] } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const bad = await t.gql(REPORT, { filter: { from: '2023-13', to: '2023-12' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

describe('incremental counters', () => {
  it('closing one application late changes exactly its timeliness counter', async () => {
    const counters = async () => new Map((await sql(`select month::text || '|' || standard_code || '|' || agency_id || '|' || channel || '|' || metric as k, numerator::int as n, denominator::int as d from indicator_counter`)).map((r) => [r.k, { n: r.n, d: r.d }]));
    // An open application of a standard whose table has a timeliness row (1.1); the Res. 586
    // standards have no indicator table.
    const [open] = await sql(`select id, standard_code, agency_id::text, channel from application where status = 'inReview' and submitted_at < '2023-06-01'
      and standard_code in (select s.code from service_standard s join quality_indicator_definition q on q.standard_id = s.id where q.code = '1.1')
      order by id limit 1`);
    const before = await counters();
    const reportBefore = await report({ from: '2023-07', to: '2023-07', standardCodes: [open.standard_code] });
    await sql(`update application set status = 'issued', closed_at = '2023-07-15 12:00+06', outcome = 'late', version = version + 1 where id = $1`, [open.id]);
    const after = await counters();
    const changed = [...after].filter(([k, v]) => JSON.stringify(before.get(k)) !== JSON.stringify(v));
    const key = `2023-07-01|${open.standard_code}|${open.agency_id}|${open.channel}|timeliness`;
    const old = before.get(key) ?? { n: 0, d: 0 };
    expect(changed).toEqual([[key, { n: old.n, d: old.d + 1 }]]);
    expect([...before.keys()].every((k) => after.has(k))).toBe(true);
    const reportAfter = await report({ from: '2023-07', to: '2023-07', standardCodes: [open.standard_code] });
    const row = (r: any) => r.rows.find((x: any) => x.indicatorCode === '1.1');
    expect(row(reportAfter).denominator).toBe(row(reportBefore).denominator + 1);
    expect(row(reportAfter).numerator).toBe(row(reportBefore).numerator);
    // Every other row of the report is unchanged.
    expect(reportAfter.rows.filter((r: any) => r.indicatorCode !== '1.1')).toEqual(reportBefore.rows.filter((r: any) => r.indicatorCode !== '1.1'));
    await expectMatchesBruteForce({ from: '2023-01', to: '2023-12' });
    // Deleting it takes its contributions away again (volume included).
    await sql(`delete from application where id = $1`, [open.id]);
    await expectMatchesBruteForce({ from: '2023-01', to: '2023-12', agencyIds: [open.agency_id] });
  });

  it('an application registered through the API is counted in the same transaction', async () => {
    const volume = async () => (await sql(`select coalesce(sum(denominator), 0)::int as d from indicator_counter where metric = 'volume' and standard_code = 'attest-industrial-safety-works'`))[0].d;
    const before = await volume();
    await register(t, { standardCode: 'attest-industrial-safety-works', subService: 'attestation', channel: 'office', applicantKind: 'legalEntity', applicantIdentifier: nextBin(),
      applicantName: 'Counted LLP', documents: [1, 2, 3], submittedAt: '2014-10-06T10:00:00+06:00', queueWaitMinutes: 5 });
    expect(await volume()).toBe(before + 1);
    await expectMatchesBruteForce({ from: '2014-10', to: '2014-10', standardCodes: ['attest-industrial-safety-works'] });
  });
});

describe('targets, manual values, CSV and the overdue board', () => {
  it('uses the approved target and the manual value', async () => {
    const [{ code }] = await sql(`select distinct s.code from service_standard s join quality_indicator_definition q on q.standard_id = s.id where q.code = '3.2' order by 1 limit 1`);
    const set = await t.gql(`mutation($input: IndicatorTargetInput!) { setIndicatorTarget(input: $input) { id target approvedBy approvedAt } }`,
      { input: { standardCode: code, indicatorCode: '1.1', year: 2023, target: 99.5, approvedBy: 'Order of the Minister No. 17', approvedAt: '2022-12-20', approver: 'Minister' } });
    expect(set.errors).toBeUndefined();
    const manual = await t.gql(`mutation($input: IndicatorManualValueInput!) { setIndicatorManualValue(input: $input) { id value agency { code } } }`,
      { input: { standardCode: code, indicatorCode: '3.2', year: 2023, value: 100, sourceNote: 'Published on egov.kz' } });
    expect(manual.errors).toBeUndefined();
    const unknown = await t.gql(`mutation($input: IndicatorTargetInput!) { setIndicatorTarget(input: $input) { id } }`,
      { input: { standardCode: code, indicatorCode: '9.9', year: 2023, target: 50, approvedBy: 'Order', approvedAt: '2022-12-20' } });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorCode' });
    const rows = (await report({ from: '2023-01', to: '2023-12', standardCodes: [code] })).rows;
    const timeliness = rows.find((r: any) => r.indicatorCode === '1.1');
    expect(timeliness).toMatchObject({ target: 99.5, targetApprovedBy: 'Order of the Minister No. 17' });
    expect(timeliness.targetMet).toBe(timeliness.current >= 99.5);
    expect(rows.find((r: any) => r.indicatorCode === '3.2')).toMatchObject({ manual: true, current: 100, targetMet: true });
    // Analysts may read, not configure.
    const analyst = await t.loginAs('analyst');
    expect((await t.gql(REPORT, { filter: { year: 2023 } }, analyst)).errors).toBeUndefined();
    const denied = await t.gql(`mutation { closeIndicatorPeriod(year: 2022) { closedMonths } }`, {}, analyst);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('exports the open-data CSV whose numbers add up to the report', async () => {
    const code = standards[1];
    const res = await fetch(`${t.url}/open-data/quality-report.csv?year=2023&standardCodes=${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
    const header = lines[0].split(',');
    expect(header.slice(0, 6)).toEqual(['period', 'standardCode', 'agencyCode', 'agencyId', 'channel', 'indicatorCode']);
    const col = (name: string) => header.indexOf(name);
    const cells = lines.slice(1).map((l) => l.split(','));
    expect(cells.length).toBeGreaterThan(0);
    const rows = (await report({ from: '2023-01', to: '2023-12', standardCodes: [code] })).rows.filter((r: any) => !r.manual);
    for (const row of rows) {
      const mine = cells.filter((c) => c[col('indicatorCode')] === row.indicatorCode);
      expect(mine.reduce((s, c) => s + Number(c[col('numerator')]), 0)).toBe(row.numerator);
      expect(mine.reduce((s, c) => s + Number(c[col('denominator')]), 0)).toBe(row.denominator);
    }
    expect((await fetch(`${t.url}/open-data/quality-report.csv?year=20x3`)).status).toBe(400);
  });

  it('summarises overdue applications per agency', async () => {
    const res = await t.gql(`{ overdueApplications(withinHours: 48) { agencyId agency { code } open overdue dueSoon } }`);
    expect(res.errors).toBeUndefined();
    const expected = await sql(`select agency_id::text as "agencyId", count(*)::int as open, count(*) filter (where due_at < now())::int as overdue
      from application where status in ('submitted', 'accepted', 'inReview') and due_at is not null group by 1 order by 1`);
    expect(res.data!.overdueApplications.map(({ agencyId, open, overdue }: any) => ({ agencyId, open, overdue }))).toEqual(expected);
  });
});

describe('closed periods', () => {
  it('freezes a closed year: later changes to the raw data leave its report as it was', async () => {
    const before = await report({ from: '2023-01', to: '2023-12' });
    const closed = await t.gql(`mutation { closeIndicatorPeriod(year: 2023) { closedMonths } }`);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeIndicatorPeriod.closedMonths).toHaveLength(12);
    const again = await t.gql(`mutation { closeIndicatorPeriod(year: 2023, month: 5) { closedMonths } }`);
    expect(again.data!.closeIndicatorPeriod.closedMonths).toEqual([]);
    const future = await t.gql(`mutation { closeIndicatorPeriod(year: 2100) { closedMonths } }`);
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    await sql(`update application set outcome = 'late' where closed_at between '2023-03-01' and '2023-09-01' and outcome <> 'late'`);
    await sql(`delete from survey_response where answered_at < '2023-06-01'`);
    const after = await report({ from: '2023-01', to: '2023-12' });
    expect(after.frozen).toBe(true);
    expect(after.rows.map((r: any) => ({ ...r, frozen: false }))).toEqual(before.rows);
    expect(after.series).toEqual(before.series);
    // The live counters did follow the change (an open period would show it).
    const [live] = await sql(`select sum(numerator)::int as n from indicator_counter where metric = 'timeliness' and month between '2023-03-01' and '2023-08-01'`);
    const [frozen] = await sql(`select sum(numerator)::int as n from indicator_snapshot where metric = 'timeliness' and month between '2023-03-01' and '2023-08-01'`);
    expect(live.n).toBeLessThan(frozen.n);
    // A range mixing closed and open months reads both.
    await expectMatchesBruteForce({ from: '2024-01', to: '2024-02' });
  });

  it('freezes the targets, normatives and manual values of a closed period; an open period follows their changes', async () => {
    const [{ code, id }] = await sql(`select s.code, s.id::text from service_standard s join quality_indicator_definition q on q.standard_id = s.id
      where q.code = '1.1' and q.normative is not null and exists (select 1 from quality_indicator_definition m where m.standard_id = s.id and m.code = '3.2') and s.status in ('published', 'repealed')
        and s.version_number = (select max(version_number) from service_standard v where v.code = s.code and v.status in ('published', 'repealed'))
      order by s.code limit 1`);
    const setTarget = async (year: number, target: number, order: string) => {
      const res = await t.gql(`mutation($input: IndicatorTargetInput!) { setIndicatorTarget(input: $input) { id } }`,
        { input: { standardCode: code, indicatorCode: '1.1', year, target, approvedBy: order, approvedAt: `${year - 1}-12-20` } });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!.setIndicatorTarget.id as string;
    };
    const setManual = async (year: number, value: number) => {
      const res = await t.gql(`mutation($input: IndicatorManualValueInput!) { setIndicatorManualValue(input: $input) { id } }`,
        { input: { standardCode: code, indicatorCode: '3.2', year, value, sourceNote: 'egov.kz audit' } });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    };
    const rowsOf = async (from: string, to: string) => (await report({ from, to, standardCodes: [code] })).rows;
    const timeliness = async (from: string, to: string) => (await rowsOf(from, to)).find((r: any) => r.indicatorCode === '1.1');
    const manual = async (from: string, to: string) => (await rowsOf(from, to)).find((r: any) => r.indicatorCode === '3.2');
    const [{ normative }] = await sql(`select normative from quality_indicator_definition where standard_id = $1 and code = '1.1'`, [id]);

    const closedTarget = await setTarget(2022, 70, 'Order No. 1');
    await setTarget(2024, 70, 'Order No. 2');
    await setManual(2022, 80);
    await setManual(2024, 80);
    const closed = await t.gql(`mutation { closeIndicatorPeriod(year: 2022, month: 12) { closedMonths } }`);
    expect(closed.data!.closeIndicatorPeriod.closedMonths).toEqual(['2022-12']);
    const closedBefore = await timeliness('2022-12', '2022-12');
    expect(closedBefore).toMatchObject({ normative, target: 70, targetApprovedBy: 'Order No. 1', frozen: true });
    expect(await timeliness('2024-01', '2024-02')).toMatchObject({ normative, target: 70, targetApprovedBy: 'Order No. 2', frozen: false });
    const closedManual = await manual('2022-12', '2022-12');
    expect(closedManual).toMatchObject({ manual: true, current: 80, frozen: true });

    // The minister's order changes both years' targets, and the standard's printed normative is edited.
    await setTarget(2022, 10, 'Order No. 3');
    await setTarget(2024, 10, 'Order No. 4');
    await setManual(2022, 20);
    await setManual(2024, 20);
    await sql(`update quality_indicator_definition set normative = $2 where standard_id = $1 and code = '1.1'`, [id, normative - 5]);
    expect(await timeliness('2022-12', '2022-12')).toEqual(closedBefore);
    expect(await manual('2022-12', '2022-12')).toEqual(closedManual);
    expect(await manual('2024-01', '2024-02')).toMatchObject({ manual: true, current: 20, frozen: false });
    const open = await timeliness('2024-01', '2024-02');
    expect(open).toMatchObject({ normative: normative - 5, target: 10, targetApprovedBy: 'Order No. 4', frozen: false });
    expect(open.targetMet).toBe(open.current === null ? null : open.current >= 10);

    // Deleting the closed year's target changes nothing either.
    expect((await t.gql(`mutation($id: ID!) { deleteIndicatorTarget(id: $id) }`, { id: closedTarget })).errors).toBeUndefined();
    expect(await timeliness('2022-12', '2022-12')).toEqual(closedBefore);
    await sql(`update quality_indicator_definition set normative = $2 where standard_id = $1 and code = '1.1'`, [id, normative]);
  });
});
