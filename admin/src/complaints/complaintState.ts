/** Where a complaint stands: resolved (justified or not), open and past its review deadline, or open. */
import type { Complaint } from '../generated/graphql';

export type ComplaintState = 'resolvedJustified' | 'resolvedUnjustified' | 'overdue' | 'open';

export function complaintState(complaint: Pick<Complaint, 'resolvedAt' | 'justified' | 'reviewDueAt'> & Partial<Pick<Complaint, 'overdue'>>, now: Date = new Date()): ComplaintState {
  if (complaint.resolvedAt) return complaint.justified ? 'resolvedJustified' : 'resolvedUnjustified';
  if (complaint.overdue || (complaint.reviewDueAt && new Date(complaint.reviewDueAt).getTime() < now.getTime())) return 'overdue';
  return 'open';
}

export const COMPLAINT_STATE_COLOURS: Record<ComplaintState, 'success' | 'default' | 'error' | 'primary'> = {
  resolvedJustified: 'success',
  resolvedUnjustified: 'default',
  overdue: 'error',
  open: 'primary',
};
