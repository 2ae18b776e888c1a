/**
 * Webhook subscriptions and the outbox: registering partner URLs, and enqueuing one delivery per
 * active subscription inside the transaction of the change it announces (the worker sends them).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { WebhookDelivery, WebhookSubscription, type IWebhookSubscription } from './webhook.entity.js';
import { checkWebhookUrl, networkPolicy } from './webhook-url.js';
import { AppError, invalidInput, notFound } from '../../common/errors.js';
import { inTransaction } from '../../common/transaction.js';
import { isId } from '../../common/loader-factories.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Context } from '../../context.js';

export const SIGNATURE_HEADER = 'X-Qyzmet-Signature';
export const MAX_SUBSCRIPTIONS = 100;

/** "sha256=<hex HMAC-SHA256 of the raw body with the subscription's secret>". */
export function signBody(secret: string, body: string | Buffer): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

/** What a partner runs on each delivery: recompute the signature and compare in constant time. */
export function verifySignature(secret: string, body: string | Buffer, header: string | undefined | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The partner API key behind the request, once the access module puts one in the identity. */
const ownerApiKey = (ctx: Context): string | null => (ctx.identity as { apiKeyId?: string | null }).apiKeyId ?? null;

const newSecret = () => 'whsec_' + randomBytes(32).toString('base64url');

export async function createWebhookSubscription(ctx: Context, url: string, description: string | null | undefined): Promise<{ subscription: IWebhookSubscription; secret: string }> {
  let checked: string;
  try {
    checked = await checkWebhookUrl(url, networkPolicy());
  } catch (error) {
    throw invalidInput('url', (error as Error).message);
  }
  return inTransaction(ctx, async (em) => {
    if ((await em.count(WebhookSubscription, {})) >= MAX_SUBSCRIPTIONS) {
      throw new AppError('BAD_USER_INPUT', `url: at most ${MAX_SUBSCRIPTIONS} webhook subscriptions; delete one first`, { field: 'url' });
    }
    const secret = newSecret();
    const subscription = em.create(WebhookSubscription, { url: checked, secret, description: description ?? null, active: true, ownerApiKeyId: ownerApiKey(ctx) } as never);
    await em.flush();
    recordAudit(em, ctx, 'create', 'WebhookSubscription', subscription.id, null, { url: checked, description: description ?? null });
    return { subscription, secret };
  });
}

export async function deleteWebhookSubscription(ctx: Context, id: string): Promise<IWebhookSubscription> {
  return inTransaction(ctx, async (em) => {
    const subscription = isId(id) ? await em.findOne(WebhookSubscription, { id }) : null;
    if (!subscription) throw notFound('WebhookSubscription', id);
    const copy = Object.assign(Object.create(Object.getPrototypeOf(subscription)), subscription, { id });
    em.remove(subscription);
    await em.flush();
    recordAudit(em, ctx, 'delete', 'WebhookSubscription', id, { url: copy.url, description: copy.description }, null);
    return copy;
  });
}

/**
 * Writes one pending delivery per active subscription with the given body. Called with the
 * transaction's EntityManager: the deliveries exist exactly when the change was committed.
 */
export async function enqueueWebhooks(em: EntityManager, event: string, changeId: string | null, payload: Record<string, unknown>): Promise<number> {
  const subscriptions = await em.find(WebhookSubscription, { active: true });
  const now = new Date();
  for (const subscription of subscriptions) {
    const id = randomUUID();
    const body = JSON.stringify({ deliveryId: id, event, ...payload });
    em.create(WebhookDelivery, { id, subscription, event, changeId, body, status: 'pending', attempts: 0, nextAttemptAt: now } as never);
  }
  if (subscriptions.length) wakeWorkersAfterCommit(em);
  return subscriptions.length;
}

/** Wake-up calls of the running webhook workers (one per server in this process). */
const wakers = new Set<() => void>();
export function onOutboxCommitted(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

/**
 * The worker polls anyway; this only makes a delivery leave as soon as its transaction commits. A
 * transaction's EntityManager has its own copy of the event manager, so the subscriber lives and
 * dies with that one transaction.
 */
function wakeWorkersAfterCommit(em: EntityManager): void {
  const wakeAll = () => { for (const wake of wakers) wake(); };
  if (em.isInTransaction()) em.getEventManager().registerSubscriber({ afterTransactionCommit: wakeAll });
  else setImmediate(wakeAll);
}
