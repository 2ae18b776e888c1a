/**
 * Every mutation runs through here: one transaction, commit whole or change nothing. A concurrent
 * writer that changed the same row first surfaces as CONFLICT, never as a silent overwrite.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/core';
import { AppError, conflict } from './errors.js';
import type { Context } from '../context.js';

export async function inTransaction<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional((em) => work(em as EntityManager));
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new AppError('CONFLICT', `${error.entity?.constructor?.name ?? 'Record'} was changed by someone else; reload it and apply your change again`);
    }
    throw error;
  } finally {
    // The failed unit of work must not leak half-applied entities into later reads of this request.
    ctx.em.clear();
  }
}

/** Refuses an update that quotes a version other than the stored one. */
export function assertVersion(type: string, entity: { id: string; version: number }, quoted: number): void {
  if (entity.version !== quoted) throw conflict(type, entity.id, entity.version, quoted);
}
