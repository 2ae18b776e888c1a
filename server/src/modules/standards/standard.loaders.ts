/**
 * Per-request loaders of a standard and its parts. Every part list a request asks for in one tick
 * (a page of versions × the lists its query selects) is read in ONE statement, one JSON array per
 * version and list; lists of published versions already in the process-wide cache cost none.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pagedChildrenLoader, plainByIdLoader, plainRowMapper, uuidArray, type SelectedColumns } from '../../common/plain-rows.js';
import { ServiceStandard, type IServiceStandard } from './service-standard.entity.js';
import { StandardAgencyRole, StandardAmendment, StandardChannel, StandardLegalBasis, type IStandardAgencyRole, type IStandardAmendment, type IStandardChannel, type IStandardLegalBasis } from './standard-links.entity.js';
import { SubService, type ISubService } from './sub-service.entity.js';
import { DeadlineRule, type IDeadlineRule } from './deadline-rule.entity.js';
import { DocumentRequirement, type IDocumentRequirement } from './document-requirement.entity.js';
import { RefusalGround, type IRefusalGround } from './refusal-ground.entity.js';
import { ComplaintLevel, type IComplaintLevel } from './complaint-level.entity.js';
import { ContactPoint, type IContactPoint } from './contact-point.entity.js';
import { WorkSchedule, type IWorkSchedule } from './work-schedule.entity.js';
import { QualificationGroup, type IQualificationGroup } from './qualification-requirement.entity.js';
import { FormTemplate, type IFormTemplate } from './form-template.entity.js';
import { QualityIndicatorDefinition, type IQualityIndicatorDefinition } from './quality-indicator-definition.entity.js';
import { hasFrozenParts, publishedParts } from './published-parts.cache.js';

/** The part lists by loader name. */
const PARTS = {
  standardChannels: StandardChannel, standardAgencyRoles: StandardAgencyRole, standardLegalBases: StandardLegalBasis,
  standardAmendments: StandardAmendment, subServices: SubService, deadlineRules: DeadlineRule, documentRequirements: DocumentRequirement,
  refusalGrounds: RefusalGround, complaintLevels: ComplaintLevel, contactPoints: ContactPoint, workSchedules: WorkSchedule,
  qualificationGroups: QualificationGroup, formTemplates: FormTemplate, qualityIndicatorDefinitions: QualityIndicatorDefinition,
} as const;
type PartKind = keyof typeof PARTS;
type Row = Record<string, unknown>;

/** What resolvers call: `ctx.loaders.deadlineRules.load(versionId)`. */
export interface PartListLoader<T> { load(versionId: string): Promise<T[]> }

/**
 * Loads part lists by `kind|versionId`. Published versions are looked up in the cache first,
 * stamped with the `version` of the row this request read (the `standard` loader, which list and
 * lookup queries prime, so the check costs no statement there); the rest comes from one statement
 * that aggregates each list into a JSON array, in the law's order (ordinal, then id).
 */
type PartTables = Record<PartKind, { table: string; parent: string; mapper: ReturnType<typeof plainRowMapper<Row>> }>;
/** Table, parent column and row mapper of every part list, worked out once per ORM (not per request). */
const partTablesByMetadata = new WeakMap<object, PartTables>();

function partTables(em: EntityManager): PartTables {
  const metadata = em.getMetadata();
  let tables = partTablesByMetadata.get(metadata);
  if (!tables) {
    tables = Object.fromEntries(Object.entries(PARTS).map(([kind, entity]) => {
      const meta = metadata.get(entity as never);
      return [kind, { table: meta.tableName, parent: meta.properties.standard.fieldNames[0], mapper: plainRowMapper<Row>(em, entity as never) }];
    })) as PartTables;
    partTablesByMetadata.set(metadata, tables);
  }
  return tables;
}

