/**
 * The formula registry: how each row of a standard's quality-indicator table is computed.
 *
 * Every formula is numerator / denominator × 100 over one counter metric (indicator_counter, kept
 * by triggers), except the manual ones (no event source: the value is entered with its source).
 * Not applicable: a denominator of 0 gives current = null and targetMet = null.
 *
 *  metric                      denominator                                          numerator
 *  timeliness                  decided applications with an outcome (closedAt month)  outcome early or onTime
 *  queueWait                   applications with a queue wait and a limit (submitted)  wait <= limit
 *  serviceTime                 applications with a service time and a limit (submitted) time <= limit
 *  survey.process …courtesy    survey answers to that question (answeredAt month)    score >= SATISFIED_MIN_SCORE (4)
 *  complaints.justified        resolved complaints with a verdict (resolvedAt month)   justified
 *  complaints.onTime           resolved complaints with a review deadline             resolvedOnTime
 *  volume                      applications submitted (not an indicator; for context)
 */
import type { LocalizedText } from '../../common/base.entity.js';

export const METRICS = [
  'timeliness', 'queueWait', 'serviceTime', 'survey.process', 'survey.information', 'survey.complaintProcedure', 'survey.courtesy',
  'complaints.justified', 'complaints.onTime', 'volume',
] as const;
export type Metric = (typeof METRICS)[number];

export const DIRECTIONS = ['higherIsBetter', 'lowerIsBetter'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Formula {
  /** The counter metric; null for a manual indicator. */
  metric: Metric | null;
  unit: 'percent';
  direction: Direction;
  /** Manual: no event source, the value is entered (indicator_manual_value). */
  manual: boolean;
}

const ratio = (metric: Metric, direction: Direction = 'higherIsBetter'): Formula => ({ metric, unit: 'percent', direction, manual: false });
const MANUAL: Formula = { metric: null, unit: 'percent', direction: 'higherIsBetter', manual: true };

/** By the code of the Resolution 1130 tables (the shipped standards all number them this way). */
const BY_CODE: Record<string, Formula> = {
  '1.1': ratio('timeliness'),
  '2.1': ratio('survey.process'),
  '3.1': ratio('survey.information'),
  '3.2': MANUAL,
  '4.1': ratio('survey.complaintProcedure'),
  '5.1': ratio('survey.courtesy'),
};

/** By the wording, where a standard numbers its table differently (checked in this order). */
const BY_WORDING: [RegExp, Formula][] = [
  [/within the set (period|time)|in due time|timel/i, ratio('timeliness')],
  [/electronic/i, MANUAL],
  [/complaint/i, ratio('survey.complaintProcedure')],
  [/courtesy|polite/i, ratio('survey.courtesy')],
  [/information/i, ratio('survey.information')],
  [/process|quality/i, ratio('survey.process')],
];

/** The formula of a definition of a standard's table; null when nothing matches (reported as manual). */
export function formulaFor(definition: { code: string; wording: LocalizedText }): Formula | null {
  const byCode = BY_CODE[definition.code];
  if (byCode) return byCode;
  const text = `${definition.wording.en ?? ''}`;
  return BY_WORDING.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** Rows that are not printed in the standards' tables but apply to every standard. */
export interface ExtraIndicator extends Formula {
  code: string;
  group: 'timeliness' | 'quality' | 'accessibility' | 'complaints' | 'courtesy';
  wording: LocalizedText;
}

export const EXTRA_INDICATORS: ExtraIndicator[] = [
  { code: 'Q.1', group: 'accessibility', ...ratio('queueWait'),
    wording: { kk: null, ru: '% (доля) случаев ожидания в очереди не дольше установленного времени', en: '% (share) of cases where the queue wait was within the set limit' } },
  { code: 'S.1', group: 'timeliness', ...ratio('serviceTime'),
    wording: { kk: null, ru: '% (доля) случаев обслуживания не дольше установленного времени', en: '% (share) of cases where the service time was within the set limit' } },
  { code: 'C.1', group: 'complaints', ...ratio('complaints.justified', 'lowerIsBetter'),
    wording: { kk: null, ru: '% (доля) обоснованных жалоб', en: '% (share) of justified complaints' } },
  { code: 'C.2', group: 'complaints', ...ratio('complaints.onTime'),
    wording: { kk: null, ru: '% (доля) жалоб, рассмотренных в установленный срок', en: '% (share) of complaints resolved within the review deadline' } },
];

/** numerator / denominator in percent, rounded to 2 decimals; null when not applicable. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10000) / 100 : null;
}

/** Whether the current value reaches the target in the formula's direction; null without either. */
export function targetMet(current: number | null, target: number | null, direction: Direction): boolean | null {
  if (current === null || target === null) return null;
  return direction === 'higherIsBetter' ? current >= target : current <= target;
}
