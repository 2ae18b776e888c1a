/**
 * Between a standard as read (and saved) and the edit form's values. The form edits documents as
 * one list per sub-service × channel (`documentGroups`, see documentGroups.ts); saving flattens
 * them back into `documents`. Everything else is edited as read; the data provider maps the
 * remaining differences to the mutation's input (dataProvider/inputShapes.ts).
 */
import { flattenDocumentGroups, groupDocuments, type GroupedDocument } from './documentGroups';

type Values = Record<string, unknown>;

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The lists a new standard starts with, so that each tab's ArrayInput has something to add to. */
const EMPTY_LISTS = [
  'titleVariants', 'otherAgencies', 'recipients', 'media', 'legalBasis', 'workPrinciples', 'channelDetails', 'contactPoints',
  'schedules', 'subServices', 'deadlines', 'documents', 'refusalGrounds', 'complaintRoute', 'qualificationRequirements',
  'forms', 'qualityIndicators', 'amendments', 'notes',
];

export function toFormValues(record: Values | undefined): Values {
  const defaults: Values = Object.fromEntries(EMPTY_LISTS.map((name) => [name, []]));
  if (!record) return { ...defaults, feeKind: 'free', result: { media: [] }, documentGroups: [] };
  return {
    ...defaults,
    documentGroups: groupDocuments(list<GroupedDocument>(record.documents), {
      subServices: list<{ code: string }>(record.subServices).map((s) => s.code),
      channels: list<{ channel: string }>(record.channelDetails).map((c) => c.channel),
    }),
  };
}

export function fromFormValues(values: Values): Values {
  const { documentGroups, ...rest } = values;
  return Array.isArray(documentGroups) ? { ...rest, documents: flattenDocumentGroups(documentGroups) } : rest;
}
