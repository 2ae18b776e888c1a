/**
 * Bounded waits: slow queries that hold every pooled connection make other requests fail fast with
 * SERVICE_UNAVAILABLE / BUSY (not queue for ever); the statement timeout stops the slow ones and the
 * pool serves again; the request deadline answers TIMEOUT even without a statement timeout. A
 * read-only database refuses writes with READ_ONLY while reads keep working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { gql, login, sleep, startApi, startFaultPostgres, waitFor, type ApiProcess, type FaultPostgres } from './harness.js';
import { applicationInput, setUpWorld, SUBMIT, type World } from './world.js';

let fp: FaultPostgres;
let api: ApiProcess;
let world: World;
const apis: ApiProcess[] = [];

beforeAll(async () => {
  fp = await startFaultPostgres();
  api = await startApi(fp.url(), { DB_POOL_MAX: '3', DB_POOL_WAIT_MS: '500', DB_STATEMENT_TIMEOUT_MS: '3000', REQUEST_DEADLINE_MS: '5000' });
  apis.push(api);
  world = await setUpWorld(api.url, await login(api.url));
});
afterAll(async () => {
  for (const a of apis) a.child.kill('SIGKILL');
  await fp?.stop();
});

const ACCEPT = `mutation($id: ID!) { acceptApplication(id: $id) { id status version } }`;
const READ = `{ serviceStandards(perPage: 3, filter: { code: "rel-permit" }) { code status } }`;

/** Holds a row lock on the application from outside the API until release() is called. */
async function lockApplication(id: string) {
  const client = new pg.Client({ connectionString: fp.url() });
  await client.connect();
  await client.query('begin');
  await client.query('select id from application where id = $1 for update', [id]);
  return { release: async () => { await client.query('rollback'); await client.end(); } };
}

async function submitted(): Promise<string> {
  const a = await gql(world.url, SUBMIT, { input: applicationInput(), key: `limits-${Date.now()}-${Math.random()}` }, world.partner);
  return a.body!.data!.submitApplication.id;
}

describe('pool exhaustion and timeouts', () => {
  it('slow queries holding every connection: others get a fast BUSY; the statement timeout frees the pool', async () => {
    const id = await submitted();
    const lock = await lockApplication(id);
    try {
      // Three acceptances block on the lock, each holding one of the three pooled connections.
      const slow = Array.from({ length: 3 }, () => gql(api.url, ACCEPT, { id }, world.admin));
      await sleep(500);
      const started = Date.now();
      const others = await Promise.all(Array.from({ length: 5 }, () => gql(api.url, READ)));
      for (const o of others) {
        expect(o.status, JSON.stringify(o.body)).toBe(503);
        expect(o.body?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'BUSY' });
      }
      expect(Date.now() - started).toBeLessThan(2000);
      // The process itself answers at once.
      const health = Date.now();
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      expect(Date.now() - health).toBeLessThan(1000);
      // The statement timeout (3 s per statement) stops the blocked statements, the request deadline
      // (5 s) bounds a request whose statements wait one after the other: coded, bounded.
      const stopped = await Promise.all(slow);
      for (const s of stopped) {
        expect(s.body?.errors?.[0]?.extensions, JSON.stringify(s.body)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT' });
        expect(s.ms).toBeLessThan(6000);
      }
      // The pool serves again although the lock is still held.
      const again = await gql(api.url, READ);
      expect(again.body?.errors).toBeUndefined();
    } finally {
      await lock.release();
    }
    // A stopped acceptance happened whole or not at all. (One answered by the request deadline may
    // still commit once the lock is gone, like a request whose answer was lost: the client retries
    // with the version it read and gets CONFLICT or a no-op.)
    await sleep(300);
    const [state] = await fp.sql(`select a.status, (select count(*)::int from application_event e where e.application_id = a.id) as events,
      (select count(*)::int from receipt r where r.application_id = a.id) as receipts from application a where a.id = $1`, [id]);
    expect([{ status: 'submitted', events: 1, receipts: 0 }, { status: 'accepted', events: 2, receipts: 1 }]).toContainEqual(state);
    // Service resumed: a fresh acceptance goes through.
    const accepted = await gql(api.url, ACCEPT, { id: await submitted() }, world.admin);
    expect(accepted.body?.data?.acceptApplication.status, JSON.stringify(accepted.body)).toBe('accepted');
  });

  it('the request deadline answers TIMEOUT even when no statement timeout applies', async () => {
    const slowApi = await startApi(fp.url(), { DB_STATEMENT_TIMEOUT_MS: '0', REQUEST_DEADLINE_MS: '1500' });
    apis.push(slowApi);
    const admin = await login(slowApi.url);
    const id = await submitted();
    const lock = await lockApplication(id);
    try {
      const answer = await gql(slowApi.url, ACCEPT, { id }, admin);
      expect(answer.status).toBe(503);
      expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT' });
      expect(answer.ms).toBeGreaterThanOrEqual(1400);
      expect(answer.ms).toBeLessThan(3000);
    } finally {
      await lock.release();
    }
    // The late work finishes in the background without disturbing the process (its answer is dropped).
    await waitFor('the late acceptance to commit', async () => (await fp.sql('select status from application where id = $1', [id]))[0].status === 'accepted', 10_000);
    expect((await gql(slowApi.url, READ)).body?.errors).toBeUndefined();
    expect(slowApi.output()).not.toMatch(/headers already sent|ERR_HTTP_HEADERS_SENT|uncaught/i);
  });
});

