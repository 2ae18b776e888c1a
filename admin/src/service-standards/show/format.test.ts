import { describe, expect, it } from 'vitest';
import { formatDays, formatPeriod } from './format';

const label = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);

describe('formatDays', () => {
  it('turns runs of three or more days into ranges, in the order of the week', () => {
    expect(formatDays(['fri', 'mon', 'tue', 'wed', 'thu'], label)).toBe('Mon–Fri');
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri', 'sun'], label)).toBe('Mon–Fri, Sun');
    expect(formatDays(['sat', 'sun'], label)).toBe('Sat, Sun');
    expect(formatDays([], label)).toBe('');
  });
});

describe('formatPeriod', () => {
  it('gives the hours and the breaks', () => {
    expect(formatPeriod({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '18:00', breaks: [{ from: '13:00', to: '14:30' }] }, label, 'break'))
      .toBe('Mon–Fri 09:00–18:00 (break 13:00–14:30)');
    expect(formatPeriod({ days: ['sat'], opens: '09:00', closes: '13:00' }, label, 'break')).toBe('Sat 09:00–13:00');
  });
});
