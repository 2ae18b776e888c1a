/** Reading the change feed (GraphQL standardChanges and GET /open-data/changes.json share it). */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { StandardChange, type IStandardChange } from './standard-change.entity.js';
import { AppError } from '../../common/errors.js';

export const MAX_CHANGES = 1000;

/** A 400 for the change feed's arguments (GraphQL answers it with HTTP status 400 too). */
export function badFeedArgument(field: string, message: string): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field, http: { status: 400 } });
}

/**
 * Changes recorded at or after `since`, oldest first. A poller passes the `at` of the newest entry
 * it has seen and skips ids it already has: entries of transactions that commit in the same
 * instant are then never missed.
 */
export async function listStandardChanges(em: EntityManager, since: Date, options: { code?: string | null; limit?: number | null } = {}): Promise<IStandardChange[]> {
  if (Number.isNaN(since.getTime())) throw badFeedArgument('since', 'is not a date-time (use ISO 8601, e.g. 2024-01-31T00:00:00Z)');
  if (since.getTime() > Date.now()) throw badFeedArgument('since', `${since.toISOString()} is in the future`);
  const limit = options.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHANGES) throw badFeedArgument('limit', `must be between 1 and ${MAX_CHANGES}`);
  const where: FilterQuery<IStandardChange> = { at: { $gte: since } };
  if (options.code) where.code = options.code;
  return em.find(StandardChange, where, { orderBy: { at: 'asc', id: 'asc' }, limit });
}
