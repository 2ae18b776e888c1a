/**
 * Per-server caches of rarely-written rows, kept honest by the row-change feed (database/row-changes.ts).
 * One set per running app (never module state: tests run several servers on different databases in
 * one process).
 */
import type { RowChanges } from './database/row-changes.js';
import { IdentityCache } from './modules/access/identity-cache.js';
import { AgencyTreeCache } from './modules/agencies/agency-tree.js';
import { createStandardsInForceCache, type StandardsInForceCache } from './modules/standards/standard-in-force.js';

export interface ReadCaches {
  feed: RowChanges;
  identities: IdentityCache;
  agencyTree: AgencyTreeCache;
  standardsInForce: StandardsInForceCache;
}

export function createReadCaches(feed: RowChanges): ReadCaches {
  return { feed, identities: new IdentityCache(feed), agencyTree: new AgencyTreeCache(feed), standardsInForce: createStandardsInForceCache(feed) };
}
