/**
 * Storage of the quality indicators.
 *
 *  indicator_counter        numerator and denominator per month × standard × agency × channel × metric,
 *                           maintained by PostgreSQL triggers on application, complaint and
 *                           survey_response (migrations/…_indicators.ts): exact in the writing
 *                           transaction whatever code path writes, so a report never scans raw rows.
 *  indicator_period_close   the months that are closed (frozen);
 *  indicator_snapshot       the counters of the closed months, copied at closing (same shape);
 *  indicator_snapshot_definition  the indicator table of each standard as it stood when a month was
 *                           closed: the version in force, wording, normative and the approved target
 *                           of that year, so a closed period's report does not follow later edits;
 *  indicator_snapshot_manual_value  the manual values of the month's year as they stood at closing;
 *  indicator_target         the yearly targets approved by the minister's order;
 *  indicator_manual_value   values without an event source (3.2 information available electronically).
 *
 * Months are local (Astana) calendar months; a standard, agency or channel that is unknown (a
 * complaint about a provider in general) is stored as '' / the nil UUID, never null (primary key).
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { LocalizedText } from '../../common/base.entity.js';

const counterProperties = {
  /** First day of the local month. */
  month: p.date().primary(),
  standardCode: p.string().length(100).primary(),
  agencyId: p.uuid().primary(),
  channel: p.string().length(20).primary(),
  metric: p.string().length(40).primary(),
  numerator: p.bigint('number').default(0),
  denominator: p.bigint('number').default(0),
};

export const IndicatorCounter = defineEntity({
  name: 'IndicatorCounter',
  tableName: 'indicator_counter',
  properties: { ...counterProperties },
  primaryKeys: ['month', 'standardCode', 'agencyId', 'channel', 'metric'],
});
export type IIndicatorCounter = InferEntity<typeof IndicatorCounter>;

export const IndicatorSnapshot = defineEntity({
  name: 'IndicatorSnapshot',
  tableName: 'indicator_snapshot',
  properties: { ...counterProperties },
  primaryKeys: ['month', 'standardCode', 'agencyId', 'channel', 'metric'],
});
export type IIndicatorSnapshot = InferEntity<typeof IndicatorSnapshot>;

export const IndicatorSnapshotDefinition = defineEntity({
  name: 'IndicatorSnapshotDefinition',
  tableName: 'indicator_snapshot_definition',
  properties: {
    /** First day of the closed local month. */
    month: p.date().primary(),
    standardCode: p.string().length(100).primary(),
    indicatorCode: p.string().length(20).primary(),
    /** The version whose indicator table applied (in force at the end of the month, or the latest before). */
    standardVersion: p.integer(),
    group: p.string().length(40),
    wording: p.json<LocalizedText>(),
    unit: p.string().length(20),
    ordinal: p.integer(),
    /** As printed in the standard. */
    normative: p.double().nullable(),
    target: p.double().nullable(),
    /** The target approved by order for the month's year, if any (it overrides the printed one). */
    approvedTarget: p.double().nullable(),
    approvedBy: p.string().length(500).nullable(),
  },
  primaryKeys: ['month', 'standardCode', 'indicatorCode'],
});
export type IIndicatorSnapshotDefinition = InferEntity<typeof IndicatorSnapshotDefinition>;

export const IndicatorSnapshotManualValue = defineEntity({
  name: 'IndicatorSnapshotManualValue',
  tableName: 'indicator_snapshot_manual_value',
  properties: {
    /** First day of the closed local month. */
    month: p.date().primary(),
    standardCode: p.string().length(100).primary(),
    indicatorCode: p.string().length(20).primary(),
    /** The nil UUID: the value held for the standard as a whole. */
    agencyId: p.uuid().primary(),
    value: p.double(),
  },
  primaryKeys: ['month', 'standardCode', 'indicatorCode', 'agencyId'],
});
export type IIndicatorSnapshotManualValue = InferEntity<typeof IndicatorSnapshotManualValue>;

export const IndicatorPeriodClose = defineEntity({
  name: 'IndicatorPeriodClose',
  tableName: 'indicator_period_close',
  properties: {
    /** First day of the closed local month. */
    month: p.date().primary(),
    closedAt: p.datetime().onCreate(() => new Date()),
    closedBy: p.string().length(200),
  },
});
export type IIndicatorPeriodClose = InferEntity<typeof IndicatorPeriodClose>;

export const IndicatorTarget = defineEntity({
  name: 'IndicatorTarget',
  tableName: 'indicator_target',
  uniques: [{ properties: ['standardCode', 'indicatorCode', 'year'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
    standardCode: p.string().length(100),
    indicatorCode: p.string().length(20),
    year: p.integer(),
    target: p.double(),
    /** The approving order (e.g. "Order of the Minister No. 123"). */
    approvedBy: p.string().length(500),
    approvedAt: p.date(),
    /** Who signed it (the minister or the acting minister). */
    approver: p.string().length(300).nullable(),
  },
});
export type IIndicatorTarget = InferEntity<typeof IndicatorTarget>;

export const IndicatorManualValue = defineEntity({
  name: 'IndicatorManualValue',
  tableName: 'indicator_manual_value',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    version: p.integer().version(),
    standardCode: p.string().length(100).index(),
    indicatorCode: p.string().length(20),
    /** Null: the value holds for the standard as a whole. */
    agencyId: p.uuid().nullable(),
    year: p.integer(),
    value: p.double(),
    sourceNote: p.text(),
    recordedBy: p.string().length(200),
  },
});
export type IIndicatorManualValue = InferEntity<typeof IndicatorManualValue>;
