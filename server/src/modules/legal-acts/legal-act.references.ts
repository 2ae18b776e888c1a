/**
 * What refers to a legal act, so deleting it can be refused with a message naming the referrers
 * instead of failing on a foreign key.
 *
 * The list of referring columns is derived from the ORM metadata (every many-to-one pointing at
 * LegalAct), so a standard part added later is covered without touching this file:
 * - columns of service_standard itself (approved_by_id, repealed_by_id, fee_legal_basis_id);
 * - columns of the standard's parts, i.e. entities with a `standard` many-to-one (act_id of legal
 *   bases and amendments, review_legal_basis_id of complaint levels, amended_by_id of every part);
 * - anything else but the act-to-act relations, reported as a count per table.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';

export interface LegalActReference {
  table: string;
  column: string;
  /** How to get from a referring row to the service_standard id: the row's own id, a standard_id column, or none. */
  standard: 'self' | 'column' | null;
  standardColumn?: string;
}

const SELF_RELATION_ENTITY = 'LegalActRelation';

function pointsAt(prop: EntityProperty, className: string): boolean {
  return prop.kind === ReferenceKind.MANY_TO_ONE && prop.targetMeta?.className === className;
}

let cached: LegalActReference[] | undefined;

/** Every column that references legal_act, except those of legal_act_relation. */
export function legalActReferences(em: EntityManager): LegalActReference[] {
  if (cached) return cached;
  const references: LegalActReference[] = [];
  for (const meta of em.getMetadata().getAll().values() as Iterable<EntityMetadata>) {
    if (meta.className === SELF_RELATION_ENTITY || meta.embeddable || meta.virtual) continue;
    const standardProp = Object.values(meta.properties).find((prop) => prop.name === 'standard' && pointsAt(prop, 'ServiceStandard'));
    for (const prop of Object.values(meta.properties)) {
      if (!pointsAt(prop, 'LegalAct')) continue;
      const column = prop.fieldNames[0];
      if (meta.className === 'ServiceStandard') references.push({ table: meta.tableName, column, standard: 'self' });
      else if (standardProp) references.push({ table: meta.tableName, column, standard: 'column', standardColumn: standardProp.fieldNames[0] });
      else references.push({ table: meta.tableName, column, standard: null });
    }
  }
  references.sort((a, b) => (`${a.table}.${a.column}` < `${b.table}.${b.column}` ? -1 : 1));
  cached = references;
  return references;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Labels ("code vN") of the standards that refer to the act through any of the columns above. */
export async function findStandardsReferencingLegalAct(em: EntityManager, actId: string): Promise<string[]> {
  const sources = legalActReferences(em).filter((r) => r.standard);
  if (!sources.length) return [];
  const selects = sources.map((r) => r.standard === 'self'
    ? `select id as standard_id from ${quote(r.table)} where ${quote(r.column)} = ?`
    : `select ${quote(r.standardColumn!)} as standard_id from ${quote(r.table)} where ${quote(r.column)} = ?`);
  const rows = await em.getConnection().execute<{ label: string }[]>(
    `select distinct s.code || ' v' || s.version_number as label from service_standard s
     where s.id in (${selects.join(' union ')}) order by label`, sources.map(() => actId));
  return rows.map((r) => r.label);
}

/** Rows of tables outside the standards that refer to the act, as "table (n)". */
export async function findOtherReferencesToLegalAct(em: EntityManager, actId: string): Promise<string[]> {
  const others = legalActReferences(em).filter((r) => !r.standard);
  if (!others.length) return [];
  const rows = await em.getConnection().execute<{ label: string; n: string }[]>(
    others.map((r) => `select '${r.table}.${r.column}' as label, count(*) as n from ${quote(r.table)} where ${quote(r.column)} = ?`).join(' union all '),
    others.map(() => actId));
  return rows.filter((r) => Number(r.n) > 0).map((r) => `${r.label} (${r.n})`);
}
