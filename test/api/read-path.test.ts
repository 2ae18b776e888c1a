/**
 * The fast read path (issue 9): SQL statements per request bounded by the query's depth whatever
 * the page sizes (W1 one standard's tree, W2 an agency's application page, W3 agencies → standards
 * → applications), and the published-parts cache: used, never stale (publish, repeal, a change by
 * another process), never for drafts, and never a way around access control.
 *
 * "Depth" counts the levels of the query that load records (a list or a related record); value
 * objects such as `name { en }` are columns of their parent and cost nothing. Statements are
 * counted against an empty request with the same credentials (session checks are not the read path).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../../server/src/db.js';
import { startTestServer, type RequestAs, type TestServer } from '../support/test-server.js';
import { publishedParts } from '../../server/src/modules/standards/published-parts.cache.js';
import { standardAnswers } from '../../server/src/modules/standards/standard-answer.cache.js';
import { listStatementCounts } from '../../server/src/common/list-statements.js';
import { ServiceStandard } from '../../server/src/modules/standards/service-standard.entity.js';
import { loadReferences, readStandardContent, referencedCodes, writeStandardContent } from '../../server/src/modules/standards/standard-content.js';

let t: TestServer;
const ANONYMOUS: RequestAs = { anonymous: true };

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true, demo: { applications: 600, seed: 9 } });
}, 120_000);

/** Statements the server ran for `query`, less those of `{ __typename }` with the same credentials; the least of three (background jobs may add one). */
async function statements(query: string, variables: Record<string, unknown>, as?: RequestAs, check?: (data: any) => void): Promise<number> {
  const least = async (work: () => Promise<number>) => Math.min(await work(), await work(), await work());
  const base = await least(() => t.countQueries(() => t.gql('{ __typename }', {}, as)));
  const used = await least(() => t.countQueries(async () => {
    const res = await t.gql(query, variables, as);
    expect(res.errors).toBeUndefined();
    check?.(res.data);
  }));
  return used - base;
}

const TEXT = '{ kk ru en }';
/** W1: depth 3 (the version → its part lists and provider → the agencies of the complaint route). */
const TREE = `query($code: String!, $on: LocalDate!) { serviceStandardInForce(code: $code, on: $on) {
  id code versionNumber status validTo name ${TEXT} provider { code }
  subServices { code name ${TEXT} } deadlines { kind value unit subServices channels }
  documents { subService channel ordinal title ${TEXT} } refusalGrounds { ordinal text ${TEXT} }
  complaintRoute { level ordinal agency { code } } qualityIndicators { code normative target } } }`;

