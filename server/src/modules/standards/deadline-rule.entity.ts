import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { CHANNELS, COMPARATORS, DEADLINE_KINDS, DEADLINE_PARTIES, DEADLINE_UNITS } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

/**
 * A deadline the standard sets. `value`/`unit` are null where the text names a deadline but gives
 * no value: a missing deadline is stored as missing, never invented. Empty `subServices` or
 * `channels` mean "all of them".
 */
export const DeadlineRule = defineEntity({
  name: 'DeadlineRule',
  tableName: 'deadline_rule',
  properties: {
    ...standardPartProperties,
    kind: p.enum(DEADLINE_KINDS),
    value: p.double().nullable(),
    unit: p.enum(DEADLINE_UNITS).nullable(),
    comparator: p.enum(COMPARATORS).nullable(),
    countsFrom: p.json<LocalizedText>().nullable(),
    excludeStartDay: p.boolean().default(false),
    owedBy: p.enum(DEADLINE_PARTIES),
    subServices: p.array().default([]),
    channels: p.array<(typeof CHANNELS)[number]>().default([]),
    description: p.json<LocalizedText>().nullable(),
  },
});
export type IDeadlineRule = InferEntity<typeof DeadlineRule>;
