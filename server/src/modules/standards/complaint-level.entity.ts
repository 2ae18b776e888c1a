import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';
import { COMPLAINT_LEVELS, DEADLINE_UNITS } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

/**
 * One level of the complaint route (provider head, ministry, quality-control body, court) with its
 * review deadline. `reviewValue` is null where the text only refers to another law
 * (`reviewLegalBasis`); `hasReviewDeadline` false where the text gives none at all.
 */
export const ComplaintLevel = defineEntity({
  name: 'ComplaintLevel',
  tableName: 'complaint_level',
  properties: {
    ...standardPartProperties,
    level: p.enum(COMPLAINT_LEVELS),
    agency: () => p.manyToOne(Agency).ref().nullable().deleteRule('restrict').index(),
    description: p.json<LocalizedText>(),
    address: p.json<LocalizedText>().nullable(),
    room: p.string().nullable(),
    phones: p.array().default([]),
    hasReviewDeadline: p.boolean().default(false),
    reviewValue: p.double().nullable(),
    reviewUnit: p.enum(DEADLINE_UNITS).nullable(),
    reviewCountsFrom: p.json<LocalizedText>().nullable(),
    reviewLegalBasis: () => p.manyToOne(LegalAct).ref().nullable().deleteRule('restrict'),
  },
});
export type IComplaintLevel = InferEntity<typeof ComplaintLevel>;