describe('read-only database', () => {
  /** Changes the database default and drops the API's connections, so the pool reconnects with it. */
  async function setReadOnly(on: boolean) {
    await fp.sql(`alter database qyzmet ${on ? 'set default_transaction_read_only = on' : 'reset default_transaction_read_only'}`, [], 'postgres');
    await fp.sql(`select pg_terminate_backend(pid) from pg_stat_activity where datname = 'qyzmet' and pid <> pg_backend_pid()`, [], 'postgres');
  }

  it('refuses writes with READ_ONLY, keeps reads working, and writes again once writable', async () => {
    // A due last-use stamp: a signed-in caller must still read (the stamp is skipped, not required).
    await fp.sql(`update app_session set last_seen_at = now() - interval '5 minutes'`);
    await setReadOnly(true);
    try {
      let refused: Awaited<ReturnType<typeof gql>> | undefined;
      await waitFor('writes to be refused as read-only', async () => {
        refused = await gql(api.url, SUBMIT, { input: applicationInput(), key: `ro-${Date.now()}` }, world.partner);
        return refused.body?.errors?.[0]?.extensions?.reason === 'READ_ONLY';
      }, 15_000, 200);
      expect(refused!.status).toBe(503);
      expect(refused!.body!.errors![0]).toMatchObject({ message: expect.stringMatching(/read-only.*reads keep working/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
      const agency = await gql(api.url, `mutation { createAgency(code: "ro-agency", kind: ministry, name: { en: "Read-only" }) { id } }`, {}, world.admin);
      expect(agency.body?.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'READ_ONLY' });
      // Reads: public GraphQL, the signed-in console's lists, open data.
      expect((await gql(api.url, READ)).body?.errors).toBeUndefined();
      expect((await gql(api.url, `{ agencies(perPage: 2) { id } }`, {}, world.admin)).body?.errors).toBeUndefined();
      expect((await fetch(`${api.url}/open-data/standards.csv`)).status).toBe(200);
      expect(await fp.sql(`select count(*)::int as n from agency where code = 'ro-agency'`)).toEqual([{ n: 0 }]);
    } finally {
      await setReadOnly(false);
    }
    await waitFor('writes to work again', async () => !(await gql(api.url, SUBMIT, { input: applicationInput(), key: `rw-${Date.now()}` }, world.partner)).body?.errors, 15_000, 200);
  });
});
