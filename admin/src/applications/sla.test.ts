import { describe, expect, it } from 'vitest';
import { DUE_SOON_HOURS, slaState } from './sla';

const now = new Date('2026-03-02T06:00:00Z');
const inHours = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();

describe('slaState', () => {
  it('trusts the server\'s overdue flag', () => {
    expect(slaState({ status: 'inReview', dueAt: inHours(100), overdue: true }, now)).toBe('overdue');
  });

  it('is overdue once the due instant passed, even before the list is reloaded', () => {
    expect(slaState({ status: 'accepted', dueAt: inHours(-1), overdue: false }, now)).toBe('overdue');
  });

  it('is due soon within the dashboard\'s window, on time beyond it', () => {
    expect(slaState({ status: 'submitted', dueAt: inHours(DUE_SOON_HOURS), overdue: false }, now)).toBe('dueSoon');
    expect(slaState({ status: 'submitted', dueAt: inHours(1), overdue: false }, now)).toBe('dueSoon');
    expect(slaState({ status: 'submitted', dueAt: inHours(DUE_SOON_HOURS + 1), overdue: false }, now)).toBe('onTime');
  });

  it('marks deemed-issued and suspended cases whatever their dates', () => {
    expect(slaState({ status: 'deemedIssued', dueAt: inHours(-500), overdue: false }, now)).toBe('deemedIssued');
    expect(slaState({ status: 'suspended', dueAt: inHours(-5), overdue: false }, now)).toBe('suspended');
  });

  it('gives decided cases and cases without a deadline no chip', () => {
    for (const status of ['issued', 'refused', 'notAccepted', 'handedOver'] as const) {
      expect(slaState({ status, dueAt: inHours(-5), overdue: false }, now)).toBeNull();
    }
    expect(slaState({ status: 'inReview', dueAt: null, overdue: false }, now)).toBeNull();
  });
});
