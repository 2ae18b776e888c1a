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

describe('list grammar', () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer({ withCorpus: true }); });

  it('sorts by a localized name and by id', async () => {
    const byName = await t.gql(`{ agencies(perPage: 5, sortField: "name.en", sortOrder: DESC, filter: { kind: ministry }) { name { en } } }`);
    expect(byName.errors).toBeUndefined();
    const names = byName.data!.agencies.map((a: any) => a.name.en);
    expect(names).toEqual([...names].sort().reverse());
    const byId = await t.gql(`{ agencies(perPage: 3, sortField: "id") { id } }`);
    const ids = byId.data!.agencies.map((a: any) => a.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('refuses an unknown sort field, naming the allowed ones', async () => {
    const res = await t.gql(`{ agencies(sortField: "password") { id } }`);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/sortField: cannot sort by "password"; allowed: code/);
  });
});