describe('statements per request stay within depth + 1, whatever the page sizes', () => {
  it('W1: one standard in force with its whole tree, cold and from the cache', async () => {
    const vars = { code: 'lic-poisons', on: '2013-05-01' };
    const coldOnce = () => { publishedParts.clear(); return t.countQueries(async () => {
      const res = await t.gql(TREE, vars, ANONYMOUS);
      expect(res.errors).toBeUndefined();
      expect(res.data!.serviceStandardInForce.documents.length).toBeGreaterThan(5);
    }); };
    const cold = Math.min(await coldOnce(), await coldOnce(), await coldOnce());
    const warm = await statements(TREE, vars, ANONYMOUS);
    expect(cold).toBeLessThanOrEqual(3 + 1);
    // From the cache: only the version row and the agencies are read.
    expect(warm).toBeLessThan(cold);
    expect(warm).toBeLessThanOrEqual(3);
  });

  it('a page of standards with four part lists and the provider: depth 2, the same for 2 and 16 versions', async () => {
    const query = `query($n: Int) { serviceStandards(perPage: $n, sortField: "code") { code provider { code }
      subServices { code } deadlines { kind value } documents { ordinal title { en } } refusalGrounds { ordinal } } }`;
    for (const cached of [false, true]) {
      if (!cached) publishedParts.clear();
      const small = await t.countQueries(() => t.gql(query, { n: 2 }, ANONYMOUS));
      const large = await t.countQueries(async () => { expect((await t.gql(query, { n: 16 }, ANONYMOUS)).data!.serviceStandards).toHaveLength(16); });
      expect(large).toBeLessThanOrEqual(2 + 1);
      expect(large).toBe(small);
    }
  });

  it('W2: a page of an agency\'s applications, newest first, for 2 and 20 rows (depth 1, and 2 with the agency)', async () => {
    const agencyId = await t.agencyId('mint-industry-committee');
    const page = (fields: string) => `query($a: ID!, $n: Int) { applications(filter: { agencyId: $a }, perPage: $n, sortField: "submittedAt", sortOrder: DESC) { ${fields} } }`;
    const flat = 'id status channel standardCode subService applicantName submittedAt dueAt closedAt outcome';
    const rows = (n: number) => (data: any) => expect(data.applications).toHaveLength(n);
    // The agency filter's subtree comes from the cached agency tree: the page is the only statement.
    expect(await statements(page(flat), { a: agencyId, n: 20 }, undefined, rows(20))).toBe(1);
    expect(await statements(page(flat), { a: agencyId, n: 2 }, undefined, rows(2))).toBe(1);
    expect(await statements(page(`${flat} agency { code }`), { a: agencyId, n: 20 }, undefined, rows(20))).toBeLessThanOrEqual(2);

    const answer = (await t.gql(page('id submittedAt'), { a: agencyId, n: 20 })).data!.applications;
    const expected = await t.sql(`select id from application where agency_id = $1 order by submitted_at desc, id desc limit 20`, [agencyId]);
    expect(answer.map((a: any) => a.id)).toEqual(expected.map((r) => r.id));
  });

  it('W2: the statement built for one agency\'s page is reused, with its own values, for another agency\'s', async () => {
    const [first, second] = await t.sql(`select agency_id from application a where not exists (select 1 from agency c where c.parent_id = a.agency_id)
      group by agency_id order by count(*) desc limit 2`);
    const query = `query($a: ID!) { applications(filter: { agencyId: $a }, perPage: 7, sortField: "submittedAt", sortOrder: ASC) { id agencyId submittedAt } }`;
    await t.gql(query, { a: first.agency_id });
    const before = { ...listStatementCounts };
    const page = (await t.gql(query, { a: second.agency_id })).data!.applications;
    expect(listStatementCounts.reused).toBe(before.reused + 1);
    expect(listStatementCounts.built).toBe(before.built);
    const expected = await t.sql(`select id from application where agency_id = $1 order by submitted_at, id limit 7`, [second.agency_id]);
    expect(page.map((a: any) => a.id)).toEqual(expected.map((r) => r.id));
    expect(new Set(page.map((a: any) => a.agencyId))).toEqual(new Set([second.agency_id]));
  });

  it('W3: agencies → standards → applications (depth 3) in one statement per level, for small and large pages', async () => {
    // The agencies that provide standards (every level has rows in both pages), then some that provide none.
    const providers = (await t.sql(`select distinct provider_id as id from service_standard`)).map((r) => r.id);
    const ids = [...providers, ...(await t.sql(`select id from agency where id <> all($1::uuid[]) order by code limit 3`, [providers])).map((r) => r.id)];
    const query = `query($ids: [ID!], $a: Int, $s: Int, $x: Int) { agencies(perPage: $a, sortField: "code", filter: { ids: $ids }) { code
      standards(perPage: $s) { code versionNumber applications(perPage: $x) { id status applicantName submittedAt } } } }`;
    const small = await statements(query, { ids: providers, a: 2, s: 2, x: 2 });
    const large = await statements(query, { ids, a: 10, s: 5, x: 5 });
    expect(large).toBeLessThanOrEqual(3 + 1);
    expect(large).toBe(small);

    // The answer is the same nested top-N the database gives directly.
    const answer = (await t.gql(query, { ids, a: 10, s: 5, x: 5 })).data!.agencies;
    const expected = await t.sql(`select a.code, coalesce((select json_agg(json_build_object('code', s.code, 'ids', (
        select coalesce(json_agg(x.id order by x.submitted_at desc, x.id desc), '[]'::json) from (select id, submitted_at from application x where x.standard_id = s.id order by x.submitted_at desc, x.id desc limit 5) x)) order by s.code, s.version_number)
      from (select * from service_standard s where s.provider_id = a.id order by s.code, s.version_number, s.id limit 5) s), '[]'::json) as standards
      from agency a where a.id = any($1::uuid[]) order by a.code, a.id limit 10`, [ids]);
    expect(answer.map((a: any) => ({ code: a.code, standards: a.standards.map((s: any) => ({ code: s.code, ids: s.applications.map((x: any) => x.id) })) })))
      .toEqual(expected.map((r) => ({ code: r.code, standards: r.standards })));
    expect(answer.some((a: any) => a.standards.some((s: any) => s.applications.length === 5))).toBe(true);
  });

  it('lists that read only the selected columns answer as lists of whole rows, and never stand in for whole rows', async () => {
    const providers = (await t.sql(`select distinct provider_id as id from service_standard`)).map((r) => r.id);
    // Computed fields (overdue, children, channelDetails) make each list read whole rows: the same query with them is the reference.
    const nested = (extra: string) => `query($ids: [ID!]) {
      agencies(perPage: 4, sortField: "code", filter: { ids: $ids }) { id code name ${TEXT} kind parentId ${extra ? 'children { code }' : ''}
        standards(perPage: 3) { id code versionNumber status name ${TEXT} provider { code } ${extra ? 'channelDetails { channel }' : ''}
          applications(perPage: 3) { id status channel standardCode applicantName submittedAt dueAt standardId agencyId agency { code } standard { code } ${extra} } } }
      applications(perPage: 7, sortField: "submittedAt", sortOrder: DESC) { id status subService applicantName submittedAt closedAt outcome agency { code } ${extra} } }`;
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (['overdue', 'children', 'channelDetails'].includes(key) ? undefined : v)));
    const narrow = await t.gql(nested(''), { ids: providers });
    const whole = await t.gql(nested('overdue'), { ids: providers });
    expect(narrow.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    expect(narrow.data!.agencies.some((a: any) => a.standards.some((s: any) => s.applications.length > 0))).toBe(true);
    expect(narrow.data).toEqual(strip(whole.data));

    // A record read with few columns by a list, and by id in the same request, comes back whole.
    const first = narrow.data!.applications[0];
    const both = await t.gql(`query($id: ID!) { applications(perPage: 7, sortField: "submittedAt", sortOrder: DESC) { id }
      application(id: $id) { id applicantName status submittedAt agency { code } } }`, { id: first.id });
    expect(both.errors).toBeUndefined();
    expect(both.data!.application).toEqual({ id: first.id, applicantName: first.applicantName, status: first.status, submittedAt: first.submittedAt, agency: first.agency });
  });

  it('W3 shape: an operator sees only their agency\'s applications under any standard', async () => {
    const operator = await t.loginAs('operator', 'mes-industrial-safety-committee');
    const own = await t.agencyId('mes-industrial-safety-committee');
    const res = await t.gql(`{ serviceStandards(perPage: 50) { code applications(perPage: 20) { id agencyId } } }`, {}, operator);
    expect(res.errors).toBeUndefined();
    const seen = res.data!.serviceStandards.flatMap((s: any) => s.applications);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((a: any) => a.agencyId === own)).toBe(true);
    const anonymous = await t.gql(`{ serviceStandards(perPage: 1) { code applications { id } } }`, {}, ANONYMOUS);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await t.gql(`{ serviceStandards(perPage: 1) { applications(perPage: 101) { id } } }`, {}, operator);
    expect(tooMany.errors?.[0].message).toMatch(/perPage: must be between 1 and 100/);
  });
});

