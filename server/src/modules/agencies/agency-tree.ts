/**
 * Which agencies lie below an agency (a ministry and its committees): the scope of a ministryAdmin
 * and the `agencyId` filter of application lists. The whole tree (some hundreds of rows, written a
 * few times a year) is kept in process while the row-change feed is live, so a request pays no
 * statement for it; inside a transaction the database is asked (the transaction may have changed it).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { RowCache } from '../../common/row-cache.js';
import { isId } from '../../common/ids.js';
import type { RowChanges } from '../../database/row-changes.js';

interface AgencyTree { ids: ReadonlySet<string>; childrenOf: ReadonlyMap<string, readonly string[]> }

const WHOLE_TREE = 'tree';

export class AgencyTreeCache {
  private readonly cached: RowCache<AgencyTree>;

  constructor(feed: RowChanges) {
    this.cached = new RowCache(feed, { capacity: 1, ttlMs: 60 * 60_000 });
    feed.on('agency', () => this.cached.clear());
  }

  /** Every agency and the children of each (from memory, or one statement). */
  tree(em: EntityManager): Promise<AgencyTree> {
    return this.cached.getOrLoad(WHOLE_TREE, () => readTree(em));
  }
}

async function readTree(em: EntityManager): Promise<AgencyTree> {
  const rows = await em.execute<{ id: string; parent_id: string | null }[]>('select id, parent_id from agency');
  const childrenOf = new Map<string, string[]>();
  for (const { id, parent_id: parent } of rows) {
    if (!parent) continue;
    const list = childrenOf.get(parent);
    if (list) list.push(id); else childrenOf.set(parent, [id]);
  }
  return { ids: new Set(rows.map((r) => r.id)), childrenOf };
}

/** The agency and all agencies below it; empty for an id that is not an agency. */
export async function agencySubtree(em: EntityManager, rootId: string, cache?: AgencyTreeCache): Promise<Set<string>> {
  if (!isId(rootId)) return new Set();
  const { ids, childrenOf } = cache && !em.isInTransaction() ? await cache.tree(em) : await readTree(em);
  if (!ids.has(rootId)) return new Set();
  const subtree = new Set([rootId]);
  for (const id of subtree) for (const child of childrenOf.get(id) ?? []) subtree.add(child);
  return subtree;
}
