/**
 * Attack battery, part 2: requests shaped to make the server work without bound. Each is refused
 * before execution (HTTP 400, or 413 for the body) with a code, the request id and, for GraphQL
 * limits, `extensions.limit`; no table changes; the server stays healthy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { changesNothing, expectHealthy, refusal } from '../support/attack.js';
import { MAX_ALIASES, MAX_DEPTH, MAX_STRING_LENGTH, MAX_TOKENS } from '../../server/src/modules/access/limits.js';

let t: TestServer;
beforeAll(async () => { t = await startTestServer({ withCorpus: true }); });

const nest = (levels: number, inner = 'code') => 'children { '.repeat(levels) + inner + ' }'.repeat(levels);

async function refusedByLimit(query: string, variables: Record<string, unknown>, limit: string) {
  for (const as of [{ anonymous: true } as const, undefined]) {
    const res = await changesNothing(t, () => t.post(query, variables, as));
    expect(res.status).toBe(400);
    const error = refusal(res.body, 'BAD_USER_INPUT');
    expect(error.extensions!.limit).toBe(limit);
    expect(res.body.data ?? undefined).toBeUndefined();
  }
}

describe('GraphQL request limits', () => {
  it('a depth bomb', async () => {
    await refusedByLimit(`{ agencies(perPage: 1) { ${nest(30)} } }`, {}, 'depth');
    // Through fragments too.
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Agency { children { ${i === 11 ? 'code' : `...F${i + 1}`} } }`).join('\n');
    await refusedByLimit(`{ agencies(perPage: 1) { ...F0 } }\n${fragments}`, {}, 'depth');
    // Just inside the limit is fine.
    const parents = 'parent { '.repeat(MAX_DEPTH - 3) + 'code' + ' }'.repeat(MAX_DEPTH - 3);
    const ok = await t.gql(`{ serviceStandards(perPage: 1) { provider { ${parents} } } }`);
    expect(ok.errors).toBeUndefined();
    await expectHealthy(t);
  });

  it('an alias bomb', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: _serviceStandardsMeta { count }`).join(' ');
    await refusedByLimit(`{ ${aliases} }`, {}, 'aliases');
    const nestedAliases = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `c${i}: code`).join(' ');
    await refusedByLimit(`{ serviceStandards(perPage: 1) { ${nestedAliases} } }`, {}, 'aliases');
    // The console's list query uses two aliases (items, total); ten are allowed at least.
    const ten = Array.from({ length: 10 }, (_, i) => `a${i}: _serviceStandardsMeta { count }`).join(' ');
    expect((await t.gql(`{ ${ten} }`)).errors).toBeUndefined();
    await expectHealthy(t);
  });

  it('a cost bomb through nested lists', async () => {
    // Within the depth limit, but 500 agencies × children⁴ would be millions of objects.
    await refusedByLimit(`{ agencies(perPage: 500) { ${nest(4)} } }`, {}, 'cost');
    // The page size from a variable counts as well.
    // The cost of a document is remembered per page size: the same text, cheap first, is still refused when large.
    const sized = `query($n: Int) { agencies(perPage: $n) { children { children { children { code } } } } }`;
    expect((await t.gql(sized, { n: 1 })).errors).toBeUndefined();
    await refusedByLimit(sized, { n: 500 }, 'cost');
    expect((await t.gql(sized, { n: 1 })).errors).toBeUndefined();
    // Anonymous callers can reach lists through standards: the same limit applies.
    await refusedByLimit(`{ serviceStandards(perPage: 500) { provider { children { children { children { code } } } } } }`, {}, 'cost');
    await expectHealthy(t);
  });

  it('a document with too many tokens', async () => {
    const fields = Array.from({ length: MAX_TOKENS }, () => 'count').join(' ');
    await refusedByLimit(`{ _serviceStandardsMeta { ${fields} } }`, {}, 'tokens');
  });

  it('an over-long string', async () => {
    // The same document with a short string first: its own literals are remembered, the variables checked every time.
    expect((await t.gql(`query($q: String) { serviceStandards(filter: { q: $q }) { id } }`, { q: 'x' })).errors).toBeUndefined();
    await refusedByLimit(`query($q: String) { serviceStandards(filter: { q: $q }) { id } }`, { q: 'x'.repeat(MAX_STRING_LENGTH + 1) }, 'stringLength');
    await refusedByLimit(`{ serviceStandards(filter: { q: "${'y'.repeat(MAX_STRING_LENGTH + 1)}" }) { id } }`, {}, 'stringLength');
  });
});

describe('HTTP request limits', () => {
  it('a batched request array', async () => {
    const res = await changesNothing(t, () => fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...t.adminHeaders },
      body: JSON.stringify([{ query: '{ _serviceStandardsMeta { count } }' }, { query: 'mutation { logout }' }]),
    }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    refusal(body, 'BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/Batched requests are not accepted/);
    await expectHealthy(t);
  });

  it('a 10 MB body', async () => {
    const big = JSON.stringify({ query: 'mutation($n: String) { createAgency(code: "big", kind: ministry, name: { en: "x" }, note: $n) { id } }', variables: { n: 'z'.repeat(10 * 1024 * 1024) } });
    const res = await changesNothing(t, () => fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...t.adminHeaders }, body: big }));
    expect(res.status).toBe(413);
    const body = (await res.json()) as any;
    refusal(body, 'BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/too large/);
    await expectHealthy(t);
  });

  it('a simple cross-site form post (CSRF)', async () => {
    const res = await changesNothing(t, () => fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'text/plain', ...t.adminHeaders },
      body: JSON.stringify({ query: 'mutation { createAgency(code: "csrf", kind: ministry, name: { en: "x" }) { id } }' }),
    }));
    expect(res.status).toBe(400);
    const get = await changesNothing(t, () => fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: t.adminHeaders }));
    expect(get.status).toBe(400);
    await expectHealthy(t);
  });
});

describe('in production mode', () => {
  let prod: TestServer;
  beforeAll(async () => { prod = await startTestServer({ withCorpus: true, env: { NODE_ENV: 'production' } }); });

  it('introspection is off, for everyone', async () => {
    for (const as of [{ anonymous: true } as const, undefined]) {
      const res = await changesNothing(prod, () => prod.post(`{ __schema { types { name fields { name } } } }`, {}, as));
      expect(res.status).toBe(400);
      const error = refusal(res.body, 'GRAPHQL_VALIDATION_FAILED');
      expect(error.message).toMatch(/introspection is not allowed/);
      const type = await prod.post(`{ __type(name: "User") { fields { name } } }`, {}, as);
      refusal(type.body, 'GRAPHQL_VALIDATION_FAILED');
    }
    await expectHealthy(prod);
  });

  it('field suggestions are off', async () => {
    const res = await prod.post(`{ serviceStandardz { id } me { kin } }`, {}, { anonymous: true });
    const messages = res.body.errors!.map((e) => e.message).join(' ');
    expect(messages).toMatch(/Cannot query field "serviceStandardz"/);
    expect(messages).not.toMatch(/Did you mean/);
    // Outside production they help developers.
    const dev = await t.post(`{ serviceStandardz { id } }`, {}, { anonymous: true });
    expect(dev.body.errors![0].message).toMatch(/Did you mean/);
  });

  it('the session cookie is Secure', async () => {
    const res = await fetch(`${prod.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: 'admin@test.qyzmet', p: 'test-admin-password' } }),
    });
    expect(res.headers.getSetCookie().find((c) => c.startsWith('qz_session='))).toMatch(/; Secure/);
  });
});
