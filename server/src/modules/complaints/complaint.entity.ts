/**
 * A complaint about an application or about a provider, at one level of the complaint route (the
 * provider's head, the ministry, the PSC's head, the quality-control body …). Its review deadline is
 * fixed at registration from the standard's complaint route (e.g. 5 working days; 15 for the
 * authorised quality-control body) and kept as plain columns, like the indicators need them:
 * registered, due, resolved, justified, on time.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { ServiceStandard } from '../standards/service-standard.entity.js';
import { ComplaintLevel } from '../standards/complaint-level.entity.js';
import { Application } from '../applications/application.entity.js';
import { uuidv7 } from '../applications/time-ordered-id.js';
import { CHANNELS, COMPLAINT_LEVELS } from '../../corpus/corpus.schema.js';
import { DUE_UNITS } from '../calendar/due-date.js';

/** Where the review deadline came from. */
export const REVIEW_RULE_SOURCES = ['standard', 'referencedLaw', 'statute', 'none'] as const;
export type ReviewRuleSource = (typeof REVIEW_RULE_SOURCES)[number];

export const Complaint = defineEntity({
  name: 'Complaint',
  tableName: 'complaint',
  indexes: [
    { name: 'complaint_agency_registered_index', properties: ['agency', 'registeredAt'] },
    { name: 'complaint_open_due_index', properties: ['agency', 'reviewDueAt'], where: { resolvedAt: null } as never },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => uuidv7()),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
    /** The application complained about; null for a complaint about a provider in general. */
    application: () => p.manyToOne(Application).ref().nullable().deleteRule('cascade').index(),
    /** The provider complained about. */
    agency: () => p.manyToOne(Agency).ref().deleteRule('restrict'),
    /** The standard version whose complaint route applies (the application's pinned version). */
    standard: () => p.manyToOne(ServiceStandard).ref().nullable().deleteRule('restrict').index(),
    standardCode: p.string().length(100).nullable(),
    standardVersion: p.integer().nullable(),
    channel: p.enum(CHANNELS).nullable(),
    level: p.enum(COMPLAINT_LEVELS),
    /** The route entry of that standard version for this level. */
    complaintLevel: () => p.manyToOne(ComplaintLevel).ref().nullable().deleteRule('restrict'),
    complainant: p.string().length(500),
    subject: p.text(),
    registeredAt: p.datetime(),
    reviewValue: p.double().$type<number>().nullable(),
    reviewUnit: p.enum(DUE_UNITS).nullable(),
    reviewRuleSource: p.enum(REVIEW_RULE_SOURCES),
    /** Null where no review deadline applies (court, a route without one). */
    reviewDueAt: p.datetime().nullable(),
    resolvedAt: p.datetime().nullable(),
    justified: p.boolean().nullable(),
    /** Resolved by the review deadline; null while open or without a deadline. */
    resolvedOnTime: p.boolean().nullable(),
    resolution: p.text().nullable(),
    registeredBy: p.string().length(200),
  },
});
export type IComplaint = InferEntity<typeof Complaint>;
