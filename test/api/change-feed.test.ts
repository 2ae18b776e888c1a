/**
 * The change feed and its webhooks through the real API: publishing and repealing record what
 * changed (by part and clause), partners read it with standardChanges(since) or GET
 * /open-data/changes.json, and registered URLs receive signed POSTs that are retried with backoff.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Fast retries for the test (read by the webhook worker when the server starts).
const savedEnv = { ...process.env };
process.env.WEBHOOK_RETRY_BASE_MS = '150';
process.env.WEBHOOK_POLL_MS = '200';
afterAll(() => { process.env = savedEnv; });

interface Received { headers: IncomingMessage['headers']; raw: Buffer; body: any }

/** A partner endpoint on loopback: records every request; answers with the statuses queued in `plan`, then 200. */
class Partner {
  received: Received[] = [];
  plan: number[] = [];
  private server!: Server;
  url = '';
  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        this.received.push({ headers: req.headers, raw, body: JSON.parse(raw.toString('utf8')) });
        res.statusCode = this.plan.shift() ?? 200;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/qyzmet-hook`;
  }
  stop() { return new Promise<void>((resolve) => this.server.close(() => resolve())); }
  async waitFor(count: number, timeoutMs = 15_000): Promise<Received[]> {
    const until = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} webhook requests, got ${this.received.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.received;
  }
}

let t: TestServer;
let partner: Partner;
let providerId: string;
let actId: string;
let repealActId: string;
let secret: string;
let subscriptionId: string;

const sql = <T = any>(query: string, params: unknown[] = []) => t.sql<T>(query, params);

const CREATE = `mutation($code: String!, $providerId: ID!, $approvedById: ID) {
  createServiceStandard(code: $code, providerId: $providerId, approvedById: $approvedById, approvedClause: "item 1",
    name: { kk: "Сынақ қызметі", en: "Feed test service" }, recipients: [legalEntity],
    result: { description: { kk: "Рұқсат", en: "Permit" }, media: [paper] }, feeKind: free,
    channelDetails: [{ channel: office, agencyId: $providerId }, { channel: elicense }],
    subServices: [{ code: "issuance", kind: issuance, name: { kk: "Беру", en: "Issuance" } }],
    deadlines: [{ kind: processing, value: 15, unit: workingDays, owedBy: provider, clause: "cl. 4" }],
    documents: [{ subService: "issuance", channel: office, ordinal: 1, copyKind: original, title: { kk: "Өтініш", en: "Application" }, clause: "cl. 9 1)" },
                { subService: "issuance", channel: office, ordinal: 2, copyKind: copy, title: { kk: "Жарғы", en: "Charter" }, clause: "cl. 9 2)" }],
    refusalGrounds: [{ ordinal: 1, text: { kk: "Құжаттар толық емес", en: "Incomplete documents" }, clause: "cl. 10" }]
  ) { id } }`;

const FEED = `query($since: DateTime!, $code: String) { standardChanges(since: $since, code: $code) {
  id at event code standardId versionNumber previousVersionNumber effectiveDate standard { versionNumber status }
  changes { part kind key clause fields before after } } }`;

const sign = (body: Buffer) => 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');

let started: string;

beforeAll(async () => {
  partner = new Partner();
  await partner.start();
  t = await startTestServer({ withCorpus: true });
  providerId = await t.agencyId('mint-industry-committee');
  const acts = await sql(`select code, id from legal_act where code in ('res-1130-2012', 'res-155-2014')`);
  actId = acts.find((a) => a.code === 'res-1130-2012').id;
  repealActId = acts.find((a) => a.code === 'res-155-2014').id;
  started = new Date(Date.now() - 1000).toISOString();
});
afterAll(() => partner.stop());

describe('webhook subscriptions', () => {
  it('registers a loopback URL (allowed in tests) and shows the secret once', async () => {
    const res = await t.gql(`mutation($url: String!) { createWebhookSubscription(url: $url, description: "partner A") {
      secret subscription { id url active description ownerApiKeyId } } }`, { url: partner.url });
    expect(res.errors).toBeUndefined();
    const created = res.data!.createWebhookSubscription;
    expect(created.secret).toMatch(/^whsec_[\w-]{40,}$/);
    expect(created.subscription).toMatchObject({ url: partner.url, active: true, description: 'partner A', ownerApiKeyId: null });
    secret = created.secret;
    subscriptionId = created.subscription.id;
    const list = await t.gql(`{ webhookSubscriptions { id url } }`);
    expect(list.data!.webhookSubscriptions).toEqual([{ id: subscriptionId, url: partner.url }]);
    // The type has no secret field at all: it cannot be read back.
    const again = await t.gql(`{ webhookSubscriptions { secret } }`);
    expect(again.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['http://example.com/hook', /must use https/],
    ['ftp://example.com/hook', /must use https/],
    ['not a url', /not an absolute URL/],
    ['https://user:pw@example.com/hook', /user name or password/],
    ['https://10.1.2.3/hook', /private, link-local or reserved/],
    ['https://169.254.169.254/latest/meta-data', /private, link-local or reserved/],
    ['https://192.168.0.10/hook', /private, link-local or reserved/],
    ['https://[fd00::1]/hook', /private, link-local or reserved/],
    ['https://[::ffff:172.16.0.1]/hook', /private, link-local or reserved/],
    ['https://0x0a000001/hook', /private, link-local or reserved/],
  ])('refuses %s', async (url, message) => {
    const res = await t.gql(`mutation($url: String!) { createWebhookSubscription(url: $url) { secret } }`, { url });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(res.errors![0].message).toMatch(message);
  });

  it('is for administrators only', async () => {
    const anonymous = await t.gql(`{ webhookSubscriptions { id } }`, undefined, { anonymous: true });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const analyst = await t.gql(`mutation { createWebhookSubscription(url: "https://93.184.216.34/x") { secret } }`, undefined, await t.loginAs('analyst'));
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
    const deliveries = await t.gql(`{ webhookDeliveries { id } }`, undefined, await t.loginAs('operator', 'mint-industry-committee'));
    expect(deliveries.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('publish → change feed → signed webhook', () => {
  let v1: string;

  it('a first publication is recorded and delivered, signed, after a failed first attempt', async () => {
    partner.plan = [500]; // the first attempt fails; the retry succeeds
    v1 = (await t.gql(CREATE, { code: 'feed-test', providerId, approvedById: actId })).data!.createServiceStandard.id;
    const published = await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2020-01-01") { status } }`, { id: v1 });
    expect(published.errors).toBeUndefined();

    const [failed, delivered] = await partner.waitFor(2);
    for (const r of [failed, delivered]) {
      expect(r.headers['x-qyzmet-signature']).toBe(sign(r.raw));
      expect(r.headers['x-qyzmet-event']).toBe('standard.published');
      expect(r.headers['content-type']).toBe('application/json');
    }
    // A retry sends the very same bytes (same delivery id, same signature).
    expect(delivered.raw.equals(failed.raw)).toBe(true);
    expect(delivered.headers['x-qyzmet-delivery']).toBe(delivered.body.deliveryId);
    expect(delivered.body).toMatchObject({
      event: 'standard.published',
      change: { code: 'feed-test', event: 'published', versionNumber: 1, previousVersionNumber: null, effectiveDate: '2020-01-01',
        changes: [{ part: 'standard', kind: 'added', key: 'feed-test' }] },
    });
    // A body signed with another secret does not verify.
    expect(createHmac('sha256', 'wrong').update(delivered.raw).digest('hex')).not.toBe(delivered.headers['x-qyzmet-signature']);

    await expect.poll(async () => (await t.gql(`query($id: ID) { webhookDeliveries(subscriptionId: $id) { status attempts lastStatusCode lastError deliveredAt event } }`, { id: subscriptionId })).data!.webhookDeliveries,
      { timeout: 10_000 }).toEqual([{ status: 'delivered', attempts: 2, lastStatusCode: 200, lastError: null, deliveredAt: expect.any(String), event: 'standard.published' }]);
  });

  it('a new version lists what changed, by part and clause', async () => {
    const draft = (await t.gql(`mutation { createStandardDraft(code: "feed-test") { id version } }`)).data!.createStandardDraft;
    const edit = await t.gql(`mutation($id: ID!, $v: Int!) { updateServiceStandard(id: $id, version: $v,
      deadlines: [{ kind: processing, value: 10, unit: workingDays, owedBy: provider, clause: "cl. 4" }],
      documents: [{ subService: "issuance", channel: office, ordinal: 1, copyKind: original, title: { kk: "Өтініш", en: "Application" }, clause: "cl. 9 1)" },
                  { subService: "issuance", channel: elicense, ordinal: 1, copyKind: electronicDocument, edsSigned: true, title: { kk: "Өтініш", en: "Application" }, clause: "cl. 9 ¶2" }]) { id } }`,
    { id: draft.id, v: draft.version });
    expect(edit.errors).toBeUndefined();
    await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2022-07-01") { id } }`, { id: draft.id });

    const feed = await t.gql(FEED, { since: started, code: 'feed-test' });
    expect(feed.errors).toBeUndefined();
    const v2 = feed.data!.standardChanges[1];
    expect(v2).toMatchObject({ event: 'published', versionNumber: 2, previousVersionNumber: 1, effectiveDate: '2022-07-01', standard: { versionNumber: 2, status: 'published' } });
    expect(v2.changes).toEqual([
      { part: 'deadlines', kind: 'changed', key: 'processing', clause: 'cl. 4', fields: ['value'], before: { value: 15 }, after: { value: 10 } },
      { part: 'documents', kind: 'added', key: 'issuance/elicense/1', clause: 'cl. 9 ¶2', fields: [], before: null, after: expect.objectContaining({ copyKind: 'electronicDocument', edsSigned: true }) },
      { part: 'documents', kind: 'removed', key: 'issuance/office/2', clause: 'cl. 9 2)', fields: [], before: expect.objectContaining({ title: expect.objectContaining({ kk: 'Жарғы', en: 'Charter' }) }), after: null },
    ]);
    const received = await partner.waitFor(3);
    expect(received[2].body.change.changes).toEqual(v2.changes);
    expect(received[2].headers['x-qyzmet-signature']).toBe(sign(received[2].raw));
  });

  it('a repeal is recorded and announced too', async () => {
    const res = await t.gql(`mutation($act: ID!) { repealStandard(code: "feed-test", actId: $act, date: "2024-01-01") { status } }`, { act: repealActId });
    expect(res.errors).toBeUndefined();
    const feed = (await t.gql(FEED, { since: started, code: 'feed-test' })).data!.standardChanges;
    expect(feed.map((c: any) => [c.event, c.versionNumber])).toEqual([['published', 1], ['published', 2], ['repealed', 2]]);
    expect(feed[2]).toMatchObject({ effectiveDate: '2024-01-01', changes: [{ part: 'status', after: { status: 'repealed', validTo: '2024-01-01', repealedBy: 'res-155-2014' } }] });
    const received = await partner.waitFor(4);
    expect(received[3].body).toMatchObject({ event: 'standard.repealed', change: { id: feed[2].id } });
  });

  it('the feed is public, in order, also as JSON over GET, and a deleted subscription receives nothing more', async () => {
    const anonymous = await t.gql(FEED, { since: started }, { anonymous: true });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.standardChanges).toHaveLength(3);
    const at = anonymous.data!.standardChanges.map((c: any) => c.at);
    expect(at).toEqual([...at].sort());
    // Polling from the newest entry seen returns it again (inclusive bound), and nothing older.
    const fromLast = (await t.gql(FEED, { since: at[2] }, { anonymous: true })).data!.standardChanges;
    expect(fromLast.map((c: any) => c.event)).toEqual(['repealed']);

    const rest = await fetch(`${t.url}/open-data/changes.json?since=${encodeURIComponent(started)}&code=feed-test`);
    expect(rest.status).toBe(200);
    const body: any = await rest.json();
    expect(body.changes.map((c: any) => c.event)).toEqual(['published', 'published', 'repealed']);

    const deleted = await t.gql(`mutation($id: ID!) { deleteWebhookSubscription(id: $id) { id url } }`, { id: subscriptionId });
    expect(deleted.data!.deleteWebhookSubscription).toEqual({ id: subscriptionId, url: partner.url });
    const v = (await t.gql(CREATE, { code: 'feed-test-2', providerId, approvedById: actId })).data!.createServiceStandard.id;
    await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2020-01-01") { id } }`, { id: v });
    expect((await sql(`select count(*)::int as n from webhook_delivery`))[0].n).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(partner.received).toHaveLength(4);
  });
});

