/**
 * Every mutation runs through here: one transaction, commit whole or change nothing. A concurrent
 * writer that changed the same row first surfaces as CONFLICT, never as a silent overwrite. A
 * deadlock or serialization failure (SQLSTATE 40P01, 40001) rolls the attempt back whole and runs
 * the work again, a few times with growing, jittered pauses, before the client hears of it.
 *
 * A unique violation (23505) is run again once: services check uniqueness before they write, so the
 * violation means a concurrent transaction committed the same key in between (two operators
 * accepting one application both insert its receipt). The second run sees that commit and answers
 * as the checks do (CONFLICT for a stale version, the field's error for a duplicate); a violation
 * that persists is thrown as it is.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError, helper } from '@mikro-orm/core';
import { AppError, conflict } from './errors.js';
import { isRetryableConflict, isUniqueViolation } from './database-errors.js';
import type { Context } from '../context.js';

/** Attempts in all (the first plus retries) and the first pause; each pause doubles, ±50 % jitter. */
export const TRANSACTION_ATTEMPTS = 4;
const FIRST_PAUSE_MS = 20;

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, FIRST_PAUSE_MS * 2 ** attempt * (0.5 + Math.random())));

/** Runs `work` in a transaction of `em`, again after a deadlock or serialization failure. */
export async function transactionWithRetry<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>, onRetry?: (attempt: number, error: unknown) => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional((tx) => work(tx as EntityManager));
    } catch (error) {
      const retry = isRetryableConflict(error) ? attempt < TRANSACTION_ATTEMPTS : attempt === 1 && isUniqueViolation(error);
      if (!retry) throw error;
      // The rolled-back attempt's entities must not be seen (or flushed) by the next one.
      em.clear();
      onRetry?.(attempt, error);
      await pause(attempt - 1);
    }
  }
}

export async function inTransaction<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await transactionWithRetry(ctx.em, work, (attempt, error) =>
      ctx.log?.warn({ attempt, code: (error as { code?: string }).code }, 'transaction retried after a deadlock or serialization failure'));
  } catch (error) {
    if (error instanceof OptimisticLockError) throw await lockConflict(ctx, error);
    if (isRetryableConflict(error)) {
      throw new AppError('CONFLICT', `The change collided with concurrent changes ${TRANSACTION_ATTEMPTS} times in a row; retry it`);
    }
    throw error;
  } finally {
    // The failed unit of work must not leak half-applied entities into later reads of this request.
    ctx.em.clear();
  }
}

/**
 * Two writers read the same version and both passed assertVersion; the second one's UPDATE matched no
 * row. Tell it the version that is stored now, like assertVersion does.
 */
async function lockConflict(ctx: Context, error: OptimisticLockError): Promise<AppError> {
  const entity = error.entity as { version?: number } | undefined;
  if (!entity) return new AppError('CONFLICT', 'The record was changed by someone else; reload it and apply your change again');
  const meta = helper(entity).__meta;
  const id = String(helper(entity).getSerializedPrimaryKey());
  const current = await ctx.em.fork().findOne(meta.class, id as never) as { version?: number } | null;
  if (!current || typeof current.version !== 'number') return new AppError('CONFLICT', `${meta.className} "${id}" was changed or deleted by someone else; reload it`, { type: meta.className, id });
  return conflict(meta.className, id, current.version, entity.version ?? current.version - 1);
}

/** Refuses an update that quotes a version other than the stored one. */
export function assertVersion(type: string, entity: { id: string; version: number }, quoted: number): void {
  if (entity.version !== quoted) throw conflict(type, entity.id, entity.version, quoted);
}
