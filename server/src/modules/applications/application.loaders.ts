/** Per-request loaders of applications and what hangs off them: one SQL statement per kind per request. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../common/loader-factories.js';
import { currentCalendar } from '../calendar/calendar.provider.js';
import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { Application } from './application.entity.js';
import { ApplicationEvent } from './application-event.entity.js';
import { Receipt, type IReceipt } from './receipt.entity.js';

/** The first child of each parent (or null), from a children loader. */
function single<T>(loader: DataLoader<string, T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => (await loader.loadMany(ids)).map((rows) => (Array.isArray(rows) ? rows[0] ?? null : null)));
}

export function createApplicationLoaders(em: EntityManager) {
  let calendar: Promise<ProductionCalendar> | undefined;
  return {
    application: byIdLoader(em, Application),
    applicationEvents: childrenLoader(em, ApplicationEvent, 'application', { at: 'asc', id: 'asc' }),
    applicationReceipt: single<IReceipt>(childrenLoader(em, Receipt, 'application', { issuedAt: 'asc' })),
    /** The working-day calendar, read once per request (every `remaining` of a page shares it). */
    calendar: () => (calendar ??= currentCalendar(em)),
  };
}
