import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Who changed what, when: written in the same transaction as the change it records. */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    at: p.datetime().onCreate(() => new Date()).index(),
    actor: p.string(),
    operation: p.string().index(),
    entityType: p.string(),
    entityId: p.string().index(),
    before: p.json<unknown>().nullable(),
    after: p.json<unknown>().nullable(),
    requestId: p.string().nullable(),
  },
});
export type IAuditEntry = InferEntity<typeof AuditEntry>;
