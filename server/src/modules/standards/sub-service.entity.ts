import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { SUB_SERVICE_KINDS } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

/** Issuance, re-issuance, duplicate, licence annex … as the standard defines them. */
export const SubService = defineEntity({
  name: 'SubService',
  tableName: 'sub_service',
  properties: {
    ...standardPartProperties,
    code: p.string(),
    kind: p.enum(SUB_SERVICE_KINDS),
    name: p.json<LocalizedText>(),
  },
});
export type ISubService = InferEntity<typeof SubService>;
