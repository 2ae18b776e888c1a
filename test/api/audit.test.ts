/**
 * The audit log through the real HTTP API: a change's entry read back with its before and after,
 * the filters (record, actor, action, time), who may read it, and a page's SQL statements (actors
 * come through one dataloader query, not one per entry).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_ADMIN, TEST_PASSWORD, type TestServer } from '../support/test-server.js';

let t: TestServer;

const ENTRY = 'id at actor action entityType entityId before after requestId actorUser { id email role }';
const LIST = `query($filter: AuditEntryFilter, $page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder) {
  auditEntries(filter: $filter, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) { ${ENTRY} }
  _auditEntriesMeta(filter: $filter) { count } }`;
const CREATE_ACT = `mutation($code: String, $title: LocalizedTextInput) {
  createLegalAct(code: $code, kind: law, title: $title) { id version } }`;
const RENAME_ACT = `mutation($id: ID!, $version: Int!, $title: LocalizedTextInput) {
  updateLegalAct(id: $id, version: $version, title: $title) { id version } }`;

type Entry = { id: string; at: string; actor: string; action: string; entityType: string; entityId: string; before: any; after: any; requestId: string | null; actorUser: { id: string; email: string; role: string } | null };

async function list(variables: Record<string, unknown>, as?: Record<string, string>) {
  const res = await t.gql(LIST, variables, as);
  expect(res.errors).toBeUndefined();
  return { entries: res.data!.auditEntries as Entry[], count: res.data!._auditEntriesMeta.count as number };
}

let actId: string;
let adminId: string;

beforeAll(async () => {
  t = await startTestServer();
  const me = await t.gql('{ me { user { id } } }');
  adminId = me.data!.me.user.id;
  const agency = await t.gql(`mutation { createAgency(code: "audit-test-agency", kind: ministry, name: { kk: "Министрлік", en: "Ministry" }) { id } }`);
  expect(agency.errors).toBeUndefined();
  const created = await t.gql(CREATE_ACT, { code: 'audit-test-act', title: { kk: 'Заң', en: 'First title' } });
  expect(created.errors).toBeUndefined();
  actId = created.data!.createLegalAct.id;
  const renamed = await t.gql(RENAME_ACT, { id: actId, version: created.data!.createLegalAct.version, title: { kk: 'Заң', en: 'Second title' } });
  expect(renamed.errors).toBeUndefined();
});

describe('reading a change back', () => {
  it('lists the entries of a record newest first, with before and after and the actor', async () => {
    const { entries, count } = await list({ filter: { entityType: 'LegalAct', entityId: actId } });
    expect(count).toBe(2);
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    const [update, create] = entries as [Entry, Entry];
    expect(update.before.title.en).toBe('First title');
    expect(update.after.title.en).toBe('Second title');
    expect(create.before).toBeNull();
    expect(create.after.code).toBe('audit-test-act');
    expect(update.actor).toBe(TEST_ADMIN.email);
    expect(update.actorUser).toEqual({ id: adminId, email: TEST_ADMIN.email, role: 'superadmin' });
    expect(update.requestId).toMatch(/\S/);
    expect(new Date(update.at).getTime()).toBeGreaterThanOrEqual(new Date(create.at).getTime());

    const one = await t.gql(`query($id: ID!) { auditEntry(id: $id) { ${ENTRY} } }`, { id: update.id });
    expect(one.data!.auditEntry).toEqual(update);
  });

  it('filters by actor, action and time', async () => {
    const byAdmin = await list({ filter: { actorId: adminId, entityType: 'LegalAct' } });
    expect(byAdmin.count).toBe(2);
    expect((await list({ filter: { actor: TEST_ADMIN.email, action: 'update', entityType: 'LegalAct' } })).count).toBe(1);
    expect((await list({ filter: { actorId: '00000000-0000-0000-0000-000000000000' } })).count).toBe(0);
    const [newest] = byAdmin.entries as [Entry];
    const at = new Date(newest.at);
    expect((await list({ filter: { entityId: actId, from: at.toISOString() } })).count).toBe(1);
    expect((await list({ filter: { entityId: actId, to: at.toISOString() } })).count).toBe(1);
    expect((await list({ filter: { entityId: actId, from: new Date(at.getTime() + 1).toISOString() } })).count).toBe(0);
  });

  it('sorts by the declared fields only', async () => {
    const oldest = await list({ filter: { entityId: actId }, sortField: 'at', sortOrder: 'ASC' });
    expect(oldest.entries.map((e) => e.action)).toEqual(['create', 'update']);
    const bad = await t.gql(LIST, { sortField: 'before' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('sortField');
  });
});

describe('who may read the audit log', () => {
  const query = `{ auditEntries(perPage: 1) { id } _auditEntriesMeta { count } }`;

  it('an analyst may', async () => {
    const res = await t.gql(query, {}, await t.loginAs('analyst'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditEntries).toHaveLength(1);
  });

  it('an operator, a ministry admin and a partner may not', async () => {
    for (const as of [
      await t.loginAs('operator', 'audit-test-agency'), await t.loginAs('ministryAdmin', 'audit-test-agency'), (await t.createApiKey('audit-reader', ['standards:read'])).headers,
    ]) {
      const res = await t.gql(query, {}, as);
      expect(res.data?.auditEntries ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('an anonymous caller may not', async () => {
    const res = await t.gql(query, {}, { anonymous: true });
    expect(res.data?.auditEntries ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a page of the audit log', () => {
  it('costs the same few statements for 5 or 25 entries by many actors', async () => {
    // Five more superadmins, each making a change of their own: a page names six users.
    for (let i = 0; i < 5; i++) {
      const email = `auditor${i}@test.qyzmet`;
      await t.createUser({ email, role: 'superadmin' });
      const session = await t.login(email, TEST_PASSWORD);
      const res = await t.gql(CREATE_ACT, { code: `audit-actor-${i}`, title: { en: `Act ${i}` } }, session);
      expect(res.errors).toBeUndefined();
    }
    const page = (perPage: number) => t.gql(`query($perPage: Int) { auditEntries(perPage: $perPage) { ${ENTRY} actorUser { agency { id } } } }`, { perPage });
    const actors = new Set(((await page(25)).data!.auditEntries as Entry[]).map((e) => e.actorUser?.email).filter(Boolean));
    expect(actors.size).toBeGreaterThanOrEqual(6);
    const small = await t.countQueries(() => page(5));
    const large = await t.countQueries(() => page(25));
    console.info(`audit page SQL statements: perPage 5 → ${small}, perPage 25 (${actors.size} users) → ${large}`);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(2);
  });
});
