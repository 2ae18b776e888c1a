/**
 * How GraphQL answers go over HTTP (server/src/common/apollo-express.ts): POST answers carry their
 * exact byte length and no ETag (never cached); GET answers carry an ETag and come back as 304
 * when unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let t: TestServer;

beforeAll(async () => { t = await startTestServer({ withCorpus: true }); }, 120_000);

describe('GraphQL answers over HTTP', () => {
  it('POST: Kazakh text whole, Content-Length in bytes, no ETag', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...t.adminHeaders },
      body: JSON.stringify({ query: '{ agencies(perPage: 3, sortField: "code") { code name { kk } } }' }),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(res.headers.get('etag')).toBeNull();
    const agencies = JSON.parse(text).data.agencies;
    expect(agencies).toHaveLength(3);
    expect(agencies.some((a: { name: { kk: string } }) => /[әғқңөұүһі]/i.test(a.name.kk))).toBe(true);
  });

  it('GET: an ETag, and 304 for a repeated query', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ agencies(perPage: 2, sortField: "code") { code } }')}`;
    const headers = { 'apollo-require-preflight': 'true', ...t.adminHeaders };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { data: { agencies: unknown[] } }).data.agencies).toHaveLength(2);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // fetch adds "Cache-Control: no-cache" to a conditional request unless told otherwise (a browser revalidating sends max-age=0).
    expect((await fetch(url, { headers: { ...headers, 'if-none-match': etag!, 'cache-control': 'max-age=0' } })).status).toBe(304);
  });

  it('a POST without a JSON body is refused with 400 and a message', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'query' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/body|content-type/i);
  });
});