describe('the answer cache of serviceStandardInForce', () => {
  /** W1 of the benchmark: the version's own columns and part lists only. */
  const FROZEN = `query($code: String!, $on: LocalDate!) { serviceStandardInForce(code: $code, on: $on) { code versionNumber name ${TEXT} validFrom feeKind channels
    subServices { code kind name ${TEXT} } deadlines { kind value unit excludeStartDay subServices channels }
    documents { subService channel ordinal title ${TEXT} recipients fromStateSystems } refusalGrounds { ordinal text ${TEXT} }
    complaintRoute { level ordinal reviewValue reviewUnit agencyId } qualityIndicators { code ordinal normative target unit wording ${TEXT} } } }`;
  const vars = { code: 'lic-weapons-military-equipment', on: '2013-05-01' };

  it('answers a repeated W1 request without a statement (the in-force version is cached too), the same answer as executed', async () => {
    standardAnswers.clear();
    const executed = await t.gql(FROZEN, vars, ANONYMOUS);
    expect(executed.errors).toBeUndefined();
    expect(standardAnswers.size).toBe(1);
    const again = await t.gql(FROZEN, vars, ANONYMOUS);
    expect(again).toEqual(executed);
    expect(await statements(FROZEN, vars, ANONYMOUS)).toBe(0);
  });

  it('executes every time a selection that reaches an agency (which changes without the version changing)', async () => {
    const query = `query($code: String!, $on: LocalDate!) { serviceStandardInForce(code: $code, on: $on) { code provider { id version note } } }`;
    standardAnswers.clear();
    const provider = (await t.gql(query, vars)).data!.serviceStandardInForce.provider;
    expect(standardAnswers.size).toBe(0);
    const updated = await t.gql(`mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, note: "Reorganised in 2014") { id } }`, { id: provider.id, v: provider.version });
    expect(updated.errors).toBeUndefined();
    expect((await t.gql(query, vars)).data!.serviceStandardInForce.provider.note).toBe('Reorganised in 2014');
  });

  it('still refuses a partner key without standards:read, after the answer is cached', async () => {
    await t.gql(FROZEN, vars, ANONYMOUS);
    const key = await t.createApiKey('read-path-partner', ['applications:submit']);
    const refused = await t.gql(FROZEN, vars, key.headers);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.serviceStandardInForce ?? null).toBeNull();
  });
});

