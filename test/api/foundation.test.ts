import { describe, expect, it, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('HTTP foundation', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers unknown routes with 404 JSON', async () => {
    const res = await fetch(`${t.url}/no/such/route`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(((await res.json()) as any).error).toBe('NOT_FOUND');
  });

  it('answers malformed GraphQL with 400 and a message, no stack trace', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ agencies( }' }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].message).toMatch(/Syntax Error/);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('answers a body that is not JSON with 400 JSON', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('puts a request id on every error', async () => {
    const body = await t.gql('{ agency(id: "not-an-id") { id } nope }');
    expect(body.errors?.[0].extensions?.requestId).toBeTruthy();
  });
});
