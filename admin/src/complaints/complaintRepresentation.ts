import type { RaRecord } from 'react-admin';

/** A complaint as text: who complains and about what (shortened). */
export const complaintRepresentation = (record: RaRecord): string => {
  const subject = String(record.subject ?? '');
  return [record.complainant, subject.length > 60 ? `${subject.slice(0, 57)}…` : subject].filter(Boolean).join(': ') || String(record.id);
};
