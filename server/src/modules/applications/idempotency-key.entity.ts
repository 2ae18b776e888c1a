/**
 * Partner submissions are idempotent: the first `submitApplication` with a key claims it (a unique
 * (owner, key) row inserted with INSERT … ON CONFLICT in the submission's transaction); a concurrent
 * call with the same key waits on that row and then answers with the same application. A key lives
 * IDEMPOTENCY_KEY_TTL_HOURS; after that it may be reused for a new submission.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Application } from './application.entity.js';

export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export const IdempotencyKey = defineEntity({
  name: 'IdempotencyKey',
  tableName: 'idempotency_key',
  uniques: [{ name: 'idempotency_key_owner_key_unique', properties: ['owner', 'key'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** Whose key it is (the partner); keys of different partners never collide. */
    owner: p.string().length(200),
    key: p.string().length(200),
    /** SHA-256 of the canonical input: the same key with another input is a CONFLICT. */
    requestHash: p.string().length(64),
    application: () => p.manyToOne(Application).ref().nullable().deleteRule('cascade'),
    createdAt: p.datetime(),
    expiresAt: p.datetime().index(),
  },
});
export type IIdempotencyKey = InferEntity<typeof IdempotencyKey>;
