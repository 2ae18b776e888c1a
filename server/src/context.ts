/**
 * Built once per request: a forked EntityManager (never shared between requests), the request's
 * dataloaders, who is calling, and a logger that carries the request id.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './common/logger.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Identity {
  /** Shown in the audit log. */
  actor: string;
}

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  identity: Identity;
  log: Logger;
}

export function createContext(em: EntityManager, requestId: string, identity: Identity, log: Logger): Context {
  const forked = em.fork();
  return { em: forked, loaders: createLoaders(forked), requestId, identity, log };
}
