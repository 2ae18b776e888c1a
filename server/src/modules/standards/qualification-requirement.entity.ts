import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { LocalizedText } from '../../common/base.entity.js';
import { standardPartProperties } from './standard-part.properties.js';

export interface QualificationItem {
  number: string;
  requirement: LocalizedText;
  evidence: LocalizedText[];
  exemption?: LocalizedText | null;
  clause?: string | null;
  note?: string | null;
}

/**
 * The qualification requirements a licensee must meet for one activity sub-type: numbered items,
 * each with the evidence documents that prove it. Items live inside the group because they are
 * always read and edited with it.
 */
export const QualificationGroup = defineEntity({
  name: 'QualificationGroup',
  tableName: 'qualification_group',
  properties: {
    ...standardPartProperties,
    code: p.string(),
    activitySubtype: p.json<LocalizedText>(),
    items: p.json<QualificationItem[]>(),
  },
});
export type IQualificationGroup = InferEntity<typeof QualificationGroup>;
