import type { RaRecord } from 'react-admin';

/** A survey answer as text: the standard and when it was answered. */
export const surveyRepresentation = (record: RaRecord): string =>
  [record.standardCode, typeof record.answeredAt === 'string' ? record.answeredAt.slice(0, 10) : null].filter(Boolean).join(', ') || String(record.id);
