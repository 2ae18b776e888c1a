import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { baseProperties, type LocalizedText } from '../../common/base.entity.js';
import { LEGAL_ACT_KINDS } from '../../corpus/corpus.schema.js';

/** A law, code, resolution or order; standards are approved, amended and repealed by acts. */
export const LegalAct = defineEntity({
  name: 'LegalAct',
  tableName: 'legal_act',
  properties: {
    ...baseProperties,
    code: p.string().unique(),
    kind: p.enum(LEGAL_ACT_KINDS),
    number: p.string().nullable(),
    date: p.date().nullable(),
    title: p.json<LocalizedText>(),
    publication: p.text().nullable(),
    entryIntoForceRule: p.text().nullable(),
    entryIntoForce: p.date().nullable(),
    entryIntoForceEstimated: p.boolean().default(false),
    status: p.enum(['inForce', 'repealed', 'unknown'] as const),
    note: p.text().nullable(),
  },
});
export type ILegalAct = InferEntity<typeof LegalAct>;

/** "Act A amends / repeals act B", with the clauses affected and when it takes effect. */
export const LegalActRelation = defineEntity({
  name: 'LegalActRelation',
  tableName: 'legal_act_relation',
  properties: {
    ...baseProperties,
    kind: p.enum(['amends', 'repeals'] as const),
    source: () => p.manyToOne(LegalAct).ref().deleteRule('cascade').index(),
    target: () => p.manyToOne(LegalAct).ref().deleteRule('restrict').index(),
    clauses: p.array().default([]),
    effectiveDate: p.date().nullable(),
    note: p.text().nullable(),
  },
});
export type ILegalActRelation = InferEntity<typeof LegalActRelation>;
