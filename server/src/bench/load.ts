/**
 * A small closed-loop load generator: `concurrency` workers call `request` back to back for
 * `durationMs`; returns throughput and latency percentiles. Errors are counted, never hidden.
 */
export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function closedLoop(request: () => Promise<unknown>, options: { concurrency: number; durationMs: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try { await request(); latencies.push(performance.now() - t0); } catch { errors++; }
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length, errors, perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99),
  };
}

export const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
