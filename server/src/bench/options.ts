/**
 * Command line of `npm run bench`:
 *   --quick            smoke run: a small dataset and short rounds (CI; never fails on timing)
 *   --size S|M|<n>     applications in the dataset: S = 100,000 (default), M = 1,000,000
 *   --seed <n>         dataset seed (default 1)
 *   --seconds <n>      length of one measured round per contender (default 5; quick 1)
 *   --rounds <n>       interleaved rounds (default 3)
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
  };
}
