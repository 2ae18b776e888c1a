/** The markdown table of a run: medians, ranges, and the ratios ours ÷ PostGraphile and ours ÷ limit. */
import { cpus } from 'node:os';
import { median, type LoadResult } from './load.js';
import type { ContenderRuns, ReadResult } from './measure-reads.js';
import type { WriteResult } from './measure-writes.js';
import type { MixedResult } from './measure-mixed.js';
import { MUTATIONS_PER_CHAIN } from './workloads/w5-mutations.js';
import type { BenchOptions } from './options.js';

export interface BenchReport {
  options: BenchOptions;
  startedAt: Date;
  dataset: string;
  reads: ReadResult[];
  chains?: WriteResult;
  intake?: WriteResult;
  mixed?: MixedResult;
  rss: { qyzmet: number; postgraphile: number };
  readyMs: { qyzmet: number; postgraphile: number };
  checks: string[];
  problems: string[];
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const rate = (runs: LoadResult[], scale = 1) => {
  if (!runs.length) return '–';
  const xs = runs.map((r) => r.perSecond * scale);
  return `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
};
const med = (runs: LoadResult[] | undefined) => (runs?.length ? median(runs.map((r) => r.perSecond)) : NaN);
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${f(a / b, 2)}×` : '–');
const errors = (...groups: (LoadResult[] | undefined)[]) => groups.flatMap((g) => g ?? []).reduce((n, r) => n + r.errors, 0);
const latency = (runs: LoadResult[]) => (runs.length ? `${f(median(runs.map((r) => r.p50)))} / ${f(median(runs.map((r) => r.p95)))} / ${f(median(runs.map((r) => r.p99)))}` : '–');

const cpuPerRequest = (c: ContenderRuns | null) => {
  const xs = c && !c.void ? c.runs.map((r) => r.cpuMsPerRequest).filter((x): x is number => x !== undefined) : [];
  return xs.length ? median(xs) : NaN;
};

/** Server CPU per request: what each stack spends on one answer, whatever else loads the machine. */
function cpuCell(ours: ContenderRuns | null, postgraphile: ContenderRuns | null): string {
  const [q, p] = [cpuPerRequest(ours), cpuPerRequest(postgraphile)];
  if (!Number.isFinite(q)) return '–';
  return `${f(q, 2)} / ${f(p, 2)}${Number.isFinite(p) ? ` (${ratio(p, q)})` : ''}`;
}

function cell(c: ContenderRuns | null): string {
  if (!c) return 'n/a';
  if (c.void) return 'VOID (wrong answer)';
  return rate(c.runs);
}

export function renderReport(r: BenchReport): string {
  const o = r.options;
  const lines = [
    '# Qyzmet benchmark results',
    '',
    `Run ${r.startedAt.toISOString()}${o.quick ? ' — **quick smoke run: tiny dataset and 1 s rounds, figures are indicative only**' : ''}.`,
    `Machine: ${cpus().length} cores shared with other work (other engineers' builds and tests ran at the same time): absolute figures are noisy; the ratios come from interleaved rounds of the same run.`,
    `Dataset: ${r.dataset}. Protocol: answers compared before timing, ${f(o.warmupMs / 1000)} s warm-up, ${o.rounds} interleaved rounds of ${f(o.roundMs / 1000)} s per contender, closed loop with ${o.concurrency} clients (W4: 1 client, latency), servers pinned to core 0 and the load generator to the other core.`,
    'Contenders: **Qyzmet** (`NODE_ENV=production`, separate process); **PostGraphile** 5.1 amber preset over the same tables (separate process), where its generated schema can express the shape; **limit**: the same answer from one hand-written SQL statement through a raw `pg` pool, and through `pgbench` when installed.',
    '',
    '## Reads (requests per second: median, range over rounds)',
    '',
    '| workload | Qyzmet | PostGraphile | limit (pg) | limit (pgbench tps) | ours ÷ PostGraphile | ours ÷ limit | server CPU ms per request: Qyzmet / PostGraphile (PostGraphile ÷ ours) | Qyzmet p50 / p95 / p99 ms | SQL per request (Qyzmet / PostGraphile) | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.reads.map((x) => {
      const ours = x.qyzmet?.void ? NaN : med(x.qyzmet?.runs); const pgl = x.postgraphile?.void ? NaN : med(x.postgraphile?.runs);
      const pgb = x.pgbench.length ? f(median(x.pgbench.map((p) => p.perSecond))) : '–';
      return `| ${x.workload.id} ${x.workload.title} | ${cell(x.qyzmet)} | ${cell(x.postgraphile)} | ${rate(x.limit.runs)} | ${pgb} | ${ratio(ours, pgl)} | ${ratio(ours, med(x.limit.runs))} | ${cpuCell(x.qyzmet, x.postgraphile)} | ${latency(x.qyzmet?.runs ?? [])} | ${f(x.qyzmet?.statements ?? NaN)} / ${f(x.postgraphile?.statements ?? NaN)} | ${errors(x.qyzmet?.runs, x.postgraphile?.runs, x.limit.runs)} |`;
    }),
    '',
    ...r.reads.flatMap((x) => ([['Qyzmet', x.qyzmet, x.workload.qyzmetNote], ['PostGraphile', x.postgraphile, x.workload.postgraphileNote]] as const)
      .filter(([, c, note]) => c?.void || note).map(([who, c, note]) => `- ${x.workload.id} ${who}: ${c?.void ? `void: ${c.void.split('\n')[0]}` : note}`)),
    ...r.reads.filter((x) => x.workload.id === 'W4').map((x) => {
      const ours = x.qyzmet?.runs ?? []; const brute = x.limit.runs;
      return `- W4 latency (1 client): Qyzmet p50 ${f(median(ours.map((q) => q.p50)))} ms, p95 ${f(median(ours.map((q) => q.p95)))} ms; brute-force aggregate p50 ${f(median(brute.map((q) => q.p50)))} ms: Qyzmet is ${ratio(med(ours), med(brute))} faster (target ≥ 20×, p95 < 100 ms).`;
    }),
    '',
    ...(r.chains || r.intake ? [
      '## Writes',
      '',
      '| workload | Qyzmet | limit (plain SQL) | ours ÷ limit | Qyzmet p50 / p95 / p99 ms | Qyzmet SQL per mutation | errors |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...(r.chains ? [`| W5 mutations/s (submit with idempotency key → accept → review → issue; each validated, with its timeline event and counters, in one transaction) | ${rate(r.chains.ours, MUTATIONS_PER_CHAIN)} | ${rate(r.chains.limit, MUTATIONS_PER_CHAIN)} | ${ratio(med(r.chains.ours), med(r.chains.limit))} | ${latency(r.chains.ours)} per chain of ${MUTATIONS_PER_CHAIN} | ${f(r.chains.statements ?? NaN)} | ${errors(r.chains.ours, r.chains.limit)} |`] : []),
      ...(r.intake ? [`| issue #5: submissions/s (validation, due date) vs plain INSERT | ${rate(r.intake.ours)} | ${rate(r.intake.limit)} | ${ratio(med(r.intake.ours), med(r.intake.limit))} | ${latency(r.intake.ours)} | ${f(r.intake.statements ?? NaN)} | ${errors(r.intake.ours, r.intake.limit)} |`] : []),
    ] : []),
    '',
    ...(r.mixed ? [
      '## W6 mixed load (Qyzmet: 80 % reads, 15 % reports, 5 % submissions)',
      '',
      '| saturation req/s (closed loop) | open-loop rate req/s | p50 ms | p95 ms | p99 ms | errors |',
      '| --- | --- | --- | --- | --- | --- |',
      `| ${f(r.mixed.saturation.perSecond)} | ${f(r.mixed.rate)} | ${f(r.mixed.open.p50)} | ${f(r.mixed.open.p95)} | ${f(r.mixed.open.p99)} | ${r.mixed.saturation.errors + r.mixed.open.errors} |`,
      '',
    ] : []),
    `Node RSS after the run: Qyzmet ${f(r.rss.qyzmet, 0)} MB, PostGraphile ${f(r.rss.postgraphile, 0)} MB. Start to ready on the existing database: Qyzmet ${f(r.readyMs.qyzmet / 1000, 2)} s (\`/readyz\` 200; target < 3 s), PostGraphile ${f(r.readyMs.postgraphile / 1000, 2)} s.`,
    '',
    ...(r.checks.length ? ['Checks:', ...r.checks.map((c) => `- ${c}`), ''] : []),
    ...(r.problems.length ? ['**Problems (the run fails on these):**', ...r.problems.map((p) => `- ${p}`), ''] : []),
  ];
  return lines.join('\n');
}
