/**
 * PostgreSQL SIGKILLed mid-load and started again: requests in flight and during the outage fail fast
 * with SERVICE_UNAVAILABLE (HTTP 503), the API process stays up (/healthz green, /readyz red), then
 * /readyz turns green and service resumes without restarting the API. Afterwards every acknowledged
 * write is there, each with exactly one audit row, and the indicator counters equal a recomputation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyStatus, sleep, waitFor, type ApiProcess, type FaultPostgres } from './harness.js';
import { emptyAcknowledged, expectOraclesHold, mixedLoad, startFaultWorld, type World } from './world.js';

let fp: FaultPostgres;
let api: ApiProcess;
let world: World;

beforeAll(async () => {
  ({ fp, api, world } = await startFaultWorld({ DB_POOL_WAIT_MS: '2000', DB_STATEMENT_TIMEOUT_MS: '5000' }));
});
afterAll(async () => {
  api?.child.kill('SIGKILL');
  await fp?.stop();
});

describe('PostgreSQL killed mid-load', () => {
  it('fails fast with a coded error, keeps the API up, recovers by itself, loses nothing acknowledged', async () => {
    const ack = emptyAcknowledged();
    const load = mixedLoad(world, ack);
    await sleep(2500);
    const killedAt = Date.now();
    await fp.kill();

    // Down: the process lives, readiness is red, requests are refused with a code, quickly.
    await waitFor('/readyz to turn red', async () => (await readyStatus(api.url)) === 503, 10_000);
    await sleep(2000);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const restartedAt = Date.now();
    await fp.restart();
    await waitFor('/readyz to turn green', async () => (await readyStatus(api.url)) === 200, 30_000);
    const greenAt = Date.now();
    await sleep(2500);
    const answers = await load.stop();

    const failures = answers.filter((a) => a.status !== 200 || a.body?.errors);
    const outage = answers.filter((a) => a.at >= killedAt - 1000 && a.at < restartedAt);
    const after = answers.filter((a) => a.at > greenAt);
    console.log(`postgres-crash: ${answers.length} requests, ${failures.length} refused during the outage, green ${greenAt - restartedAt} ms after the restart began, ${ack.applications.size} applications acknowledged`);

    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(f.status, JSON.stringify(f)).toBe(503);
      expect(f.body?.errors?.[0]?.extensions?.code, JSON.stringify(f.body)).toBe('SERVICE_UNAVAILABLE');
      expect(f.body?.errors?.[0]?.extensions?.reason).toMatch(/^(DATABASE_UNAVAILABLE|BUSY)$/);
      // No hang: bounded by the pool's wait (2 s) and the statement timeout (5 s).
      expect(f.ms).toBeLessThan(7000);
    }
    expect(Math.max(...outage.map((a) => a.ms))).toBeLessThan(7000);
    // Service resumed without restarting the API: every kind of request succeeds again.
    expect(after.length).toBeGreaterThan(10);
    const failedAfter = after.filter((a) => a.status !== 200 || a.body?.errors);
    expect(failedAfter, api.output().slice(-3000)).toEqual([]);
    expect(api.child.exitCode).toBeNull();
    expect(api.output()).not.toMatch(/uncaught|unhandled/i);

    await expectOraclesHold(fp, ack);
  });
});