function partListsLoader(em: EntityManager, standards: DataLoader<string, IServiceStandard | null>): DataLoader<string, Row[]> {
  const tables = partTables(em);

  return new DataLoader(async (keys) => {
    const requests = keys.map((key) => { const [kind, id] = key.split('|'); return { kind: kind as PartKind, id }; });
    const versions = new Map<string, IServiceStandard | null>();
    const ids = [...new Set(requests.map((r) => r.id))];
    (await standards.loadMany(ids)).forEach((v, i) => versions.set(ids[i], v instanceof Error ? null : v));
    const stampOf = (id: string) => { const v = versions.get(id); return v && hasFrozenParts(v) ? v.version : undefined; };

    const answers = new Map<string, readonly Row[]>();
    const missing = requests.filter(({ kind, id }) => {
      const stamp = stampOf(id);
      const cached = stamp === undefined ? undefined : publishedParts.get<Row>(id, stamp, kind);
      if (cached) answers.set(`${kind}|${id}`, cached);
      return !cached;
    });
    if (missing.length) {
      const kinds = [...new Set(missing.map((r) => r.kind))];
      const missingIds = [...new Set(missing.map((r) => r.id))];
      const lists = kinds.map((kind) => `(select coalesce(json_agg(x order by x.ordinal, x.id), '[]'::json) from ${tables[kind].table} x where x.${tables[kind].parent} = p.id) as "${kind}"`);
      const rows = await em.getConnection().execute<Row[]>(`select p.id, ${lists.join(', ')} from unnest(cast(? as uuid[])) as p(id)`, [uuidArray(missingIds)]);
      for (const row of rows) {
        const id = row.id as string;
        for (const kind of kinds) {
          const list = (row[kind] as Row[]).map(tables[kind].mapper.fromColumns);
          answers.set(`${kind}|${id}`, list);
          const stamp = stampOf(id);
          if (stamp !== undefined) publishedParts.set(id, stamp, kind, list);
        }
      }
    }
    return keys.map((key) => (answers.get(key) ?? []) as Row[]);
  });
}

/** Statuses anonymous callers and partners may see, as SQL on the child alias `x`. */
const PUBLIC_ONLY = { sql: `x.status in ('published', 'repealed')`, params: [] };

export function createStandardLoaders(em: EntityManager) {
  const standard = plainByIdLoader(em, ServiceStandard);
  const lists = partListsLoader(em, standard);
  const part = <T>(kind: PartKind): PartListLoader<T> => ({ load: (versionId) => lists.load(`${kind}|${versionId}`) as Promise<T[]> });
  const byProvider = new Map<string, DataLoader<string, IServiceStandard[]>>();
  return {
    standard,
    standardChannels: part<IStandardChannel>('standardChannels'),
    standardAgencyRoles: part<IStandardAgencyRole>('standardAgencyRoles'),
    standardLegalBases: part<IStandardLegalBasis>('standardLegalBases'),
    standardAmendments: part<IStandardAmendment>('standardAmendments'),
    subServices: part<ISubService>('subServices'),
    deadlineRules: part<IDeadlineRule>('deadlineRules'),
    documentRequirements: part<IDocumentRequirement>('documentRequirements'),
    refusalGrounds: part<IRefusalGround>('refusalGrounds'),
    complaintLevels: part<IComplaintLevel>('complaintLevels'),
    contactPoints: part<IContactPoint>('contactPoints'),
    workSchedules: part<IWorkSchedule>('workSchedules'),
    qualificationGroups: part<IQualificationGroup>('qualificationGroups'),
    formTemplates: part<IFormTemplate>('formTemplates'),
    qualityIndicatorDefinitions: part<IQualityIndicatorDefinition>('qualityIndicatorDefinitions'),
    /** One page of the versions each agency provides (by code, then version), for every agency of a page at once. */
    standardsByProvider(limit: number, offset: number, publicOnly: boolean, select?: SelectedColumns): DataLoader<string, IServiceStandard[]> {
      const key = `${limit}:${offset}:${publicOnly}:${select?.key ?? '*'}`;
      let loader = byProvider.get(key);
      if (!loader) {
        loader = pagedChildrenLoader<IServiceStandard>(em, ServiceStandard, {
          table: 'service_standard', parentColumn: 'provider_id', order: [['code', 'asc'], ['version_number', 'asc'], ['id', 'asc']],
          limit, offset, condition: publicOnly ? PUBLIC_ONLY : undefined, select,
        });
        byProvider.set(key, loader);
      }
      return loader;
    },
  };
}
