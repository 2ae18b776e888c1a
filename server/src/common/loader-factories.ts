/**
 * DataLoader factories: every relation and nested list a resolver reads goes through one of these,
 * so a page of N records costs one SQL statement per relation, not N.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { findPlain } from './plain-rows.js';

import { isId } from './ids.js';

export { isId };

/** Loads records by id; missing ids resolve to null. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isId);
    const rows = valid.length ? await em.find(entity, { id: { $in: valid } } as never) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads the children of many parents at once, grouped by the parent's id, in `orderBy` order.
 *
 * Children are read-only here, so they are fetched as plain rows (property names, references as
 * `{ id }`) without managed-entity hydration: a page of standards carries thousands of parts, and
 * hydrating them cost more than the query itself.
 */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  parentField: string,
  orderBy: Record<string, 'asc' | 'desc'>,
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await findPlain<T>(em, entity, { [parentField]: { $in: [...parentIds] } } as never, { orderBy });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get((row as Record<string, { id: string }>)[parentField].id)?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}
