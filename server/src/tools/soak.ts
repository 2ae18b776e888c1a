/**
 * `npm run soak`: a long mixed load on loopback, at half the saturation rate, against a real server
 * process over its own embedded PostgreSQL (a temporary folder, removed afterwards). Not part of CI.
 *
 * 1. Saturation: SOAK_PROBE_SECONDS (20) of the mix from SOAK_PROBE_CLIENTS (16) clients back to back
 *    gives the rate the server sustains.
 * 2. Soak: SOAK_MINUTES (10) of the same mix at half that rate (open loop: requests are sent on a
 *    schedule, whatever the answers' times), RSS of the server sampled every 5 s.
 * Reports requests, errors by code, p50/p99 per kind, and the RSS growth from the end of the warm-up
 * (the first SOAK_WARMUP_SECONDS, 60) to the end. Exit code 1 on any error or RSS growth of 10 % or more.
 */
import { mkdtempSync, chmodSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { freePort, gql, login, sleep, startApiProcess, type Answer } from './load/api-process.js';
import { applicationInput, setUpWorld, STANDARD_CODE, SUBMIT, type World } from './load/scenario.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const MINUTES = env('SOAK_MINUTES', 10);
const WARMUP_S = Math.min(env('SOAK_WARMUP_SECONDS', 60), MINUTES * 30);
const PROBE_S = env('SOAK_PROBE_SECONDS', 20);
const PROBE_CLIENTS = env('SOAK_PROBE_CLIENTS', 16);
/** Never more requests in flight than this (a stalled server must not make the soak itself grow). */
const MAX_IN_FLIGHT = 500;

type Kind = 'read' | 'standard' | 'report' | 'submit' | 'accept';
const MIX: [Kind, number][] = [['read', 0.4], ['standard', 0.2], ['report', 0.1], ['submit', 0.2], ['accept', 0.1]];

function makeMix(world: World) {
  const submitted: { id: string; version: number }[] = [];
  let serial = 0;
  const send: Record<Kind, () => Promise<Answer>> = {
    read: () => gql(world.url, `{ serviceStandards(perPage: 25, filter: { status: published }) { id code name { kk ru en } provider { code } } }`),
    standard: () => gql(world.url, `{ serviceStandards(perPage: 3, filter: { code: "${STANDARD_CODE}" }) { code subServices { code } deadlines { value unit } documents { ordinal title { kk en } } } }`),
    report: () => gql(world.url, `query { qualityReport(filter: { from: "2013-01", to: "2013-12" }) { rows { indicatorCode current numerator denominator } } }`, {}, world.admin),
    submit: async () => {
      const a = await gql(world.url, SUBMIT, { input: applicationInput('Soak LLP'), key: `soak-${process.pid}-${++serial}` }, world.partner);
      const app = a.body?.data?.submitApplication;
      if (app && submitted.length < 10_000) submitted.push(app);
      return a;
    },
    accept: async () => {
      const target = submitted.shift();
      if (!target) return send.read();
      return gql(world.url, `mutation($id: ID!, $v: Int) { acceptApplication(id: $id, version: $v) { id status } }`, { id: target.id, v: target.version }, world.admin);
    },
  };
  return (): [Kind, Promise<Answer>] => {
    let roll = Math.random();
    for (const [kind, share] of MIX) { if ((roll -= share) < 0) return [kind, send[kind]()]; }
    return ['read', send.read()];
  };
}

const failed = (a: Answer) => a.status !== 200 || !!a.body?.errors;
const code = (a: Answer) => {
  if (a.status === 0) return `network: ${a.networkError}`;
  const extensions = a.body?.errors?.[0]?.extensions;
  return extensions?.code ? [extensions.code, extensions.reason].filter(Boolean).join('/') : `HTTP ${a.status}`;
};
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function saturation(next: ReturnType<typeof makeMix>): Promise<number> {
  let done = 0;
  const until = Date.now() + PROBE_S * 1000;
  await Promise.all(Array.from({ length: PROBE_CLIENTS }, async () => {
    while (Date.now() < until) { await next()[1]; done++; }
  }));
  return done / PROBE_S;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'qyzmet-soak-'));
  chmodSync(dataDir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  const api = await startApiProcess(db.url);
  try {
    const world = await setUpWorld(api.url, await login(api.url));
    const next = makeMix(world);
    console.log(`soak: measuring saturation for ${PROBE_S} s with ${PROBE_CLIENTS} clients…`);
    const saturated = await saturation(next);
    const rate = saturated / 2;
    console.log(`soak: saturation ≈ ${saturated.toFixed(1)} req/s; soaking at ${rate.toFixed(1)} req/s for ${MINUTES} min (warm-up ${WARMUP_S} s)`);

    const latencies = new Map<Kind, number[]>();
    const errors = new Map<string, number>();
    const rss: { at: number; mb: number }[] = [];
    let sent = 0;
    let inFlight = 0;
    let skipped = 0;
    const started = Date.now();
    const end = started + MINUTES * 60_000;
    const pending = new Set<Promise<void>>();
    const sampler = setInterval(() => rss.push({ at: Date.now() - started, mb: rssMb(api.pid) }), 5000);
    while (Date.now() < end) {
      // Open loop: the n-th request is due at n / rate seconds.
      const due = started + (sent / rate) * 1000;
      if (due > Date.now()) { await sleep(Math.max(1, Math.min(due - Date.now(), 50))); continue; }
      sent++;
      if (inFlight >= MAX_IN_FLIGHT) { skipped++; continue; }
      inFlight++;
      const [kind, answer] = next();
      const p = answer.then((a) => {
        if (failed(a)) errors.set(code(a), (errors.get(code(a)) ?? 0) + 1);
        else (latencies.get(kind) ?? latencies.set(kind, []).get(kind)!).push(a.ms);
      }).finally(() => { inFlight--; pending.delete(p); });
      pending.add(p);
    }
    await Promise.all(pending);
    clearInterval(sampler);

    const afterWarmup = rss.filter((s) => s.at >= WARMUP_S * 1000);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const baseline = median(afterWarmup.slice(0, 3).map((s) => s.mb));
    const final = median(afterWarmup.slice(-3).map((s) => s.mb));
    const growth = (final - baseline) / baseline;
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    console.log(`\nsoak results (${MINUTES} min at ${rate.toFixed(1)} req/s, half of ${saturated.toFixed(1)}):`);
    console.log(`  requests ${sent}, errors ${errorCount}${errorCount ? ' ' + JSON.stringify(Object.fromEntries(errors)) : ''}, not sent (over ${MAX_IN_FLIGHT} in flight) ${skipped}`);
    const all: number[] = [];
    for (const [kind, ms] of latencies) {
      ms.sort((a, b) => a - b);
      all.push(...ms);
      console.log(`  ${kind.padEnd(9)} n=${String(ms.length).padStart(6)}  p50 ${percentile(ms, 0.5)} ms  p99 ${percentile(ms, 0.99)} ms`);
    }
    all.sort((a, b) => a - b);
    console.log(`  all       n=${String(all.length).padStart(6)}  p50 ${percentile(all, 0.5)} ms  p99 ${percentile(all, 0.99)} ms`);
    // Other work on the machine starves a fixed-rate load: say how busy it was.
    console.log(`  machine load average (1/5/15 min) at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
    console.log(`  RSS after warm-up ${baseline.toFixed(0)} MB, at the end ${final.toFixed(0)} MB: growth ${(growth * 100).toFixed(1)} % (limit 10 %)`);
    process.exitCode = errorCount || skipped || !(growth < 0.1) ? 1 : 0;
  } finally {
    api.child.kill('SIGTERM');
    await api.exited;
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
