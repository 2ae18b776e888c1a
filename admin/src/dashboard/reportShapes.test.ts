import { describe, expect, it } from 'vitest';
import type { RankingEntry, ReportRow, SeriesPoint } from './queries';
import {
  chartableIndicators, compareIndicatorCodes, formatCount, formatMonth, formatPercent, formatRange, groupIndicators, monthsBetween, overdueBoard,
  pickIndicator, rankingFor, summarizeIndicator, trendSeries,
} from './reportShapes';

const row = (fields: Partial<ReportRow>): ReportRow => ({
  standardCode: 'a', indicatorCode: '1.1', group: 'timeliness', unit: '%', direction: 'higherIsBetter', normative: 100, target: 100,
  targetApprovedBy: null, current: null, numerator: 0, denominator: 0, targetMet: null, manual: false, frozen: false,
  wording: { kk: 'Белгіленген мерзімде', ru: 'В установленный срок', en: 'Within the set time' }, ...fields,
});

describe('summarizeIndicator', () => {
  it('adds numerators and denominators over the standards and counts the standards that meet their target', () => {
    const summary = summarizeIndicator([
      row({ standardCode: 'b', numerator: 9, denominator: 10, current: 90, targetMet: false, target: 95 }),
      row({ standardCode: 'a', numerator: 30, denominator: 30, current: 100, targetMet: true }),
      row({ standardCode: 'c', numerator: 0, denominator: 0, current: null, targetMet: null }),
    ]);
    expect(summary).toMatchObject({ indicatorCode: '1.1', numerator: 39, denominator: 40, current: 97.5, met: 1, rated: 2, manual: false });
    expect(summary.target).toEqual({ min: 95, max: 100 });
    expect(summary.normative).toEqual({ min: 100, max: 100 });
    expect(summary.rows.map((r) => r.standardCode)).toEqual(['a', 'b', 'c']);
  });

  it('is not applicable when no standard had a case', () => {
    expect(summarizeIndicator([row({}), row({ standardCode: 'b' })]).current).toBeNull();
  });

  it('averages the values of a manual indicator (no numerator and denominator)', () => {
    const summary = summarizeIndicator([
      row({ indicatorCode: '3.2', manual: true, numerator: null, denominator: null, current: 80 }),
      row({ indicatorCode: '3.2', manual: true, numerator: null, denominator: null, current: 95, standardCode: 'b' }),
      row({ indicatorCode: '3.2', manual: true, numerator: null, denominator: null, current: null, standardCode: 'c' }),
    ]);
    expect(summary).toMatchObject({ manual: true, current: 87.5, numerator: null, denominator: null });
  });
});

describe('groupIndicators', () => {
  it('orders groups as the law does and codes numerically, leaving out empty groups', () => {
    const groups = groupIndicators([
      row({ indicatorCode: 'C.1', group: 'complaints', direction: 'lowerIsBetter' }),
      row({ indicatorCode: '10.1', group: 'courtesy' }),
      row({ indicatorCode: '5.1', group: 'courtesy' }),
      row({ indicatorCode: 'S.1', group: 'timeliness' }),
      row({ indicatorCode: '1.1', group: 'timeliness' }),
      row({ indicatorCode: '1.1', group: 'timeliness', standardCode: 'b' }),
    ]);
    expect(groups.map((g) => [g.group, g.indicators.map((i) => i.indicatorCode)])).toEqual([
      ['timeliness', ['1.1', 'S.1']],
      ['complaints', ['C.1']],
      ['courtesy', ['5.1', '10.1']],
    ]);
    expect(groups[0].indicators[0].rows).toHaveLength(2);
  });

  it('charts only computed indicators and opens with timeliness 1.1', () => {
    const groups = groupIndicators([
      row({ indicatorCode: '3.2', group: 'accessibility', manual: true, numerator: null, denominator: null }),
      row({ indicatorCode: '2.1', group: 'quality' }),
      row({ indicatorCode: '1.1' }),
    ]);
    const chartable = chartableIndicators(groups);
    expect(chartable.map((i) => i.indicatorCode)).toEqual(['1.1', '2.1']);
    expect(pickIndicator(chartable, null)).toBe('1.1');
    expect(pickIndicator(chartable, '2.1')).toBe('2.1');
    expect(pickIndicator(chartable, '3.2')).toBe('1.1');
    expect(pickIndicator(chartable.slice(1), undefined)).toBe('2.1');
    expect(pickIndicator([], '1.1')).toBeNull();
  });
});

describe('compareIndicatorCodes', () => {
  it('sorts numbers as numbers and letter codes after them', () => {
    expect(['C.2', 'Q.1', '10.1', '1.2', 'C.1', '2.1', '1.1', '1.10'].sort(compareIndicatorCodes))
      .toEqual(['1.1', '1.2', '1.10', '2.1', '10.1', 'C.1', 'C.2', 'Q.1']);
  });
});