describe('the published-parts cache', () => {
  const inForce = async (on: string, as?: RequestAs) =>
    (await t.gql(`query($on: LocalDate!) { serviceStandardInForce(code: "lic-poisons", on: $on) { id versionNumber status validTo deadlines { kind value } } }`, { on }, as)).data!.serviceStandardInForce;
  const edit = (id: string, version: number, value: number) => t.gql(`mutation($id: ID!, $v: Int!, $value: Float!) { updateServiceStandard(id: $id, version: $v,
    deadlines: [{ kind: processing, value: $value, unit: workingDays, owedBy: provider }]) { version deadlines { value } } }`, { id, v: version, value });

  it('serves a new version at once after publish and the new status after repeal; drafts are never cached nor shown to anonymous callers', async () => {
    const v1 = await inForce('2013-05-01', ANONYMOUS);
    expect(v1).toMatchObject({ versionNumber: 1, status: 'repealed' });
    await inForce('2013-05-01', ANONYMOUS); // now cached

    const draft = (await t.gql(`mutation { createStandardDraft(code: "lic-poisons") { id version } }`)).data!.createStandardDraft;
    let version = draft.version;
    for (const value of [10, 7]) {
      const edited = await edit(draft.id, version, value);
      expect(edited.errors).toBeUndefined();
      version = edited.data!.updateServiceStandard.version;
      // Read back through the loaders twice: a draft edit is never answered from an earlier read.
      for (let i = 0; i < 2; i++) {
        const read = await t.gql(`query($id: ID!) { serviceStandard(id: $id) { status deadlines { value } } }`, { id: draft.id });
        expect(read.data!.serviceStandard).toEqual({ status: 'draft', deadlines: [{ value }] });
      }
    }

    // Anonymous callers reach drafts by no path: by id, in lists, through the provider's standards.
    expect((await t.gql(`query($id: ID!) { serviceStandard(id: $id) { id } }`, { id: draft.id }, ANONYMOUS)).data!.serviceStandard).toBeNull();
    const viaProvider = await t.gql(`{ serviceStandardInForce(code: "lic-poisons", on: "2013-05-01") { provider { standards(perPage: 100) { id status } } } }`, {}, ANONYMOUS);
    expect(viaProvider.errors).toBeUndefined();
    const listed = viaProvider.data!.serviceStandardInForce.provider.standards;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.map((s: any) => s.id)).not.toContain(draft.id);
    expect(listed.every((s: any) => s.status !== 'draft')).toBe(true);
    const asAdmin = await t.gql(`{ serviceStandardInForce(code: "lic-poisons", on: "2013-05-01") { provider { standards(perPage: 100) { id } } } }`);
    expect(asAdmin.data!.serviceStandardInForce.provider.standards.map((s: any) => s.id)).toContain(draft.id);

    expect(await inForce('2026-06-01', ANONYMOUS)).toBeNull();
    const published = await t.gql(`mutation($id: ID!, $v: Int!) { publishStandard(id: $id, validFrom: "2026-01-01", version: $v) { status } }`, { id: draft.id, v: version });
    expect(published.errors).toBeUndefined();
    expect(await inForce('2026-06-01', ANONYMOUS)).toEqual({ id: draft.id, versionNumber: 2, status: 'published', validTo: null, deadlines: [{ kind: 'processing', value: 7 }] });
    expect(await inForce('2013-05-01', ANONYMOUS)).toEqual(v1);

    const act = (await t.sql(`select id from legal_act where code = 'res-155-2014'`))[0].id;
    const repealed = await t.gql(`mutation($act: ID!) { repealStandard(code: "lic-poisons", actId: $act, date: "2026-09-01") { status } }`, { act });
    expect(repealed.errors).toBeUndefined();
    expect(await inForce('2026-06-01', ANONYMOUS)).toMatchObject({ id: draft.id, status: 'repealed', validTo: '2026-09-01', deadlines: [{ value: 7 }] });
    expect(await inForce('2026-10-01', ANONYMOUS)).toBeNull();
  });

  it('never serves parts that another process rewrote (the corpus loader correcting a published version)', async () => {
    const query = `{ serviceStandardInForce(code: "lic-explosives-pyrotechnics", on: "2013-05-01") { refusalGrounds { ordinal text { en } } } }`;
    const before = (await t.gql(query, {}, ANONYMOUS)).data!.serviceStandardInForce.refusalGrounds;
    expect((await t.gql(query, {}, ANONYMOUS)).data!.serviceStandardInForce.refusalGrounds).toEqual(before); // cached
    expect(publishedParts.size).toBeGreaterThan(0);

    // Another process (its own ORM, not this server's cache) rewrites the parts of the published version.
    const stamp = async () => (await t.sql(`select version from service_standard where code = 'lic-explosives-pyrotechnics'`))[0].version as number;
    const stampBefore = await stamp();
    const orm: MikroORM = await openOrm(t.databaseUrl);
    try {
      const em = orm.em.fork();
      const standard = await em.findOneOrFail(ServiceStandard, { code: 'lic-explosives-pyrotechnics', versionNumber: 1 });
      const content = await readStandardContent(em, standard);
      const corrected = { ...content, refusalGrounds: content.refusalGrounds.map((g, i) => (i === 0 ? { ...g, text: { ...g.text, en: 'Corrected wording' } } : g)) };
      const codes = referencedCodes(corrected);
      await writeStandardContent(em, standard, corrected, await loadReferences(em, codes.agencies, codes.acts));
      await em.flush();
    } finally {
      await orm.close(true);
    }
    // Only the parts changed, yet the row carries a new version: the stamp every process checks.
    expect(await stamp()).toBeGreaterThan(stampBefore);
    const after = (await t.gql(query, {}, ANONYMOUS)).data!.serviceStandardInForce.refusalGrounds;
    expect(after[0].text.en).toBe('Corrected wording');
    expect(after.slice(1)).toEqual(before.slice(1));
  });
});
