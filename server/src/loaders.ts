/** The dataloaders of one request. Created lazily-cheap: DataLoader does nothing until used. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from './common/loader-factories.js';
import { plainByIdLoader } from './common/plain-rows.js';
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
    // Plain rows: referenced agencies and acts are only displayed (services load what they change).
    agency: plainByIdLoader(em, Agency),
    agencyChildren: childrenLoader(em, Agency, 'parent', { code: 'asc' }),
    legalAct: plainByIdLoader(em, LegalAct),
    legalActRelationsBySource: childrenLoader(em, LegalActRelation, 'source', { createdAt: 'asc', id: 'asc' }),
    legalActRelationsByTarget: childrenLoader(em, LegalActRelation, 'target', { createdAt: 'asc', id: 'asc' }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
