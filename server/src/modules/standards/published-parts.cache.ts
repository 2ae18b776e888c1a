/**
 * The part rows (deadlines, documents, refusal grounds …) of published and repealed standard
 * versions, kept in process across requests. A published version's parts never change (only its
 * status and validTo do, which live on the standard row, and that row is always read fresh), so the
 * same version's parts can be served from memory instead of being read and parsed again.
 *
 * Safe without any invalidation message between processes: an entry is stamped with the standard
 * row's optimistic-lock `version`, and a reader must present the `version` of the row it has just
 * read from the database. Anything that rewrites a version's parts bumps that column
 * (writeStandardContent), so a stale entry is never served; it is dropped on the next read.
 * Drafts are mutable and never enter the cache. Access control is untouched: the cache is keyed by
 * a version the caller already holds, i.e. one the resolvers' scope checks let through.
 */
import type { StandardStatus } from './service-standard.entity.js';

/** Statuses whose parts are frozen. */
const IMMUTABLE: readonly StandardStatus[] = ['published', 'repealed'];

export const hasFrozenParts = (standard: { status: StandardStatus }): boolean => IMMUTABLE.includes(standard.status);

interface Entry { stamp: number; parts: Map<string, readonly object[]> }

/** A bounded LRU of versions (Map keeps insertion order: the first key is the least recently used). */
export class PublishedPartsCache {
  private readonly entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity: number) {}

  /** The cached rows of one part kind of a version, or undefined (also when the stamp is stale). */
  get<T>(versionId: string, stamp: number, kind: string): readonly T[] | undefined {
    const entry = this.entries.get(versionId);
    const rows = entry?.stamp === stamp ? entry.parts.get(kind) : undefined;
    if (entry && entry.stamp !== stamp) this.entries.delete(versionId);
    if (!rows) { this.misses++; return undefined; }
    this.hits++;
    this.entries.delete(versionId);
    this.entries.set(versionId, entry!);
    return rows as readonly T[];
  }

  set(versionId: string, stamp: number, kind: string, rows: readonly object[]): void {
    let entry = this.entries.get(versionId);
    if (!entry || entry.stamp !== stamp) {
      entry = { stamp, parts: new Map() };
      this.entries.set(versionId, entry);
      if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    // Shared by every later request: frozen so a resolver cannot change another request's answer.
    entry.parts.set(kind, Object.freeze(rows.map((row) => Object.freeze(row))));
  }

  /** Forget a version (tests; a process that knows it changed one can say so early). */
  forget(versionId: string): void { this.entries.delete(versionId); }

  clear(): void { this.entries.clear(); }

  get size(): number { return this.entries.size; }
}

/**
 * One per process. 1,000 versions hold every part of the whole registry several times over (a
 * version's parts are some tens of kilobytes), so the bound only matters for very large catalogues.
 */
export const publishedParts = new PublishedPartsCache(1000);
