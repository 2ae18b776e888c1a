/**
 * The SQL of a list query, built by MikroORM's QueryBuilder once per *shape* of the query (entity,
 * columns, order, page, and the structure of the conditions with their values left out) and reused
 * with the values of each request. Building the statement cost more CPU than PostgreSQL spent
 * answering a 20-row page.
 *
 * A shape is reused only when it is proven safe: at the first build, the values picked out of the
 * conditions (in key order) must be exactly the QueryBuilder's parameters, in its order. Where
 * MikroORM converts, reorders or inlines a value, the shape is marked "always build".
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';

export interface ListQuery { limit?: number; offset?: number; orderBy: unknown; properties?: readonly string[] }

/** SQL with `?` placeholders and where each parameter comes from; null: never reuse this shape. */
type Plan = { sql: string } | null;

const plans = new Map<string, Plan>();
const MAX_PLANS = 2000;

/** How often a statement was built, reused, or built for a shape that cannot be reused (for tests). */
export const listStatementCounts = { built: 0, reused: 0, notReusable: 0 };

type Leaf = string | number | bigint | boolean | Date | null | undefined;

/**
 * Appends the leaf values of `where` to `values` in key order and returns its shape: the same string
 * for two conditions that differ only in their values (nulls, booleans and array lengths are part
 * of the shape: MikroORM writes `is null`, may inline booleans, and writes one placeholder per item).
 */
function shapeOf(node: unknown, values: Leaf[]): string {
  if (node === null || node === undefined) return 'N';
  if (typeof node === 'boolean') return node ? 'T' : 'F';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint' || node instanceof Date) {
    values.push(node);
    return '?';
  }
  if (Array.isArray(node)) return `[${node.map((item) => shapeOf(item, values)).join(',')}]`;
  if (typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
    return `{${Object.keys(node).map((key) => `${JSON.stringify(key)}:${shapeOf((node as Record<string, unknown>)[key], values)}`).join(',')}}`;
  }
  return '!'; // anything else (an entity, a raw fragment): not reusable
}

const sameValue = (a: unknown, b: unknown) => a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/** The statement of a list: SQL with `?` placeholders and its values. */
export interface ListStatement { sql: string; params: unknown[] }

/**
 * The list's statement without running it, or null when its shape cannot be reused (then only the
 * QueryBuilder itself may run it: listRows). Read plans (common/read-plans) wrap it in the statement
 * that builds the answer.
 */
export function listStatement<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, query: ListQuery): ListStatement | null {
  const prepared = prepare(em, entity, where, query);
  if (prepared.known) return { sql: prepared.known.sql, params: prepared.params };
  if (prepared.known === null) return null;
  const built = build(em, entity, where, query, prepared);
  return built.reusable ? { sql: built.qb.getQuery(), params: prepared.params } : null;
}

/** Raw rows (column names) of the list: from a reused statement, or from the QueryBuilder. */
export async function listRows<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, query: ListQuery): Promise<Record<string, unknown>[]> {
  const prepared = prepare(em, entity, where, query);
  if (prepared.known) return em.getConnection().execute<Record<string, unknown>[]>(prepared.known.sql, prepared.params, 'all');
  const { qb } = build(em, entity, where, query, prepared);
  return qb.execute<Record<string, unknown>[]>('all', false);
}

interface Prepared { key: string; shape: string; params: unknown[]; known: Plan | undefined }

function prepare<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, query: ListQuery): Prepared {
  const values: Leaf[] = [];
  const shape = shapeOf(where, values);
  const name = typeof entity === 'string' ? entity : (entity as { name: string }).name;
  const key = `${name}|${query.properties?.join(',') ?? '*'}|${JSON.stringify(query.orderBy)}|${query.limit ?? ''}|${query.offset ?? ''}|${shape}`;
  const params = [...values, ...(query.limit !== undefined ? [query.limit] : []), ...(query.offset ? [query.offset] : [])];
  const known = shape.includes('!') ? null : plans.get(key);
  if (known) listStatementCounts.reused++;
  return { key, shape, params, known };
}

/** Builds the statement with the QueryBuilder; the first build of a shape decides whether it can be reused. */
function build<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>, query: ListQuery, { key, shape, params, known }: Prepared) {
  const qb = em.createQueryBuilder(entity).select(query.properties ? query.properties as never : '*').where(where as never).orderBy(query.orderBy as never);
  if (query.limit !== undefined) qb.limit(query.limit);
  if (query.offset) qb.offset(query.offset);
  let reusable = false;
  if (known === undefined && !shape.includes('!')) {
    const built = qb.getParams();
    reusable = built.length === params.length && built.every((value, i) => sameValue(value, params[i]));
    if (plans.size >= MAX_PLANS) plans.clear();
    plans.set(key, reusable ? { sql: qb.getQuery() } : null);
  }
  if (known === undefined) listStatementCounts.built++; else listStatementCounts.notReusable++;
  return { qb, reusable };
}
