/**
 * The API SIGKILLed in the middle of partner submissions, then started again: every transaction was
 * all or nothing, and clients retrying with the same idempotency key get exactly one application per
 * key (the same one they may have been told before the crash). Oracle 2 besides: the same key with a
 * different input is a CONFLICT, and an expired key may be used again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, sleep, startApi, type Answer, type ApiProcess, type FaultPostgres } from './harness.js';
import { applicationInput, counterDifferences, startFaultWorld, SUBMIT, type World } from './world.js';

let fp: FaultPostgres;
let api: ApiProcess | undefined;
let world: World;

beforeAll(async () => {
  ({ fp, api, world } = await startFaultWorld());
});
afterAll(async () => {
  api?.child.kill('SIGKILL');
  await fp?.stop();
});

/** A client that retries a submission until it gets an answer that is not a transient failure. */
async function submitUntilAnswered(url: () => string, headers: Record<string, string>, input: object, key: string): Promise<Answer> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const answer = await gql(url(), SUBMIT, { input, key }, headers, 10_000);
    const code = answer.body?.errors?.[0]?.extensions?.code;
    const transient = answer.status === 0 || code === 'SERVICE_UNAVAILABLE' || (code === 'CONFLICT' && /still being processed/.test(answer.body!.errors![0].message));
    if (!transient) return answer;
    await sleep(100);
  }
  throw new Error(`no answer for ${key}`);
}

describe('API killed mid-mutation', () => {
  it('retries with the same idempotency key give exactly one application per key', async () => {
    const keys = Array.from({ length: 60 }, (_, i) => ({ key: `crash-${i}-${Date.now()}`, input: applicationInput(`Crash ${i} LLP`) }));
    const before = new Map<string, Answer>();
    // Eight clients submitting while the process is killed under them.
    let next = 0;
    const firstRound = Promise.all(Array.from({ length: 8 }, async () => {
      while (next < keys.length) {
        const { key, input } = keys[next++];
        before.set(key, await gql(api!.url, SUBMIT, { input, key }, world.partner, 10_000));
      }
    }));
    // Killed once a few are answered, not after a fixed time: a submission takes a few milliseconds
    // now, and all 60 used to be done before a 400 ms sleep ended on a quiet machine.
    while (before.size < 5) await sleep(2);
    api!.child.kill('SIGKILL');
    await firstRound;
    const exit = await api!.exited;
    expect(exit.signal).toBe('SIGKILL');
    const acknowledged = [...before].filter(([, a]) => a.status === 200 && !a.body?.errors);
    const cut = [...before].filter(([, a]) => a.status === 0);
    console.log(`api-crash: ${acknowledged.length} submissions acknowledged before the kill, ${cut.length} cut off, ${keys.length - before.size} not sent`);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(keys.length);

    api = await startApi(fp.url());
    const after = await Promise.all(keys.map(({ key, input }) => submitUntilAnswered(() => api!.url, world.partner, input, key)));
    for (const a of after) expect(a.body?.errors, JSON.stringify(a.body)).toBeUndefined();
    // The same application as acknowledged before the crash, where there was one.
    for (const [key, a] of acknowledged) {
      const i = keys.findIndex((k) => k.key === key);
      expect(after[i].body!.data!.submitApplication.id).toBe(a.body!.data!.submitApplication.id);
    }
    const ids = after.map((a) => a.body!.data!.submitApplication.id);
    expect(new Set(ids).size).toBe(keys.length);

    // Exactly one effect per key: one claimed key, one application, one event each; nothing half-written.
    const rows = await fp.sql(`select k.key, count(a.id)::int as applications, count(e.id)::int as events
      from idempotency_key k left join application a on a.id = k.application_id left join application_event e on e.application_id = a.id
      where k.key = any($1) group by k.key`, [keys.map((k) => k.key)]);
    expect(rows).toHaveLength(keys.length);
    expect(rows.filter((r) => r.applications !== 1 || r.events !== 1)).toEqual([]);
    expect(await fp.sql(`select count(*)::int as n from application where standard_code = 'rel-permit'`)).toEqual([{ n: keys.length }]);
    expect(await fp.sql(`select count(*)::int as n from idempotency_key where application_id is null`)).toEqual([{ n: 0 }]);
    expect(await counterDifferences(fp)).toEqual([]);
  });

  it('the same key with another input is a CONFLICT; an expired key is claimed anew', async () => {
    const key = `expiry-${Date.now()}`;
    const input = applicationInput('First LLP');
    const first = await gql(api!.url, SUBMIT, { input, key }, world.partner);
    const firstId = first.body!.data!.submitApplication.id;
    const other = await gql(api!.url, SUBMIT, { input: { ...input, applicantName: 'Other LLP' }, key }, world.partner);
    expect(other.body?.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey', applicationId: firstId });
    // 24 hours later (IDEMPOTENCY_KEY_TTL_HOURS) the key has expired.
    await fp.sql(`update idempotency_key set expires_at = now() - interval '1 second', created_at = now() - interval '24 hours' where key = $1`, [key]);
    const reused = await gql(api!.url, SUBMIT, { input: { ...input, applicantName: 'Other LLP' }, key }, world.partner);
    expect(reused.body?.errors).toBeUndefined();
    expect(reused.body!.data!.submitApplication.id).not.toBe(firstId);
  });
});
