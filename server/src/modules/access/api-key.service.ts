/**
 * API keys (superadmin only). createApiKey returns the secret once; the database keeps its
 * SHA-256. Keys expire (default 365 days, at most 3 years) and can be revoked at once.
 */
import { InputErrors, notFound } from '../../common/errors.js';
import { inTransaction } from '../../common/transaction.js';
import { isId } from '../../common/loader-factories.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import type { Context } from '../../context.js';
import { ApiKey, type IApiKey } from './api-key.entity.js';
import type { CreateApiKeyArgs } from './access.inputs.js';
import { PARTNER_SCOPES, isPartnerScope } from './roles.js';
import { newApiKey, sha256 } from './tokens.js';

const DAY = 86_400_000;
export const DEFAULT_KEY_LIFETIME_DAYS = 365;
export const MAX_KEY_LIFETIME_DAYS = 3 * 366;

export type ApiKeyWithSecret = IApiKey & { secret?: string | null };

export async function createApiKey(ctx: Context, input: CreateApiKeyArgs): Promise<ApiKeyWithSecret> {
  return inTransaction(ctx, async (em) => {
    const errors = new InputErrors();
    const now = Date.now();
    const scopes = [...new Set(input.scopes)];
    const unknown = scopes.filter((s) => !isPartnerScope(s));
    if (unknown.length) errors.add('scopes', `unknown scope${unknown.length > 1 ? 's' : ''} ${unknown.map((s) => `"${s}"`).join(', ')}; allowed: ${PARTNER_SCOPES.join(', ')}`);
    if (!scopes.length) errors.add('scopes', 'give the key at least one scope');
    if (!input.name.trim()) errors.add('name', 'must not be empty');
    const expiresAt = input.expiresAt ?? new Date(now + DEFAULT_KEY_LIFETIME_DAYS * DAY);
    if (expiresAt.getTime() <= now) errors.add('expiresAt', 'must be in the future');
    else if (expiresAt.getTime() > now + MAX_KEY_LIFETIME_DAYS * DAY) errors.add('expiresAt', `must be at most ${MAX_KEY_LIFETIME_DAYS} days ahead`);
    errors.throwIfAny();
    const secret = newApiKey();
    const key = em.create(ApiKey, {
      name: input.name, partner: input.partner, prefix: secret.slice(0, 10), keyHash: sha256(secret),
      scopes, expiresAt, revokedAt: null, lastUsedAt: null, createdBy: ctx.identity.actor,
    } as never);
    await em.flush();
    const after = snapshot(key)!;
    delete after.keyHash;
    recordAudit(em, ctx, 'create', 'ApiKey', key.id, null, after);
    return Object.assign(key, { secret });
  });
}

export async function revokeApiKey(ctx: Context, id: string): Promise<IApiKey> {
  return inTransaction(ctx, async (em) => {
    const key = isId(id) ? await em.findOne(ApiKey, { id }) : null;
    if (!key) throw notFound('ApiKey', id);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await em.flush();
      recordAudit(em, ctx, 'revoke', 'ApiKey', key.id, { revokedAt: null }, { revokedAt: key.revokedAt });
    }
    return key;
  });
}
