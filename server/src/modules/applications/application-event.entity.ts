/**
 * The timeline of an application: one row per submission and per transition, written in the same
 * transaction as the change. This is the application's audit trail (actor, request, both times) and
 * the feed the quality indicators read incrementally: `id` is a bigint sequence, so "everything after
 * the last id I processed" is one index range scan.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Application } from './application.entity.js';
import { APPLICATION_STATUSES, EVENT_TYPES } from './application-states.js';

export const ApplicationEvent = defineEntity({
  name: 'ApplicationEvent',
  tableName: 'application_event',
  indexes: [{ name: 'application_event_application_at_index', properties: ['application', 'at'] }],
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    application: () => p.manyToOne(Application).ref().deleteRule('cascade'),
    type: p.enum(EVENT_TYPES),
    fromStatus: p.enum(APPLICATION_STATUSES).nullable(),
    toStatus: p.enum(APPLICATION_STATUSES),
    /** When it happened (an operator may register a paper step after the fact). */
    at: p.datetime(),
    /** When it was recorded. */
    recordedAt: p.datetime().onCreate(() => new Date()),
    actor: p.string().length(200),
    reason: p.text().nullable(),
    /** Details of the step (receipt number, due date, grounds cited, remaining term …). */
    data: p.json<Record<string, unknown>>().nullable(),
    requestId: p.string().length(100).nullable(),
  },
});
export type IApplicationEvent = InferEntity<typeof ApplicationEvent>;
