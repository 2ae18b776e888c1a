/**
 * A standard version's part lists (channels, deadlines, documents, refusal grounds …) as plain
 * rows, for the read path's loaders and for the application mutations that check against them.
 * Lists of published versions come from the process-wide cache (published-parts.cache.ts) when the
 * caller presents the version row's `version` it has just read; the rest are read in ONE statement
 * that aggregates each list into a JSON array, in the law's order (ordinal, then id), and cached.
 * The statement runs on the caller's EntityManager, so inside its transaction when it has one.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { plainRowMapper, uuidArray } from '../../common/plain-rows.js';
import { StandardAgencyRole, StandardAmendment, StandardChannel, StandardLegalBasis } from './standard-links.entity.js';
import { SubService } from './sub-service.entity.js';
import { DeadlineRule } from './deadline-rule.entity.js';
import { DocumentRequirement } from './document-requirement.entity.js';
import { RefusalGround } from './refusal-ground.entity.js';
import { ComplaintLevel } from './complaint-level.entity.js';
import { ContactPoint } from './contact-point.entity.js';
import { WorkSchedule } from './work-schedule.entity.js';
import { QualificationGroup } from './qualification-requirement.entity.js';
import { FormTemplate } from './form-template.entity.js';
import { QualityIndicatorDefinition } from './quality-indicator-definition.entity.js';
import { publishedParts } from './published-parts.cache.js';

/** The part lists by the name loaders and the cache know them under. */
const PARTS = {
  standardChannels: StandardChannel, standardAgencyRoles: StandardAgencyRole, standardLegalBases: StandardLegalBasis,
  standardAmendments: StandardAmendment, subServices: SubService, deadlineRules: DeadlineRule, documentRequirements: DocumentRequirement,
  refusalGrounds: RefusalGround, complaintLevels: ComplaintLevel, contactPoints: ContactPoint, workSchedules: WorkSchedule,
  qualificationGroups: QualificationGroup, formTemplates: FormTemplate, qualityIndicatorDefinitions: QualityIndicatorDefinition,
} as const;
export type PartKind = keyof typeof PARTS;
type Row = Record<string, unknown>;

interface PartTable { table: string; parent: string; fromColumns: (raw: Row) => Row }
/** Table, parent column and row mapper of every part list, worked out once per ORM (not per request). */
const tablesByMetadata = new WeakMap<object, Record<PartKind, PartTable>>();

function partTables(em: EntityManager): Record<PartKind, PartTable> {
  const metadata = em.getMetadata();
  let tables = tablesByMetadata.get(metadata);
  if (!tables) {
    tables = Object.fromEntries(Object.entries(PARTS).map(([kind, entity]) => {
      const meta = metadata.get(entity as never);
      return [kind, { table: meta.tableName, parent: meta.properties.standard.fieldNames[0], fromColumns: plainRowMapper<Row>(em, entity as never).fromColumns }];
    })) as Record<PartKind, PartTable>;
    tablesByMetadata.set(metadata, tables);
  }
  return tables;
}

/** One list asked for: `kind` of version `id`; `stamp` is the version row's `version` when its parts are frozen. */
export interface PartListRequest { id: string; kind: PartKind; stamp?: number }

/** The lists asked for, in the same order; at most one statement for all that the cache does not hold. */
export async function partLists(em: EntityManager, requests: readonly PartListRequest[]): Promise<(readonly Row[])[]> {
  const answers = requests.map(({ id, kind, stamp }) => (stamp === undefined ? undefined : publishedParts.get<Row>(id, stamp, kind)));
  const missing = requests.filter((_, i) => !answers[i]);
  if (!missing.length) return answers as (readonly Row[])[];
  const tables = partTables(em);
  const kinds = [...new Set(missing.map((r) => r.kind))];
  const ids = [...new Set(missing.map((r) => r.id))];
  const lists = kinds.map((kind) => `(select coalesce(json_agg(x order by x.ordinal, x.id), '[]'::json) from ${tables[kind].table} x where x.${tables[kind].parent} = p.id) as "${kind}"`);
  const rows = await em.execute<Row[]>(`select p.id, ${lists.join(', ')} from unnest(cast(? as uuid[])) as p(id)`, [uuidArray(ids)]);
  const read = new Map<string, readonly Row[]>();
  for (const row of rows) {
    for (const kind of kinds) read.set(`${kind}|${row.id as string}`, (row[kind] as Row[]).map(tables[kind].fromColumns));
  }
  return requests.map(({ id, kind, stamp }, i) => {
    if (answers[i]) return answers[i]!;
    const list = read.get(`${kind}|${id}`) ?? [];
    if (stamp !== undefined) publishedParts.set(id, stamp, kind, list);
    return list;
  });
}
