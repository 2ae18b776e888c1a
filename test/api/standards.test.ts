/**
 * The standards registry through the real HTTP API: the draft → publish → new version → repeal
 * cycle, validity on dates, validation errors that name the field and change nothing, optimistic
 * locking, the audit log, and a constant number of SQL statements for nested lists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let t: TestServer;
let providerId: string;
let actId: string;
let amendingActId: string;

const STANDARD_FIELDS = `id code versionNumber status validFrom validTo version
  subServices { code } deadlines { kind value unit } documents { subService channel ordinal } refusalGrounds { ordinal }`;

const CREATE = `mutation($code: String!, $providerId: ID!, $approvedById: ID) {
  createServiceStandard(code: $code, providerId: $providerId, approvedById: $approvedById, approvedClause: "item 1",
    name: { kk: "Сынақ қызметі", en: "Test service" }, recipients: [legalEntity],
    result: { description: { kk: "Рұқсат", en: "Permit" }, media: [paper] }, feeKind: free,
    channelDetails: [{ channel: office, agencyId: $providerId }, { channel: elicense }],
    subServices: [{ code: "issuance", kind: issuance, name: { kk: "Беру", en: "Issuance" } }],
    deadlines: [{ kind: processing, value: 15, unit: workingDays, owedBy: provider, subServices: ["issuance"] },
                { kind: maxQueueWait, value: 20, unit: minutes, owedBy: provider, channels: [office] }],
    documents: [{ subService: "issuance", channel: office, ordinal: 1, copyKind: original, title: { kk: "Өтініш", en: "Application" } },
                { subService: "issuance", channel: elicense, ordinal: 1, copyKind: electronicDocument, edsSigned: true, title: { kk: "Өтініш", en: "Application" } }],
    refusalGrounds: [{ ordinal: 1, text: { kk: "Құжаттар толық емес", en: "Incomplete documents" } }]
  ) { ${STANDARD_FIELDS} } }`;

const sql = <T = any>(query: string, params: unknown[] = []) => t.sql<T>(query, params);

async function createDraft(code: string) {
  const res = await t.gql(CREATE, { code, providerId, approvedById: actId });
  expect(res.errors).toBeUndefined();
  return res.data!.createServiceStandard;
}

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  const ids = await sql(`select code, id from agency where code = 'mint-industry-committee' union all select code, id from legal_act where code in ('res-1130-2012', 'res-155-2014')`);
  providerId = ids.find((r) => r.code === 'mint-industry-committee').id;
  actId = ids.find((r) => r.code === 'res-1130-2012').id;
  amendingActId = ids.find((r) => r.code === 'res-155-2014').id;
});

describe('draft → publish → new version → repeal', () => {
  it('walks the whole cycle and answers serviceStandardInForce on every date', async () => {
    const draft = await createDraft('test-cycle');
    expect(draft).toMatchObject({ versionNumber: 1, status: 'draft', validFrom: null });
    expect(draft.documents).toHaveLength(2);

    const published = await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2020-01-01") { status validFrom validTo } }`, { id: draft.id });
    expect(published.data!.publishStandard).toEqual({ status: 'published', validFrom: '2020-01-01', validTo: null });

    const v2 = (await t.gql(`mutation { createStandardDraft(code: "test-cycle") { id versionNumber status deadlines { value } version } }`)).data!.createStandardDraft;
    expect(v2).toMatchObject({ versionNumber: 2, status: 'draft', deadlines: [{ value: 15 }, { value: 20 }] });
    const edited = await t.gql(`mutation($id: ID!, $version: Int!) { updateServiceStandard(id: $id, version: $version,
      deadlines: [{ kind: processing, value: 10, unit: workingDays, owedBy: provider }]) { deadlines { value } version } }`, { id: v2.id, version: v2.version });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateServiceStandard.deadlines).toEqual([{ value: 10 }]);
    await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2022-07-01") { id } }`, { id: v2.id });

    const repealed = await t.gql(`mutation($act: ID!) { repealStandard(code: "test-cycle", actId: $act, date: "2024-01-01") { versionNumber status validTo repealedBy { code } } }`, { act: amendingActId });
    expect(repealed.data!.repealStandard).toEqual({ versionNumber: 2, status: 'repealed', validTo: '2024-01-01', repealedBy: { code: 'res-155-2014' } });

    const inForce = async (on: string) => (await t.gql(`query($on: LocalDate!) { serviceStandardInForce(code: "test-cycle", on: $on) { versionNumber deadlines { value } } }`, { on })).data!.serviceStandardInForce;
    expect(await inForce('2019-12-31')).toBeNull();
    expect(await inForce('2020-01-01')).toMatchObject({ versionNumber: 1, deadlines: [{ value: 15 }, { value: 20 }] });
    expect(await inForce('2022-06-30')).toMatchObject({ versionNumber: 1 });
    expect(await inForce('2022-07-01')).toMatchObject({ versionNumber: 2, deadlines: [{ value: 10 }] });
    expect(await inForce('2023-12-31')).toMatchObject({ versionNumber: 2 });
    expect(await inForce('2024-01-01')).toBeNull();

    const versions = await sql(`select version_number, status, valid_from::text, valid_to::text from service_standard where code = 'test-cycle' order by version_number`);
    expect(versions).toEqual([
      { version_number: 1, status: 'published', valid_from: '2020-01-01', valid_to: '2022-07-01' },
      { version_number: 2, status: 'repealed', valid_from: '2022-07-01', valid_to: '2024-01-01' },
    ]);
    const audit = await sql(`select operation from audit_entry where entity_id in (select id::text from service_standard where code = 'test-cycle') order by at`);
    // One audit row per change; rows written in the same millisecond may come back in either order.
    expect(audit.map((a) => a.operation).sort()).toEqual(['create', 'createDraft', 'publish', 'publish', 'repeal', 'supersede', 'update']);
  });

  it('serves the shipped lic-poisons on 2013-06-01 and nothing on 2015-01-01', async () => {
    const res = await t.gql(`{ a: serviceStandardInForce(code: "lic-poisons", on: "2013-06-01") { code status refusalGrounds { ordinal } }
      b: serviceStandardInForce(code: "lic-poisons", on: "2015-01-01") { code } }`);
    expect(res.data!.a).toMatchObject({ code: 'lic-poisons', status: 'repealed' });
    expect(res.data!.a.refusalGrounds).toHaveLength(6);
    expect(res.data!.b).toBeNull();
  });
});

describe('published versions are immutable', () => {
  it('refuses to edit or delete a published version, naming the way forward', async () => {
    const draft = await createDraft('test-immutable');
    const published = (await t.gql(`mutation($id: ID!) { publishStandard(id: $id, validFrom: "2021-01-01") { id version } }`, { id: draft.id })).data!.publishStandard;
    const edit = await t.gql(`mutation($id: ID!, $v: Int!) { updateServiceStandard(id: $id, version: $v, notes: ["x"]) { id } }`, { id: published.id, v: published.version });
    expect(edit.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(edit.errors![0].message).toMatch(/published and cannot be edited.*createStandardDraft/);
    const del = await t.gql(`mutation($id: ID!) { deleteServiceStandard(id: $id) { id } }`, { id: published.id });
    expect(del.errors![0].message).toMatch(/published/);
    expect((await sql(`select count(*)::int as n from service_standard where id = $1`, [published.id]))[0].n).toBe(1);
  });
});

describe('validation errors name the field and change nothing', () => {
  let draft: any;
  beforeAll(async () => { draft = await createDraft('test-validation'); });

  const update = (fields: string) => t.gql(`mutation($id: ID!, $v: Int!) { updateServiceStandard(id: $id, version: $v, ${fields}) { id } }`, { id: draft.id, v: draft.version });

  it.each([
    ['a negative deadline value', 'deadlines: [{ kind: processing, value: -1, unit: workingDays, owedBy: provider }]', /deadlines\.0\.value/],
    ['a unit not allowed for the kind', 'deadlines: [{ kind: maxQueueWait, value: 3, unit: workingDays, owedBy: provider }]', /deadlines\.0\.unit: unit "workingDays" is not allowed for a maxQueueWait deadline/],
    ['a channel the standard does not offer', 'documents: [{ subService: "issuance", channel: psc, ordinal: 1, copyKind: original, title: { en: "X" } }]', /documents\.0: channel "psc" is not offered/],
    ['an unknown sub-service', 'deadlines: [{ kind: processing, value: 1, unit: workingDays, owedBy: provider, subServices: ["nope"] }]', /sub-service "nope"/],
    ['an unknown agency id', 'contactPoints: [{ agencyId: "00000000-0000-0000-0000-000000000000", purpose: complaints }]', /contactPoints\.0\.agencyId: agency .* does not exist/],
  ])('refuses %s', async (_name, fields, message) => {
    const before = await sql(`select count(*)::int as n, max(version) as v from deadline_rule d join service_standard s on s.id = d.standard_id where s.code = 'test-validation'`);
    const res = await update(fields);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].extensions!.field).toBeTruthy();
    const after = await sql(`select count(*)::int as n, max(version) as v from deadline_rule d join service_standard s on s.id = d.standard_id where s.code = 'test-validation'`);
    expect(after).toEqual(before);
  });

  it('refuses a second standard with the same code', async () => {
    const res = await t.gql(CREATE, { code: 'test-validation', providerId, approvedById: actId });
    expect(res.errors![0].message).toMatch(/code: a standard with code "test-validation" already exists/);
  });
});

describe('optimistic locking', () => {
  it('lets the first writer win and gives the second a CONFLICT with nothing overwritten', async () => {
    const draft = await createDraft('test-conflict');
    const write = (note: string) => t.gql(`mutation($id: ID!, $v: Int!, $n: [String!]) { updateServiceStandard(id: $id, version: $v, notes: $n) { version notes } }`, { id: draft.id, v: draft.version, n: [note] });
    const first = await write('first');
    expect(first.errors).toBeUndefined();
    const second = await write('second');
    expect(second.errors![0].extensions!.code).toBe('CONFLICT');
    expect(second.errors![0].message).toMatch(/ServiceStandard .* was changed by someone else/);
    const stored = await sql(`select notes from service_standard where id = $1`, [draft.id]);
    expect(stored[0].notes).toEqual(['first']);
  });
});

describe('agencies referenced by standards', () => {
  it('refuses to delete an agency a standard refers to, naming the standards', async () => {
    const res = await t.gql(`mutation($id: ID!) { deleteAgency(id: $id) { id } }`, { id: providerId });
    expect(res.errors![0].message).toMatch(/referenced by standards .*lic-poisons v1/);
  });
});

describe('no N+1', () => {
  const NESTED = `query($n: Int!) { serviceStandards(perPage: $n, filter: { status: repealed }) { code provider { code parent { code } }
    subServices { code } deadlines { kind value } documents { title { en } } refusalGrounds { text { en } }
    complaintRoute { agency { code } reviewLegalBasis { code } } contactPoints { agency { code } } qualityIndicators { code } } }`;

  // One statement for the page, one per relation or part list that the page's rows actually use:
  // 15 at most, whatever the page size (a page whose rows use fewer relations needs fewer).
  it('runs a bounded number of SQL statements whatever the page size', async () => {
    const small = await t.countQueries(async () => { const r = await t.gql(NESTED, { n: 2 }); expect(r.data!.serviceStandards).toHaveLength(2); });
    const large = await t.countQueries(async () => { const r = await t.gql(NESTED, { n: 16 }); expect(r.data!.serviceStandards).toHaveLength(16); });
    expect(small).toBeLessThanOrEqual(15);
    expect(large).toBeLessThanOrEqual(15);
    expect(large).toBeLessThan(16 * 2);
  });
});

describe('every shipped standard round-trips through a draft', () => {
  it('copies each of the 16 into a draft that accepts a partial update and keeps every part', async () => {
    const list = await t.gql(`{ serviceStandards(perPage: 50, filter: { status: repealed }) { code documents { ordinal } deadlines { kind } } }`);
    const shipped = list.data!.serviceStandards.filter((s: any) => !s.code.startsWith('test-'));
    expect(shipped).toHaveLength(16);
    for (const s of shipped) {
      const draft = await t.gql(`mutation($code: String!) { createStandardDraft(code: $code) { id version } }`, { code: s.code });
      expect(draft.errors, s.code).toBeUndefined();
      const { id, version } = draft.data!.createStandardDraft;
      const edited = await t.gql(`mutation($id: ID!, $v: Int!) { updateServiceStandard(id: $id, version: $v, approvedClause: "item 1 (edited)") { approvedClause documents { ordinal } deadlines { kind } } }`, { id, v: version });
      expect(edited.errors, s.code).toBeUndefined();
      expect(edited.data!.updateServiceStandard.documents).toHaveLength(s.documents.length);
      expect(edited.data!.updateServiceStandard.deadlines).toHaveLength(s.deadlines.length);
      await t.gql(`mutation($id: ID!) { deleteServiceStandard(id: $id) { id } }`, { id });
    }
  });
});
