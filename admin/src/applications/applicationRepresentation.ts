import type { RaRecord } from 'react-admin';

/** An application as text: the applicant and the standard ("Асанов А. — lic-poisons"). */
export const applicationRepresentation = (record: RaRecord): string =>
  [record.applicantName, record.standardCode].filter(Boolean).join(' — ') || String(record.id);
