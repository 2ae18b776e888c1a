import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applicableRules, missingDocuments, outcomeAt, pinRules, pscHandoverDue, requiredDocuments, resumedDueDate, dueDate, type DueRule } from './application-rules.js';
import { canTransition, targetStatus, TRANSITIONS, APPLICATION_STATUSES, OPEN_STATUSES } from './application-states.js';
import { astanaDate, endOfAstanaDay } from '../calendar/due-date.js';
import { loadShippedCalendar } from '../calendar/production-calendar.js';

const calendar = loadShippedCalendar();
const rule = (kind: string, value: number | null, unit: string | null, extra: Partial<{ subServices: string[]; channels: string[]; ordinal: number; excludeStartDay: boolean }> = {}) =>
  ({ kind, value, unit, excludeStartDay: false, subServices: [], channels: [], ordinal: 1, ...extra }) as never;

describe('which rules apply', () => {
  it('prefers the rule naming the sub-service and channel, then the law\'s order', () => {
    const rules = [
      rule('processing', 15, 'workingDays', { ordinal: 1 }),
      rule('processing', 15, 'workingDays', { ordinal: 2, channels: ['psc'], excludeStartDay: true }),
      rule('processing', 2, 'workingDays', { ordinal: 3, subServices: ['duplicate'] }),
      rule('maxQueueWait', 20, 'minutes', { ordinal: 4 }),
      rule('maxQueueWait', 15, 'minutes', { ordinal: 5 }),
      rule('pscHandover', 1, null, { ordinal: 6, channels: ['psc'] }),
      rule('deemedIssuedHandover', 5, 'workingDays', { ordinal: 7, subServices: ['issuance'] }),
    ];
    expect(applicableRules(rules, 'processing', 'issuance', 'psc').map((r: any) => r.ordinal)).toEqual([2, 1]);
    expect(applicableRules(rules, 'processing', 'duplicate', 'office').map((r: any) => r.ordinal)).toEqual([3, 1]);
    expect(pinRules(rules, 'issuance', 'psc')).toEqual({
      processing: { value: 15, unit: 'workingDays', excludeStartDay: true }, deemedIssuedHandover: { value: 5, unit: 'workingDays', excludeStartDay: false },
      refusalDelivery: null, pscHandover: true, queueWaitLimitMinutes: 20, serviceTimeLimitMinutes: null,
    });
    expect(pinRules(rules, 'duplicate', 'office')).toMatchObject({ processing: { value: 2 }, deemedIssuedHandover: null, pscHandover: false });
    expect(pinRules([rule('processing', null, null)], 'x', 'office').processing).toBeNull();
    expect(pinRules([rule('processing', 1, 'years')], 'x', 'office').processing).toEqual({ value: 12, unit: 'months', excludeStartDay: false });
  });

  it('requires the unconditional documents of the applicant\'s kind that the provider does not fetch itself', () => {
    const doc = (ordinal: number, extra: Record<string, unknown> = {}) => ({ subService: 's', channel: 'office', ordinal, recipients: [], fromStateSystems: false, condition: null, ...extra });
    const list = [doc(1), doc(2, { recipients: ['legalEntity'] }), doc(3, { recipients: ['individual'] }), doc(4, { fromStateSystems: true }), doc(5, { condition: { en: 'if any' } })];
    expect(requiredDocuments(list, 'legalEntity').map((d) => d.ordinal)).toEqual([1, 2]);
    expect(requiredDocuments(list, 'individual').map((d) => d.ordinal)).toEqual([1, 3]);
    expect(missingDocuments(list, 'legalEntity', [1, 5]).map((d) => d.ordinal)).toEqual([2]);
  });
});

describe('timing', () => {
  const startArb = fc.date({ min: new Date('2012-01-01T00:00:00Z'), max: new Date('2026-06-30T00:00:00Z'), noInvalidDate: true });
  const ruleArb: fc.Arbitrary<DueRule> = fc.record({ value: fc.integer({ min: 1, max: 30 }), unit: fc.constantFrom('workingDays' as const, 'calendarDays' as const), excludeStartDay: fc.boolean() });

  it('classifies decisions early, then onTime, then late as the decision moves later', () => {
    fc.assert(fc.property(startArb, ruleArb, fc.array(fc.integer({ min: 0, max: 90 * 24 * 60 }), { minLength: 2, maxLength: 6 }), (start, r, offsets) => {
      const due = dueDate(start, r, calendar);
      const rank = { early: 0, onTime: 1, late: 2 } as const;
      const outcomes = offsets.sort((a, b) => a - b).map((m) => rank[outcomeAt(start, due, r.unit, new Date(start.getTime() + m * 60_000), calendar)]);
      expect(outcomes).toEqual([...outcomes].sort((a, b) => a - b));
      expect(outcomeAt(start, due, r.unit, due, calendar)).toBe('onTime');
      expect(outcomeAt(start, due, r.unit, new Date(due.getTime() + 1), calendar)).toBe('late');
    }), { numRuns: 300 });
  });

  it('hands the result to the PSC by the end of the last working day before the due day', () => {
    fc.assert(fc.property(startArb, ruleArb, (start, r) => {
      const due = dueDate(start, r, calendar);
      const handover = pscHandoverDue(due, calendar);
      const day = astanaDate(handover);
      expect(handover.getTime()).toBe(endOfAstanaDay(day).getTime());
      expect(day < astanaDate(due)).toBe(true);
      expect(calendar.isWorkingDay(day)).toBe(true);
      expect(calendar.countWorkingDays(day, astanaDate(due))).toBeLessThanOrEqual(1);
    }), { numRuns: 300 });
  });

  it('never revives an expired term on resumption, and never shortens a running one', () => {
    fc.assert(fc.property(startArb, fc.integer({ min: -5, max: 20 }), fc.integer({ min: 0, max: 60 }), (start, remaining, pause) => {
      const previous = dueDate(start, { value: 10, unit: 'workingDays', excludeStartDay: true }, calendar);
      const resumedAt = new Date(start.getTime() + pause * 86_400_000);
      const next = resumedDueDate(previous, remaining, 'workingDays', resumedAt, calendar);
      if (remaining < 0) expect(next).toEqual(previous);
      else expect(next.getTime()).toBeGreaterThanOrEqual(resumedAt.getTime());
    }), { numRuns: 300 });
  });
});

describe('the state machine', () => {
  it('lets every status be reached and leads nowhere from the final ones', () => {
    const reachable = new Set<string>(['submitted']);
    for (let changed = true; changed;) {
      changed = false;
      for (const [name, spec] of Object.entries(TRANSITIONS)) {
        for (const from of spec.from) {
          if (!reachable.has(from)) continue;
          const to = spec.to ?? 'inReview';
          if (!reachable.has(to)) { reachable.add(to); changed = true; }
          if (name === 'resume') reachable.add('accepted');
        }
      }
    }
    expect([...reachable].sort()).toEqual([...APPLICATION_STATUSES].sort());
    for (const final of ['notAccepted', 'handedOver'] as const) {
      expect(Object.keys(TRANSITIONS).filter((name) => canTransition(name as never, final))).toEqual([]);
    }
    expect(targetStatus('resume', 'accepted')).toBe('accepted');
    expect(() => targetStatus('resume', null)).toThrow();
    expect(OPEN_STATUSES).toEqual(['submitted', 'accepted', 'inReview', 'suspended']);
  });
});
