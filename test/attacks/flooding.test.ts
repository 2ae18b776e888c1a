/**
 * Attack battery, part 4: volume. 1,000 sign-in attempts, password spraying, and request floods per
 * address and per API key, against the default limits (the server trusts the loopback proxy here,
 * so X-Forwarded-For stands for distinct clients). Refusals are RATE_LIMITED with HTTP 429 and
 * Retry-After; nothing changes; other clients and the server are unaffected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server.js';
import { changesNothing, expectHealthy, refusal } from '../support/attack.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    withCorpus: true,
    env: {
      TRUST_PROXY: 'loopback',
      // The defaults of access.config.ts, spelled out (the test server otherwise raises them).
      RATE_LIMIT_IP_PER_MINUTE: '600', RATE_LIMIT_IP_BURST: '200', RATE_LIMIT_KEY_PER_MINUTE: '300', RATE_LIMIT_KEY_BURST: '100',
      LOGIN_ATTEMPTS_PER_ACCOUNT: '5', LOGIN_ATTEMPTS_PER_IP: '30',
    },
  });
});

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;

async function inParallel<T>(count: number, width: number, send: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < count) { const i = next++; results[i] = await send(i); }
  }));
  return results;
}

describe('sign-in throttling', () => {
  it('1,000 login attempts: five are checked, the rest refused at once', async () => {
    const from = { 'x-forwarded-for': '203.0.113.7' };
    const started = Date.now();
    const results = await changesNothing(t, () => inParallel(1000, 50, (i) => t.post(LOGIN, { e: TEST_ADMIN.email, p: `guess-${i}` }, { anonymous: true, ...from })));
    const codes = results.map((r) => r.body.errors![0].extensions!.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(995);
    expect(results.some((r) => r.body.data?.login)).toBe(false);
    for (const r of results.filter((x) => x.body.errors![0].extensions!.code === 'RATE_LIMITED')) {
      expect(r.status).toBe(429);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      refusal(r.body, 'RATE_LIMITED');
    }
    expect(Date.now() - started).toBeLessThan(30_000);

    // Even the right password waits out the lock from that address…
    const locked = await t.post(LOGIN, { e: TEST_ADMIN.email, p: TEST_ADMIN.password }, { anonymous: true, 'x-forwarded-for': '203.0.113.7' });
    refusal(locked.body, 'RATE_LIMITED');
    // …while the real administrator, elsewhere, signs in normally.
    const elsewhere = await t.post(LOGIN, { e: TEST_ADMIN.email, p: TEST_ADMIN.password }, { anonymous: true, 'x-forwarded-for': '198.51.100.20' });
    expect(elsewhere.body.errors).toBeUndefined();
    await expectHealthy(t);
  });

  it('password spraying across accounts from one address', async () => {
    const from = { 'x-forwarded-for': '203.0.113.8' };
    const results = await changesNothing(t, () => inParallel(60, 10, (i) => t.post(LOGIN, { e: `user${i}@test.qyzmet`, p: 'Spring2026!' }, { anonymous: true, ...from })));
    const codes = results.map((r) => r.body.errors![0].extensions!.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBe(30);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBe(30);
  });
});

describe('request rate limits', () => {
  it('per address: a flood gets 429 with Retry-After; other addresses are served', async () => {
    const started = Date.now();
    const flood = await inParallel(300, 30, () => t.post(`{ _serviceStandardsMeta { count } }`, {}, { anonymous: true, 'x-forwarded-for': '203.0.113.9' }));
    const seconds = (Date.now() - started) / 1000;
    const limited = flood.filter((r) => r.status === 429);
    // A burst of 200, then 10 per second.
    expect(flood.filter((r) => r.status === 200).length).toBeLessThanOrEqual(200 + Math.ceil(seconds * 10) + 1);
    expect(limited.length).toBeGreaterThanOrEqual(300 - 200 - Math.ceil(seconds * 10) - 1);
    refusal(limited[0].body, 'RATE_LIMITED');
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await t.post(`{ _serviceStandardsMeta { count } }`, {}, { anonymous: true, 'x-forwarded-for': '203.0.113.10' });
    expect(other.status).toBe(200);
    await expectHealthy(t);
  });

  it('per address on the public open-data routes too', async () => {
    const flood = await inParallel(260, 30, () => fetch(`${t.url}/open-data/`, { headers: { 'x-forwarded-for': '203.0.113.11' } }));
    const limited = flood.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited[0].json()).toMatchObject({ error: 'RATE_LIMITED', requestId: expect.any(String) });
    expect((await fetch(`${t.url}/open-data/`, { headers: { 'x-forwarded-for': '203.0.113.12' } })).status).toBe(200);
  });

  it('per API key: a flood gets 429; another key is served', async () => {
    const key = await t.createApiKey('flooder', ['standards:read']);
    const calm = await t.createApiKey('calm', ['standards:read']);
    // From many addresses, so only the key's own limit applies.
    const started = Date.now();
    const flood = await inParallel(200, 30, (i) => t.post(`{ _serviceStandardsMeta { count } }`, {}, { ...key.headers, 'x-forwarded-for': `192.0.2.${i % 250}` }));
    const seconds = (Date.now() - started) / 1000;
    const limited = flood.filter((r) => r.status === 429);
    // A burst of 100, then 5 per second.
    expect(limited.length).toBeGreaterThanOrEqual(200 - 100 - Math.ceil(seconds * 5) - 1);
    expect(limited.length).toBeGreaterThan(0);
    const error = refusal(limited[0].body, 'RATE_LIMITED');
    expect(error.message).toMatch(/API key/);
    expect((await t.post(`{ _serviceStandardsMeta { count } }`, {}, calm.headers)).status).toBe(200);
    await expectHealthy(t);
  });
});
