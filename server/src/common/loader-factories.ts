/**
 * DataLoader factories: every relation and nested list a resolver reads goes through one of these,
 * so a page of N records costs one SQL statement per relation, not N.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';

/** Loads records by id; missing ids resolve to null. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid record id; anything else cannot exist and never reaches SQL. */
export function isId(value: string): boolean {
  return UUID.test(value);
}

export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isId);
    const rows = valid.length ? await em.find(entity, { id: { $in: valid } } as never) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads the children of many parents at once, grouped by the parent's id, in `orderBy` order. */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  parentField: string,
  orderBy: Record<string, 'asc' | 'desc'>,
): DataLoader<string, T[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await em.find(entity, { [parentField]: { $in: [...parentIds] } } as never, { orderBy: orderBy as never });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const ref = (row as Record<string, unknown>)[parentField] as { id: string } | string;
      const key = typeof ref === 'string' ? ref : ref.id;
      groups.get(key)?.push(row);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}
