/** Per-request loaders of a standard and its parts: one SQL statement per part table per request. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from '../../common/loader-factories.js';
import { ServiceStandard } from './service-standard.entity.js';
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

export function createStandardLoaders(em: EntityManager) {
  const parts = <T extends object>(entity: Parameters<typeof childrenLoader<T>>[1]) => childrenLoader<T>(em, entity, 'standard', { ordinal: 'asc', id: 'asc' });
  return {
    standard: byIdLoader(em, ServiceStandard),
    standardChannels: parts(StandardChannel),
    standardAgencyRoles: parts(StandardAgencyRole),
    standardLegalBases: parts(StandardLegalBasis),
    standardAmendments: parts(StandardAmendment),
    subServices: parts(SubService),
    deadlineRules: parts(DeadlineRule),
    documentRequirements: parts(DocumentRequirement),
    refusalGrounds: parts(RefusalGround),
    complaintLevels: parts(ComplaintLevel),
    contactPoints: parts(ContactPoint),
    workSchedules: parts(WorkSchedule),
    qualificationGroups: parts(QualificationGroup),
    formTemplates: parts(FormTemplate),
    qualityIndicatorDefinitions: parts(QualityIndicatorDefinition),
  };
}
