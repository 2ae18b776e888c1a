import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import { CONTACT_PURPOSES } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

/**
 * Where to go for a purpose (document acceptance, complaints, information …). Stored per standard
 * × agency × purpose, because the same agency gives different rooms and phones in different standards.
 */
export const ContactPoint = defineEntity({
  name: 'ContactPoint',
  tableName: 'contact_point',
  properties: {
    ...standardPartProperties,
    agency: () => p.manyToOne(Agency).ref().deleteRule('restrict').index(),
    purpose: p.enum(CONTACT_PURPOSES),
    address: p.json<LocalizedText>().nullable(),
    room: p.string().nullable(),
    phones: p.array().default([]),
    fax: p.array().default([]),
    email: p.string().nullable(),
    website: p.string().nullable(),
  },
});
export type IContactPoint = InferEntity<typeof ContactPoint>;
