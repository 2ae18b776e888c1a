/**
 * Command line of `npm run bench`:
 *   --quick            smoke run: a small dataset and short rounds (CI; never fails on timing)
 *   --size S|M|<n>     applications in the dataset: S = 100,000 (default), M = 1,000,000
 *   --seed <n>         dataset seed (default 1)
 *   --seconds <n>      length of one measured round per contender (default 5; quick 1)
 *   --rounds <n>       interleaved rounds (default 3)
 *   --only W1,W2,…     measure only these workloads (W0–W4, OB, W5, intake, W6); the report says so
 *   --profile          start Qyzmet with --cpu-prof: a V8 CPU profile per run in bench/profiles/
 * BENCH_DATA_DIR keeps the embedded PostgreSQL with the generated datasets between runs (default
 * .data/bench), so the 1M dataset is generated once; DATABASE_URL uses that server instead.
 */
import { join } from 'node:path';
import { REPO_ROOT } from '../config.js';

export interface BenchOptions {
  quick: boolean;
  applications: number;
  seed: number;
  roundMs: number;
  warmupMs: number;
  rounds: number;
  concurrency: number;
  dataDir: string;
  /** Workload ids to measure, upper case; null: all of them. */
  only: Set<string> | null;
  profile: boolean;
}

const SIZES: Record<string, number> = { S: 100_000, M: 1_000_000 };

function value(argv: string[], name: string): string | undefined {
  const inline = argv.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, got "${raw}"`);
  return n;
}

const WORKLOADS = ['W0', 'W1', 'W2', 'W3', 'W4', 'OB', 'W5', 'INTAKE', 'W6'];

function onlyWorkloads(raw: string | undefined): Set<string> | null {
  if (raw === undefined) return null;
  const ids = raw.split(',').map((id) => id.trim().toUpperCase()).filter(Boolean);
  const unknown = ids.filter((id) => !WORKLOADS.includes(id));
  if (!ids.length || unknown.length) throw new Error(`--only takes a comma-separated list of ${WORKLOADS.join(', ')}; got "${raw}"`);
  return new Set(ids);
}

/** Whether a run with these options measures the workload `id` (W1…W6, OB, intake). */
export const measures = (o: Pick<BenchOptions, 'only'>, id: string) => !o.only || o.only.has(id.toUpperCase());

export function readOptions(argv = process.argv.slice(2), env = process.env): BenchOptions {
  const quick = argv.includes('--quick');
  const size = value(argv, 'size');
  const applications = size === undefined ? (quick ? 5_000 : SIZES.S) : SIZES[size.toUpperCase()] ?? whole('size', size, 0);
  const seconds = whole('seconds', value(argv, 'seconds'), quick ? 1 : 5);
  return {
    quick,
    applications,
    seed: whole('seed', value(argv, 'seed'), 1),
    roundMs: seconds * 1000,
    warmupMs: quick ? 300 : 1500,
    rounds: whole('rounds', value(argv, 'rounds'), 3),
    concurrency: 8,
    dataDir: env.BENCH_DATA_DIR || join(REPO_ROOT, '.data', 'bench'),
    only: onlyWorkloads(value(argv, 'only')),
    profile: argv.includes('--profile'),
  };
}
