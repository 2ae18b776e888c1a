/**
 * The parts of a standard version that application mutations check against (sub-services, deadline
 * rules, documents, refusal grounds), read through the process-wide cache of published versions
 * (standards/published-parts.cache.ts) that the read path fills as well. A published or repealed
 * version's parts never change; the cache entry is stamped with the version row's optimistic-lock
 * `version`, which the mutation has just read in its own transaction, so a hit costs no statement.
 * On a miss every missing kind is read in one statement by the read path's own code
 * (standards/part-lists.ts) and kept for the next mutation. A draft's parts are always read fresh.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasFrozenParts } from '../standards/published-parts.cache.js';
import { partLists } from '../standards/part-lists.js';
import type { StandardStatus } from '../standards/service-standard.entity.js';
import type { ISubService } from '../standards/sub-service.entity.js';
import type { IDeadlineRule } from '../standards/deadline-rule.entity.js';
import type { IDocumentRequirement } from '../standards/document-requirement.entity.js';
import type { IRefusalGround } from '../standards/refusal-ground.entity.js';

/** What identifies a version's parts in the cache: its id, and the row's version and status as just read. */
export interface StandardStamp { id: string; version: number; status: StandardStatus }

/** Kinds named as the read path's part loaders name them (they share the cache entries). */
interface PartRows { subServices: ISubService; deadlineRules: IDeadlineRule; documentRequirements: IDocumentRequirement; refusalGrounds: IRefusalGround }
export type PinnedPartKind = keyof PartRows;
export type PinnedParts<K extends PinnedPartKind> = { [P in K]: readonly PartRows[P][] };

/** The lists of `kinds` of the version, in the law's order (ordinal, then id). Frozen: never change them. */
export async function pinnedParts<K extends PinnedPartKind>(em: EntityManager, standard: StandardStamp, kinds: readonly K[]): Promise<PinnedParts<K>> {
  const stamp = hasFrozenParts(standard) ? standard.version : undefined;
  const lists = await partLists(em, kinds.map((kind) => ({ id: standard.id, kind, stamp })));
  return Object.fromEntries(kinds.map((kind, i) => [kind, lists[i]])) as unknown as PinnedParts<K>;
}
