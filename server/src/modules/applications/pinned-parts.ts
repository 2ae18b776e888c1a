/**
 * The parts of a standard version that application mutations check against (sub-services, deadline
 * rules, documents, refusal grounds), read through the process-wide cache of published versions
 * (standards/published-parts.cache.ts) that the read path fills as well. A published or repealed
 * version's parts never change; the cache entry is stamped with the version row's optimistic-lock
 * `version`, which the mutation has just read in its own transaction, so a hit costs no statement.
 * On a miss every missing kind is read in one statement, in the same shape (and order) as the
 * read path's part lists, and kept for the next mutation. A draft's parts are always read fresh.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasFrozenParts, publishedParts } from '../standards/published-parts.cache.js';
import type { StandardStatus } from '../standards/service-standard.entity.js';
import { SubService, type ISubService } from '../standards/sub-service.entity.js';
import { DeadlineRule, type IDeadlineRule } from '../standards/deadline-rule.entity.js';
import { DocumentRequirement, type IDocumentRequirement } from '../standards/document-requirement.entity.js';
import { RefusalGround, type IRefusalGround } from '../standards/refusal-ground.entity.js';
import { plainRowMapper } from '../../common/plain-rows.js';

/** What identifies a version's parts in the cache: its id, and the row's version and status as just read. */
export interface StandardStamp { id: string; version: number; status: StandardStatus }

/** Kinds named as the read path's part loaders name them (they share the cache entries). */
const ENTITIES = { subServices: SubService, deadlineRules: DeadlineRule, documentRequirements: DocumentRequirement, refusalGrounds: RefusalGround } as const;
interface PartRows { subServices: ISubService; deadlineRules: IDeadlineRule; documentRequirements: IDocumentRequirement; refusalGrounds: IRefusalGround }
export type PinnedPartKind = keyof PartRows;
export type PinnedParts<K extends PinnedPartKind> = { [P in K]: readonly PartRows[P][] };

type Row = Record<string, unknown>;
interface PartTable { table: string; parent: string; fromColumns: (raw: Row) => Row }
/** Table, parent column and row mapper of each kind, worked out once per ORM. */
const tablesByMetadata = new WeakMap<object, Record<PinnedPartKind, PartTable>>();

function partTables(em: EntityManager): Record<PinnedPartKind, PartTable> {
  const metadata = em.getMetadata();
  let tables = tablesByMetadata.get(metadata);
  if (!tables) {
    tables = Object.fromEntries(Object.entries(ENTITIES).map(([kind, entity]) => {
      const meta = metadata.get(entity as never);
      return [kind, { table: meta.tableName, parent: meta.properties.standard.fieldNames[0], fromColumns: plainRowMapper<Row>(em, entity as never).fromColumns }];
    })) as Record<PinnedPartKind, PartTable>;
    tablesByMetadata.set(metadata, tables);
  }
  return tables;
}

/** The lists of `kinds` of the version, in the law's order (ordinal, then id). Frozen: never change them. */
export async function pinnedParts<K extends PinnedPartKind>(em: EntityManager, standard: StandardStamp, kinds: readonly K[]): Promise<PinnedParts<K>> {
  const frozen = hasFrozenParts(standard);
  const parts = {} as Record<K, readonly object[]>;
  const missing = kinds.filter((kind) => {
    const cached = frozen ? publishedParts.get<object>(standard.id, standard.version, kind) : undefined;
    if (cached) parts[kind] = cached;
    return !cached;
  });
  if (missing.length) {
    const tables = partTables(em);
    const lists = missing.map((kind) => `(select coalesce(json_agg(x order by x.ordinal, x.id), '[]'::json) from ${tables[kind].table} x where x.${tables[kind].parent} = ?) as "${kind}"`);
    const [row] = await em.execute<Row[]>(`select ${lists.join(', ')}`, missing.map(() => standard.id));
    for (const kind of missing) {
      const list = (row[kind] as Row[]).map(tables[kind].fromColumns);
      if (frozen) publishedParts.set(standard.id, standard.version, kind, list);
      parts[kind] = list;
    }
  }
  return parts as unknown as PinnedParts<K>;
}
