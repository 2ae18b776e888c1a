import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { baseProperties } from '../../common/base.entity.js';

/**
 * A partner URL that receives the change feed as signed POSTs. The secret signs every body
 * (HMAC-SHA256); it is shown once, when the subscription is created, and never again.
 */
export const WebhookSubscription = defineEntity({
  name: 'WebhookSubscription',
  tableName: 'webhook_subscription',
  properties: {
    ...baseProperties,
    url: p.string().length(2000),
    secret: p.string().hidden(),
    description: p.string().nullable(),
    active: p.boolean().default(true),
    /** The partner API key that registered it (null when registered by an administrator). */
    ownerApiKeyId: p.uuid().nullable().index(),
  },
});
export type IWebhookSubscription = InferEntity<typeof WebhookSubscription>;

export const DELIVERY_STATUSES = ['pending', 'sending', 'delivered', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * The outbox and delivery log: one row per event × subscription, written in the transaction of the
 * change it announces, then sent (and retried with exponential backoff) by the webhook worker. The
 * body is fixed when the row is written, so every attempt sends, and signs, the same bytes.
 */
export const WebhookDelivery = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  indexes: [{ properties: ['status', 'nextAttemptAt'] }],
  properties: {
    ...baseProperties,
    subscription: () => p.manyToOne(WebhookSubscription).ref().deleteRule('cascade').index(),
    event: p.string(),
    /** The change-feed entry it announces. */
    changeId: p.uuid().nullable(),
    body: p.text(),
    status: p.enum(DELIVERY_STATUSES).default('pending'),
    attempts: p.integer().default(0),
    lastStatusCode: p.integer().nullable(),
    lastError: p.text().nullable(),
    nextAttemptAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
  },
});
export type IWebhookDelivery = InferEntity<typeof WebhookDelivery>;
