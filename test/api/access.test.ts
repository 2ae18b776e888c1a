/**
 * Access control through the real HTTP API: sign-in, sessions and their end, users, API keys, what
 * each role may read and write, row-level scope of ministry admins, and the closed-by-default rule
 * for every root field of the schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { startTestServer, TEST_ADMIN, TEST_PASSWORD, type TestServer } from '../support/test-server.js';
import { createSchema } from '../../server/src/schema.js';
import { PUBLIC_OPERATIONS } from '../../server/src/modules/access/roles.js';
import { bootstrapAccounts, DEMO_LOGIN } from '../../server/src/modules/access/bootstrap.js';
import { readAccessConfig } from '../../server/src/modules/access/access.config.js';
import { createLogger } from '../../server/src/common/logger.js';
import type { Context, Identity } from '../../server/src/context.js';

let t: TestServer;
const sql = <T = any>(query: string, params: unknown[] = []): Promise<T[]> => t.sql<T>(query, params);

const ME = `{ me { kind actor roles agencyId scopes user { id email role agencyId } apiKey { id partner scopes } } }`;
const CREATE_DRAFT = `mutation($code: String!) { createStandardDraft(code: $code) { id code status provider { code } } }`;

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
});

describe('sign-in and sessions', () => {
  it('logs in with an httpOnly SameSite cookie, answers me, and logs out for good', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "${TEST_ADMIN.email.toUpperCase()}", password: "${TEST_ADMIN.password}") { id email role } }` }),
    });
    const body = (await res.json()) as any;
    expect(body.data.login).toMatchObject({ email: TEST_ADMIN.email, role: 'superadmin' });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('qz_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Max-Age=\d+/);
    const cookie = { cookie: setCookie.split(';')[0] };

    const me = await t.gql(ME, {}, cookie);
    expect(me.data!.me).toMatchObject({ kind: 'user', actor: TEST_ADMIN.email, roles: ['superadmin'], scopes: [], user: { email: TEST_ADMIN.email } });

    // Only the hash of the token is stored.
    const token = cookie.cookie.split('=')[1];
    expect(await sql(`select count(*)::int as n from app_session where token_hash = $1`, [token])).toEqual([{ n: 0 }]);

    const out = await t.post(`mutation { logout }`, {}, cookie);
    expect(out.body.data!.logout).toBe(true);
    expect(out.headers.getSetCookie().some((c) => /^qz_session=;.*Max-Age=0/.test(c))).toBe(true);
    // The old cookie no longer works: the session is gone server-side.
    expect((await t.gql(ME, {}, cookie)).data!.me).toBeNull();
    const mutation = await t.gql(`mutation { createAgency(code: "after-logout", kind: ministry, name: { en: "x" }) { id } }`, {}, cookie);
    expect(mutation.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const wrong = await t.gql(`mutation { login(email: "${TEST_ADMIN.email}", password: "not the password") { id } }`, {}, { anonymous: true });
    const unknown = await t.gql(`mutation { login(email: "nobody@test.qyzmet", password: "not the password") { id } }`, {}, { anonymous: true });
    expect(wrong.errors![0]).toMatchObject({ message: 'Wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors![0]).toMatchObject({ message: 'Wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(wrong.errors![0].extensions!.requestId).toBeTruthy();
  });

  it('ends expired and idle sessions', async () => {
    const expired = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    await sql(`update app_session set expires_at = now() - interval '1 second' where token_hash = encode(sha256($1::bytea), 'hex')`, [expired.cookie.split('=')[1]]);
    expect((await t.gql(ME, {}, expired)).data!.me).toBeNull();

    const idle = await t.login(TEST_ADMIN.email, TEST_ADMIN.password);
    await sql(`update app_session set last_seen_at = now() - interval '3 hours' where token_hash = encode(sha256($1::bytea), 'hex')`, [idle.cookie.split('=')[1]]);
    expect((await t.gql(ME, {}, idle)).data!.me).toBeNull();
    expect((await t.gql(ME)).data!.me.kind).toBe('user');
  });

  it('treats a forged cookie as anonymous', async () => {
    expect((await t.gql(ME, {}, { cookie: 'qz_session=' + 'A'.repeat(43) })).data!.me).toBeNull();
    expect((await t.gql(ME, {}, { cookie: "qz_session=' or 1=1 --" })).data!.me).toBeNull();
  });
});

describe('users (superadmin)', () => {
  it('creates users with an argon2id hash, never returns it, and validates role and scope', async () => {
    const id = await t.createUser({ email: 'New.Analyst@Test.Qyzmet', role: 'analyst' });
    const [row] = await sql(`select email, password_hash from app_user where id = $1`, [id]);
    expect(row.email).toBe('new.analyst@test.qyzmet');
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);

    const create = (vars: Record<string, unknown>) => t.gql(`mutation($email: String, $role: Role, $agencyId: ID, $password: String) {
      createUser(email: $email, displayName: "X", role: $role, agencyId: $agencyId, password: $password) { id } }`, vars);
    const ministry = await t.agencyId('mint');
    expect((await create({ email: 'a@test.qyzmet', role: 'operator', password: TEST_PASSWORD })).errors![0].message).toMatch(/agencyId: a operator needs an agency/);
    expect((await create({ email: 'b@test.qyzmet', role: 'analyst', agencyId: ministry, password: TEST_PASSWORD })).errors![0].message).toMatch(/agencyId: .*has no agency scope/);
    expect((await create({ email: 'c@test.qyzmet', role: 'partner', password: TEST_PASSWORD })).errors![0].message).toMatch(/role: "partner" is not a user role/);
    expect((await create({ email: 'd@test.qyzmet', role: 'analyst', password: 'short' })).errors![0].message).toMatch(/password: must be at least 10 characters/);
    expect((await create({ email: 'new.analyst@test.qyzmet', role: 'analyst', password: TEST_PASSWORD })).errors![0].message).toMatch(/email: a user with e-mail .* already exists/);

    const list = await t.gql(`{ users(perPage: 100, filter: { q: "analyst" }) { email role } _usersMeta(filter: { role: analyst }) { count } }`);
    expect(list.data!.users).toContainEqual({ email: 'new.analyst@test.qyzmet', role: 'analyst' });
    expect(JSON.stringify(list)).not.toMatch(/argon2/);
    const audit = await sql(`select after from audit_entry where entity_type = 'User' and entity_id = $1`, [id]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|password_?hash/i);
  });

  it('ends every session of a deactivated user and of a user given a new password', async () => {
    const id = await t.createUser({ email: 'leaver@test.qyzmet', role: 'analyst' });
    const session = await t.login('leaver@test.qyzmet', TEST_PASSWORD);
    expect((await t.gql(ME, {}, session)).data!.me.user.id).toBe(id);
    const changed = await t.gql(`mutation($id: ID!) { updateUser(id: $id, version: 1, password: "another-password-1") { id version } }`, { id });
    expect(changed.errors).toBeUndefined();
    expect((await t.gql(ME, {}, session)).data!.me).toBeNull();
    const again = await t.login('leaver@test.qyzmet', 'another-password-1');
    const deactivated = await t.gql(`mutation($id: ID!) { updateUser(id: $id, version: 2, active: false) { active } }`, { id });
    expect(deactivated.data!.updateUser.active).toBe(false);
    expect((await t.gql(ME, {}, again)).data!.me).toBeNull();
    const login = await t.gql(`mutation { login(email: "leaver@test.qyzmet", password: "another-password-1") { id } }`, {}, { anonymous: true });
    expect(login.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the last superadmin', async () => {
    const [admin] = await sql(`select id, version from app_user where email = $1`, [TEST_ADMIN.email]);
    const demote = await t.gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, role: analyst) { id } }`, { id: admin.id, v: admin.version });
    expect(demote.errors![0].message).toMatch(/last active superadmin/);
    const del = await t.gql(`mutation($id: ID!) { deleteUser(id: $id) { id } }`, { id: admin.id });
    expect(del.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await sql(`select role from app_user where id = $1`, [admin.id]))[0].role).toBe('superadmin');
  });

  it('is for superadmins only', async () => {
    for (const role of ['ministryAdmin', 'operator', 'analyst'] as const) {
      const headers = await t.loginAs(role, role === 'analyst' ? undefined : 'mint');
      const res = await t.gql(`{ users { id } }`, {}, headers);
      expect(res.errors![0].extensions!.code, role).toBe('FORBIDDEN');
      const create = await t.gql(`mutation { createUser(email: "x@test.qyzmet", displayName: "x", role: superadmin, password: "0123456789ab") { id } }`, {}, headers);
      expect(create.errors![0].extensions!.code, role).toBe('FORBIDDEN');
    }
    expect((await t.gql(`{ users { id } }`, {}, { anonymous: true })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await sql(`select count(*)::int as n from app_user where email = 'x@test.qyzmet'`)).toEqual([{ n: 0 }]);
  });
});

describe('API keys', () => {
  it('shows the secret once, stores its SHA-256, identifies the partner and stops at revocation', async () => {
    const key = await t.createApiKey('kaspi-gov', ['standards:read', 'applications:submit']);
    expect(key.secret).toMatch(/^qz_[A-Za-z0-9_-]{43}$/);
    expect(key.secret.startsWith(key.prefix)).toBe(true);
    const [row] = await sql(`select key_hash, scopes from api_key where id = $1`, [key.id]);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.key_hash).not.toContain(key.secret);
    expect(row.scopes).toEqual(['standards:read', 'applications:submit']);
    const listed = await t.gql(`query($id: ID!) { apiKey(id: $id) { secret active partner } apiKeys { id secret } }`, { id: key.id });
    expect(listed.data!.apiKey).toEqual({ secret: null, active: true, partner: 'kaspi-gov' });
    expect(listed.data!.apiKeys.every((k: any) => k.secret === null)).toBe(true);
    expect(JSON.stringify(await sql(`select after from audit_entry where entity_id = $1`, [key.id]))).not.toContain(key.secret);

    const me = await t.gql(ME, {}, key.headers);
    expect(me.data!.me).toMatchObject({ kind: 'apiKey', actor: 'partner:kaspi-gov', roles: ['partner'], scopes: ['standards:read', 'applications:submit'], user: null, apiKey: { partner: 'kaspi-gov' } });
    // Field-level: the partner does not learn which administrator created its key.
    const createdBy = await t.gql(`{ me { apiKey { partner createdBy } } }`, {}, key.headers);
    expect(createdBy.data!.me.apiKey).toEqual({ partner: 'kaspi-gov', createdBy: null });
    expect(createdBy.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(`query($id: ID!) { apiKey(id: $id) { createdBy } }`, { id: key.id })).data!.apiKey.createdBy).toBe(TEST_ADMIN.email);

    await t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt active } }`, { id: key.id });
    const after = await t.post(`{ serviceStandards { code } }`, {}, key.headers);
    expect(after.status).toBe(401);
    expect(after.body.errors![0]).toMatchObject({ message: 'This API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses unknown scopes and past expiry dates', async () => {
    const res = await t.gql(`mutation { createApiKey(name: "x", partner: "p", scopes: ["standards:write"]) { id } }`);
    expect(res.errors![0].message).toMatch(/scopes: unknown scope "standards:write"/);
    const past = await t.gql(`mutation { createApiKey(name: "x", partner: "p", scopes: ["standards:read"], expiresAt: "2020-01-01T00:00:00Z") { id } }`);
    expect(past.errors![0].message).toMatch(/expiresAt: must be in the future/);
  });

  it('gives a key without standards:read no standards', async () => {
    const key = await t.createApiKey('no-read', ['applications:submit']);
    expect((await t.gql(`{ serviceStandards { code } }`, {}, key.headers)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('what each role may read', () => {
  let draftId: string;
  beforeAll(async () => {
    const res = await t.gql(CREATE_DRAFT, { code: 'lic-poisons' });
    expect(res.errors).toBeUndefined();
    draftId = res.data!.createStandardDraft.id;
  });

  it('shows drafts to internal roles only: anonymous callers and partners see published and repealed versions', async () => {
    const partner = await t.createApiKey('reader', ['standards:read']);
    const query = `query($id: ID!) { serviceStandard(id: $id) { id } serviceStandards(perPage: 100, filter: { code: "lic-poisons" }) { status } _serviceStandardsMeta { count } }`;
    for (const as of [{ anonymous: true } as const, partner.headers]) {
      const res = await t.gql(query, { id: draftId }, as);
      expect(res.errors).toBeUndefined();
      expect(res.data!.serviceStandard).toBeNull();
      expect(res.data!.serviceStandards.map((s: any) => s.status)).not.toContain('draft');
      expect(res.data!._serviceStandardsMeta.count).toBe(16);
      const drafts = await t.gql(`{ serviceStandards(filter: { status: draft }) { id } }`, {}, as);
      expect(drafts.data!.serviceStandards).toEqual([]);
    }
    for (const role of ['analyst', 'operator'] as const) {
      const res = await t.gql(query, { id: draftId }, await t.loginAs(role, role === 'operator' ? 'mint' : undefined));
      expect(res.data!.serviceStandard).toEqual({ id: draftId });
      expect(res.data!._serviceStandardsMeta.count).toBe(17);
    }
  });

  it('lets anonymous callers read nothing else', async () => {
    for (const query of ['{ agencies { id } }', '{ _agenciesMeta { count } }', '{ legalActs { id } }', '{ users { id } }', '{ apiKeys { id } }']) {
      const res = await t.gql(query, {}, { anonymous: true });
      expect(res.errors![0].extensions!.code, query).toBe('UNAUTHENTICATED');
    }
    expect((await t.gql(ME, {}, { anonymous: true })).data!.me).toBeNull();
  });

  it('lets the analyst read everything and write nothing', async () => {
    const analyst = await t.loginAs('analyst');
    expect((await t.gql(`{ agencies(perPage: 1) { id } legalActs(perPage: 1) { id } }`, {}, analyst)).errors).toBeUndefined();
    const res = await t.gql(CREATE_DRAFT, { code: 'lic-scrap-metal-legal-entities' }, analyst);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('ministry admins act inside their agency subtree', () => {
  it('edits standards of their subtree and nothing else', async () => {
    // lic-poisons is provided below the Ministry of Industry (mint); the ministry of another subtree must not touch it.
    const [provider] = await sql(`select a.code from service_standard s join agency a on a.id = s.provider_id where s.code = 'lic-poisons' limit 1`);
    const [other] = await sql(`select code from agency where kind = 'ministry' and code <> 'mint' order by code limit 1`);
    const own = await t.loginAs('ministryAdmin', 'mint');
    const foreign = await t.loginAs('ministryAdmin', other.code);
    const code = 'lic-explosives-pyrotechnics';
    const before = await sql(`select count(*)::int as n from service_standard where code = $1`, [code]);
    const refused = await t.gql(CREATE_DRAFT, { code }, foreign);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await sql(`select count(*)::int as n from service_standard where code = $1`, [code])).toEqual(before);
    const allowed = await t.gql(CREATE_DRAFT, { code }, own);
    expect(allowed.errors).toBeUndefined();
    expect(provider.code).toBeTruthy();
  });

  it('cannot move a standard of theirs to a provider outside the subtree', async () => {
    const own = await t.loginAs('ministryAdmin', 'mint');
    const [draft] = await sql(`select id, version from service_standard where code = 'lic-explosives-pyrotechnics' and status = 'draft'`);
    const [outside] = await sql(`select id from agency where kind = 'ministry' and code <> 'mint' order by code limit 1`);
    const res = await t.gql(`mutation($id: ID!, $v: Int!, $p: ID) { updateServiceStandard(id: $id, version: $v, providerId: $p) { id } }`, { id: draft.id, v: draft.version, p: outside.id }, own);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('creates agencies only below their subtree', async () => {
    const own = await t.loginAs('ministryAdmin', 'mint');
    const mint = await t.agencyId('mint');
    const root = await t.gql(`mutation { createAgency(code: "rogue-root", kind: ministry, name: { en: "Rogue" }) { id } }`, {}, own);
    expect(root.errors![0].extensions!.code).toBe('FORBIDDEN');
    const child = await t.gql(`mutation($p: ID) { createAgency(code: "mint-new-dept", kind: committee, name: { en: "New department" }, parentId: $p) { id } }`, { p: mint }, own);
    expect(child.errors).toBeUndefined();
  });
});

describe('the first administrator and demo mode', () => {
  const silent = createLogger('silent');

  it('starts without any administrator when ADMIN_EMAIL is unset, and creates one from it later', async () => {
    const bare = await startTestServer({ env: { ADMIN_EMAIL: '', ADMIN_PASSWORD: '' } });
    const login = await bare.gql(`mutation { login(email: "first@test.qyzmet", password: "first-admin-password") { id } }`);
    expect(login.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const result = await bootstrapAccounts(bare.server.orm, readAccessConfig({ ADMIN_EMAIL: 'First@Test.Qyzmet', ADMIN_PASSWORD: 'first-admin-password' }), false, silent);
    expect(result).toMatchObject({ createdAdmin: 'first@test.qyzmet', needsAdmin: false });
    const session = await bare.login('first@test.qyzmet', 'first-admin-password');
    expect((await bare.gql(`{ me { roles } }`, {}, session)).data!.me.roles).toEqual(['superadmin']);
    // Once a superadmin exists the variables change nothing.
    const again = await bootstrapAccounts(bare.server.orm, readAccessConfig({ ADMIN_EMAIL: 'other@test.qyzmet', ADMIN_PASSWORD: 'other-admin-password' }), false, silent);
    expect(again.createdAdmin).toBeUndefined();
  });

  it('refuses a weak ADMIN_PASSWORD and demo mode in production', async () => {
    const bare = await startTestServer({ env: { ADMIN_EMAIL: '', ADMIN_PASSWORD: '' } });
    await expect(bootstrapAccounts(bare.server.orm, readAccessConfig({ ADMIN_EMAIL: 'a@test.qyzmet', ADMIN_PASSWORD: 'short' }), false, silent)).rejects.toThrow(/ADMIN_PASSWORD must be at least 10 characters/);
    await expect(bootstrapAccounts(bare.server.orm, readAccessConfig({ DEMO_MODE: '1' }), true, silent)).rejects.toThrow(/DEMO_MODE cannot be used with NODE_ENV=production/);
  });

  it('has the documented demo login only in demo mode', async () => {
    const demo = await startTestServer({ env: { DEMO_MODE: '1' } });
    const session = await demo.login(DEMO_LOGIN.email, DEMO_LOGIN.password);
    expect((await demo.gql(`{ me { roles user { email } } }`, {}, session)).data!.me).toEqual({ roles: ['superadmin'], user: { email: DEMO_LOGIN.email } });
    // The same database started without demo mode: the account is disabled and its session ends.
    expect((await bootstrapAccounts(demo.server.orm, readAccessConfig({}), false, silent)).demo).toBe('disabled');
    expect((await demo.gql(`{ me { kind } }`, {}, session)).data!.me).toBeNull();
    const login = await demo.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: DEMO_LOGIN.email, p: DEMO_LOGIN.password }, { anonymous: true });
    expect(login.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('closed by default', () => {
  const info = (parent: string, field: string) => ({ parentType: { name: parent }, fieldName: field }) as unknown as GraphQLResolveInfo;
  const identity = (roles: Identity['roles'], kind: Identity['kind'] = 'user'): Identity => ({ actor: 'probe', kind, roles, scopes: [] });

  async function outcome(type: GraphQLObjectType, name: string, who: Identity): Promise<string> {
    const ctx = { identity: who, em: undefined, loaders: undefined, log: { info() {}, warn() {}, error() {}, debug() {} } } as unknown as Context;
    try {
      await type.getFields()[name].resolve!(undefined, {}, ctx, info(type.name, name));
      return 'ran';
    } catch (error) {
      return String((error as { extensions?: { code?: string } }).extensions?.code ?? 'ran');
    }
  }

  it('refuses every root field that is not listed as public to anonymous callers', async () => {
    const schema = await createSchema();
    const refusedAnonymous: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const name of Object.keys(type.getFields())) {
        const key = `${type.name}.${name}`;
        if (PUBLIC_OPERATIONS.includes(key)) continue;
        expect(await outcome(type, name, { ...identity([], 'anonymous') }), key).toBe('UNAUTHENTICATED');
        refusedAnonymous.push(key);
      }
    }
    expect(refusedAnonymous.length).toBeGreaterThan(20);
  });

  it('refuses every mutation to the analyst, who writes nothing', async () => {
    const schema = await createSchema();
    const mutations = schema.getMutationType()!;
    for (const name of Object.keys(mutations.getFields())) {
      if (['login', 'logout'].includes(name)) continue;
      expect(await outcome(mutations, name, identity(['analyst'])), `Mutation.${name}`).toBe('FORBIDDEN');
    }
  });
});
