/**
 * A bounded in-process cache of rows that the row-change feed (database/row-changes.ts) keeps honest:
 * it answers only while the feed is live, forgets what the feed says changed, and never stores a
 * value read before a change it has been told about (a generation stamp taken before the read).
 * The time-to-live is a last resort against a connection that died without anyone noticing.
 */
import type { RowChanges } from '../database/row-changes.js';
import { Lru } from './lru.js';

interface Entry<V> { value: V; storedAt: number }

export class RowCache<V> {
  private readonly entries: Lru<Entry<V>>;
  /** Bumped by every forget: a read that started before it must not be stored. */
  private generation = 0;

  constructor(private readonly feed: RowChanges, private readonly options: { capacity: number; ttlMs: number }) {
    this.entries = new Lru(options.capacity);
  }

  /** The cached value, or `load()`'s (stored when nothing changed meanwhile and the feed is live). */
  async getOrLoad(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const generation = this.generation;
    const value = await load();
    if (generation === this.generation && this.feed.live && value !== undefined) this.entries.set(key, { value, storedAt: performance.now() });
    return value;
  }

  get(key: string): V | undefined {
    if (!this.feed.live) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (performance.now() - entry.storedAt > this.options.ttlMs) { this.entries.delete(key); return undefined; }
    return entry.value;
  }

  forget(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  forgetWhere(matches: (value: V, key: string) => boolean): void {
    this.generation++;
    this.entries.deleteWhere((entry, key) => matches(entry.value, key));
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
