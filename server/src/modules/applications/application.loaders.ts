/** Per-request loaders of applications and what hangs off them: one SQL statement per kind per request. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../../common/loader-factories.js';
import { pagedChildrenLoader, plainByIdLoader, uuidArray, type PagedChildren, type SelectedColumns } from '../../common/plain-rows.js';
import { currentCalendar } from '../calendar/calendar.provider.js';
import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { Application, type IApplication } from './application.entity.js';
import { ApplicationEvent } from './application-event.entity.js';
import { Receipt, type IReceipt } from './receipt.entity.js';
import type { ReadScope } from './application-scope.js';

/** The first child of each parent (or null), from a children loader. */
function single<T>(loader: DataLoader<string, T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => (await loader.loadMany(ids)).map((rows) => (Array.isArray(rows) ? rows[0] ?? null : null)));
}

/** A read scope as a condition on the application alias `x` (applicationReadScope decides it; this only translates). */
function scopeSql(scope: ReadScope): { sql: string; params: unknown[] } | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'partner') return { sql: `x.intake = 'partner' and x.submitted_by = ?`, params: [scope.actor] };
  return { sql: 'x.agency_id = any(cast(? as uuid[]))', params: [uuidArray([...scope.ids])] };
}

/** The newest applications of one standard version within a read scope (ServiceStandard.applications and its read plan). */
export function applicationsOfStandardPage(limit: number, offset: number, scope: ReadScope, select?: SelectedColumns): PagedChildren {
  return { table: 'application', parentColumn: 'standard_id', order: [['submitted_at', 'desc'], ['id', 'desc']], limit, offset, condition: scopeSql(scope), select };
}

export function createApplicationLoaders(em: EntityManager) {
  let calendar: Promise<ProductionCalendar> | undefined;
  const byStandard = new Map<string, DataLoader<string, IApplication[]>>();
  return {
    application: plainByIdLoader(em, Application),
    applicationEvents: childrenLoader(em, ApplicationEvent, 'application', { at: 'asc', id: 'asc' }),
    applicationReceipt: single<IReceipt>(childrenLoader(em, Receipt, 'application', { issuedAt: 'asc' })),
    /** The working-day calendar, read once per request (every `remaining` of a page shares it). */
    calendar: () => (calendar ??= currentCalendar(em)),
    /**
     * One page of the applications pinned to each standard version, newest first, within the
     * caller's read scope: one statement for every version of a page.
     */
    applicationsByStandard(limit: number, offset: number, scope: ReadScope, select?: SelectedColumns): DataLoader<string, IApplication[]> {
      // The scope is the request's own (one identity per request): page size, offset and columns tell loaders apart.
      const key = `${limit}:${offset}:${select?.key ?? '*'}`;
      let loader = byStandard.get(key);
      if (!loader) {
        loader = pagedChildrenLoader<IApplication>(em, Application, applicationsOfStandardPage(limit, offset, scope, select));
        byStandard.set(key, loader);
      }
      return loader;
    },
  };
}
