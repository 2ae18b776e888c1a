import { describe, expect, it } from 'vitest';
import { complaintState } from './complaintState';

const now = new Date('2026-03-02T06:00:00Z');

describe('complaintState', () => {
  it('says how a resolved complaint was found, whatever its deadline', () => {
    expect(complaintState({ resolvedAt: '2026-03-01T00:00:00Z', justified: true, reviewDueAt: '2026-01-01T00:00:00Z' }, now)).toBe('resolvedJustified');
    expect(complaintState({ resolvedAt: '2026-03-01T00:00:00Z', justified: false, reviewDueAt: null }, now)).toBe('resolvedUnjustified');
  });

  it('is overdue when open past the review deadline (the server\'s flag or the clock)', () => {
    expect(complaintState({ resolvedAt: null, justified: null, reviewDueAt: '2026-03-02T05:00:00Z', overdue: false }, now)).toBe('overdue');
    expect(complaintState({ resolvedAt: null, justified: null, reviewDueAt: '2026-04-01T00:00:00Z', overdue: true }, now)).toBe('overdue');
  });

  it('is open otherwise, also without a deadline', () => {
    expect(complaintState({ resolvedAt: null, justified: null, reviewDueAt: '2026-03-09T00:00:00Z', overdue: false }, now)).toBe('open');
    expect(complaintState({ resolvedAt: null, justified: null, reviewDueAt: null }, now)).toBe('open');
  });
});
