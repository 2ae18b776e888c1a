/**
 * W6: Qyzmet under a mixed load, 80 % reads (W1, W2, the overdue board), 15 % reports (W4), 5 %
 * submissions. First the saturation rate of that mix (closed loop), then an open loop at half of it:
 * the latency a client sees at a sustainable rate (p50/p95/p99), with errors.
 */
import { graphql } from './graphql-client.js';
import { closedLoop, openLoop, type LoadResult } from './load.js';
import type { Endpoints } from './measure-reads.js';
import { nextKey } from './measure-writes.js';
import type { BenchOptions } from './options.js';
import type { MutationTemplate } from './workloads/mutation-template.js';
import { submitToQyzmet } from './workloads/w5-mutations.js';
import type { GraphqlSide } from './workloads/types.js';

export interface MixedResult { saturation: LoadResult; open: LoadResult; rate: number }

export async function measureMixed(e: Endpoints, o: BenchOptions, reads: GraphqlSide[], report: GraphqlSide, t: MutationTemplate): Promise<MixedResult> {
  const request = (i: number) => {
    const slot = i % 20;
    if (slot === 0) return submitToQyzmet(e.qyzmet, t, nextKey());
    const side = slot <= 3 ? report : reads[i % reads.length];
    return graphql(e.qyzmet, side.query, side.variables);
  };
  const saturation = await closedLoop(request, { concurrency: o.concurrency, durationMs: o.roundMs * 2 });
  const rate = Math.max(1, saturation.perSecond / 2);
  const open = await openLoop(request, { perSecond: rate, durationMs: o.roundMs * 2 });
  return { saturation, open, rate };
}
