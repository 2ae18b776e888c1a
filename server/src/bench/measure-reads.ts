/**
 * The protocol for a read workload: answers compared first (Qyzmet and PostGraphile against the
 * limit; a mismatch voids that contender's figures), statements per request counted, a warm-up,
 * then `rounds` interleaved rounds (Qyzmet, PostGraphile, raw pg, pgbench, Qyzmet …) so that drift
 * and other people's load hit every contender alike.
 */
import type pg from 'pg';
import { graphql, type GraphqlEndpoint } from './graphql-client.js';
import { closedLoop, type LoadResult } from './load.js';
import { runPgbench, type PgbenchResult } from './contenders/limit.js';
import { firstDifference } from './workloads/normalise.js';
import { statementsPerRequest } from './statements.js';
import type { GraphqlSide, ReadWorkload } from './workloads/types.js';
import type { BenchOptions } from './options.js';

export interface ContenderRuns { runs: LoadResult[]; statements: number | null; note?: string; void?: string }

export interface ReadResult {
  workload: ReadWorkload;
  concurrency: number;
  qyzmet: ContenderRuns | null;
  postgraphile: ContenderRuns | null;
  limit: ContenderRuns;
  pgbench: PgbenchResult[];
}

export interface Endpoints { qyzmet: GraphqlEndpoint; postgraphile: GraphqlEndpoint; db: pg.Pool; databaseUrl: string; pgbench: boolean }

const ask = (endpoint: GraphqlEndpoint, side: GraphqlSide) => () => graphql(endpoint, side.query, side.variables);

async function answerProblem(w: ReadWorkload, ours: () => Promise<unknown>, side: GraphqlSide, limitAnswer: () => Promise<unknown>): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    let problem: string | null;
    try {
      const [a, b] = [side.normalise(await ours()), await limitAnswer()];
      problem = w.compare ? w.compare(a, b) : firstDifference(a, b);
    } catch (error) {
      problem = `request failed: ${(error as Error).message}`;
    }
    if (!problem || attempt >= 1) return problem;
  }
}

export async function measureRead(w: ReadWorkload, e: Endpoints, o: BenchOptions, concurrency: number, log: (line: string) => void): Promise<ReadResult> {
  // A named statement: parsed and planned once per connection, as pgbench -M prepared does (the limit is the best way to run its SQL).
  const limitRequest = () => e.db.query({ name: `limit_${w.id}`, text: w.limit.text, values: w.limit.values });
  const limitAnswer = async () => w.limit.normalise((await limitRequest()).rows);
  const contenders: { key: 'qyzmet' | 'postgraphile'; endpoint: GraphqlEndpoint; side: GraphqlSide | null; note?: string }[] = [
    { key: 'qyzmet', endpoint: e.qyzmet, side: w.qyzmet, note: w.qyzmetNote },
    { key: 'postgraphile', endpoint: e.postgraphile, side: w.postgraphile, note: w.postgraphileNote },
  ];
  const result: ReadResult = { workload: w, concurrency, qyzmet: null, postgraphile: null, limit: { runs: [], statements: 1 }, pgbench: [] };
  const active: { key: 'qyzmet' | 'postgraphile'; request: () => Promise<unknown>; cpuMs?: () => number }[] = [];
  for (const c of contenders) {
    if (!c.side) continue;
    const request = ask(c.endpoint, c.side);
    const problem = await answerProblem(w, request, c.side, limitAnswer);
    const runs: ContenderRuns = { runs: [], statements: null, note: c.note };
    result[c.key] = runs;
    if (problem) { runs.void = problem; log(`  ${w.id} ${c.key}: VOID — ${problem}`); continue; }
    runs.statements = await statementsPerRequest(e.db, request);
    active.push({ key: c.key, request, cpuMs: c.endpoint.cpuMs });
  }
  for (const c of active) await closedLoop(c.request, { concurrency, durationMs: o.warmupMs });
  await closedLoop(limitRequest, { concurrency, durationMs: o.warmupMs });
  for (let round = 0; round < o.rounds; round++) {
    for (const c of active) {
      const cpuBefore = c.cpuMs?.();
      const run = await closedLoop(c.request, { concurrency, durationMs: o.roundMs });
      if (cpuBefore !== undefined && run.requests) run.cpuMsPerRequest = (c.cpuMs!() - cpuBefore) / run.requests;
      result[c.key]!.runs.push(run);
    }
    result.limit.runs.push(await closedLoop(limitRequest, { concurrency, durationMs: o.roundMs }));
    if (e.pgbench) {
      try { result.pgbench.push(runPgbench(e.databaseUrl, w.limit.text, w.limit.values, concurrency, Math.max(1, Math.round(o.roundMs / 1000)))); } catch (error) { log(`  pgbench: ${(error as Error).message}`); }
    }
  }
  return result;
}
