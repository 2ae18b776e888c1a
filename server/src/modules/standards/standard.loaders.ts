/**
 * Per-request loaders of a standard and its parts. Every part list a request asks for in one tick
 * (a page of versions × the lists its query selects) is read in ONE statement, one JSON array per
 * version and list; lists of published versions already in the process-wide cache cost none.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pagedChildrenLoader, plainByIdLoader, type PagedChildren, type SelectedColumns } from '../../common/plain-rows.js';
import { ServiceStandard, type IServiceStandard } from './service-standard.entity.js';
import type { IStandardAgencyRole, IStandardAmendment, IStandardChannel, IStandardLegalBasis } from './standard-links.entity.js';
import type { ISubService } from './sub-service.entity.js';
import type { IDeadlineRule } from './deadline-rule.entity.js';
import type { IDocumentRequirement } from './document-requirement.entity.js';
import type { IRefusalGround } from './refusal-ground.entity.js';
import type { IComplaintLevel } from './complaint-level.entity.js';
import type { IContactPoint } from './contact-point.entity.js';
import type { IWorkSchedule } from './work-schedule.entity.js';
import type { IQualificationGroup } from './qualification-requirement.entity.js';
import type { IFormTemplate } from './form-template.entity.js';
import type { IQualityIndicatorDefinition } from './quality-indicator-definition.entity.js';
import { hasFrozenParts } from './published-parts.cache.js';
import { partLists, type PartKind } from './part-lists.js';

type Row = Record<string, unknown>;

/** What resolvers call: `ctx.loaders.deadlineRules.load(versionId)`. */
export interface PartListLoader<T> { load(versionId: string): Promise<T[]> }

/**
 * Loads part lists by `kind|versionId`: every list a request asks for in one tick in one statement
 * (part-lists.ts). Published versions are stamped with the `version` of the row this request read
 * (the `standard` loader, which list and lookup queries prime, so the check costs no statement there).
 */
function partListsLoader(em: EntityManager, standards: DataLoader<string, IServiceStandard | null>): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const requests = keys.map((key) => { const [kind, id] = key.split('|'); return { kind: kind as PartKind, id }; });
    const ids = [...new Set(requests.map((r) => r.id))];
    const versions = new Map<string, IServiceStandard | null>();
    (await standards.loadMany(ids)).forEach((v, i) => versions.set(ids[i], v instanceof Error ? null : v));
    const stampOf = (id: string) => { const v = versions.get(id); return v && hasFrozenParts(v) ? v.version : undefined; };
    return (await partLists(em, requests.map((r) => ({ ...r, stamp: stampOf(r.id) })))) as Row[][];
  });
}

/** Statuses anonymous callers and partners may see, as SQL on the child alias `x`. */
const PUBLIC_ONLY = { sql: `x.status in ('published', 'repealed')`, params: [] };

/** The versions one agency provides, by code then version (Agency.standards and its read plan). */
export function standardsOfProviderPage(limit: number, offset: number, publicOnly: boolean, select?: SelectedColumns): PagedChildren {
  return {
    table: 'service_standard', parentColumn: 'provider_id', order: [['code', 'asc'], ['version_number', 'asc'], ['id', 'asc']],
    limit, offset, condition: publicOnly ? PUBLIC_ONLY : undefined, select,
  };
}

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
        loader = pagedChildrenLoader<IServiceStandard>(em, ServiceStandard, standardsOfProviderPage(limit, offset, publicOnly, select));
        byProvider.set(key, loader);
      }
      return loader;
    },
  };
}
