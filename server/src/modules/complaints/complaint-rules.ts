/**
 * The review deadline of a complaint, from the complaint route of the standard version concerned:
 *  1. the route's entry for the level gives a value and unit (Res. 586: 5 working days from
 *     registration; 15 for the authorised quality-control body) → "standard";
 *  2. the entry only refers to a law (Res. 1130: "within the terms set by the Law of 12 January 2007
 *     On the procedure for considering applications of individuals and legal entities") → that law's
 *     general term, 15 calendar days (art. 8) → "referencedLaw";
 *  3. no standard is concerned (a complaint about a provider in general) → the Law of 15 April 2013
 *     "On state services", art. 25: 5 working days, 15 for the quality-control body → "statute";
 *  4. otherwise (court, a level without a deadline) → no review deadline, "none".
 * Periods count from the day after registration (excludeStartDay), as periods in days do.
 */
import type { DueUnit } from '../calendar/due-date.js';
import type { ReviewRuleSource } from './complaint.entity.js';
import type { COMPLAINT_LEVELS } from '../../corpus/corpus.schema.js';

type Level = (typeof COMPLAINT_LEVELS)[number];

export interface ReviewRule { value: number; unit: DueUnit; source: ReviewRuleSource; basis: string }

/** General terms of the laws a route may refer to instead of giving a value, by the act's code. */
export const REFERENCED_LAW_TERMS: Record<string, { value: number; unit: DueUnit; basis: string }> = {
  'law-applications-2007': { value: 15, unit: 'calendarDays', basis: 'Law of 12 January 2007 "On the procedure for considering applications of individuals and legal entities", art. 8: 15 calendar days' },
};

export function statutoryReviewRule(level: Level): ReviewRule | null {
  if (level === 'court') return null;
  if (level === 'qualityControlBody') return { value: 15, unit: 'workingDays', source: 'statute', basis: 'Law "On state services" of 15 April 2013, art. 25: 15 working days for the authorised quality-control body' };
  return { value: 5, unit: 'workingDays', source: 'statute', basis: 'Law "On state services" of 15 April 2013, art. 25: 5 working days' };
}

export interface RouteEntryLike { reviewValue?: number | string | null; reviewUnit?: string | null; legalBasisCode?: string | null }

export function routeReviewRule(entry: RouteEntryLike): ReviewRule | null {
  if (entry.reviewValue !== null && entry.reviewValue !== undefined && entry.reviewUnit) {
    const value = Number(entry.reviewValue);
    const unit = entry.reviewUnit === 'years' ? 'months' : entry.reviewUnit as DueUnit;
    return { value: entry.reviewUnit === 'years' ? value * 12 : value, unit, source: 'standard', basis: 'the standard\'s complaint route' };
  }
  const law = entry.legalBasisCode ? REFERENCED_LAW_TERMS[entry.legalBasisCode] : undefined;
  if (law) return { ...law, source: 'referencedLaw' };
  return null;
}
