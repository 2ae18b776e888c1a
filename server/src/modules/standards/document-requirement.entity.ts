import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { CHANNELS, COPY_KINDS, NOTARISATION, RECIPIENT_KINDS } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

/** One required document of one sub-service × channel list, in the law's order. */
export const DocumentRequirement = defineEntity({
  name: 'DocumentRequirement',
  tableName: 'document_requirement',
  properties: {
    ...standardPartProperties,
    subService: p.string(),
    channel: p.enum(CHANNELS),
    title: p.json<LocalizedText>(),
    copyKind: p.enum(COPY_KINDS),
    notarised: p.enum(NOTARISATION).default('no'),
    officialTranslation: p.boolean().default(false),
    legalisation: p.boolean().default(false),
    edsSigned: p.boolean().default(false),
    fromStateSystems: p.boolean().default(false),
    recipients: p.array<(typeof RECIPIENT_KINDS)[number]>().default([]),
    condition: p.json<LocalizedText>().nullable(),
    exemption: p.json<LocalizedText>().nullable(),
    formCode: p.string().nullable(),
  },
});
export type IDocumentRequirement = InferEntity<typeof DocumentRequirement>;
