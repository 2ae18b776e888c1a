/**
 * The version of a standard in force on a date (published or since repealed, validFrom <= D <
 * validTo), read as a plain row by one fixed statement, at most once per request for the same code
 * and date (the answer cache and the resolver both ask).
 */
import { plainRowMapper } from '../../common/plain-rows.js';
import { ServiceStandard, type IServiceStandard } from './service-standard.entity.js';
import type { Context } from '../../context.js';

const IN_FORCE_SQL = `select * from service_standard where code = ? and status in ('published', 'repealed')
  and valid_from <= cast(? as date) and (valid_to is null or valid_to > cast(? as date)) order by version_number desc limit 1`;

const lookups = new WeakMap<Context, Map<string, Promise<IServiceStandard | null>>>();

export function versionInForce(ctx: Context, code: string, on: string): Promise<IServiceStandard | null> {
  let mine = lookups.get(ctx);
  if (!mine) lookups.set(ctx, (mine = new Map()));
  const key = `${code}\u0000${on}`;
  let found = mine.get(key);
  if (!found) {
    found = ctx.em.getConnection().execute<Record<string, unknown>[]>(IN_FORCE_SQL, [code, on, on]).then(([raw]) => {
      if (!raw) return null;
      const row = plainRowMapper<IServiceStandard>(ctx.em, ServiceStandard).fromColumns(raw);
      // Primed: the part loaders check their cache against this very row, without reading it again.
      ctx.loaders.standard.prime(row.id, row);
      return row;
    });
    mine.set(key, found);
  }
  return found;
}
