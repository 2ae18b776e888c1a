/**
 * The SLA chip of an application, from what the API says about it (status, dueAt, overdue):
 *  overdue       open, the clock running, past the due date (the server's `overdue`)
 *  dueSoon       open, the clock running, due within DUE_SOON_HOURS (the dashboard's overdue board
 *                counts "due soon" with the same window: overdueApplications(withinHours: 72))
 *  onTime        open, the clock running, further away
 *  suspended     the clock is stopped
 *  deemedIssued  the deadline passed without a decision and the standard deems the result issued
 * Decided applications have no chip: their `outcome` (early, on time, late) says how it went.
 */
import type { Application } from '../generated/graphql';

export type SlaState = 'onTime' | 'dueSoon' | 'overdue' | 'suspended' | 'deemedIssued';

export const SLA_STATES: readonly SlaState[] = ['onTime', 'dueSoon', 'overdue', 'suspended', 'deemedIssued'];

export const DUE_SOON_HOURS = 72;

const RUNNING: readonly string[] = ['submitted', 'accepted', 'inReview'];

export type SlaInput = Pick<Application, 'status'> & Partial<Pick<Application, 'dueAt' | 'overdue'>>;

export function slaState(application: SlaInput, now: Date = new Date()): SlaState | null {
  if (application.status === 'deemedIssued') return 'deemedIssued';
  if (application.status === 'suspended') return 'suspended';
  if (!RUNNING.includes(application.status) || !application.dueAt) return null;
  const due = new Date(application.dueAt as string).getTime();
  if (application.overdue || due < now.getTime()) return 'overdue';
  return due - now.getTime() <= DUE_SOON_HOURS * 3_600_000 ? 'dueSoon' : 'onTime';
}

/** MUI colours of the chips. */
export const SLA_COLOURS: Record<SlaState, 'success' | 'warning' | 'error' | 'default' | 'info'> = {
  onTime: 'success',
  dueSoon: 'warning',
  overdue: 'error',
  suspended: 'default',
  deemedIssued: 'info',
};
