/**
 * Read-only rows without managed entities, for what a request only displays: raw results mapped to
 * property names by MikroORM's own mapping (custom types, JSON, dates), with references as
 * `{ id }` — the shape resolvers read from entities (`row.agency.id`). No identity map, no
 * hydration, nothing to flush: on a page of hundreds of rows hydration cost more than the query.
 * Writes keep using entities (services load what they change through the EntityManager).
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityMetadata, EntityName, FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { isId } from './ids.js';
import { listRows } from './list-statements.js';

type Row = Record<string, unknown>;

interface PlainRowMapper<T> { fromColumns(raw: Row): T; refs(row: Row): T }

/**
 * Mappers per ORM (its metadata) and entity, built once: a request creates a dozen loaders, and
 * looking entities up in MikroORM's metadata for each was a tenth of a small request's time.
 */
const mappers = new WeakMap<object, Map<unknown, PlainRowMapper<never>>>();

/** Maps raw rows of `entity`'s table (column names) or query-builder results (property names) to plain rows. */
export function plainRowMapper<T extends object>(em: EntityManager, entity: EntityName<T>): PlainRowMapper<T> {
  const metadata = em.getMetadata();
  let byEntity = mappers.get(metadata);
  if (!byEntity) mappers.set(metadata, (byEntity = new Map()));
  let mapper = byEntity.get(entity) as PlainRowMapper<T> | undefined;
  if (!mapper) {
    mapper = buildMapper<T>(em, entity);
    byEntity.set(entity, mapper as PlainRowMapper<never>);
  }
  return mapper;
}

function buildMapper<T extends object>(em: EntityManager, entity: EntityName<T>): PlainRowMapper<T> {
  const meta = em.getMetadata().get(entity);
  const driver = em.getDriver();
  const references = meta.relations.filter((r) => r.kind === 'm:1' || r.kind === '1:1').map((r) => r.name as string);
  const refs = (row: Row): T => {
    for (const name of references) {
      const value = row[name];
      if (value !== null && value !== undefined && typeof value !== 'object') row[name] = { id: value };
    }
    return row as T;
  };
  return { fromColumns: (raw) => refs(driver.mapResult(raw as never, meta) as Row), refs };
}

/**
 * The properties and columns a GraphQL selection reads from a plain row, or undefined for "all of
 * them". Every selected field must be a stored property of `entity` with the same name (a scalar,
 * an embedded value or a reference, whose resolver reads the property or the reference's id);
 * or a field listed in `resolverNeeds` with the properties its resolver reads (e.g. a nested page
 * that only needs the id); anything else (a computed field, a fragment) may read any column, so it
 * reads them all.
 * Reading only what is shown matters on nested pages: parsing and mapping unused columns (texts,
 * JSON) cost more than the statement itself.
 */
export interface SelectedColumns { properties: string[]; columns: string[]; key: string }

/**
 * Worked out once per selection and entity, not per request or parent row: Apollo keeps one parsed
 * document per query text, so a field's node is the same object in every request (graphql-js builds
 * a new `fieldNodes` array per execution, but hands every item of a list the same one).
 */
const selections = new WeakMap<object, Map<unknown, SelectedColumns | undefined>>();

export function selectedColumns<T extends object>(em: EntityManager, entity: EntityName<T>, info: Pick<GraphQLResolveInfo, 'fieldNodes'>, resolverNeeds: Readonly<Record<string, readonly string[]>> = {}): SelectedColumns | undefined {
  // A field asked for once is keyed by its node; one merged from several nodes, by their array.
  const node: object = info.fieldNodes.length === 1 ? info.fieldNodes[0] : info.fieldNodes;
  let byEntity = selections.get(node);
  if (!byEntity) selections.set(node, byEntity = new Map());
  if (byEntity.has(entity)) return byEntity.get(entity);
  const selected = selectedOf(em.getMetadata().get(entity), info, resolverNeeds);
  byEntity.set(entity, selected);
  return selected;
}

