/** The standard's links to agencies and acts: channels, other agencies, legal basis, amendments. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';
import { CHANNELS } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

export const StandardChannel = defineEntity({
  name: 'StandardChannel',
  tableName: 'standard_channel',
  properties: {
    ...standardPartProperties,
    channel: p.enum(CHANNELS),
    agency: () => p.manyToOne(Agency).ref().nullable().deleteRule('restrict').index(),
    description: p.json<LocalizedText>().nullable(),
  },
});
export type IStandardChannel = InferEntity<typeof StandardChannel>;

export const StandardAgencyRole = defineEntity({
  name: 'StandardAgencyRole',
  tableName: 'standard_agency_role',
  properties: {
    ...standardPartProperties,
    agency: () => p.manyToOne(Agency).ref().deleteRule('restrict').index(),
    role: p.string(),
  },
});
export type IStandardAgencyRole = InferEntity<typeof StandardAgencyRole>;

export const StandardLegalBasis = defineEntity({
  name: 'StandardLegalBasis',
  tableName: 'standard_legal_basis',
  properties: {
    ...standardPartProperties,
    act: () => p.manyToOne(LegalAct).ref().deleteRule('restrict').index(),
    article: p.string().nullable(),
  },
});
export type IStandardLegalBasis = InferEntity<typeof StandardLegalBasis>;

export const StandardAmendment = defineEntity({
  name: 'StandardAmendment',
  tableName: 'standard_amendment',
  properties: {
    ...standardPartProperties,
    act: () => p.manyToOne(LegalAct).ref().deleteRule('restrict').index(),
    kind: p.enum(['newEdition', 'clauseAmendment'] as const),
    clauses: p.array().default([]),
  },
});
export type IStandardAmendment = InferEntity<typeof StandardAmendment>;
