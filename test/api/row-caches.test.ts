/**
 * The row-change feed and the caches it keeps honest (server/src/database/change-feed.ts): sessions and
 * API keys, the agency tree and the standard version in force are served from memory, and every
 * change to their rows — through the API or behind the server's back with plain SQL — is seen by
 * the next request. When the feed's connection is lost, the server reads the database until it is
 * back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../support/test-server.js';

let t: TestServer;
const ME = '{ me { kind actor roles } }';

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true, demo: { applications: 300, seed: 5 } });
}, 120_000);

/** Waits until the feed listens (again). */
async function feedLive(): Promise<void> {
  for (const until = Date.now() + 10_000; !t.server.rowChanges.live; await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > until) throw new Error('the row-change feed did not come back within 10 s');
  }
}

describe('sessions and API keys', () => {
  it('resolves a known session without a statement, and forgets it when its row or its user changes', async () => {
    const email = `feed-${Date.now()}@test.qyzmet`;
    await t.createUser({ email, role: 'analyst', password: TEST_PASSWORD });
    const session = await t.login(email, TEST_PASSWORD);
    expect((await t.gql(ME, {}, session)).data!.me.actor).toBe(email);
    expect(await t.countIdentityQueries(() => t.gql(ME, {}, session))).toBe(0);

    // The user deactivated behind the server's back: the cached session goes with it.
    await t.sql('update app_user set active = false where email = $1', [email]);
    expect((await t.gql(ME, {}, session)).data!.me).toBeNull();

    await t.sql('update app_user set active = true where email = $1', [email]);
    const again = await t.login(email, TEST_PASSWORD);
    expect((await t.gql(ME, {}, again)).data!.me.actor).toBe(email);
    // The row deleted with SQL (an operator ending every session): anonymous at once.
    await t.sql('delete from app_session where user_id = (select id from app_user where email = $1)', [email]);
    expect((await t.gql(ME, {}, again)).data!.me).toBeNull();
  });

  it('sees a sign-out through the API at the very next request', async () => {
    const session = await t.loginAs('analyst');
    expect((await t.gql(ME, {}, session)).data!.me.kind).toBe('user');
    expect((await t.gql('mutation { logout }', {}, session)).data!.logout).toBe(true);
    expect((await t.gql(ME, {}, session)).data!.me).toBeNull();
  });

  it('refuses an API key revoked with SQL at the next request, after serving it from memory', async () => {
    const key = await t.createApiKey('feed-partner', ['standards:read']);
    expect((await t.gql(ME, {}, key.headers)).data!.me.kind).toBe('apiKey');
    // The first use stamped last_used_at (a change: the key is read once more), then it is in memory.
    expect((await t.gql(ME, {}, key.headers)).data!.me.kind).toBe('apiKey');
    expect(await t.countIdentityQueries(() => t.gql(ME, {}, key.headers))).toBe(0);
    await t.sql('update api_key set revoked_at = now() where id = $1', [key.id]);
    const refused = await t.post(ME, {}, key.headers);
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0].message).toMatch(/revoked/);
  });
});

describe('the agency tree', () => {
  it('follows a re-parenting made with SQL: the agency filter covers the new subtree at the next request', async () => {
    const count = async (agencyId: string) => (await t.gql(`query($a: ID!) { _applicationsMeta(filter: { agencyId: $a }) { count } }`, { a: agencyId })).data!._applicationsMeta.count as number;
    const [busy, other] = await t.sql<{ agency_id: string; n: number }>(`select agency_id, count(*)::int as n from application a
      where not exists (select 1 from agency c where c.parent_id = a.agency_id) group by agency_id order by count(*) desc limit 2`);
    const before = await count(other.agency_id);
    expect(await count(busy.agency_id)).toBe(busy.n);
    expect(await t.countQueries(() => count(busy.agency_id))).toBe(1);
    const [{ parent_id: formerParent }] = await t.sql('select parent_id from agency where id = $1', [busy.agency_id]);
    await t.sql('update agency set parent_id = $1 where id = $2', [other.agency_id, busy.agency_id]);
    try {
      expect(await count(other.agency_id)).toBe(before + busy.n);
    } finally {
      await t.sql('update agency set parent_id = $1 where id = $2', [formerParent, busy.agency_id]);
    }
    expect(await count(other.agency_id)).toBe(before);
  });
});

describe('the standard version in force', () => {
  const IN_FORCE = `query($code: String!, $on: LocalDate!) { serviceStandardInForce(code: $code, on: $on) { id versionNumber validTo } }`;

  it('is read once, then follows a change of validity made with SQL', async () => {
    const vars = { code: 'lic-weapons-military-equipment', on: '2013-05-01' };
    const standard = (await t.gql(IN_FORCE, vars)).data!.serviceStandardInForce;
    const [{ valid_to: validTo }] = await t.sql('select valid_to from service_standard where id = $1', [standard.id]);
    expect((await t.gql(IN_FORCE, vars)).data!.serviceStandardInForce.id).toBe(standard.id);
    expect(await t.countQueries(() => t.gql(`query($code: String!, $on: LocalDate!) { serviceStandardInForce(code: $code, on: $on) { id } }`, vars))).toBe(0);
    await t.sql('update service_standard set valid_to = valid_from where id = $1', [standard.id]);
    try {
      expect((await t.gql(IN_FORCE, vars)).data!.serviceStandardInForce).toBeNull();
    } finally {
      await t.sql('update service_standard set valid_to = $2 where id = $1', [standard.id, validTo]);
    }
    expect((await t.gql(IN_FORCE, vars)).data!.serviceStandardInForce.id).toBe(standard.id);
  });
});

describe('when the feed is lost', () => {
  it('reads the database meanwhile (a session deleted then is refused) and serves from memory again once it is back', async () => {
    const email = `feed-lost-${Date.now()}@test.qyzmet`;
    await t.createUser({ email, role: 'analyst', password: TEST_PASSWORD });
    const session = await t.login(email, TEST_PASSWORD);
    expect((await t.gql(ME, {}, session)).data!.me.actor).toBe(email);
    // Kill the listening connection and change a row while nobody listens.
    await t.sql(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'qyzmet-row-changes' and datname = current_database()`);
    for (const until = Date.now() + 5000; t.server.rowChanges.live && Date.now() < until;) await new Promise((r) => setTimeout(r, 20));
    const deleted = await t.sql('delete from app_session where user_id = (select id from app_user where email = $1) returning id', [email]);
    expect(deleted).toHaveLength(1);
    expect((await t.gql(ME, {}, session)).data!.me).toBeNull();

    await feedLive();
    const again = await t.login(email, TEST_PASSWORD);
    expect((await t.gql(ME, {}, again)).data!.me.actor).toBe(email);
    expect(await t.countIdentityQueries(() => t.gql(ME, {}, again))).toBe(0);
  });
});

describe('ROW_CACHES=off', () => {
  let plain: TestServer;
  beforeAll(async () => { plain = await startTestServer({ withCorpus: true, env: { ROW_CACHES: 'off' } }); }, 120_000);

  it('reads who is calling and the version in force from the database on every request', async () => {
    expect(plain.server.rowChanges.live).toBe(false);
    await plain.gql(ME);
    expect(await plain.countIdentityQueries(() => plain.gql(ME))).toBe(1);
    const query = `query($code: String!, $on: LocalDate!) { serviceStandardInForce(code: $code, on: $on) { id } }`;
    const vars = { code: 'lic-weapons-military-equipment', on: '2013-05-01' };
    await plain.gql(query, vars);
    expect(await plain.countQueries(() => plain.gql(query, vars))).toBe(1);
  });
});
