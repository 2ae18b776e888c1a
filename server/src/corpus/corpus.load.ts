/**
 * Loads the shipped corpus into the registry. Placeholder until the loader lands: start with an
 * empty registry.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../common/logger.js';

export async function loadShippedCorpusIfEmpty(_orm: MikroORM, _log: Logger): Promise<Record<string, number> | null> {
  return null;
}
