/**
 * Signing in and out. A successful login creates a session (random token in an httpOnly,
 * SameSite=Strict cookie; SHA-256 of it in app_session) that ends at its absolute expiry, after a
 * period without requests, or at logout. Attempts are throttled per e-mail and address and per
 * address before any password is checked; unknown e-mails cost the same time as wrong passwords.
 */
import { AppError, invalidInput } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { Session, User, type IUser } from './user.entity.js';
import { verifyDummy, verifyPassword } from './password.js';
import { newSessionToken, sha256 } from './tokens.js';

const WRONG = 'Wrong e-mail or password';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function login(ctx: Context, emailInput: string, password: string): Promise<IUser> {
  const http = ctx.http;
  if (!http) throw new AppError('BAD_USER_INPUT', 'login needs an HTTP request');
  const email = normaliseEmail(emailInput);
  if (!email) throw invalidInput('email', 'is required');
  const verdict = http.access.loginThrottle.attempt(email, http.clientIp);
  if (!verdict.ok) {
    ctx.log.warn({ email, ip: http.clientIp }, 'sign-in throttled');
    throw new AppError('RATE_LIMITED', `Too many sign-in attempts; try again in ${verdict.retryAfterSeconds} s`, { retryAfter: verdict.retryAfterSeconds });
  }
  const em = ctx.em.fork();
  const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
  const ok = user && user.active ? await verifyPassword(password, user.passwordHash) : await verifyDummy(password);
  if (!ok || !user) {
    ctx.log.info({ email, ip: http.clientIp }, 'sign-in failed');
    throw new AppError('UNAUTHENTICATED', WRONG);
  }
  http.access.loginThrottle.succeeded(email, http.clientIp);
  const now = new Date();
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + http.access.config.sessionTtlMs);
  await em.transactional(async (tx) => {
    // A new session replaces the one this browser had; expired sessions of the user are cleared.
    if (ctx.identity.sessionId) await tx.nativeDelete(Session, { id: ctx.identity.sessionId });
    await tx.nativeDelete(Session, { user: user.id, expiresAt: { $lte: now } });
    tx.create(Session, { tokenHash: sha256(token), user, lastSeenAt: now, expiresAt, ip: http.clientIp.slice(0, 100), userAgent: http.userAgent ?? null } as never);
    // Not an edit of the user: no version bump (an admin editing the user meanwhile must not get a CONFLICT).
    await tx.getConnection().execute('update app_user set last_login_at = ? where id = ?', [now, user.id], 'run', tx.getTransactionContext());
  });
  http.setSessionCookie(token, expiresAt);
  ctx.log.info({ userId: user.id }, 'signed in');
  return (await ctx.em.findOne(User, { id: user.id }))!;
}

/** Ends the caller's session (idempotent: signing out twice is fine). */
export async function logout(ctx: Context): Promise<boolean> {
  if (ctx.identity.sessionId) await ctx.em.fork().nativeDelete(Session, { id: ctx.identity.sessionId });
  ctx.http?.clearSessionCookie();
  return true;
}
