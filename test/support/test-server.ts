/**
 * A real Qyzmet HTTP server on a random port over a fresh database, and a tiny GraphQL client that
 * also counts the SQL statements the server ran (for N+1 tests).
 *
 * The server starts with a superadmin (ADMIN_EMAIL / ADMIN_PASSWORD) and `gql` acts as that
 * superadmin (its session cookie) unless told otherwise:
 *   t.gql(query, variables)                        as the superadmin
 *   t.gql(query, variables, { anonymous: true })   with no credentials
 *   t.gql(query, variables, await t.loginAs('operator', 'mint-industry-committee'))  as another user
 *   t.gql(query, variables, key.headers)           with an API key (t.createApiKey)
 * Headers that carry a cookie or an Authorization replace the superadmin's session; other headers
 * are added to it.
 */
import { afterAll } from 'vitest';
import pg from 'pg';
import { startServer, type RunningServer } from '../../server/src/server.js';
import { openOrm } from '../../server/src/db.js';
import { generateDemoData } from '../../server/src/modules/applications/demo-generator.js';
import { readConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/common/logger.js';
import type { Role } from '../../server/src/modules/access/roles.js';
import { createTestDatabase, CORPUS_TEMPLATE_DATABASE } from './database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

/**
 * Who sends a request: `{ anonymous: true }` (optionally with more headers, e.g. X-Forwarded-For),
 * or headers (a session cookie, an API key, anything else).
 */
export type RequestAs = ({ anonymous: true } & Record<string, string | true>) | Record<string, string>;

export interface ApiKeyHandle { id: string; secret: string; prefix: string; headers: Record<string, string> }

export const TEST_ADMIN = { email: 'admin@test.qyzmet', password: 'test-admin-password' } as const;
export const TEST_PASSWORD = 'test-user-password';

export interface TestServer {
  url: string;
  server: RunningServer;
  databaseUrl: string;
  /** Session cookie header of the superadmin created at start-up. */
  adminHeaders: Record<string, string>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: RequestAs): Promise<GraphQLResponse<T>>;
  /** Like gql, with the raw HTTP response (status, headers) as well. */
  post<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: RequestAs): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }>;
  /** Signs in; returns the session cookie header (throws when the login fails). */
  login(email: string, password: string, headers?: Record<string, string>): Promise<Record<string, string>>;
  /** A user of the role (scoped to the agency with this code), created once per server; returns their session headers. */
  loginAs(role: Exclude<Role, 'partner'>, agencyCode?: string): Promise<Record<string, string>>;
  /** Creates a user through the API as the superadmin; returns its id. */
  createUser(fields: { email: string; role: Exclude<Role, 'partner'>; agencyCode?: string; password?: string; displayName?: string }): Promise<string>;
  /** A partner API key with these scopes (created by the superadmin). */
  createApiKey(partner: string, scopes: string[], expiresAt?: string): Promise<ApiKeyHandle>;
  /** Id of the agency with this code. */
  agencyId(code: string): Promise<string>;
  /** Runs `work` and returns how many SQL statements the server executed meanwhile. */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  /** Like countQueries, for the statements that resolve who is calling (left out of countQueries). */
  countIdentityQueries(work: () => Promise<unknown>): Promise<number>;
  /**
   * Runs SQL directly on the server's database (to check what a request stored, or to change rows
   * behind its back); returns once the server's row-change feed has seen the change.
   */
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
}

function sessionCookie(headers: Headers): string | undefined {
  for (const line of headers.getSetCookie()) {
    const match = /^qz_session=([^;]+)/.exec(line);
    if (match) return `qz_session=${match[1]}`;
  }
  return undefined;
}

/**
 * Test servers get generous rate limits (a test file sends hundreds of requests from one address);
 * pass RATE_LIMIT_* / LOGIN_ATTEMPTS_* in `env` to test the real ones.
 */
const TEST_ENV: Record<string, string> = {
  ADMIN_EMAIL: TEST_ADMIN.email,
  ADMIN_PASSWORD: TEST_ADMIN.password,
  RATE_LIMIT_IP_PER_MINUTE: '60000',
  RATE_LIMIT_IP_BURST: '10000',
  RATE_LIMIT_KEY_PER_MINUTE: '60000',
  RATE_LIMIT_KEY_BURST: '10000',
  LOGIN_ATTEMPTS_PER_IP: '1000',
};

/**
 * `demo`: application histories from the demo generator, added to the corpus (needs withCorpus).
 * `databaseUrl`: serve the database of another test server (e.g. to compare two configurations) instead of a fresh clone.
 */
