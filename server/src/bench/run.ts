/**
 * `npm run bench` (`-- --quick` for a smoke run): measures Qyzmet against the database's own limit
 * (the same answer from one hand-written SQL statement) in the same run, in interleaved rounds,
 * and writes bench/results/latest.md. Ratios matter, not absolute figures: machines are noisy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { prepareBenchDatabase } from './bench-database.js';
import { closedLoop, median, type LoadResult } from './load.js';
import { canonical, standardsTreePage, type Workload } from './workloads.js';

const quick = process.argv.includes('--quick');
const DURATION_MS = quick ? 1500 : 8000;
const ROUNDS = 3;
const CONCURRENCY = 8;
const PORT = 4900 + Math.floor(Math.random() * 90);

function pinned(command: string, args: string[], cpu: number, env: NodeJS.ProcessEnv): ChildProcess {
  // Server and load generator on different cores when the machine has them (taskset is optional).
  const canPin = cpus().length > 1 && existsSync('/usr/bin/taskset');
  return canPin ? spawn('taskset', ['-c', String(cpu), command, ...args], { env, stdio: 'inherit' }) : spawn(command, args, { env, stdio: 'inherit' });
}

async function waitReady(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try { if ((await fetch(`${url}/readyz`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not become ready`);
}

async function graphqlCall(url: string, w: Workload): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: w.graphql.query, variables: w.graphql.variables }) });
  const body = await res.json() as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return w.graphql.pick(body.data);
}

interface Row { workload: string; ours: LoadResult[]; limit: LoadResult[] }

async function main() {
  let dataDir: string | undefined;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'qyzmet-bench-'));
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, port: 56000 + Math.floor(Math.random() * 1000) });
    serverUrl = embedded.url;
  }
  let server: ChildProcess | undefined;
  const pool = new pg.Pool({ connectionString: '', max: CONCURRENCY });
  try {
    console.log('preparing the benchmark database (corpus + clones to 50 standards)…');
    const url = await prepareBenchDatabase(serverUrl, 'qyzmet_bench', 50);
    server = pinned(process.execPath, [join(REPO_ROOT, 'server/dist/main.js')], 0, {
      ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', PORT: String(PORT), DATABASE_URL: url,
    });
    const api = `http://127.0.0.1:${PORT}`;
    await waitReady(api);
    const sqlPool = new pg.Pool({ connectionString: url, max: CONCURRENCY });
    const rows: Row[] = [];
    for (const w of [standardsTreePage]) {
      const fromApi = await graphqlCall(api, w);
      const fromSql = w.sql.pick((await sqlPool.query(w.sql.text, w.sql.values)).rows);
      if (canonical(fromApi) !== canonical(fromSql)) throw new Error(`${w.name}: the GraphQL answer differs from the SQL baseline; not timing a wrong answer`);
      const row: Row = { workload: w.name, ours: [], limit: [] };
      for (let round = 0; round < ROUNDS; round++) {
        // Warm-up once, then alternate contenders so drift affects both alike.
        if (round === 0) { await closedLoop(() => graphqlCall(api, w), { concurrency: CONCURRENCY, durationMs: 500 }); }
        row.ours.push(await closedLoop(() => graphqlCall(api, w), { concurrency: CONCURRENCY, durationMs: DURATION_MS }));
        row.limit.push(await closedLoop(() => sqlPool.query(w.sql.text, w.sql.values), { concurrency: CONCURRENCY, durationMs: DURATION_MS }));
      }
      rows.push(row);
    }
    await sqlPool.end();
    report(rows);
  } finally {
    server?.kill('SIGTERM');
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(rows: Row[]) {
  const f = (n: number, digits = 1) => n.toFixed(digits);
  const lines = [
    `# Qyzmet benchmark results`,
    ``,
    `Run: ${new Date().toISOString()}${quick ? ' (quick smoke run: figures are indicative only)' : ''}; ${cpus().length} cores; ${ROUNDS} interleaved rounds of ${DURATION_MS / 1000} s, closed loop, ${CONCURRENCY} concurrent clients; server with NODE_ENV=production.`,
    `"limit" is the same answer produced by one hand-written SQL statement through a raw pg client (the database's own limit).`,
    ``,
    `| workload | Qyzmet req/s (median, range) | limit req/s (median, range) | ours ÷ limit | Qyzmet p50 / p95 / p99 ms | errors |`,
    `| --- | --- | --- | --- | --- | --- |`,
    ...rows.map((r) => {
      const ours = r.ours.map((x) => x.perSecond); const limit = r.limit.map((x) => x.perSecond);
      const last = r.ours[r.ours.length - 1];
      return `| ${r.workload} | ${f(median(ours))} (${f(Math.min(...ours))}–${f(Math.max(...ours))}) | ${f(median(limit))} (${f(Math.min(...limit))}–${f(Math.max(...limit))}) | ${f(median(ours) / median(limit), 2)} | ${f(last.p50)} / ${f(last.p95)} / ${f(last.p99)} | ${r.ours.reduce((n, x) => n + x.errors, 0) + r.limit.reduce((n, x) => n + x.errors, 0)} |`;
    }),
    ``,
  ];
  const out = lines.join('\n');
  console.log('\n' + out);
  mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench', 'results', quick ? 'quick.md' : 'latest.md'), out);
}

await main();
