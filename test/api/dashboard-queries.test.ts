/**
 * The console's quality dashboard against a real server: the very documents it sends
 * (admin/src/dashboard/queries.ts) with the filters it builds (admin/src/dashboard/filters.ts) are
 * accepted for every console role and refused to anonymous callers; the figures it adds up across
 * standards equal the raw applications; operators see their agency only; the CSV link and the
 * click-through filters are ones the server understands and narrow to the same applications.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { startTestServer, type RequestAs, type TestServer } from '../support/test-server.js';
import { OVERDUE_APPLICATIONS, QUALITY_REPORT, type OverdueRow, type Report } from '../../admin/src/dashboard/queries.js';
import { applicationsBehind, csvExportUrl, overdueApplicationsPath, reportFilter, type DashboardFilter } from '../../admin/src/dashboard/filters.js';

let t: TestServer;
let standard: string;
let other: string;
let agencies: { id: string; code: string }[];

const YEAR = 2023;

/** Applications of `standardCode` at `agencyId` in YEAR: `closed` decided ones (the first `late` of them late), `overdue` open past due, `dueSoon` open due tomorrow. */
async function seed(standardCode: string, agencyId: string, counts: { closed: number; late: number; overdue: number; dueSoon: number; channel?: string }) {
  await t.sql(`
    insert into application (id, created_at, updated_at, version, status, intake, applicant_kind, applicant_name, standard_id, standard_code, standard_version,
      sub_service, channel, agency_id, submitted_at, closed_at, outcome, due_at, submitted_by)
    select gen_random_uuid(), now(), now(), 1, case when i <= $3::int then 'issued' else 'inReview' end, 'operator', 'legalEntity', 'Dashboard LLP',
      s.id, s.code, s.version_number, 'generated', $7::text, $2::uuid, timestamptz '${YEAR}-03-01 10:00+06' + i * interval '1 day',
      case when i <= $3::int then timestamptz '${YEAR}-04-01 10:00+06' + i * interval '1 day' end,
      case when i <= $3::int then (case when i <= $4::int then 'late' else 'onTime' end) end,
      case when i <= $3::int then null when i <= $3::int + $5::int then now() - interval '2 days' else now() + interval '1 day' end, 'test'
    from generate_series(1, $3::int + $5::int + $6::int) i
    cross join lateral (select id, code, version_number from service_standard where code = $1::text order by version_number desc limit 1) s`,
  [standardCode, agencyId, counts.closed, counts.late, counts.overdue, counts.dueSoon, counts.channel ?? 'office']);
}

async function dashboard(filter: DashboardFilter, as?: RequestAs) {
  const res = await t.gql<{ qualityReport: Report }>(print(QUALITY_REPORT), { filter: reportFilter(filter) }, as);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.qualityReport;
}

async function overdue(agencyIds: string[] | null, as?: RequestAs) {
  const res = await t.gql<{ overdueApplications: OverdueRow[] }>(print(OVERDUE_APPLICATIONS), { agencyIds, withinHours: 72 }, as);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.overdueApplications;
}

/** The dashboard's headline figure of an indicator: numerators and denominators added over the standards. */
function figure(report: Report, indicatorCode: string) {
  const rows = report.rows.filter((row) => row.indicatorCode === indicatorCode);
  return { numerator: rows.reduce((sum, row) => sum + (row.numerator ?? 0), 0), denominator: rows.reduce((sum, row) => sum + (row.denominator ?? 0), 0) };
}

/** The filter a click-through puts in the console's URL, as the applications list sends it to the API. */
const urlFilter = (path: string) => JSON.parse(new URLSearchParams(path.split('?')[1]).get('filter')!);

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  // Two standards whose indicator table has timeliness 1.1 (the shipped ones are all repealed by now; their history still counts).
  [standard, other] = (await t.sql(`select distinct s.code from service_standard s join quality_indicator_definition q on q.standard_id = s.id
    where q.code = '1.1' order by 1 limit 2`)).map((r) => r.code);
  // Two agencies without subordinates (the applications list's agency filter takes in the subtree).
  agencies = await t.sql(`select id::text, code from agency a where parent_id is not null and not exists (select 1 from agency c where c.parent_id = a.id) order by code limit 2`);
  await seed(standard, agencies[0].id, { closed: 10, late: 2, overdue: 3, dueSoon: 1 });
  await seed(standard, agencies[1].id, { closed: 5, late: 0, overdue: 0, dueSoon: 2, channel: 'psc' });
  await seed(other, agencies[0].id, { closed: 4, late: 1, overdue: 1, dueSoon: 0 });
}, 120_000);

