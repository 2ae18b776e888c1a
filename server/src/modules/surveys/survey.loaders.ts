/** Per-request loaders of survey answers. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../../common/loader-factories.js';
import { SurveyResponse, type ISurveyResponse } from './survey-response.entity.js';

export function createSurveyLoaders(em: EntityManager) {
  const byApplication = childrenLoader(em, SurveyResponse, 'application', { answeredAt: 'asc' });
  return {
    surveyByApplication: new DataLoader<string, ISurveyResponse | null>(async (ids) => (await byApplication.loadMany(ids)).map((rows) => (Array.isArray(rows) ? rows[0] ?? null : null))),
  };
}
