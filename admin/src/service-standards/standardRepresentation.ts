import type { RaRecord } from 'react-admin';

/** A standard version as text: its code and version number (its name is long; the page shows it as the heading). */
export const standardRepresentation = (record: RaRecord): string =>
  record.versionNumber ? `${record.code} v${record.versionNumber}` : String(record.code ?? record.id);
