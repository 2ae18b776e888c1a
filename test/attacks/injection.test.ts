/**
 * Attack battery, part 3: hostile text. SQL-injection strings in filters, text search, ids, sort
 * fields and credentials find nothing, break nothing and leak no SQL; markup in names is stored
 * exactly as given and only ever served as JSON (the console renders it as text).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { changesNothing, expectHealthy, refusal } from '../support/attack.js';

let t: TestServer;
let db: pg.Client;
const sql = async (query: string, params: unknown[] = []) => (await db.query(query, params)).rows;

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
});
afterAll(async () => { await db?.end(); });

const PAYLOADS = [
  `' OR '1'='1`, `' OR 1=1 --`, `'; DROP TABLE agency; --`, `%' OR '%'='`, `") OR ("1"="1`, `\\'; select pg_sleep(5); --`,
  `' UNION SELECT id, password_hash FROM app_user --`, `$1`, `?`, `\\`, `%`, `_`, `*/ or /*`, `' || (select version()) || '`,
];

describe('SQL injection', () => {
  it('in text search and filters of every list finds nothing and changes nothing', async () => {
    const lists = [
      ['agencies', 'AgencyFilter'], ['legalActs', 'LegalActFilter'], ['serviceStandards', 'ServiceStandardFilter'],
      ['users', 'UserFilter'], ['apiKeys', 'ApiKeyFilter'], ['applications', 'ApplicationFilter'],
    ] as const;
    await changesNothing(t, async () => {
      for (const payload of PAYLOADS) {
        for (const [list, filter] of lists) {
          const started = Date.now();
          const res = await t.gql(`query($f: ${filter}) { ${list}(filter: $f, perPage: 500) { id } }`, { f: { q: payload } });
          expect(res.errors, `${list} ${payload}`).toBeUndefined();
          // Matched literally: no name contains these strings (the corpus has no '%' or '_' in names either).
          expect(res.data![list], `${list} ${payload}`).toEqual([]);
          expect(Date.now() - started).toBeLessThan(4000);
        }
        for (const query of [
          `query($p: String) { serviceStandards(filter: { code: $p }) { id } }`,
          `query($p: String) { applications(filter: { standardCode: $p }) { id } }`,
        ]) {
          const res = await t.gql(query, { p: payload });
          expect(res.errors, query).toBeUndefined();
          expect(Object.values(res.data!)[0]).toEqual([]);
        }
        // Ids and references that are not ids are refused or match nothing, before any SQL.
        for (const query of [`query($p: ID!) { serviceStandard(id: $p) { id } }`, `query($p: ID!) { agency(id: $p) { id } }`, `query($p: ID!) { legalAct(id: $p) { id } }`,
          `query($p: ID!) { user(id: $p) { id } }`, `query($p: ID!) { application(id: $p) { id } }`]) {
          const res = await t.gql(query, { p: payload });
          expect(res.errors, query).toBeUndefined();
          expect(Object.values(res.data!)[0]).toBeNull();
        }
        const standardsOfAgency = await t.gql(`query($p: ID) { serviceStandards(filter: { agencyId: $p }) { id } }`, { p: payload });
        expect(standardsOfAgency.data!.serviceStandards).toEqual([]);
        const byIds = await t.gql(`query($p: [ID!]) { agencies(filter: { ids: $p }) { id } }`, { p: [payload] });
        if (byIds.errors) refusal(byIds, 'BAD_USER_INPUT');
        else expect(byIds.data!.agencies).toEqual([]);
        const sort = await t.post(`query($p: String) { agencies(sortField: $p) { id } }`, { p: payload });
        refusal(sort.body, 'BAD_USER_INPUT');
        const login = await t.post(`mutation($p: String!) { login(email: $p, password: $p) { id } }`, { p: payload }, { anonymous: true });
        expect(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'RATE_LIMITED']).toContain(login.body.errors![0].extensions!.code);
      }
    });
    // Every table is still there, and the passwords stayed where they were.
    expect((await sql(`select count(*)::int as n from agency`))[0].n).toBeGreaterThan(300);
    await expectHealthy(t);
  });

  it('in ids of mutations answers NOT_FOUND or BAD_USER_INPUT, never a database error', async () => {
    await changesNothing(t, async () => {
      for (const payload of PAYLOADS) {
        for (const mutation of ['deleteAgency', 'deleteLegalAct', 'deleteServiceStandard', 'deleteUser', 'revokeApiKey']) {
          const res = await t.post(`mutation($p: ID!) { ${mutation}(id: $p) { id } }`, { p: payload });
          const error = res.body.errors![0];
          expect(['NOT_FOUND', 'BAD_USER_INPUT'], `${mutation} ${payload}: ${JSON.stringify(error)}`).toContain(error.extensions!.code);
          refusal(res.body, error.extensions!.code);
        }
        const update = await t.post(`mutation($p: ID!) { updateAgency(id: $p, version: 1, note: "x") { id } }`, { p: payload });
        refusal(update.body, 'BAD_USER_INPUT');
      }
    });
    await expectHealthy(t);
  });
});

describe('markup in names', () => {
  const SCRIPT = `<script>alert("xss")</script>`;
  const IMG = `<img src=x onerror="alert(document.cookie)">`;

  it('is stored exactly as given and served only as JSON', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...t.adminHeaders },
      body: JSON.stringify({
        query: `mutation($name: LocalizedTextInput!, $note: String) { createAgency(code: "xss-test", kind: ministry, name: $name, note: $note) { id name { kk ru en } note } }`,
        variables: { name: { kk: SCRIPT, ru: IMG, en: `${SCRIPT} & ${IMG} ' " \\ </title>` }, note: `${SCRIPT}\u202Etext\u200B` },
      }),
    });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await res.json()) as any;
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const agency = body.data.createAgency;
    expect(agency.name).toEqual({ kk: SCRIPT, ru: IMG, en: `${SCRIPT} & ${IMG} ' " \\ </title>` });
    expect(agency.note).toBe(`${SCRIPT}\u202Etext\u200B`);
    const [row] = await sql(`select name, note from agency where id = $1`, [agency.id]);
    expect(row.name.kk).toBe(SCRIPT);
    expect(row.name.ru).toBe(IMG);
    const user = await t.gql(`mutation($n: String!) { createUser(email: "xss@test.qyzmet", displayName: $n, role: analyst, password: "0123456789abc") { displayName } }`, { n: SCRIPT });
    expect(user.data!.createUser.displayName).toBe(SCRIPT);
    // Read back anonymously through a public list: still the exact text, in JSON.
    const list = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _serviceStandardsMeta { count } }' }) });
    expect(list.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses NUL characters, which PostgreSQL cannot store, as bad input', async () => {
    const res = await changesNothing(t, () => t.post(`mutation($note: String) { createAgency(code: "nul-test", kind: ministry, name: { en: "x" }, note: $note) { id } }`, { note: 'a\u0000b' }));
    const error = refusal(res.body, 'BAD_USER_INPUT');
    expect(error.extensions!.limit).toBe('characters');
    await expectHealthy(t);
  });

  it('is bounded in length', async () => {
    const res = await changesNothing(t, () => t.post(`mutation($note: String) { createAgency(code: "too-long", kind: ministry, name: { en: "x" }, note: $note) { id } }`, { note: 'n'.repeat(5001) }));
    refusal(res.body, 'BAD_USER_INPUT');
    const name = await changesNothing(t, () => t.post(`mutation($n: String!) { createUser(email: "long@test.qyzmet", displayName: $n, role: analyst, password: "0123456789abc") { id } }`, { n: 'n'.repeat(201) }));
    refusal(name.body, 'BAD_USER_INPUT');
  });
});
