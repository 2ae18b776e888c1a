/**
 * The paper the applicant takes home when documents are handed in (Res. 586, item 9; Res. 1130, cl. 14):
 *  - acceptance: registration number and date, the service, the documents received, the legal due date;
 *  - refusalToAccept: the receipt of refusal to accept documents (Res. 586, appendix 2), which names
 *    the missing documents ("Жоқ құжаттардың атауы").
 * Numbers run per agency and year ("2014-000042"), gap-free within committed registrations.
 */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Agency } from '../agencies/agency.entity.js';
import { Application } from './application.entity.js';
import { uuidv7 } from './time-ordered-id.js';

export const RECEIPT_KINDS = ['acceptance', 'refusalToAccept'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

export const Receipt = defineEntity({
  name: 'Receipt',
  tableName: 'receipt',
  uniques: [{ name: 'receipt_agency_number_unique', properties: ['agency', 'number'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => uuidv7()),
    application: () => p.manyToOne(Application).ref().unique().deleteRule('cascade'),
    kind: p.enum(RECEIPT_KINDS),
    agency: () => p.manyToOne(Agency).ref().deleteRule('restrict'),
    number: p.string().length(50),
    issuedAt: p.datetime(),
    /** Acceptance: the legal due date of the service (null where the standard sets none). */
    dueAt: p.datetime().nullable(),
    /**
     * Ordinals in the pinned standard version's list for the sub-service and channel (a published
     * version never changes, so the titles printed on the receipt are the list's).
     */
    documentsReceived: p.json<number[]>().default('[]'),
    missingDocuments: p.json<number[]>().default('[]'),
    /** Who accepted (or refused to accept) the documents. */
    issuedBy: p.string().length(200),
  },
});
export type IReceipt = InferEntity<typeof Receipt>;

/**
 * The last registration number used per agency and year; incremented with one atomic upsert, so two
 * operators accepting at the same moment never get the same number.
 */
export const RegistrationCounter = defineEntity({
  name: 'RegistrationCounter',
  tableName: 'registration_counter',
  properties: {
    agencyId: p.uuid().primary(),
    year: p.integer().primary(),
    last: p.integer(),
  },
  primaryKeys: ['agencyId', 'year'],
});
export type IRegistrationCounter = InferEntity<typeof RegistrationCounter>;
