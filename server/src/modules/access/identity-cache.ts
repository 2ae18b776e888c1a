/**
 * Sessions and API keys by token hash, kept in process so that a signed-in request does not pay a
 * statement to learn who is calling. The row-change feed evicts a session when its row or its user's
 * row changes (sign-out, deactivation, role change, expiry edits) and a key when it is revoked or
 * edited, in every Qyzmet process; expiry and idle time are still checked on every request.
 */
import { RowCache } from '../../common/row-cache.js';
import type { RowChanges } from '../../database/row-changes.js';
import type { Role } from './roles.js';

export interface SessionRow {
  session_id: string; last_seen_at: Date; expires_at: Date;
  user_id: string; email: string; role: Role; agency_id: string | null; active: boolean;
}
export interface KeyRow { id: string; partner: string; scopes: string[]; expires_at: Date; revoked_at: Date | null; last_used_at: Date | null }

/** A few thousand console users and partner keys at most; an hour bounds what a silently dead feed could hide. */
const LIMITS = { capacity: 10_000, ttlMs: 60 * 60_000 };

export class IdentityCache {
  readonly sessions: RowCache<SessionRow>;
  readonly keys: RowCache<KeyRow>;

  constructor(feed: RowChanges) {
    this.sessions = new RowCache(feed, LIMITS);
    this.keys = new RowCache(feed, LIMITS);
    feed.on('app_session', (tokenHash) => (tokenHash ? this.sessions.forget(tokenHash) : this.sessions.clear()));
    feed.on('app_user', (userId) => (userId ? this.sessions.forgetWhere((row) => row.user_id === userId) : this.sessions.clear()));
    feed.on('api_key', (keyHash) => (keyHash ? this.keys.forget(keyHash) : this.keys.clear()));
  }
}
