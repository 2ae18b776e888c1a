import type { SparseField } from '../dataProvider/operations';

/** The list's columns (a complaint's route entry and application are read on its page). */
export const COMPLAINT_LIST_FIELDS: SparseField[] = [
  'id', 'registeredAt', 'complainant', 'subject', 'level', 'agencyId', 'applicationId', 'standardCode', 'standardVersion',
  'reviewDueAt', 'overdue', 'resolvedAt', 'justified', 'resolvedOnTime',
];

export const COMPLAINT_LIST_META = { sparseFields: COMPLAINT_LIST_FIELDS };