function selectedOf(meta: EntityMetadata, info: Pick<GraphQLResolveInfo, 'fieldNodes'>, resolverNeeds: Readonly<Record<string, readonly string[]>>): SelectedColumns | undefined {
  const properties = new Set<string>(meta.primaryKeys as string[]);
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const node of set?.selections ?? []) {
      if (node.kind !== 'Field') return false;
      const name = node.name.value;
      if (name === '__typename') continue;
      if (Object.hasOwn(resolverNeeds, name)) {
        for (const need of resolverNeeds[name]) properties.add(need);
        continue;
      }
      const prop = meta.properties[name as never] as { kind: string; owner?: boolean; persist?: boolean; formula?: unknown; lazy?: boolean; fieldNames?: string[] } | undefined;
      const stored = prop && prop.persist !== false && !prop.formula && !prop.lazy && prop.fieldNames?.length
        && (prop.kind === 'scalar' || prop.kind === 'embedded' || prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner));
      if (!stored) return false;
      properties.add(name);
    }
    return true;
  };
  if (!info.fieldNodes.every((node) => visit(node.selectionSet))) return undefined;
  const sorted = [...properties].sort();
  const columns = [...new Set(sorted.flatMap((name) => (meta.properties[name as never] as { fieldNames: string[] }).fieldNames))];
  return { properties: sorted, columns, key: sorted.join(',') };
}

/** A filtered, ordered, paged list as plain rows: one statement, the same conditions `em.find` takes. */
export async function findPlain<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>,
  options: { limit?: number; offset?: number; orderBy: unknown; select?: SelectedColumns }): Promise<T[]> {
  const raw = await listRows(em, entity, where, { ...options, properties: options.select?.properties });
  const { fromColumns } = plainRowMapper(em, entity);
  return raw.map(fromColumns);
}

/** Loads records by id as plain rows; missing or malformed ids resolve to null. */
export function plainByIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isId);
    const rows = valid.length ? await findPlain<T>(em, entity, { id: { $in: valid } } as never, { orderBy: { id: 'asc' } }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** `{a,b,c}`: a PostgreSQL array literal of ids already checked by isId (the driver would expand a JS array into a list). */
export const uuidArray = (ids: readonly string[]): string => `{${ids.filter(isId).join(',')}}`;

export interface PagedChildren {
  /** Table and column of the children's parent reference, e.g. `application`, `standard_id`. */
  table: string;
  parentColumn: string;
  /** Columns of the order within each parent, e.g. [['submitted_at', 'desc'], ['id', 'desc']]. */
  order: readonly (readonly [string, 'asc' | 'desc'])[];
  limit: number;
  offset: number;
  /** Extra condition on the children (`x.` is the child), with its parameters. */
  condition?: { sql: string; params: unknown[] };
  /** Only these columns (the parent column is added); all when absent. */
  select?: SelectedColumns;
}

const orderSql = (page: PagedChildren) => page.order.map(([column, direction]) => `x.${column} ${direction}`).join(', ');

/** The page of children of the parent whose id is `parentIdSql` (e.g. `p.id`): SQL with `?` placeholders and its values. */
export function childPageSql(page: PagedChildren, parentIdSql: string, columns: string): { sql: string; params: unknown[] } {
  const extra = page.condition ? ` and ${page.condition.sql}` : '';
  return {
    sql: `select ${columns} from ${page.table} x where x.${page.parentColumn} = ${parentIdSql}${extra} order by ${orderSql(page)} limit ? offset ?`,
    params: [...(page.condition?.params ?? []), page.limit, page.offset],
  };
}

/**
 * One page of children for each of many parents in ONE statement: a LATERAL subquery per parent,
 * so each page is an index scan that stops after `limit` rows, instead of ranking every child of
 * every parent. Results are grouped by parent, in the given order.
 */
export function pagedChildrenLoader<T extends object>(em: EntityManager, entity: EntityName<T>, page: PagedChildren): DataLoader<string, T[]> {
  const { fromColumns } = plainRowMapper(em, entity);
  const columns = page.select ? [...new Set([...page.select.columns, page.parentColumn])].map((c) => `x.${c}`).join(', ') : 'x.*';
  const children = childPageSql(page, 'p.id', '*');
  const sql = `select ${columns} from unnest(cast(? as uuid[])) with ordinality as p(id, n)
    cross join lateral (${children.sql}) x
    order by p.n, ${orderSql(page)}`;
  return new DataLoader(async (parentIds) => {
    const raw = await em.getConnection().execute<Row[]>(sql, [uuidArray(parentIds), ...children.params]);
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of raw) groups.get(row[page.parentColumn] as string)?.push(fromColumns(row));
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}
