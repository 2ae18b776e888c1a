/**
 * The open CSV files: UTF-8 with a byte-order mark (so spreadsheet programs detect the encoding),
 * CRLF line ends and RFC 4180 quoting. The columns are documented in the README ("Open data").
 */
import type { ExportedStandard, ExportRegistry } from './cpsv-ap.js';
import type { PerformanceRow } from '../indicators/indicator-performance.js';
import { deadlineText, mainProcessingDeadline, processingDeadlines } from './processing-time.js';

export type Cell = string | number | boolean | null | undefined;

/** One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF, or edge spaces. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export const STANDARDS_COLUMNS = [
  'code', 'version', 'status', 'validFrom', 'validTo', 'nameKk', 'nameRu', 'nameEn',
  'providerCode', 'providerNameKk', 'providerNameRu', 'providerNameEn',
  'channel', 'channelAgencyCode', 'online', 'deadlineValue', 'deadlineUnit', 'deadlines',
  'feeKind', 'feeAmountMci', 'recipients',
] as const;

const ONLINE_CHANNELS = new Set(['elicense', 'egov']);

/** One row per standard × channel. */
export function standardsRows(standards: ExportedStandard[], registry: ExportRegistry): Cell[][] {
  return standards.flatMap((s) => {
    const c = s.content;
    const provider = registry.agencies.get(c.provider);
    return c.channels.map((ch) => {
      const main = mainProcessingDeadline(c, ch.channel);
      const all = processingDeadlines(c, ch.channel).map((d) => `${d.subServices.length ? `${d.subServices.join('+')}: ` : ''}${deadlineText(d)}`);
      return [
        s.code, s.versionNumber, s.status, s.validFrom, s.validTo, c.name.kk, c.name.ru, c.name.en,
        c.provider, provider?.name.kk, provider?.name.ru, provider?.name.en,
        ch.channel, ch.agency ?? (ch.channel === 'office' ? c.provider : null), ONLINE_CHANNELS.has(ch.channel),
        main?.value, main?.unit, all.join('; '),
        c.fee.kind, c.fee.amountMci, c.recipients.join(' '),
      ];
    });
  });
}

export const PERFORMANCE_COLUMNS = [
  'code', 'version', 'agency', 'channel', 'year', 'indicator', 'indicatorGroup', 'indicatorName', 'unit',
  'normative', 'target', 'current', 'volume', 'targetMet',
] as const;

/**
 * One row per standard version × agency × channel × year × indicator, from the quality-indicator
 * counters (indicators/indicator-performance.ts): measured values where there were cases, the bare
 * definition (current empty) where there were none.
 */
export function performanceCsvRows(rows: PerformanceRow[]): Cell[][] {
  return rows.map((r) => [
    r.standardCode, r.standardVersion, r.agencyCode, r.channel, r.year, r.definition.code, r.definition.group, r.definition.wording.en, r.definition.unit,
    r.definition.normative, r.target, r.current, r.volume, r.targetMet,
  ]);
}
