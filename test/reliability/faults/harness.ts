/**
 * Fault-test harness: a PostgreSQL of the test's own (embedded binaries, temporary folder, loopback,
 * default durability settings) that can be SIGKILLed and restarted, and the real Qyzmet server as a
 * child process (server/dist/main.js, built by `npm run test:faults`) that can be SIGKILLed too.
 * Neither is shared with the rest of the suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../../server/src/database/embedded-postgres.js';
import { withDatabase } from '../../../server/src/database/database-url.js';
import { REPO_ROOT } from '../../../server/src/config.js';

export const ADMIN = { email: 'admin@faults.qyzmet', password: 'fault-admin-password' } as const;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000, everyMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

// ------------------------------------------------------------------------------------ PostgreSQL

export interface FaultPostgres {
  /** Connection string of a database on this server (default: qyzmet). */
  url(database?: string): string;
  sql<T = any>(query: string, params?: unknown[], database?: string): Promise<T[]>;
  /** SIGKILLs the postmaster and every backend (a crash of the database host's processes). */
  kill(): Promise<void>;
  /** Starts PostgreSQL again on the same folder and port (crash recovery replays the WAL). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch { /* the process ended meanwhile */ }
  }
  return found;
}

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

export async function startFaultPostgres(): Promise<FaultPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qyzmet-faults-pg-'));
  chmodSync(dataDir, 0o755); // the postgres user must be able to enter it
  const port = await freePort();
  let db: EmbeddedDatabase | undefined = await startEmbeddedPostgres({ dataDir, port });
  const baseUrl = db.url;
  const fp: FaultPostgres = {
    url: (database = 'qyzmet') => withDatabase(baseUrl, database),
    async sql(query, params = [], database = 'qyzmet') {
      const client = new pg.Client({ connectionString: fp.url(database), connectionTimeoutMillis: 5000 });
      client.on('error', () => undefined);
      await client.connect();
      try { return (await client.query(query, params)).rows; } finally { await client.end().catch(() => undefined); }
    },
    async kill() {
      const pidFile = join(dataDir, 'pg', 'postmaster.pid');
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      const backends = childrenOf(postmaster);
      for (const pid of [postmaster, ...backends]) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
      await waitFor('PostgreSQL processes to die', async () => ![postmaster, ...backends].some(alive), 10_000, 20);
      db = undefined; // its stop() would try a clean shutdown of processes that no longer exist
    },
    async restart() {
      db = await startEmbeddedPostgres({ dataDir, port });
    },
    async stop() {
      await db?.stop().catch(() => undefined);
      db = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return fp;
}

// ------------------------------------------------------------------------------------ the API

export interface ApiProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything the process wrote (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code and signal once the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const MAIN = join(REPO_ROOT, 'server', 'dist', 'main.js');

/** Starts `node server/dist/main.js` on a free loopback port; resolves once /readyz answers 200. */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build -w server" (npm run test:faults does)`);
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', LOG_LEVEL: 'warn',
      PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl,
      ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_IP_PER_MINUTE: '600000', RATE_LIMIT_IP_BURST: '100000', RATE_LIMIT_KEY_PER_MINUTE: '600000', RATE_LIMIT_KEY_BURST: '100000',
      LOGIN_ATTEMPTS_PER_IP: '1000', WEBHOOK_POLL_MS: '60000',
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  let ended = false;
  void exited.then(() => { ended = true; });
  await waitFor('the API to be ready', async () => {
    if (ended) throw new Error(`the API exited during start-up:\n${output}`);
    return (await fetch(`${url}/readyz`)).status === 200;
  }, 120_000).catch((error) => { child.kill('SIGKILL'); throw ended ? new Error(`the API exited during start-up:\n${output}`) : error; });
  return { url, pid: child.pid!, child, output: () => output, exited };
}

// ------------------------------------------------------------------------------------ a client

export interface Answer<T = any> {
  /** HTTP status, or 0 when the request failed at the network level (refused, reset, timed out). */
  status: number;
  body?: { data?: T | null; errors?: { message: string; extensions?: Record<string, any> }[] };
  ms: number;
  requestId: string;
  networkError?: string;
}

let requestSerial = 0;

/** One GraphQL POST with its own request id (so audit rows can be matched to it); never throws. */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<Answer<T>> {
  const requestId = `rel-${process.pid}-${++requestSerial}-${Date.now()}`;
  const started = Date.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: Answer<T>['body'];
    try { body = JSON.parse(text); } catch { body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] }; }
    return { status: res.status, body, ms: Date.now() - started, requestId };
  } catch (error) {
    return { status: 0, ms: Date.now() - started, requestId, networkError: String((error as Error).cause ?? error) };
  }
}

export async function login(url: string, email = ADMIN.email, password = ADMIN.password): Promise<Record<string, string>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  const cookie = res.headers.getSetCookie().map((line) => /^qz_session=([^;]+)/.exec(line)?.[1]).find(Boolean);
  if (!cookie) throw new Error(`login failed: ${await res.text()}`);
  return { cookie: `qz_session=${cookie}` };
}

export function ok<T>(answer: Answer<T>): T {
  if (answer.status !== 200 || answer.body?.errors || !answer.body?.data) throw new Error(`request failed: ${answer.status} ${answer.networkError ?? JSON.stringify(answer.body)}`);
  return answer.body.data;
}

export async function readyStatus(url: string): Promise<number> {
  try { return (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5000) })).status; } catch { return 0; }
}
