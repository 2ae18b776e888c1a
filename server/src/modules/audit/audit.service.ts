/**
 * Writes the audit trail. Always called with the transaction's EntityManager, so an audit row exists
 * exactly when the change it records was committed.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { wrap } from '@mikro-orm/core';
import { AuditEntry } from './audit-entry.entity.js';
import type { Context } from '../../context.js';

export type AuditOperation = `${'create' | 'update' | 'delete' | 'publish' | 'repeal' | 'createDraft' | string}`;

/** A plain JSON snapshot of an entity (relations as ids), for before/after columns. */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  const plain = JSON.parse(JSON.stringify(wrap(entity).toObject())) as Record<string, unknown>;
  // A related record that happens to be loaded is serialised whole; the audit keeps only its id.
  for (const [key, value] of Object.entries(plain)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) plain[key] = (value as { id: unknown }).id;
  }
  return plain;
}

export function recordAudit(
  em: EntityManager,
  ctx: Pick<Context, 'identity' | 'requestId'>,
  operation: AuditOperation,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
): void {
  em.create(AuditEntry, {
    actor: ctx.identity.actor,
    operation,
    entityType,
    entityId,
    before: before ?? null,
    after: after ?? null,
    requestId: ctx.requestId,
  });
}
