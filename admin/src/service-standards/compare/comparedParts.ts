/**
 * What the comparison compares in each section (in the law's order, sections.ts): the record's
 * own fields of the section, and its lists with the key that pairs an item of one version with
 * its counterpart in the other (diff.ts). `enums` names the enum of a field, for its label.
 */
import type { EnumName } from '../../i18n/enums';
import { flattenDocumentGroups, groupDocuments, type GroupedDocument } from '../documentGroups';
import type { SectionId } from '../sections';

type Item = Record<string, unknown>;

export interface ComparedList {
  source: string;
  key?: (item: Item) => string | undefined;
  /** The list in the law's order, when the server's order is another. */
  arrange?: (record: Item) => Item[];
}

const codes = (list: unknown, field: string) => (Array.isArray(list) ? list.map((item) => String((item as Item)[field])) : []);

/** Documents list by list (sub-service × channel), each by its number: the server gives them by number only. */
const documentsInOrder = (record: Item): Item[] =>
  flattenDocumentGroups(groupDocuments((record.documents ?? []) as (GroupedDocument & Item)[], {
    subServices: codes(record.subServices, 'code'),
    channels: codes(record.channelDetails, 'channel'),
  }));

export interface ComparedSection {
  id: SectionId;
  fields: string[];
  lists: ComparedList[];
}

const by = (...fields: string[]) => (item: Item) => fields.map((field) => JSON.stringify(item?.[field] ?? null)).join('|');

export const COMPARED_SECTIONS: readonly ComparedSection[] = [
  {
    id: 'general',
    fields: ['name', 'approvedById', 'approvedClause', 'validFrom', 'validTo', 'validFromEstimated', 'providerId', 'developerId', 'recipients', 'automation', 'media', 'result'],
    lists: [
      { source: 'titleVariants', key: by('source') },
      { source: 'otherAgencies', key: by('agencyId') },
      { source: 'legalBasis', key: by('actId') },
      { source: 'workPrinciples' },
    ],
  },
  { id: 'deadlines', fields: [], lists: [{ source: 'subServices', key: by('code') }, { source: 'deadlines', key: by('kind', 'subServices', 'channels') }] },
  { id: 'fee', fields: ['feeKind', 'feeAmountMci', 'feeDescription', 'feeLegalBasisId'], lists: [] },
  {
    id: 'channels',
    fields: [],
    lists: [
      { source: 'channelDetails', key: by('channel') },
      { source: 'schedules', key: by('agencyId', 'purpose') },
      { source: 'contactPoints', key: by('agencyId', 'purpose') },
    ],
  },
  { id: 'documents', fields: [], lists: [{ source: 'documents', key: by('subService', 'channel'), arrange: documentsInOrder }] },
  { id: 'refusalGrounds', fields: [], lists: [{ source: 'refusalGrounds' }] },
  { id: 'complaintRoute', fields: [], lists: [{ source: 'complaintRoute', key: by('level') }] },
  { id: 'qualificationRequirements', fields: [], lists: [{ source: 'qualificationRequirements', key: by('code') }] },
  { id: 'forms', fields: [], lists: [{ source: 'forms', key: by('code') }] },
  { id: 'qualityIndicators', fields: [], lists: [{ source: 'qualityIndicators', key: by('code') }] },
  { id: 'amendments', fields: [], lists: [{ source: 'amendments', key: by('actId') }] },
  { id: 'notes', fields: [], lists: [{ source: 'notes' }] },
];

/** Enum of a field, by list (or '' for the record's own fields). */
export const FIELD_ENUMS: Record<string, Record<string, EnumName>> = {
  '': { recipients: 'RecipientKind', automation: 'Automation', media: 'Medium', feeKind: 'FeeKind', status: 'StandardStatus' },
  subServices: { kind: 'SubServiceKind' },
  deadlines: { kind: 'DeadlineKind', unit: 'DeadlineUnit', comparator: 'Comparator', owedBy: 'DeadlineParty', channels: 'Channel' },
  channelDetails: { channel: 'Channel' },
  schedules: { purpose: 'ContactPurpose' },
  contactPoints: { purpose: 'ContactPurpose' },
  documents: { channel: 'Channel', copyKind: 'CopyKind', notarised: 'Notarisation', recipients: 'RecipientKind' },
  complaintRoute: { level: 'ComplaintLevelKind', reviewUnit: 'DeadlineUnit' },
  forms: { kind: 'FormKind' },
  qualityIndicators: { group: 'IndicatorGroup' },
  amendments: { kind: 'AmendmentKind' },
};

/** Fields that name an agency or a legal act by id. */
export const AGENCY_FIELDS = new Set(['providerId', 'developerId', 'agencyId']);
export const ACT_FIELDS = new Set(['approvedById', 'actId', 'feeLegalBasisId', 'reviewLegalBasisId', 'amendedById']);
