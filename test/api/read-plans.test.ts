/**
 * Read plans (common/read-plans): list queries of stored columns answered by one statement in which
 * PostgreSQL writes the JSON. Two servers on ONE database, one with READ_PLANS=off: every answer,
 * errors included, must be the same bytes; plannable queries must really be answered by a plan, in
 * one statement, and unplannable ones must be left to the resolvers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { readPlanCounts } from '../../server/src/common/read-plans/read-plans.plugin.js';
import { namedStatementCount } from '../../server/src/common/read-plans/prepared-statements.js';

let planned: TestServer;
let resolved: TestServer;
let agencyId: string;
let operator: Record<string, string>;
let partner: Record<string, string>;
const ANONYMOUS = {};

/** Every column of an application that a plan copies (the rest have resolvers). */
const APPLICATION_COLUMNS = `id status intake applicantKind applicantIdentifier applicantName standardCode standardVersion subService channel
  responsibleOperator deemedIssuedApplies submittedAt acceptedAt dueAt pscHandoverDueAt suspendedAt closedAt outcome handoverDueAt handedOverAt
  submittedBy version createdAt updatedAt`;

beforeAll(async () => {
  planned = await startTestServer({ withCorpus: true, demo: { applications: 400, seed: 5 } });
  resolved = await startTestServer({ databaseUrl: planned.databaseUrl, env: { READ_PLANS: 'off' } });
  const [busiest] = await planned.sql(`select a.agency_id, g.code from application a join agency g on g.id = a.agency_id
    group by a.agency_id, g.code order by count(*) desc, a.agency_id limit 1`);
  agencyId = busiest.agency_id;
  operator = await planned.loginAs('operator', busiest.code);
  partner = (await planned.createApiKey('plans', ['applications:read-own', 'standards:read'])).headers;
  // Values whose JSON is easy to get wrong: quotes, backslashes, control characters, non-Latin
  // letters, an astral character, U+2028; instants with microseconds that must be cut, not rounded.
  const [{ id }] = await planned.sql(`select id from application where agency_id = $1 order by submitted_at desc, id desc limit 1`, [agencyId]);
  await planned.sql(`update application set applicant_name = $2, submitted_at = '2026-11-30 23:59:59.999999+00', accepted_at = '2026-12-01 00:00:00.0005+00',
    responsible_operator = null where id = $1`, [id, 'Әлихан "Quote" \\ back\nnew\ttab\u0001\u001f \' 😀 \u2028 </script>']);
}, 180_000);

/** The raw answer of one server (status and body text). */
async function answer(server: TestServer, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  // Request ids differ by design.
  return `${res.status} ${(await res.text()).replace(/"requestId":"[^"]+"/g, '"requestId":"…"')}`;
}

/** Asks both servers; the answers must be the same bytes. Returns the plan's answer and whether a plan gave it. */
async function compare(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = planned.adminHeaders) {
  const before = readPlanCounts.answered;
  const fromPlan = await answer(planned, query, variables, headers);
  const byPlan = readPlanCounts.answered > before;
  const fromResolvers = await answer(resolved, query, variables, headers);
  expect(fromPlan).toBe(fromResolvers);
  return { body: JSON.parse(fromPlan.slice(4)), byPlan };
}

