/**
 * The HTTP side of access control, mounted in app.ts in front of /graphql:
 *
 *  1. rate limit per client address (before any work);
 *  2. identity: `Authorization: Bearer qz_…` (an API key; a bad, revoked or expired key is refused
 *     with 401 UNAUTHENTICATED, never silently downgraded) or the `qz_session` cookie (a console
 *     session; an unknown or expired one just means anonymous, and the cookie is cleared);
 *  3. rate limit per API key.
 *
 * Refusals are GraphQL-shaped JSON with a code and the request id, like every other error.
 */
import type { Request, Response, NextFunction, RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.js';
import { unavailableReason } from '../../common/database-errors.js';
import { ANONYMOUS, type HttpControl, type Identity } from '../../context.js';
import type { AccessConfig } from './access.config.js';
import { LoginThrottle, TokenBuckets } from './rate-limit.js';
import { API_KEY_PATTERN, SESSION_TOKEN_PATTERN, sha256 } from './tokens.js';
import { isPartnerScope, type PartnerScope } from './roles.js';
import type { IdentityCache, KeyRow, SessionRow } from './identity-cache.js';

export const SESSION_COOKIE = 'qz_session';
/** lastSeenAt / lastUsedAt are written at most this often per session or key. */
const TOUCH_INTERVAL_MS = 60_000;
/**
 * Marks the statements of identity resolution (the tests' SQL counters leave them out: they are
 * per-request overhead, not the work of the resolvers being measured).
 */
export const IDENTITY_SQL_TAG = '/* qz:identity */';


declare module 'express-serve-static-core' {
  interface Request { identity?: Identity }
}

/** Per-server state of access control: settings, rate limiters, sign-in throttle. */
export interface AccessRuntime {
  config: AccessConfig;
  ipLimiter: TokenBuckets;
  keyLimiter: TokenBuckets;
  loginThrottle: LoginThrottle;
}

export function createAccessRuntime(config: AccessConfig): AccessRuntime {
  return {
    config,
    ipLimiter: new TokenBuckets(config.ipPerMinute, config.ipBurst),
    keyLimiter: new TokenBuckets(config.keyPerMinute, config.keyBurst),
    loginThrottle: new LoginThrottle(config.loginAttemptsPerAccount, config.loginAttemptsPerIp, config.loginWindowMs),
  };
}

export function sendError(req: Request, res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions, requestId: req.id } }] });
}

function rateLimited(req: Request, res: Response, retryAfterSeconds: number, what: string, shape: 'graphql' | 'rest' = 'graphql'): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  const message = `Too many requests ${what}; retry in ${retryAfterSeconds} s`;
  if (shape === 'rest') {
    res.status(429).json({ error: 'RATE_LIMITED', message, retryAfter: retryAfterSeconds, requestId: req.id });
    return;
  }
  sendError(req, res, 429, 'RATE_LIMITED', message, { retryAfter: retryAfterSeconds });
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** Per client address; `rest` answers in the open-data routes' error shape ({ error, message, requestId }). */
export function ipRateLimit(runtime: AccessRuntime, shape: 'graphql' | 'rest' = 'graphql'): RequestHandler {
  return (req, res, next) => {
    const verdict = runtime.ipLimiter.take(clientIp(req));
    if (!verdict.ok) return rateLimited(req, res, verdict.retryAfterSeconds, 'from this address', shape);
    next();
  };
}

export function keyRateLimit(runtime: AccessRuntime): RequestHandler {
  return (req, res, next) => {
    const keyId = req.identity?.apiKeyId;
    if (keyId) {
      const verdict = runtime.keyLimiter.take(keyId);
      if (!verdict.ok) return rateLimited(req, res, verdict.retryAfterSeconds, 'with this API key');
    }
    next();
  };
}

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function cookieAttributes(config: AccessConfig): string {
  return `Path=/; HttpOnly; SameSite=Strict${config.cookieSecure ? '; Secure' : ''}`;
}

export function httpControl(req: Request, res: Response, runtime: AccessRuntime): HttpControl {
  return {
    clientIp: clientIp(req),
    userAgent: req.headers['user-agent']?.slice(0, 300),
    access: runtime,
    setSessionCookie(token, expires) {
      const maxAge = Math.max(0, Math.floor((expires.getTime() - Date.now()) / 1000));
      res.append('Set-Cookie', `${SESSION_COOKIE}=${token}; Max-Age=${maxAge}; ${cookieAttributes(runtime.config)}`);
    },
    clearSessionCookie() {
      res.append('Set-Cookie', `${SESSION_COOKIE}=; Max-Age=0; ${cookieAttributes(runtime.config)}`);
    },
  };
}

