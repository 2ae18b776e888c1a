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
  const references = em.getMetadata().get(entity).relations
    .filter((r) => r.kind === 'm:1' || r.kind === '1:1')
    .map((r) => r.name);
  return new DataLoader(async (parentIds) => {
    const rows = await em.createQueryBuilder(entity)
      .select('*')
      .where({ [parentField]: { $in: [...parentIds] } } as never)
      .orderBy(orderBy as never)
      .execute<Record<string, unknown>[]>('all', true);
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      for (const name of references) {
        const value = row[name];
        if (value !== null && value !== undefined && typeof value !== 'object') row[name] = { id: value };
      }
      groups.get((row[parentField] as { id: string }).id)?.push(row as T);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}
