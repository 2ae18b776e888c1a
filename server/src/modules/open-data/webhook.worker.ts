/**
 * The in-process webhook sender. It claims due deliveries from the outbox (FOR UPDATE SKIP LOCKED,
 * so several server processes never send one delivery twice at once), POSTs each signed body to
 * its partner URL, and records the outcome: delivered on a 2xx answer; otherwise retried with
 * exponential backoff (base · 2^(attempt-1), ±20 % jitter, capped) until the last attempt fails it.
 * Redirects are not followed. A claimed delivery carries a lease: if this process dies mid-send,
 * another picks it up when the lease ends.
 *
 * Settings (environment): WEBHOOK_POLL_MS (default 5000), WEBHOOK_RETRY_BASE_MS (30000),
 * WEBHOOK_RETRY_MAX_MS (6 h), WEBHOOK_MAX_ATTEMPTS (8), WEBHOOK_TIMEOUT_MS (10000).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.js';
import { WebhookDelivery, WebhookSubscription, type IWebhookDelivery } from './webhook.entity.js';
import { SIGNATURE_HEADER, onOutboxCommitted, signBody } from './webhook.service.js';
import { checkWebhookUrl, guardedLookup, networkPolicy, type WebhookNetworkPolicy } from './webhook-url.js';

export interface WebhookWorkerOptions {
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  timeoutMs: number;
  batchSize: number;
  policy: WebhookNetworkPolicy;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  return env[name] && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function webhookWorkerOptions(env: NodeJS.ProcessEnv = process.env): WebhookWorkerOptions {
  return {
    pollMs: positive(env, 'WEBHOOK_POLL_MS', 5000),
    retryBaseMs: positive(env, 'WEBHOOK_RETRY_BASE_MS', 30_000),
    retryMaxMs: positive(env, 'WEBHOOK_RETRY_MAX_MS', 6 * 3600_000),
    maxAttempts: Math.round(positive(env, 'WEBHOOK_MAX_ATTEMPTS', 8)),
    timeoutMs: positive(env, 'WEBHOOK_TIMEOUT_MS', 10_000),
    batchSize: 20,
    policy: networkPolicy(env),
  };
}

/** Delay before attempt n+1 after n failed attempts. */
export function retryDelay(failedAttempts: number, options: Pick<WebhookWorkerOptions, 'retryBaseMs' | 'retryMaxMs'>, random = Math.random): number {
  const raw = Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

interface Outcome { ok: boolean; statusCode: number | null; error: string | null }

/** One POST; never follows redirects; connects only to addresses the network policy allows. */
async function post(url: string, body: string, headers: Record<string, string>, options: WebhookWorkerOptions, signal: AbortSignal): Promise<Outcome> {
  try {
    await checkWebhookUrl(url, options.policy);
  } catch (error) {
    return { ok: false, statusCode: null, error: `refused: ${(error as Error).message}` };
  }
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Outcome>((resolve) => {
    const req = send(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Qyzmet-Webhooks/1', ...headers },
      lookup: guardedLookup(options.policy) as never,
      timeout: options.timeoutMs,
      signal,
    }, (res: IncomingMessage) => {
      res.resume();
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const error = ok ? null : status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}`;
      res.on('end', () => resolve({ ok, statusCode: status, error }));
      res.on('error', () => resolve({ ok, statusCode: status, error }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error) => resolve({ ok: false, statusCode: null, error: error.message }));
    req.end(body);
  });
}

export interface WebhookWorker {
  /** Look for due deliveries now (called when a transaction with deliveries commits). */
  wake(): void;
  /** Sends everything due now; resolves with the number of deliveries attempted. */
  runOnce(): Promise<number>;
  /** Stops polling and waits for the sends in flight. */
  stop(): Promise<void>;
}

export function startWebhookWorker(orm: MikroORM, log: Logger, options: WebhookWorkerOptions = webhookWorkerOptions()): WebhookWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  /** Aborts the requests in flight when the server shuts down (they are retried later). */
  const shutdown = new AbortController();

  /** Claims up to a batch of due deliveries: marks them sending, counts the attempt, sets the lease. */
  async function claim(): Promise<IWebhookDelivery[]> {
    return orm.em.fork().transactional(async (em: EntityManager) => {
      const now = new Date();
      const due = await em.find(WebhookDelivery, { status: { $in: ['pending', 'sending'] }, nextAttemptAt: { $lte: now } }, {
        orderBy: { nextAttemptAt: 'asc' }, limit: options.batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
      });
      const lease = new Date(now.getTime() + options.timeoutMs + 60_000);
      for (const d of due) Object.assign(d, { status: 'sending', attempts: d.attempts + 1, nextAttemptAt: lease });
      return due;
    });
  }

  async function deliver(delivery: IWebhookDelivery): Promise<void> {
    const em = orm.em.fork();
    const subscription = await em.findOne(WebhookSubscription, { id: delivery.subscription.id });
    let outcome: Outcome;
    if (!subscription || !subscription.active) {
      outcome = { ok: false, statusCode: null, error: 'subscription inactive' };
    } else {
      outcome = await post(subscription.url, delivery.body, {
        [SIGNATURE_HEADER]: signBody(subscription.secret, delivery.body),
        'X-Qyzmet-Event': delivery.event,
        'X-Qyzmet-Delivery': delivery.id,
      }, options, shutdown.signal);
    }
    const row = await em.findOne(WebhookDelivery, { id: delivery.id });
    if (!row) return;
    row.lastStatusCode = outcome.statusCode;
    if (outcome.ok) {
      Object.assign(row, { status: 'delivered', deliveredAt: new Date(), nextAttemptAt: null, lastError: null });
    } else if (!subscription || !subscription.active) {
      Object.assign(row, { status: 'cancelled', nextAttemptAt: null, lastError: outcome.error });
    } else if (row.attempts >= options.maxAttempts) {
      Object.assign(row, { status: 'failed', nextAttemptAt: null, lastError: outcome.error });
    } else {
      Object.assign(row, { status: 'pending', nextAttemptAt: new Date(Date.now() + retryDelay(row.attempts, options)), lastError: outcome.error });
    }
    await em.flush();
    log.info({ delivery: row.id, event: row.event, status: row.status, attempts: row.attempts, httpStatus: outcome.statusCode, error: outcome.error ?? undefined }, 'webhook delivery');
  }

  async function runOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const batch = await claim();
      await Promise.all(batch.map((d) => deliver(d).catch((error) => log.error({ err: error, delivery: d.id }, 'webhook delivery failed unexpectedly'))));
      total += batch.length;
      if (batch.length < options.batchSize || stopped) return total;
    }
  }

  function schedule(ms: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  }

  function tick(): void {
    if (stopped) return;
    if (running) { again = true; return; }
    running = runOnce()
      .catch((error) => { log.error({ err: error }, 'webhook worker: polling failed'); return 0; })
      .finally(() => {
        running = undefined;
        if (again) { again = false; schedule(0); } else schedule(options.pollMs);
      });
  }

  const unsubscribe = onOutboxCommitted(() => schedule(0));
  schedule(options.pollMs);

  return {
    wake: () => schedule(0),
    runOnce,
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      shutdown.abort();
      await running?.catch(() => undefined);
    },
  };
}
