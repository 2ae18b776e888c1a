/**
 * An application for a state service, pinned to the standard version in force when it was submitted.
 *
 * Everything the quality indicators need is a plain, indexed column (no JSON digging, no joins to
 * the standard): standard code and version, sub-service, channel, provider agency, submittedAt,
 * acceptedAt, dueAt, closedAt, outcome, queue wait and service minutes with the limits that applied.
 * The deadline rule is copied at submission (value, unit, excludeStartDay), so a later edit of the
 * standard or a new version never changes the deadline of an application already filed.
 *
 * Sized for millions of rows: time-ordered UUIDs (inserts append to the primary-key index), an index
 * for the agency's page sorted by submission, one for a standard version's newest applications
 * (at 1M rows a plain standard_id index sorted each version's history: ≈17 ms per version), and a partial index that holds only the open
 * applications with a deadline (the overdue board per agency reads it and nothing else).
 * The unfiltered list (superadmins, analysts) has its own global order, but on an expression,
 * `submitted_at AT TIME ZONE 'UTC'` (the same order as submittedAt): a plain (submittedAt, id)
 * index made PostgreSQL page an agency by scanning the global order and filtering (measured at 1M
 * rows: 41 ms for page 400 of a large agency, 368 ms for a ministry whose newest applications are
 * old, against 0.1–15 ms through the agency's own index). Only lists without an agency condition
 * sort by the expression (GLOBAL_SUBMITTED_ORDER in the resolver), so agency pages can use nothing
 * but their own index. Measured at 1M rows: unfiltered page 0 / 400 from 164 / 579 ms to 0.1 / 6 ms
 * (page 4000: 66 ms, offset paging), status inReview from 104 to 0.1 ms (status, expression, id),
 * name search from 300 to 1.3 ms (pg_trgm GIN). A subtree of several agencies still sorts its rows
 * (≈160 ms for 180k applications): no single index orders an IN list by date.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { ServiceStandard } from '../standards/service-standard.entity.js';
import { CHANNELS, RECIPIENT_KINDS } from '../../corpus/corpus.schema.js';
import { APPLICATION_STATUSES, OPEN_STATUSES, OUTCOMES, INTAKES } from './application-states.js';
import { DUE_UNITS } from '../calendar/due-date.js';
import { uuidv7 } from './time-ordered-id.js';

export const Application = defineEntity({
  name: 'Application',
  tableName: 'application',
  indexes: [
    { name: 'application_agency_submitted_index', properties: ['agency', 'submittedAt', 'id'] },
    { name: 'application_standard_code_submitted_index', properties: ['standardCode', 'submittedAt'] },
    // A version's newest applications (ServiceStandard.applications); also serves the foreign key.
    { name: 'application_standard_submitted_index', properties: ['standard', 'submittedAt', 'id'] },
    { name: 'application_closed_at_index', properties: ['agency', 'closedAt'] },
    // The global list order and the status filter without an agency (see the header: an expression on purpose).
    { name: 'application_submitted_index', expression: `create index "application_submitted_index" on "application" ((submitted_at at time zone 'UTC'), "id")` },
    { name: 'application_status_submitted_index', expression: `create index "application_status_submitted_index" on "application" ("status", (submitted_at at time zone 'UTC'), "id")` },
    // Name search (ILIKE '%…%') across all applications.
    { name: 'application_applicant_name_trgm_index', expression: `create index "application_applicant_name_trgm_index" on "application" using gin ("applicant_name" gin_trgm_ops)` },
    // The overdue board: open applications whose clock runs, by agency and due date.
    { name: 'application_open_due_index', properties: ['agency', 'dueAt'], where: { status: { $in: [...OPEN_STATUSES.filter((s) => s !== 'suspended')] }, dueAt: { $ne: null } } as never },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => uuidv7()),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),

    status: p.enum(APPLICATION_STATUSES),
    intake: p.enum(INTAKES),
    applicantKind: p.enum(RECIPIENT_KINDS),
    /** IIN (individuals, entrepreneurs) or BIN (legal entities), checksum-validated. */
    applicantIdentifier: p.string().length(12).nullable().index(),
    applicantName: p.string().length(500),

    /** The standard version in force at submission; never changes. */
    standard: () => p.manyToOne(ServiceStandard).ref().deleteRule('restrict'),
    standardCode: p.string().length(100),
    standardVersion: p.integer(),
    subService: p.string().length(100),
    channel: p.enum(CHANNELS),
    /** The providing agency (the standard's provider or one of its territorial bodies). */
    agency: () => p.manyToOne(Agency).ref().deleteRule('restrict'),
    responsibleOperator: p.string().length(200).nullable(),

    /** Ordinals of the documents presented, from the sub-service × channel list of the standard. */
    presentedDocuments: p.json<number[]>().default('[]'),
    queueWaitMinutes: p.double().$type<number>().nullable(),
    serviceMinutes: p.double().$type<number>().nullable(),
    /** The standard's limits for this channel at submission (maxQueueWait, maxServiceTime), in minutes. */
    queueWaitLimitMinutes: p.double().$type<number>().nullable(),
    serviceTimeLimitMinutes: p.double().$type<number>().nullable(),

    /** The processing deadline rule, copied at submission; null when the standard sets none. */
    deadlineValue: p.double().$type<number>().nullable(),
    deadlineUnit: p.enum(DUE_UNITS).nullable(),
    deadlineExcludeStartDay: p.boolean().default(false),
    /** Whether the standard's "deemed issued" rule applies (a deemedIssuedHandover deadline exists). */
    deemedIssuedApplies: p.boolean().default(false),

    submittedAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    /** The legal due date of the service (moved by suspensions); null without a deadline. */
    dueAt: p.datetime().nullable(),
    /** The provider hands the result to the PSC by this instant (PSC channel, where the standard says so). */
    pscHandoverDueAt: p.datetime().nullable(),
    suspendedAt: p.datetime().nullable(),
    suspendedFromStatus: p.enum(APPLICATION_STATUSES).nullable(),
    /** The remaining term frozen at suspension, in deadlineUnit. */
    suspendedRemaining: p.double().$type<number>().nullable(),
    /** When the application was decided: issued, refused, deemed issued or not accepted. */
    closedAt: p.datetime().nullable(),
    outcome: p.enum(OUTCOMES).nullable(),
    /** The result must reach the applicant by then (deemed issued: 5 working days; refusal delivery). */
    handoverDueAt: p.datetime().nullable(),
    handedOverAt: p.datetime().nullable(),
    /** Refusal grounds cited (ids of the pinned version's RefusalGround rows). */
    refusalGroundIds: p.array().default([]),
    submittedBy: p.string().length(200),
  },
});
export type IApplication = InferEntity<typeof Application>;