describe('trendSeries', () => {
  const series: SeriesPoint[] = [
    { indicatorCode: '1.1', month: '2026-03', current: 50, numerator: 1, denominator: 2 },
    { indicatorCode: '1.1', month: '2026-01', current: 100, numerator: 4, denominator: 4 },
    { indicatorCode: '2.1', month: '2026-02', current: 10, numerator: 1, denominator: 10 },
  ];

  it('gives every month of the period, in order, with gaps where there were no cases', () => {
    expect(trendSeries(series, '1.1', '2026-01', '2026-04')).toEqual({
      months: ['2026-01', '2026-02', '2026-03', '2026-04'],
      values: [100, null, 50, null],
      numerators: [4, 0, 1, 0],
      denominators: [4, 0, 2, 0],
    });
  });

  it('crosses year ends', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-01', '2026-12')).toHaveLength(12);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
  });
});

describe('rankingFor', () => {
  const agency = (code: string, kk: string, en: string) => ({ id: code, code, name: { kk, ru: kk, en }, shortName: null });
  const ranking: RankingEntry[] = [
    { indicatorCode: '1.1', agencyId: 'y', rank: 2, current: 80, numerator: 8, denominator: 10, agency: agency('y', 'Ү ұйымы', 'Agency Y') },
    { indicatorCode: '1.1', agencyId: 'x', rank: 1, current: 100, numerator: 5, denominator: 5, agency: agency('x', 'Х ұйымы', 'Agency X') },
    { indicatorCode: '1.1', agencyId: 'z', rank: 2, current: 80, numerator: 4, denominator: 5, agency: null },
    { indicatorCode: '2.1', agencyId: 'x', rank: 1, current: 70, numerator: 7, denominator: 10, agency: agency('x', 'Х ұйымы', 'Agency X') },
  ];

  it('keeps one indicator, best first, names in the UI language, ties by name', () => {
    const { agencies, total } = rankingFor(ranking, '1.1', 'en');
    expect(total).toBe(3);
    expect(agencies.map((a) => [a.rank, a.label, a.current])).toEqual([[1, 'Agency X', 100], [2, 'Agency Y', 80], [2, 'z', 80]]);
    expect(rankingFor(ranking, '1.1', 'kk').agencies[0].label).toBe('Х ұйымы');
  });

  it('cuts the list at the limit and still says how many there are', () => {
    expect(rankingFor(ranking, '1.1', 'en', 2)).toMatchObject({ total: 3, agencies: [{ agencyId: 'x' }, { agencyId: 'y' }] });
  });
});

describe('formatting', () => {
  it('writes percents as each language does', () => {
    expect(formatPercent(97.5, 'en')).toBe('97.5%');
    expect(formatPercent(97.5, 'ru')).toMatch(/^97,5\s%$/);
    expect(formatPercent(97.5, 'kk')).toMatch(/^97,5\s?%$/);
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(formatPercent(33.33, 'en')).toBe('33.33%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('writes a range only when the standards disagree', () => {
    expect(formatRange({ min: 95, max: 95 }, 'en')).toBe('95%');
    expect(formatRange({ min: 90, max: 100 }, 'en')).toBe('90% – 100%');
    expect(formatRange(null, 'en')).toBe('—');
  });

  it('groups digits and names months in the UI language', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'ru')).toMatch(/^12\s345$/);
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatMonth('2026-03', 'ru')).toMatch(/март/);
    expect(formatMonth('2026-03', 'kk', 'қаң|ақп|нау|сәу|мам|мау|шіл|там|қыр|қаз|қар|жел'.split('|'))).toBe('нау 2026');
    expect(formatMonth('2026-12', 'kk', ['too', 'few'])).toMatch(/2026/);
  });
});

describe('overdueBoard', () => {
  it('puts the agencies with the most overdue first and totals every agency', () => {
    const rows = [
      { agencyId: 'a', open: 10, overdue: 0, dueSoon: 5 },
      { agencyId: 'b', open: 4, overdue: 3, dueSoon: 0 },
      { agencyId: 'c', open: 9, overdue: 3, dueSoon: 1 },
      { agencyId: 'd', open: 1, overdue: 0, dueSoon: 0 },
    ];
    const board = overdueBoard(rows, 3);
    expect(board.rows.map((r) => r.agencyId)).toEqual(['c', 'b', 'a']);
    expect(board.total).toBe(4);
    expect(board.totals).toEqual({ open: 24, overdue: 6, dueSoon: 6 });
    expect(overdueBoard([])).toEqual({ rows: [], total: 0, totals: { open: 0, overdue: 0, dueSoon: 0 } });
  });
});
