/** The dataloaders of one request. Created lazily-cheap: DataLoader does nothing until used. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader } from './common/loader-factories.js';
import { Agency } from './modules/agencies/agency.entity.js';
import { LegalAct, LegalActRelation } from './modules/legal-acts/legal-act.entity.js';
import { createStandardLoaders } from './modules/standards/standard.loaders.js';
import { createApplicationLoaders } from './modules/applications/application.loaders.js';
import { createComplaintLoaders } from './modules/complaints/complaint.loaders.js';
import { createSurveyLoaders } from './modules/surveys/survey.loaders.js';
import { createAuditLoaders } from './modules/audit/audit.loaders.js';

export function createLoaders(em: EntityManager) {
  return {
    ...createStandardLoaders(em),
    ...createApplicationLoaders(em),
    ...createComplaintLoaders(em),
    ...createSurveyLoaders(em),
    ...createAuditLoaders(em),
    agency: byIdLoader(em, Agency),
    agencyChildren: childrenLoader(em, Agency, 'parent', { code: 'asc' }),
    legalAct: byIdLoader(em, LegalAct),
    legalActRelationsBySource: childrenLoader(em, LegalActRelation, 'source', { createdAt: 'asc', id: 'asc' }),
    legalActRelationsByTarget: childrenLoader(em, LegalActRelation, 'target', { createdAt: 'asc', id: 'asc' }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
