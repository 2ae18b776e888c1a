import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { baseProperties, type LocalizedText } from '../../common/base.entity.js';
import { Agency } from '../agencies/agency.entity.js';
import { LegalAct } from '../legal-acts/legal-act.entity.js';
import { AUTOMATION, CHANNELS, FEE_KINDS, MEDIA, RECIPIENT_KINDS } from '../../corpus/corpus.schema.js';

export const STANDARD_STATUSES = ['draft', 'published', 'repealed'] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];

export interface TitleVariant { source: string; title: LocalizedText; note?: string | null }

/**
 * One version of a state service standard. `code` is stable across versions; `versionNumber`
 * counts them. Published and repealed versions are immutable; only drafts are edited.
 * Validity is half-open: in force on D when validFrom <= D < validTo (validTo null = open-ended).
 */
export const ServiceStandard = defineEntity({
  name: 'ServiceStandard',
  tableName: 'service_standard',
  uniques: [{ properties: ['code', 'versionNumber'] }],
  properties: {
    ...baseProperties,
    code: p.string().index(),
    versionNumber: p.integer(),
    status: p.enum(STANDARD_STATUSES).index(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    validFromEstimated: p.boolean().default(false),
    approvedBy: () => p.manyToOne(LegalAct).ref().nullable().deleteRule('restrict'),
    approvedClause: p.string().nullable(),
    repealedBy: () => p.manyToOne(LegalAct).ref().nullable().deleteRule('restrict'),
    repealedOn: p.date().nullable(),
    repealEstimated: p.boolean().default(false),
    name: p.json<LocalizedText>(),
    titleVariants: p.json<TitleVariant[]>().default('[]'),
    developer: () => p.manyToOne(Agency).ref().nullable().deleteRule('restrict'),
    provider: () => p.manyToOne(Agency).ref().deleteRule('restrict').index(),
    automation: p.enum(AUTOMATION).nullable(),
    media: p.array<(typeof MEDIA)[number]>().default([]),
    formClause: p.string().nullable(),
    formNote: p.text().nullable(),
    recipients: p.array<(typeof RECIPIENT_KINDS)[number]>().default([]),
    result: p.json<{ description: LocalizedText; media: string[]; clause?: string | null; note?: string | null }>(),
    feeKind: p.enum(FEE_KINDS),
    feeAmountMci: p.double().nullable(),
    feeLegalBasis: () => p.manyToOne(LegalAct).ref().nullable().deleteRule('restrict'),
    feeDescription: p.json<LocalizedText>().nullable(),
    feeClause: p.string().nullable(),
    feeNote: p.text().nullable(),
    /** Denormalised from StandardChannel for filtering lists by channel. */
    channels: p.array<(typeof CHANNELS)[number]>().default([]),
    workPrinciples: p.json<LocalizedText[]>().default('[]'),
    notes: p.json<string[]>().default('[]'),
    /** The version this draft was copied from. */
    basedOn: () => p.manyToOne(ServiceStandard).ref().nullable().deleteRule('set null'),
    publishedAt: p.datetime().nullable(),
  },
});
export type IServiceStandard = InferEntity<typeof ServiceStandard>;
