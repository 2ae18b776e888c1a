/**
 * The benchmark's own helpers, whose mistakes would silently falsify figures: the load generators
 * (errors counted, open loop keeps its rate), the options, and the answer comparison.
 */
import { describe, expect, it } from 'vitest';
import { closedLoop, median, openLoop } from './load.js';
import { readOptions } from './options.js';
import { canonical, firstDifference, instant, text } from './workloads/normalise.js';

describe('load generators', () => {
  it('closed loop counts failures as errors, not as requests, and keeps the first message', async () => {
    const r = await closedLoop(async (i) => { if (i % 4 === 0) throw new Error(`boom ${i}`); }, { concurrency: 2, durationMs: 50 });
    expect(r.errors).toBeGreaterThan(0);
    expect(r.requests).toBeGreaterThan(r.errors);
    expect(r.firstError).toMatch(/^boom \d+$/);
  });

  it('open loop starts the scheduled number of requests at its rate, and latency counts from the schedule', async () => {
    let started = 0;
    const r = await openLoop(async () => { started++; await new Promise((res) => setTimeout(res, 30)); }, { perSecond: 200, durationMs: 250 });
    expect(started).toBe(50);
    expect(r.requests).toBe(50);
    expect(r.errors).toBe(0);
    expect(r.p50).toBeGreaterThanOrEqual(29);
  });

  it('median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });
});

describe('options', () => {
  it('sizes S and M, quick defaults, bad values refused', () => {
    expect(readOptions([], {}).applications).toBe(100_000);
    expect(readOptions(['--size', 'M'], {}).applications).toBe(1_000_000);
    expect(readOptions(['--size=250_000'], {}).applications).toBe(250_000);
    expect(readOptions(['--quick'], {})).toMatchObject({ quick: true, applications: 5_000, roundMs: 1000 });
    expect(() => readOptions(['--rounds', '0'], {})).toThrow(/--rounds/);
    expect([...readOptions(['--only', 'w2,OB'], {}).only!]).toEqual(['W2', 'OB']);
    expect(readOptions([], {}).only).toBeNull();
    expect(() => readOptions(['--only', 'W7'], {})).toThrow(/--only/);
  });
});

describe('answer comparison', () => {
  it('normalised forms of the same answer are equal whatever their transport', () => {
    // A jsonb column may omit ru where GraphQL answers ru: null.
    expect(canonical({ b: 1, a: text({ kk: 'x', ru: null, en: 'y' }) })).toBe(canonical({ a: text({ en: 'y', kk: 'x' }), b: 1 }));
    expect(instant('2026-01-01T06:00:00+06:00')).toBe(instant(new Date('2026-01-01T00:00:00Z') as never));
  });

  it('names the first place two answers differ', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe('$.a[1].b: 2 vs 3');
    expect(firstDifference([1, 2], [1])).toBe('$: 2 items vs 1');
  });
});
