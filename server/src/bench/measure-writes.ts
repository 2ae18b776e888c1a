/**
 * Write workloads, interleaved like the reads: W5 (the submit → accept → review → issue chain,
 * Qyzmet vs the same rows written by plain statements) and issue #5's intake (submitApplication
 * with validation and due-date computation vs a plain INSERT into the same table). Every completed
 * chain is counted back from the tables afterwards; a loss is reported as an error.
 */
import { randomUUID } from 'node:crypto';
import type { GraphqlEndpoint } from './graphql-client.js';
import { closedLoop, type LoadResult } from './load.js';
import type { Endpoints } from './measure-reads.js';
import type { BenchOptions } from './options.js';
import { limitChain, MUTATIONS_PER_CHAIN, PLAIN_SUBMIT, qyzmetChain, submitToQyzmet, verifyChains } from './workloads/w5-mutations.js';
import { statementsPerRequest } from './statements.js';
import type { MutationTemplate } from './workloads/mutation-template.js';

/** `statements`: SQL statements per mutation in Qyzmet (pg_stat_statements), null when not counted. */
export interface WriteResult { ours: LoadResult[]; limit: LoadResult[]; problems: string[]; statements: number | null }

const run = `r${Date.now().toString(36)}`;
let keys = 0;
export const nextKey = () => `bench-${run}-${++keys}`;

async function interleaved(o: BenchOptions, ours: () => Promise<unknown>, limit: () => Promise<unknown>): Promise<WriteResult> {
  const result: WriteResult = { ours: [], limit: [], problems: [], statements: null };
  await closedLoop(ours, { concurrency: o.concurrency, durationMs: o.warmupMs });
  await closedLoop(limit, { concurrency: o.concurrency, durationMs: o.warmupMs });
  for (let round = 0; round < o.rounds; round++) {
    result.ours.push(await closedLoop(ours, { concurrency: o.concurrency, durationMs: o.roundMs }));
    result.limit.push(await closedLoop(limit, { concurrency: o.concurrency, durationMs: o.roundMs }));
  }
  return result;
}

export async function measureChains(e: Endpoints, o: BenchOptions, t: MutationTemplate): Promise<WriteResult> {
  const ours: string[] = []; const plain: string[] = [];
  const statements = await statementsPerRequest(e.db, async () => { ours.push(await qyzmetChain(e.qyzmet, t, nextKey())); }, 3);
  const result = await interleaved(o,
    async () => { ours.push(await qyzmetChain(e.qyzmet, t, nextKey())); },
    async () => { plain.push(await limitChain(e.db, t)); });
  for (const [who, ids] of [['Qyzmet', ours], ['limit', plain]] as const) {
    const problem = await verifyChains(e.db, ids);
    if (problem) result.problems.push(`${who}: ${problem}`);
  }
  result.statements = statements === null ? null : statements / MUTATIONS_PER_CHAIN;
  return result;
}

export async function measureIntake(e: Endpoints, o: BenchOptions, t: MutationTemplate): Promise<WriteResult> {
  const statements = await statementsPerRequest(e.db, () => submitToQyzmet(e.qyzmet, t, nextKey()), 5);
  return { ...await interleaved(o, () => submitToQyzmet(e.qyzmet, t, nextKey()), () => e.db.query(PLAIN_SUBMIT, [t.rowId, randomUUID()])), statements };
}

/** The idempotency law under load: the same key twice gives the same application. */
export async function checkIdempotency(endpoint: GraphqlEndpoint, t: MutationTemplate): Promise<string | null> {
  const key = nextKey();
  const [a, b] = await Promise.all([submitToQyzmet(endpoint, t, key), submitToQyzmet(endpoint, t, key)]);
  return a === b ? null : `the same idempotency key gave two applications (${a}, ${b})`;
}
