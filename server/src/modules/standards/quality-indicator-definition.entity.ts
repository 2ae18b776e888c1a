import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { INDICATOR_GROUPS } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

/**
 * A row of the standard's quality and efficiency indicator table: group, code ("1.1"), wording and
 * the values printed in the law. Values per year are computed elsewhere (indicators module).
 */
export const QualityIndicatorDefinition = defineEntity({
  name: 'QualityIndicatorDefinition',
  tableName: 'quality_indicator_definition',
  properties: {
    ...standardPartProperties,
    group: p.enum(INDICATOR_GROUPS),
    groupTitle: p.json<LocalizedText>(),
    code: p.string(),
    wording: p.json<LocalizedText>(),
    unit: p.enum(['percent'] as const).default('percent'),
    normative: p.double().nullable(),
    target: p.double().nullable(),
    current: p.double().nullable(),
  },
});
export type IQualityIndicatorDefinition = InferEntity<typeof QualityIndicatorDefinition>;
