import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ServiceStandard } from '../standards/service-standard.entity.js';
import type { PartChange } from './standard-diff.js';

export const STANDARD_CHANGE_EVENTS = ['published', 'repealed'] as const;
export type StandardChangeEvent = (typeof STANDARD_CHANGE_EVENTS)[number];

/**
 * One entry of the change feed: a version of a standard was published or repealed, with what
 * changed against the version before it. Written in the same transaction as the publication, so
 * the feed has an entry exactly when the change was committed. Never updated.
 */
export const StandardChange = defineEntity({
  name: 'StandardChange',
  tableName: 'standard_change',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    at: p.datetime().onCreate(() => new Date()).index(),
    event: p.enum(STANDARD_CHANGE_EVENTS),
    code: p.string().index(),
    standard: () => p.manyToOne(ServiceStandard).ref().deleteRule('cascade').index(),
    versionNumber: p.integer(),
    /** The version this one was compared with (null for a first publication and for repeals). */
    previousVersionNumber: p.integer().nullable(),
    /** First day the change applies: validFrom of a publication, the repeal date of a repeal. */
    effectiveDate: p.date().nullable(),
    changes: p.json<PartChange[]>().default('[]'),
    requestId: p.string().nullable(),
  },
});
export type IStandardChange = InferEntity<typeof StandardChange>;