export async function startTestServer(options: { env?: Record<string, string>; withCorpus?: boolean; demo?: { applications: number; seed: number }; databaseUrl?: string } = {}): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? await createTestDatabase(options.withCorpus ? CORPUS_TEMPLATE_DATABASE : undefined);
  const { NODE_ENV: _nodeEnv, DEMO_MODE: _demo, ...inherited } = process.env;
  const config = { ...readConfig({ ...inherited, ...TEST_ENV, ...options.env, DATABASE_URL: databaseUrl }), port: 0, host: '127.0.0.1' };
  let statements = 0;
  let identityStatements = 0;
  const server = await startServer(config, createLogger(process.env.TEST_LOG_LEVEL || 'silent'), {
    // Identity resolution (session or API-key lookup, tagged qz:identity) is per-request overhead, not counted.
    ormOverrides: { debug: ['query'], logger: (message: string) => { if (message.includes('qz:identity')) identityStatements++; else statements++; } },
    loadCorpus: false,
  });
  afterAll(() => server.close());
  if (options.demo) {
    const orm = await openOrm(databaseUrl);
    try { await generateDemoData(orm, options.demo); } finally { await orm.close(true); }
  }
  const url = server.url;

  const send = async (query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return res;
  };

  const login = async (email: string, password: string, headers: Record<string, string> = {}) => {
    const res = await send(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`, { email, password }, headers);
    const body = (await res.json()) as GraphQLResponse;
    const cookie = sessionCookie(res.headers);
    if (body.errors || !cookie) throw new Error(`login as ${email} failed: ${JSON.stringify(body.errors)}`);
    return { cookie };
  };

  // A test that sets ADMIN_EMAIL itself (even to "") manages its administrator.
  const adminHeaders = options.env && 'ADMIN_EMAIL' in options.env ? {} : await login(TEST_ADMIN.email, TEST_ADMIN.password);

  const headersFor = (as: RequestAs | undefined): Record<string, string> => {
    if (!as) return adminHeaders;
    if ((as as { anonymous?: boolean }).anonymous === true) {
      const { anonymous: _anonymous, ...rest } = as as Record<string, string | true>;
      return rest as Record<string, string>;
    }
    const given = as as Record<string, string>;
    const carriesAuth = Object.keys(given).some((h) => /^(cookie|authorization)$/i.test(h));
    return carriesAuth ? given : { ...adminHeaders, ...given };
  };

  const t: TestServer = {
    url, server, databaseUrl, adminHeaders,
    async gql(query, variables, as) {
      const res = await send(query, variables, headersFor(as));
      return res.json() as Promise<GraphQLResponse<any>>;
    },
    async post(query, variables, as) {
      const res = await send(query, variables, headersFor(as));
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse<any> };
    },
    login,
    async agencyId(code) {
      const res = await t.gql(`query($q: String) { agencies(perPage: 500, filter: { q: $q }) { id code } }`, { q: code });
      const agency = res.data?.agencies.find((a: { code: string }) => a.code === code);
      if (!agency) throw new Error(`no agency with code ${code}`);
      return agency.id;
    },
    async createUser(fields) {
      const agencyId = fields.agencyCode ? await t.agencyId(fields.agencyCode) : null;
      const res = await t.gql(`mutation($email: String!, $displayName: String!, $role: Role!, $agencyId: ID, $password: String!) {
        createUser(email: $email, displayName: $displayName, role: $role, agencyId: $agencyId, password: $password) { id } }`,
      { email: fields.email, displayName: fields.displayName ?? fields.email, role: fields.role, agencyId, password: fields.password ?? TEST_PASSWORD });
      if (res.errors) throw new Error(`createUser ${fields.email} failed: ${JSON.stringify(res.errors)}`);
      return res.data!.createUser.id;
    },
    loginAs: (() => {
      const sessions = new Map<string, Promise<Record<string, string>>>();
      return (role: Exclude<Role, 'partner'>, agencyCode?: string) => {
        const key = `${role}/${agencyCode ?? ''}`;
        let session = sessions.get(key);
        if (!session) {
          const email = `${role.toLowerCase()}.${(agencyCode ?? 'all').replace(/[^a-z0-9]+/g, '-')}@test.qyzmet`;
          session = t.createUser({ email, role, agencyCode }).then(() => login(email, TEST_PASSWORD));
          sessions.set(key, session);
        }
        return session;
      };
    })(),
    async createApiKey(partner, scopes, expiresAt) {
      const res = await t.gql(`mutation($name: String!, $partner: String!, $scopes: [String!]!, $expiresAt: DateTime) {
        createApiKey(name: $name, partner: $partner, scopes: $scopes, expiresAt: $expiresAt) { id secret prefix } }`,
      { name: `${partner} test key`, partner, scopes, expiresAt });
      if (res.errors) throw new Error(`createApiKey failed: ${JSON.stringify(res.errors)}`);
      const { id, secret, prefix } = res.data!.createApiKey;
      return { id, secret, prefix, headers: { authorization: `Bearer ${secret}` } };
    },
    async sql(query, params = []) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try { return (await client.query(query, params)).rows; } finally { await client.end(); await server.rowChanges.sync(); }
    },
    async countQueries(work) {
      const before = statements;
      await work();
      return statements - before;
    },
    async countIdentityQueries(work) {
      const before = identityStatements;
      await work();
      return identityStatements - before;
    },
  };
  return t;
}
