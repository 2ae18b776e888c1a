/**
 * Contender 3, the database's own limit: the same answer from one hand-written SQL statement,
 * through a raw `pg` pool (no HTTP, no GraphQL), and through `pgbench` when it is installed (Debian
 * postgresql-client; optional: the quick run never needs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const pgbenchAvailable = () => spawnSync('pgbench', ['--version'], { stdio: 'ignore' }).status === 0;

export function limitPool(url: string, max: number): pg.Pool {
  return new pg.Pool({ connectionString: url, max });
}

/** A SQL literal for a pgbench script (values are ours, not user input; quoted anyway). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `array[${value.map(literal).join(', ')}]::text[]`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

export interface PgbenchResult { perSecond: number; latencyMs: number; errors: number }

/** Runs one statement closed-loop with `clients` connections for `seconds`; parses tps and latency. */
export function runPgbench(url: string, sql: string, values: unknown[], clients: number, seconds: number): PgbenchResult {
  const inlined = sql.replace(/\$(\d+)/g, (_m, n) => literal(values[Number(n) - 1])).replace(/\s+/g, ' ').trim();
  const dir = mkdtempSync(join(tmpdir(), 'qyzmet-pgbench-'));
  try {
    const script = join(dir, 'workload.sql');
    writeFileSync(script, `${inlined};\n`);
    const u = new URL(url);
    const res = spawnSync('pgbench', ['-n', '-M', 'prepared', '-c', String(clients), '-j', '1', '-T', String(seconds), '-f', script,
      '-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username), u.pathname.slice(1)],
    { env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) }, encoding: 'utf8' });
    const out = `${res.stdout}\n${res.stderr}`;
    const tps = /tps = ([\d.]+)/.exec(out);
    const latency = /latency average = ([\d.]+) ms/.exec(out);
    const failed = /number of failed transactions: (\d+)/.exec(out);
    if (res.status !== 0 || !tps) throw new Error(`pgbench failed: ${out.slice(-400)}`);
    return { perSecond: Number(tps[1]), latencyMs: latency ? Number(latency[1]) : NaN, errors: failed ? Number(failed[1]) : 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