describe('answers of read plans are the resolvers\' answers, byte for byte', () => {
  it('W2: an agency\'s page, newest first, with every copied column', async () => {
    const { body, byPlan } = await compare(`query($agencyId: ID!) { applications(filter: { agencyId: $agencyId }, page: 0, perPage: 20, sortField: "submittedAt", sortOrder: DESC) { ${APPLICATION_COLUMNS} } }`, { agencyId });
    expect(byPlan).toBe(true);
    expect(body.data.applications).toHaveLength(20);
    expect(body.data.applications[0].applicantName).toContain('"Quote"');
    expect(body.data.applications[0].submittedAt).toBe('2026-11-30T23:59:59.999Z');
    expect(body.data.applications[0].acceptedAt).toBe('2026-12-01T00:00:00.000Z');
  });

  it('W3: agencies → standards → applications, with aliases and __typename', async () => {
    const { body, byPlan } = await compare(`{ agencies(page: 0, perPage: 10, sortField: "code", sortOrder: ASC) { __typename code
      versions: standards(perPage: 5) { code versionNumber status first: applications(perPage: 3) { id status applicantName submittedAt }
        next: applications(page: 1, perPage: 2) { id __typename } } } }`);
    expect(byPlan).toBe(true);
    const applications = body.data.agencies.flatMap((a: any) => a.versions.flatMap((s: any) => s.first));
    expect(applications.length).toBeGreaterThan(0);
  });

  it('every sort field and direction, unfiltered and by agency, several pages', async () => {
    for (const sortField of ['submittedAt', 'acceptedAt', 'dueAt', 'closedAt', 'status', 'standardCode', 'channel', 'applicantName', 'createdAt', 'updatedAt', 'id']) {
      for (const sortOrder of ['ASC', 'DESC']) {
        for (const filter of [{}, { agencyId }, { statuses: ['issued', 'inReview'], q: 'а' }]) {
          const { byPlan } = await compare(`query($f: ApplicationFilter, $s: String, $o: SortOrder) { applications(filter: $f, page: 1, perPage: 7, sortField: $s, sortOrder: $o) { id submittedAt status } }`,
            { f: filter, s: sortField, o: sortOrder });
          expect(byPlan).toBe(true);
        }
      }
    }
  });

  it('within each caller\'s scope: operator, partner key, anonymous', async () => {
    const nested = `{ agencies(perPage: 50) { code standards(perPage: 3) { code status applications(perPage: 2) { id agencyStatus: status } } } }`;
    expect((await compare(nested, {}, operator)).byPlan).toBe(true);
    expect((await compare(`{ applications(perPage: 50) { id } }`, {}, operator)).body.data.applications.length).toBeGreaterThan(0);
    expect((await compare(`{ applications(perPage: 50) { id } }`, {}, partner)).byPlan).toBe(true);
    // Anonymous callers may not list agencies or applications: the resolvers' errors, not a plan's.
    const denied = await compare(nested, {}, ANONYMOUS);
    expect(denied.byPlan).toBe(false);
    expect(denied.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('bad arguments get the resolvers\' errors', async () => {
    for (const [query, variables] of [
      ['{ applications(perPage: 0) { id } }', {}],
      ['{ applications(perPage: 501) { id } }', {}],
      ['{ applications(sortField: "applicantIdentifier") { id } }', {}],
      ['{ applications(filter: { q: "' + 'x'.repeat(201) + '" }) { id } }', {}],
      ['{ agencies(page: -1) { code } }', {}],
      ['{ agencies { code standards(perPage: 0) { code } } }', {}],
      ['{ agencies { code standards { code applications(perPage: 101) { id } } } }', {}],
      ['query($n: Int!) { applications(perPage: $n) { id } }', { n: 'ten' }],
    ] as const) {
      const { body, byPlan } = await compare(query, variables);
      expect(byPlan, query).toBe(false);
      expect(body.errors?.length, query).toBeGreaterThan(0);
    }
    // Whoever answers a malformed id, the answer is the same.
    await compare('query($f: ApplicationFilter) { applications(filter: $f) { id } }', { f: { agencyId: 'not-an-id' } });
  });

  it('one prepared statement whatever the depth', async () => {
    const query = `{ agencies(perPage: 10) { code standards(perPage: 5) { code applications(perPage: 5) { id status } } } }`;
    const base = await planned.countQueries(() => planned.gql('{ __typename }'));
    const named = namedStatementCount();
    expect(await planned.countQueries(() => planned.gql(query)) - base).toBe(1);
    // Named (prepared) once it comes again, and answered the same way from then on.
    expect(await planned.countQueries(() => planned.gql(query)) - base).toBe(1);
    expect(namedStatementCount()).toBe(named + 1);
    expect((await compare(query)).byPlan).toBe(true);
  });

  it('queries a plan cannot copy are left to the resolvers', async () => {
    for (const query of [
      '{ applications(perPage: 5) { id remaining overdue } }', // computed
      '{ applications(perPage: 5) { id agency { code } } }', // a related record
      '{ applications(perPage: 5) { id queueWaitMinutes } }', // a Float
      '{ applications(perPage: 5) { id ...on Application { status } } }', // a fragment
      '{ applications(perPage: 5) { id status @include(if: true) } }', // a directive
      '{ applications(perPage: 5) { id } agencies(perPage: 1) { code } }', // two root fields
      '{ agencies(perPage: 3) { code name { kk en } } }', // a JSON value
    ]) {
      const { body, byPlan } = await compare(query);
      expect(byPlan, query).toBe(false);
      expect(body.errors, query).toBeUndefined();
    }
  });
});
