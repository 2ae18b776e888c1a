/** recordRepresentation for records named by a LocalizedText, in the current UI language. */
import type { RaRecord } from 'react-admin';
import { currentLocale } from '../i18n';
import { localized, type LocalizedTextValue } from '../i18n/localized';

export const localizedRepresentation = (source: string, fallback = 'code') => (record: RaRecord): string =>
  localized(record[source] as LocalizedTextValue, currentLocale()) || String(record[fallback] ?? record.id);
