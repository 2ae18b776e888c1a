/**
 * No lost update: two writers of one standard draft, or of one application, quoting the same version
 * at the same moment — one wins, the other gets CONFLICT with the current version. Graceful shutdown
 * under load: SIGTERM lets in-flight requests finish, refuses new connections, and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { gql, ok, sleep, type Answer, type ApiProcess, type FaultPostgres } from './harness.js';
import { applicationInput, startFaultWorld, STANDARD_CODE, SUBMIT, type World } from './world.js';

let fp: FaultPostgres;
let api: ApiProcess;
let world: World;

beforeAll(async () => {
  ({ fp, api, world } = await startFaultWorld());
});
afterAll(async () => {
  api?.child.kill('SIGKILL');
  await fp?.stop();
});

/** Sends both at once; returns [winner, loser] (throws unless exactly one succeeded). */
async function race(first: () => Promise<Answer<any>>, second: () => Promise<Answer<any>>) {
  const answers = await Promise.all([first(), second()]);
  const won = answers.filter((a) => !a.body?.errors);
  expect(won, JSON.stringify(answers.map((a) => a.body))).toHaveLength(1);
  return [won[0], answers.find((a) => a !== won[0])!] as const;
}

describe('concurrent edits', () => {
  it('of one standard draft: the second writer gets CONFLICT with the current version', async () => {
    const draft = ok(await gql(api.url, `mutation { createStandardDraft(code: "${STANDARD_CODE}") { id version } }`, {}, world.admin)).createStandardDraft;
    let version = draft.version;
    const UPDATE = `mutation($id: ID!, $v: Int!, $en: String!) { updateServiceStandard(id: $id, version: $v, name: { kk: "Сынақ рұқсаты", en: $en }) { id version name { en } } }`;
    for (let round = 0; round < 5; round++) {
      const [winner, loser] = await race(
        () => gql(api.url, UPDATE, { id: draft.id, v: version, en: `Writer A ${round}` }, world.admin),
        () => gql(api.url, UPDATE, { id: draft.id, v: version, en: `Writer B ${round}` }, world.admin));
      const current = winner.body!.data!.updateServiceStandard;
      expect(loser.body!.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: current.version });
      const [stored] = await fp.sql('select version, name from service_standard where id = $1', [draft.id]);
      expect(stored.version).toBe(current.version);
      expect(stored.name.en).toBe(current.name.en);
      version = current.version;
    }
  });

  it('of one application: the second writer gets CONFLICT with the current version', async () => {
    for (let round = 0; round < 5; round++) {
      const app = ok(await gql(api.url, SUBMIT, { input: applicationInput(), key: `edit-${round}-${Date.now()}` }, world.partner)).submitApplication;
      const [winner, loser] = await race(
        () => gql(api.url, `mutation($id: ID!, $v: Int) { acceptApplication(id: $id, version: $v) { id status version } }`, { id: app.id, v: app.version }, world.admin),
        () => gql(api.url, `mutation($id: ID!, $v: Int) { acceptApplication(id: $id, version: $v, operator: "second operator") { id status version } }`, { id: app.id, v: app.version }, world.admin));
      const current = Object.values(winner.body!.data!)[0] as { status: string; version: number };
      expect(loser.body!.errors![0].extensions, api.output().slice(-3000)).toMatchObject({ code: 'CONFLICT', currentVersion: current.version });
      const [stored] = await fp.sql('select status, version from application where id = $1', [app.id]);
      expect(stored).toEqual({ status: current.status, version: current.version });
      // Exactly one transition recorded besides the submission.
      expect(await fp.sql('select count(*)::int as n from application_event where application_id = $1', [app.id])).toEqual([{ n: 2 }]);
    }
  });
});

describe('graceful shutdown under load', () => {
  it('finishes in-flight requests, refuses new ones, exits 0', async () => {
    const ids = await Promise.all(Array.from({ length: 3 }, async (_, i) =>
      ok(await gql(api.url, SUBMIT, { input: applicationInput(), key: `drain-${i}-${Date.now()}` }, world.partner)).submitApplication.id as string));
    // Hold the rows so the acceptances are still running when SIGTERM arrives.
    const lock = new pg.Client({ connectionString: fp.url() });
    await lock.connect();
    await lock.query('begin');
    await lock.query('select id from application where id = any($1) for update', [ids]);
    const inFlight = ids.map((id) => gql(api.url, `mutation($id: ID!) { acceptApplication(id: $id) { id status } }`, { id }, world.admin));
    const reads = Array.from({ length: 5 }, () => gql(api.url, `{ serviceStandards(perPage: 50) { code subServices { code } } }`));
    await sleep(300);
    api.child.kill('SIGTERM');
    await sleep(300);
    const refused = await gql(api.url, `{ serviceStandards(perPage: 1) { code } }`, {}, {}, 3000);
    expect(refused.status).toBe(0);
    await lock.query('rollback');
    await lock.end();
    const finished = await Promise.all([...inFlight, ...reads]);
    for (const f of finished) expect(f.status, JSON.stringify(f)).toBe(200);
    for (const f of finished) expect(f.body?.errors).toBeUndefined();
    expect(await fp.sql(`select count(*)::int as n from application where id = any($1) and status = 'accepted'`, [ids])).toEqual([{ n: 3 }]);
    const exit = await api.exited;
    expect(exit).toEqual({ code: 0, signal: null });
  });
});
