/**
 * Built once per request: a forked EntityManager (on first use; never shared between requests), the request's
 * dataloaders, who is calling, and a logger that carries the request id.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './common/logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { PartnerScope, Role } from './modules/access/roles.js';
import type { AccessRuntime } from './modules/access/http.js';
import type { ReadCaches } from './read-caches.js';

/**
 * Who is calling, resolved once per request from the session cookie or the API key
 * (modules/access/identity.ts). Anonymous callers have no roles.
 */
export interface Identity {
  /** Shown in the audit log: the user's e-mail, `partner:<slug>` for an API key, or "anonymous". */
  actor: string;
  kind: 'anonymous' | 'user' | 'apiKey' | 'system';
  /** The signed-in user (kind "user"). */
  userId?: string;
  sessionId?: string;
  /** One role for a user, ["partner"] for an API key, [] for anonymous callers. */
  roles: Role[];
  /** Scope of a ministryAdmin (the agency and its subtree) or an operator (this agency only). */
  agencyId?: string | null;
  /** Scopes of an API key; empty for everyone else. */
  scopes: PartnerScope[];
  apiKeyId?: string;
  /** The partner an API key belongs to (owner of the applications it submits). */
  partner?: string;
}

export const ANONYMOUS: Identity = Object.freeze({ actor: 'anonymous', kind: 'anonymous', roles: [], scopes: [] }) as Identity;

/** For jobs the server runs by itself (deadline sweeps, loaders): superadmin rights, named in the audit log. */
export function systemIdentity(actor: string): Identity {
  return { actor, kind: 'system', roles: ['superadmin'], scopes: [] };
}

/** What a resolver may do to the HTTP exchange: set or clear the session cookie; the server's access settings. */
export interface HttpControl {
  clientIp: string;
  userAgent: string | undefined;
  access: AccessRuntime;
  setSessionCookie(token: string, expires: Date): void;
  clearSessionCookie(): void;
}

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  identity: Identity;
  log: Logger;
  /** Absent outside HTTP requests (tools, tests calling services directly). */
  http?: HttpControl;
  /** The server's caches of rarely-written rows; absent outside HTTP requests (then the database is asked). */
  caches?: ReadCaches;
}

/**
 * The context of one request. The EntityManager is forked and the loaders built on first use: a
 * request answered from caches (a standard's tree, `{ __typename }`) needs neither, and forking was
 * a fair part of a small request's cost. Getters live on the prototype and the state in ordinary
 * properties because Apollo copies the context with Object.assign onto an object of the same
 * prototype (own getters would be called, and fork, by the copy).
 */
class RequestContext implements Context {
  private forked: EntityManager | undefined;
  private builtLoaders: Loaders | undefined;

  constructor(private readonly rootEm: EntityManager, readonly requestId: string, readonly identity: Identity, readonly log: Logger,
    readonly http?: HttpControl, readonly caches?: ReadCaches) {}

  get em(): EntityManager {
    return (this.forked ??= this.rootEm.fork());
  }

  get loaders(): Loaders {
    return (this.builtLoaders ??= createLoaders(this.em));
  }
}

export function createContext(em: EntityManager, requestId: string, identity: Identity, log: Logger, http?: HttpControl, caches?: ReadCaches): Context {
  return new RequestContext(em, requestId, identity, log, http, caches);
}
