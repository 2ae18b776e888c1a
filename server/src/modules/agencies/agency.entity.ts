import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { baseProperties, type LocalizedText } from '../../common/base.entity.js';
import { AGENCY_KINDS } from '../../corpus/corpus.schema.js';

/** A state body, public service centre or portal; agencies form a parent/child tree. */
export const Agency = defineEntity({
  name: 'Agency',
  tableName: 'agency',
  properties: {
    ...baseProperties,
    code: p.string().unique(),
    kind: p.enum(AGENCY_KINDS),
    parent: () => p.manyToOne(Agency).ref().nullable().deleteRule('restrict').index(),
    name: p.json<LocalizedText>(),
    shortName: p.json<LocalizedText>().nullable(),
    bin: p.string().length(12).nullable(),
    address: p.json<LocalizedText>().nullable(),
    phones: p.array().default([]),
    email: p.string().nullable(),
    website: p.string().nullable(),
    note: p.text().nullable(),
  },
});
export type IAgency = InferEntity<typeof Agency>;
