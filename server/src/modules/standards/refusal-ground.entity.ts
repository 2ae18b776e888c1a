import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { standardPartProperties } from './standard-part.properties.js';

/** One ground of the standard's exhaustive, ordered list of grounds for refusal. */
export const RefusalGround = defineEntity({
  name: 'RefusalGround',
  tableName: 'refusal_ground',
  properties: {
    ...standardPartProperties,
    text: p.json<LocalizedText>(),
  },
});
export type IRefusalGround = InferEntity<typeof RefusalGround>;
