/**
 * The version of a standard in force on a date (published or since repealed, validFrom <= D <
 * validTo), read as a plain row by one fixed statement, at most once per request for the same code
 * and date (the answer cache and the resolver both ask). Between requests the answer is kept in
 * process while the row-change feed is live: any write to service_standard (publish, repeal, a draft
 * saved) forgets them all, in every process.
 */
import { RowCache } from '../../common/row-cache.js';
import type { RowChanges } from '../../database/row-changes.js';
import { plainRowMapper } from '../../common/plain-rows.js';
import { ServiceStandard, type IServiceStandard } from './service-standard.entity.js';
import type { Context } from '../../context.js';

/** The version of code `?` in force on day `?` (given twice): the condition of inForceOn, newest version first. */
export const IN_FORCE_SQL = `select * from service_standard where code = ? and status in ('published', 'repealed')
  and valid_from <= cast(? as date) and (valid_to is null or valid_to > cast(? as date)) order by version_number desc limit 1`;

const lookups = new WeakMap<Context, Map<string, Promise<IServiceStandard | null>>>();

export type StandardsInForceCache = RowCache<IServiceStandard | null>;

/** Code × date asked about; a row is a few kilobytes, so a thousand stay well under 10 MB. */
export function createStandardsInForceCache(feed: RowChanges): StandardsInForceCache {
  const cache = new RowCache<IServiceStandard | null>(feed, { capacity: 1000, ttlMs: 60 * 60_000 });
  feed.on('service_standard', () => cache.clear());
  return cache;
}

function readInForce(ctx: Context, code: string, on: string): Promise<IServiceStandard | null> {
  return ctx.em.getConnection().execute<Record<string, unknown>[]>(IN_FORCE_SQL, [code, on, on])
    .then(([raw]) => (raw ? plainRowMapper<IServiceStandard>(ctx.em, ServiceStandard).fromColumns(raw) : null));
}

export function versionInForce(ctx: Context, code: string, on: string): Promise<IServiceStandard | null> {
  let mine = lookups.get(ctx);
  if (!mine) lookups.set(ctx, (mine = new Map()));
  const key = `${code}\u0000${on}`;
  let found = mine.get(key);
  if (!found) {
    const cache = ctx.em.isInTransaction() ? undefined : ctx.caches?.standardsInForce;
    found = cache ? cache.getOrLoad(key, () => readInForce(ctx, code, on)) : readInForce(ctx, code, on);
    mine.set(key, found);
  }
  return found;
}
