/**
 * A real Qyzmet server as a child process (server/dist/main.js) on a free loopback port, and a small
 * GraphQL client that never throws: shared by the fault tests (test/reliability/faults) and the soak
 * run (tools/soak.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import net from 'node:net';
import { REPO_ROOT } from '../../config.js';

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
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
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