describe('bad input to the feed answers 400', () => {
  it('since in the future', async () => {
    const future = new Date(Date.now() + 3600_000).toISOString();
    const res = await t.post(FEED, { since: future }, { anonymous: true });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({ message: expect.stringMatching(/^since: .* is in the future/), extensions: { code: 'BAD_USER_INPUT', field: 'since' } });
    const rest = await fetch(`${t.url}/open-data/changes.json?since=${encodeURIComponent(future)}`);
    expect(rest.status).toBe(400);
    expect(await rest.json()).toMatchObject({ error: 'BAD_REQUEST', message: expect.stringMatching(/in the future/) });
  });

  it('since malformed', async () => {
    for (const since of ['yesterday', '2024-13-01T00:00:00Z', '2024-01-01']) {
      const res = await t.post(FEED, { since }, { anonymous: true });
      expect(res.status, since).toBe(400);
      const rest = await fetch(`${t.url}/open-data/changes.json?since=${encodeURIComponent(since)}`);
      expect(rest.status, since).toBe(400);
      expect(((await rest.json()) as any).message).toMatch(/^since:/);
    }
    const inline = await t.post(`{ standardChanges(since: "not a date") { id } }`, undefined, { anonymous: true });
    expect(inline.status).toBe(400);
    expect((await fetch(`${t.url}/open-data/changes.json`)).status).toBe(400);
  });
});
