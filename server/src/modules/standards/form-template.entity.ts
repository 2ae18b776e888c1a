import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { FORM_FIELD_TYPES, FORM_KINDS } from '../../corpus/corpus.schema.js';
import { standardPartProperties } from './standard-part.properties.js';

export interface FormField {
  ordinal: number;
  label: LocalizedText;
  type: (typeof FORM_FIELD_TYPES)[number];
  repeatingGroup?: string | null;
  options?: LocalizedText[];
  note?: string | null;
}

/** An appendix form (application, receipt, refusal-to-accept receipt …) as ordered typed fields. */
export const FormTemplate = defineEntity({
  name: 'FormTemplate',
  tableName: 'form_template',
  properties: {
    ...standardPartProperties,
    code: p.string(),
    kind: p.enum(FORM_KINDS),
    appendix: p.integer().nullable(),
    title: p.json<LocalizedText>(),
    fields: p.json<FormField[]>(),
  },
});
export type IFormTemplate = InferEntity<typeof FormTemplate>;
