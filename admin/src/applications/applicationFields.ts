/**
 * The fields each applications screen asks for (ra-data-graphql-simple's sparse-field grammar).
 * The list asks for its columns only: a page of 25 rows never loads timelines, receipts or document
 * lists. applications.server.test.ts sends these very queries to a real server.
 */
import type { SparseField } from '../dataProvider/operations';

export const APPLICATION_LIST_FIELDS: SparseField[] = [
  'id', 'submittedAt', 'applicantName', 'applicantIdentifier', 'standardCode', 'standardVersion', 'subService', 'channel',
  'agencyId', 'status', 'dueAt', 'remaining', 'deadlineUnit', 'overdue', 'outcome',
];

/** What the show page reads of the pinned standard version: names of its sub-services, its refusal grounds. */
export const PINNED_STANDARD_FIELDS: SparseField[] = ['id', 'code', 'versionNumber', 'name', 'subServices', 'refusalGrounds'];

/** What the registration form reads of a standard: sub-services, channels and the document lists. */
export const FORM_STANDARD_FIELDS: SparseField[] = ['id', 'code', 'versionNumber', 'name', 'channels', 'subServices', 'documents'];

/** What a transition mutation returns: enough to confirm it (the page then reloads the record). */
export const TRANSITION_RESULT_FIELDS: SparseField[] = ['id', 'status', 'version'];

/** Every list that opts out of counting (dataProvider/pages.ts) with its columns. */
export const APPLICATION_LIST_META = { sparseFields: APPLICATION_LIST_FIELDS, withoutTotal: true };