describe('the dashboard\'s queries', () => {
  it('are accepted for every console role and refused to anonymous callers', async () => {
    for (const role of ['analyst', 'ministryAdmin', 'operator'] as const) {
      const as = await t.loginAs(role, role === 'analyst' ? undefined : agencies[0].code);
      await dashboard({ year: YEAR }, as);
      await overdue(null, as);
    }
    for (const [document, variables] of [[QUALITY_REPORT, { filter: reportFilter({ year: YEAR }) }], [OVERDUE_APPLICATIONS, {}]] as const) {
      const res = await t.gql(print(document), variables, { anonymous: true });
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('add up, across standards, to the raw applications; the standard filter keeps one row per indicator', async () => {
    const report = await dashboard({ year: YEAR });
    expect(report).toMatchObject({ from: `${YEAR}-01`, to: `${YEAR}-12` });
    expect(figure(report, '1.1')).toEqual({ numerator: 16, denominator: 19 });
    const byMonth = report.series.filter((point) => point.indicatorCode === '1.1');
    expect(byMonth.reduce((sum, point) => sum + point.denominator, 0)).toBe(19);
    expect(report.ranking.filter((entry) => entry.indicatorCode === '1.1').map((entry) => [entry.agency?.code, entry.rank, entry.current]))
      .toEqual([[agencies[1].code, 1, 100], [agencies[0].code, 2, 78.57]]);

    const narrowed = await dashboard({ year: YEAR, standardCode: standard, agencyId: agencies[0].id, channel: 'office' });
    const timeliness = narrowed.rows.filter((row) => row.indicatorCode === '1.1');
    expect(timeliness).toHaveLength(1);
    expect(timeliness[0]).toMatchObject({ standardCode: standard, numerator: 8, denominator: 10, current: 80, group: 'timeliness' });
    expect(timeliness[0].wording.kk || timeliness[0].wording.ru).toBeTruthy();
  });

  it('show an operator their agency only', async () => {
    const operator = await t.loginAs('operator', agencies[0].code);
    const report = await dashboard({ year: YEAR }, operator);
    expect(figure(report, '1.1')).toEqual({ numerator: 11, denominator: 14 });
    expect(new Set(report.ranking.map((entry) => entry.agencyId))).toEqual(new Set([agencies[0].id]));
    expect((await overdue(null, operator)).map((row) => row.agencyId)).toEqual([agencies[0].id]);
  });

  it('count overdue and due-soon applications per agency', async () => {
    const board = new Map((await overdue([agencies[0].id, agencies[1].id])).map((row) => [row.agency?.code, { open: row.open, overdue: row.overdue, dueSoon: row.dueSoon }]));
    expect(board.get(agencies[0].code)).toEqual({ open: 5, overdue: 4, dueSoon: 1 });
    expect(board.get(agencies[1].code)).toEqual({ open: 2, overdue: 0, dueSoon: 2 });
  });
});

describe('where the dashboard leads', () => {
  const listIds = async (filter: Record<string, unknown>) => {
    const res = await t.gql(`query($filter: ApplicationFilter) { applications(filter: $filter, perPage: 500) { id standardCode agencyId } }`, { filter });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.applications as { id: string; standardCode: string; agencyId: string }[];
  };

  it('a figure\'s applications: the click-through filter is the API\'s and finds the cases behind the figure', async () => {
    const behind = await listIds(urlFilter(applicationsBehind({ year: YEAR, channel: 'office' }, { standardCode: standard, agencyId: agencies[0].id })));
    expect(behind).toHaveLength(10 + 3 + 1);
    expect(behind.every((a) => a.standardCode === standard)).toBe(true);
    expect(await listIds(urlFilter(applicationsBehind({ year: YEAR - 1 }, { standardCode: standard })))).toEqual([]);
    const overdueOnes = await listIds(urlFilter(overdueApplicationsPath(agencies[0].id)));
    expect(overdueOnes).toHaveLength(4);
  });

  it('the CSV export of the report on screen', async () => {
    const res = await fetch(`${t.url}${csvExportUrl({ year: YEAR, standardCode: standard, agencyId: agencies[0].id })}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0].split(',');
    // Only indicatorName may hold commas: columns before it are read from the start, columns after it from the end.
    const cell = (cells: string[], name: string) => (header.indexOf(name) < header.indexOf('indicatorName')
      ? cells[header.indexOf(name)] : cells[cells.length - header.length + header.indexOf(name)]);
    const rows = lines.slice(1).map((line) => line.split(',')).filter((cells) => cell(cells, 'indicatorCode') === '1.1' && cell(cells, 'channel') === 'office');
    expect(rows).toHaveLength(1);
    expect(['standardCode', 'agencyCode', 'numerator', 'denominator'].map((name) => cell(rows[0], name))).toEqual([standard, agencies[0].code, '8', '10']);
  });
});
