/**
 * The scopes a partner key may carry (the server's PARTNER_SCOPES) and a key's state. The schema
 * types scopes as strings, so the list is kept here; the server refuses any other value.
 */
export const PARTNER_SCOPES = ['standards:read', 'applications:submit', 'applications:read-own'] as const;

/** Translation keys cannot contain ":" safely in every tool: "standards:read" → "standards_read". */
export const scopeLabelKey = (scope: string) => `resources.api-keys.scopes.${scope.replace(/[^a-z]+/gi, '_')}`;
export const scopeChoices = PARTNER_SCOPES.map((id) => ({ id, name: scopeLabelKey(id) }));

export type KeyState = 'active' | 'revoked' | 'expired';

export function keyState(key: { revokedAt?: string | null; expiresAt?: string | null }, now = Date.now()): KeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

const DAY = 86_400_000;
/** The server's default lifetime of a key (365 days), as the form's starting value. */
export const defaultExpiry = (now = Date.now()) => new Date(now + 365 * DAY).toISOString();
