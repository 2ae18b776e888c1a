/**
 * The processing time of a standard as open data needs it: which processing deadline applies to a
 * channel, and how it reads as an xsd:duration (CPSV-AP's processingTime).
 */
import type { StandardContent } from '../../corpus/corpus.schema.js';

export type Deadline = StandardContent['deadlines'][number];

/** Processing deadlines with a value that apply to `channel` (every channel when omitted). */
export function processingDeadlines(content: Pick<StandardContent, 'deadlines'>, channel?: string): Deadline[] {
  return content.deadlines.filter((d) => d.kind === 'processing' && d.value !== null && d.unit !== null
    && (!channel || !d.channels.length || d.channels.includes(channel as never)));
}

/**
 * The processing deadline that stands for the whole service on a channel: one that applies to every
 * sub-service, else the one of the first sub-service (issuance), else the first listed.
 */
export function mainProcessingDeadline(content: Pick<StandardContent, 'deadlines' | 'subServices'>, channel?: string): Deadline | null {
  const all = processingDeadlines(content, channel);
  const first = content.subServices[0]?.code;
  return all.find((d) => !d.subServices.length) ?? all.find((d) => first && d.subServices.includes(first)) ?? all[0] ?? null;
}

/**
 * An xsd:duration for a deadline. Working days have no xsd form: they are given as the calendar
 * days they can span at most without public holidays (n working days + 2 weekend days per started
 * week), so the value is an upper estimate; the exact rule is in the deadline's text.
 */
export function isoDuration(value: number, unit: NonNullable<Deadline['unit']>): string {
  if (unit === 'years' && Number.isInteger(value)) return `P${value}Y`;
  if (unit === 'months' && Number.isInteger(value)) return `P${value}M`;
  const days = unit === 'workingDays' ? value + 2 * Math.ceil(value / 5) : unit === 'calendarDays' ? value : unit === 'months' ? value * 30 : unit === 'years' ? value * 365 : null;
  if (days !== null && Number.isInteger(days)) return `P${days}D`;
  const minutes = Math.round(days !== null ? days * 1440 : unit === 'hours' ? value * 60 : value);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return minutes === 0 ? 'PT0M' : `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}

/** "15 workingDays" — how the CSV states a deadline. */
export function deadlineText(d: Deadline): string {
  return `${d.value} ${d.unit}`;
}