function apiKeyIdentity(key: { id: string; partner: string; scopes: string[] }): Identity {
  return {
    actor: `partner:${key.partner}`, kind: 'apiKey', roles: ['partner'],
    scopes: key.scopes.filter(isPartnerScope) as PartnerScope[], apiKeyId: key.id, partner: key.partner, agencyId: null,
  };
}

/** Resolves req.identity; refuses bad API keys with 401. Sessions and keys are read through `cache` when given. */
export function resolveIdentity(orm: MikroORM, runtime: AccessRuntime, log: Logger, cache?: IdentityCache): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      req.identity = { ...ANONYMOUS, roles: [], scopes: [] };
      const connection = orm.em.getConnection();
      const sql = <T>(text: string, params: unknown[]) => connection.execute<T[]>(`${IDENTITY_SQL_TAG} ${text}`, params);
      // The once-a-minute last-use stamp is bookkeeping: a read-only database must not refuse the caller for it.
      const touch = async (text: string, params: unknown[]) => {
        try {
          await sql(text, params);
        } catch (error) {
          if (unavailableReason(error) !== 'READ_ONLY') throw error;
          log.warn({ requestId: req.id }, 'last-use time not recorded: the database is read-only');
        }
      };
      const now = new Date();
      const authorization = req.headers.authorization;
      if (authorization !== undefined) {
        const refuse = (message: string) => {
          res.setHeader('WWW-Authenticate', 'Bearer realm="qyzmet", error="invalid_token"');
          sendError(req, res, 401, 'UNAUTHENTICATED', message);
        };
        const secret = /^Bearer +(\S+)$/i.exec(authorization)?.[1];
        if (!secret || !API_KEY_PATTERN.test(secret)) {
          return refuse('The Authorization header must be "Bearer qz_…" with a Qyzmet API key');
        }
        const keyHash = sha256(secret);
        const readKey = async () => (await sql<KeyRow>('select id, partner, scopes, expires_at, revoked_at, last_used_at from api_key where key_hash = ?', [keyHash]))[0];
        const key = cache ? await cache.keys.getOrLoad(keyHash, readKey) : await readKey();
        if (!key) return refuse('Unknown API key');
        if (key.revoked_at) return refuse('This API key has been revoked');
        const expiresAt = new Date(key.expires_at);
        if (expiresAt <= now) return refuse(`This API key expired at ${expiresAt.toISOString()}`);
        req.identity = apiKeyIdentity(key);
        if (!key.last_used_at || now.getTime() - new Date(key.last_used_at).getTime() > TOUCH_INTERVAL_MS) {
          await touch('update api_key set last_used_at = ? where id = ?', [now, key.id]);
        }
        return next();
      }
      const token = readCookie(req, SESSION_COOKIE);
      if (token) {
        const tokenHash = SESSION_TOKEN_PATTERN.test(token) ? sha256(token) : undefined;
        const readSession = async () => (await sql<SessionRow>(
          `select s.id as session_id, s.last_seen_at, s.expires_at, u.id as user_id, u.email, u.role, u.agency_id, u.active
             from app_session s join app_user u on u.id = s.user_id where s.token_hash = ?`, [tokenHash]))[0];
        const row = !tokenHash ? undefined : cache ? await cache.sessions.getOrLoad(tokenHash, readSession) : await readSession();
        const lastSeen = row ? new Date(row.last_seen_at).getTime() : 0;
        if (!row || !row.active || new Date(row.expires_at) <= now || lastSeen + runtime.config.sessionIdleMs <= now.getTime()) {
          if (row) await sql('delete from app_session where id = ?', [row.session_id]);
          httpControl(req, res, runtime).clearSessionCookie();
          return next();
        }
        req.identity = {
          actor: row.email, kind: 'user', userId: row.user_id, sessionId: row.session_id,
          roles: [row.role], agencyId: row.agency_id, scopes: [],
        };
        if (now.getTime() - lastSeen > TOUCH_INTERVAL_MS) await touch('update app_session set last_seen_at = ? where id = ?', [now, row.session_id]);
      }
      next();
    } catch (error) {
      log.error({ err: error, requestId: req.id }, 'identity resolution failed');
      next(error);
    }
  };
}
