/**
 * Attack battery, part 1: who may do what. Each attempt goes to the running server, is refused
 * with the right code (and the request id), changes no row of any table, and leaves the server
 * healthy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { changesNothing, expectHealthy, refusal } from '../support/attack.js';
import { nextBin } from '../support/applications.js';

let t: TestServer;
const sql = (query: string, params: unknown[] = []) => t.sql(query, params);

let draft: { id: string; version: number };
let actId: string;

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  // A draft of a standard of the Ministry of Industry (mint) to attack.
  const res = await t.gql(`mutation { createStandardDraft(code: "lic-poisons") { id version } }`);
  expect(res.errors).toBeUndefined();
  draft = res.data!.createStandardDraft;
  [{ id: actId }] = await sql(`select id from legal_act where code = 'res-155-2014'`);
});

const UPDATE = `mutation($id: ID!, $v: Int!) { updateServiceStandard(id: $id, version: $v, notes: ["defaced"]) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishStandard(id: $id, validFrom: "2030-01-01") { id } }`;
const DELETE = `mutation($id: ID!) { deleteServiceStandard(id: $id) { id } }`;

describe('refused without a valid identity', () => {
  it('an unauthenticated mutation', async () => {
    for (const [query, vars] of [
      [`mutation { createAgency(code: "anon-agency", kind: ministry, name: { en: "Anon" }) { id } }`, {}],
      [UPDATE, { id: draft.id, v: draft.version }],
      [`mutation { createApiKey(name: "mine", partner: "anon", scopes: ["standards:read"]) { secret } }`, {}],
      [`mutation { createUser(email: "anon@evil.test", displayName: "x", role: superadmin, password: "0123456789abc") { id } }`, {}],
    ] as const) {
      const res = await changesNothing(t, () => t.post(query, vars, { anonymous: true }));
      refusal(res.body, 'UNAUTHENTICATED');
      expect(res.body.data ?? null).toBeNull();
    }
    await expectHealthy(t);
  });

  it('a revoked key and an expired key', async () => {
    const revoked = await t.createApiKey('revoked-partner', ['standards:read', 'applications:submit', 'applications:read-own']);
    await t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: revoked.id });
    const expired = await t.createApiKey('expired-partner', ['standards:read']);
    await sql(`update api_key set expires_at = now() - interval '1 second' where id = $1`, [expired.id]);
    for (const key of [revoked, expired]) {
      const res = await changesNothing(t, () => t.post(`{ serviceStandards { code } }`, {}, key.headers));
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      refusal(res.body, 'UNAUTHENTICATED');
    }
    const garbage = await t.post(`{ me { kind } }`, {}, { authorization: 'Bearer qz_' + 'x'.repeat(43) });
    expect(garbage.status).toBe(401);
    refusal(garbage.body, 'UNAUTHENTICATED');
    const malformed = await t.post(`{ me { kind } }`, {}, { authorization: "Bearer ' or 1=1 --" });
    refusal(malformed.body, 'UNAUTHENTICATED');
    await expectHealthy(t);
  });
});

describe('refused for the wrong role or scope', () => {
  it('an operator editing a standard', async () => {
    const operator = await t.loginAs('operator', 'mint-industry-committee');
    for (const [query, vars] of [
      [UPDATE, { id: draft.id, v: draft.version }],
      [PUBLISH, { id: draft.id }],
      [DELETE, { id: draft.id }],
      [`mutation { createStandardDraft(code: "lic-explosives-pyrotechnics") { id } }`, {}],
      [`mutation($act: ID!) { repealStandard(code: "lic-poisons", actId: $act, date: "2030-01-01") { id } }`, { act: actId }],
    ] as const) {
      const res = await changesNothing(t, () => t.post(query, vars, operator));
      refusal(res.body, 'FORBIDDEN');
    }
    await expectHealthy(t, operator);
  });

  it('a ministry admin editing another ministry\'s standard', async () => {
    // mes (Ministry of Emergency Situations) administers its own subtree; lic-poisons belongs to mint.
    const mesAdmin = await t.loginAs('ministryAdmin', 'mes');
    for (const [query, vars] of [
      [UPDATE, { id: draft.id, v: draft.version }],
      [PUBLISH, { id: draft.id }],
      [DELETE, { id: draft.id }],
      [`mutation { createStandardDraft(code: "lic-explosives-pyrotechnics") { id } }`, {}],
    ] as const) {
      const res = await changesNothing(t, () => t.post(query, vars, mesAdmin));
      refusal(res.body, 'FORBIDDEN');
    }
    // Nor may it create a standard for, or edit an agency of, the other ministry.
    const mint = await t.agencyId('mint-industry-committee');
    const create = await changesNothing(t, () => t.post(`mutation($p: ID) { createServiceStandard(code: "mes-steals", providerId: $p, name: { en: "x" }) { id } }`, { p: mint }, mesAdmin));
    refusal(create.body, 'FORBIDDEN');
    const [agency] = await sql(`select id, version from agency where code = 'mint-industry-committee'`);
    const rename = await changesNothing(t, () => t.post(`mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, name: { en: "Renamed" }) { id } }`, { id: agency.id, v: agency.version }, mesAdmin));
    refusal(rename.body, 'FORBIDDEN');
    // The control: the ministry's own standard is editable by its admin.
    const own = await t.gql(`mutation { createStandardDraft(code: "reg-hpf-safety-declaration") { id provider { code } } }`, {}, mesAdmin);
    expect(own.errors).toBeUndefined();
    await expectHealthy(t, mesAdmin);
  });

  it('an analyst mutating', async () => {
    const analyst = await t.loginAs('analyst');
    const [act] = await sql(`select id, version from legal_act order by code limit 1`);
    const [agency] = await sql(`select id, version from agency order by code limit 1`);
    for (const [query, vars] of [
      [UPDATE, { id: draft.id, v: draft.version }],
      [`mutation { createAgency(code: "analyst-agency", kind: ministry, name: { en: "x" }) { id } }`, {}],
      [`mutation($id: ID!, $v: Int!) { updateAgency(id: $id, version: $v, note: "x") { id } }`, { id: agency.id, v: agency.version }],
      [`mutation($id: ID!, $v: Int!) { updateLegalAct(id: $id, version: $v, note: "x") { id } }`, { id: act.id, v: act.version }],
      [`mutation { createApiKey(name: "x", partner: "x", scopes: ["standards:read"]) { id } }`, {}],
    ] as const) {
      const res = await changesNothing(t, () => t.post(query, vars, analyst));
      refusal(res.body, 'FORBIDDEN');
    }
    await expectHealthy(t, analyst);
  });

  it('a partner key reading another partner\'s applications', async () => {
    // A standard in force today, so partners can submit to it.
    const [ids] = await sql(`select (select id from agency where code = 'mint-industry-committee') as provider, (select id from legal_act where code = 'res-1130-2012') as act`);
    const created = await t.gql(`mutation($p: ID!, $a: ID!) { createServiceStandard(code: "attack-partner", providerId: $p, approvedById: $a, approvedClause: "1",
      name: { kk: "Сынақ", en: "Test" }, recipients: [legalEntity], result: { description: { kk: "Рұқсат", en: "Permit" }, media: [electronic] }, feeKind: free,
      channelDetails: [{ channel: elicense }], subServices: [{ code: "issuance", kind: issuance, name: { kk: "Беру", en: "Issuance" } }],
      deadlines: [{ kind: processing, value: 10, unit: workingDays, owedBy: provider }],
      documents: [{ subService: "issuance", channel: elicense, ordinal: 1, copyKind: electronicDocument, title: { kk: "Өтініш", en: "Request" } }]) { id } }`, { p: ids.provider, a: ids.act });
    expect(created.errors).toBeUndefined();
    expect((await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2020-01-01") { id } }`, { id: created.data!.createServiceStandard.id })).errors).toBeUndefined();
    const scopes = ['applications:submit', 'applications:read-own'];
    const alpha = await t.createApiKey('alpha', scopes);
    const beta = await t.createApiKey('beta', scopes);
    const submitted = await t.gql(`mutation($input: ApplicationInput!) { submitApplication(input: $input, idempotencyKey: "alpha-1") { id applicantIdentifier } }`,
      { input: { standardCode: 'attack-partner', subService: 'issuance', channel: 'elicense', applicantKind: 'legalEntity', applicantIdentifier: nextBin(), applicantName: 'Alpha Client LLP', documents: [1] } }, alpha.headers);
    expect(submitted.errors).toBeUndefined();
    const { id, applicantIdentifier } = submitted.data!.submitApplication;

    const submitOnly = await t.createApiKey('alpha', ['applications:submit']);
    await changesNothing(t, async () => {
      const one = await t.gql(`query($id: ID!) { application(id: $id) { id applicantName } }`, { id }, beta.headers);
      expect(one.errors).toBeUndefined();
      expect(one.data!.application).toBeNull();
      const list = await t.gql(`query($ids: [ID!], $q: String) { byId: applications(filter: { ids: $ids }) { id } byText: applications(filter: { q: $q }) { id } n: _applicationsMeta { count } }`,
        { ids: [id], q: applicantIdentifier }, beta.headers);
      expect(list.errors).toBeUndefined();
      expect(list.data).toEqual({ byId: [], byText: [], n: { count: 0 } });
      // Nor through the back door of processing it, or with a key that lacks the read scope.
      refusal((await t.post(`mutation($id: ID!) { acceptApplication(id: $id) { id } }`, { id }, beta.headers)).body, 'FORBIDDEN');
      refusal((await t.post(`query($id: ID!) { application(id: $id) { id } }`, { id }, submitOnly.headers)).body, 'FORBIDDEN');
    });
    // The owner does see it.
    expect((await t.gql(`query($id: ID!) { application(id: $id) { id } }`, { id }, alpha.headers)).data!.application).toEqual({ id });
    await expectHealthy(t);
  });
});
