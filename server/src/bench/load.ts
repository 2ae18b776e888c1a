/**
 * Load generators. Closed loop: `concurrency` workers call `request` back to back for `durationMs`
 * (saturation throughput). Open loop: requests start at a fixed rate whatever the answers do, and
 * latency counts from the scheduled start (no coordinated omission). Errors are counted, never
 * hidden; the first message is kept for the report.
 */
export interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU time of the server per request in this run, where the server's process is known. */
  cpuMsPerRequest?: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarise(latencies: number[], errors: number, firstError: string | undefined, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length, errors, firstError, perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99),
  };
}

/** `request(i)` gets a running number, so mutation workloads can vary their input. */
export type Request = (i: number) => Promise<unknown>;

export async function closedLoop(request: Request, options: { concurrency: number; durationMs: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let n = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try { await request(n++); latencies.push(performance.now() - t0); } catch (error) { errors++; firstError ??= (error as Error).message; }
    }
  }));
  return summarise(latencies, errors, firstError, (performance.now() - started) / 1000);
}

export async function openLoop(request: Request, options: { perSecond: number; durationMs: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const total = Math.max(1, Math.round((options.perSecond * options.durationMs) / 1000));
  const interval = 1000 / options.perSecond;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = started + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(request(i).then(
      () => { latencies.push(performance.now() - scheduled); },
      (error) => { errors++; firstError ??= (error as Error).message; },
    ));
  }
  await Promise.all(inFlight);
  return summarise(latencies, errors, firstError, (performance.now() - started) / 1000);
}

export const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
