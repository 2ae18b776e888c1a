/**
 * The working-day calendar in force for due-date computations. Everything that computes a deadline
 * asks here, so editing the calendar (a new holiday, a transferred working day) is seen everywhere.
 *
 * Until the calendar is persisted this returns the shipped calendar; the calendar module replaces
 * the body with a database-backed, cached version.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadShippedCalendar, type ProductionCalendar } from './production-calendar.js';

export async function currentCalendar(_em: EntityManager): Promise<ProductionCalendar> {
  return loadShippedCalendar();
}
