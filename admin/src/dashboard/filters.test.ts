import { describe, expect, it } from 'vitest';
import {
  applicationsBehind, applicationsPath, csvExportUrl, defaultFilter, monthDays, normalizeFilter, overdueApplicationsPath,
  reportFilter, yearChoices,
} from './filters';

const now = new Date(2026, 5, 15);
const filterOf = (path: string) => JSON.parse(new URLSearchParams(path.split('?')[1]).get('filter')!);

describe('the dashboard filter', () => {
  it('opens on the current year', () => {
    expect(defaultFilter(now)).toEqual({ year: 2026 });
    expect(yearChoices(now)[0]).toBe(2027);
    expect(yearChoices(now).at(-1)).toBe(2020);
  });

  it('reads form values: empty inputs mean "all", a bad year falls back to the current one', () => {
    expect(normalizeFilter({ year: '2025', agencyId: '', standardCode: null, channel: 'psc' }, now))
      .toEqual({ year: 2025, agencyId: undefined, standardCode: undefined, channel: 'psc' });
    expect(normalizeFilter({ year: 'x' }, now).year).toBe(2026);
    expect(normalizeFilter({ year: 1999 }, now).year).toBe(2026);
  });

  it('narrows the report only by what is chosen', () => {
    expect(reportFilter({ year: 2026 })).toEqual({ year: 2026 });
    expect(reportFilter({ year: 2026, agencyId: 'a1', standardCode: 'lic-poisons', channel: 'egov' }))
      .toEqual({ year: 2026, agencyIds: ['a1'], standardCodes: ['lic-poisons'], channels: ['egov'] });
  });

  it('exports the same report as the server\'s CSV', () => {
    expect(csvExportUrl({ year: 2026 })).toBe('/open-data/quality-report.csv?year=2026');
    expect(csvExportUrl({ year: 2025, agencyId: 'a1', standardCode: 'lic-poisons', channel: 'psc' }, 'month'))
      .toBe('/open-data/quality-report.csv?year=2025&agencyIds=a1&standardCodes=lic-poisons&channels=psc&granularity=month');
  });
});

describe('click-through to the applications list', () => {
  it('puts the API\'s filter names in the URL and leaves out what is not set', () => {
    const path = applicationsPath({ agencyId: 'a1', overdue: true, standardCode: null, channel: undefined, q: '' });
    expect(path.startsWith('/applications?filter=')).toBe(true);
    expect(filterOf(path)).toEqual({ agencyId: 'a1', overdue: true });
    expect(filterOf(overdueApplicationsPath('a2'))).toEqual({ agencyId: 'a2', overdue: true });
  });

  it('narrows to the figure\'s standard or agency, the dashboard\'s channel and the year', () => {
    expect(filterOf(applicationsBehind({ year: 2026, channel: 'egov', agencyId: 'a1' }, { standardCode: 'lic-poisons' }))).toEqual({
      agencyId: 'a1', standardCode: 'lic-poisons', channel: 'egov', submittedFrom: '2026-01-01', submittedTo: '2026-12-31',
    });
    expect(filterOf(applicationsBehind({ year: 2025, standardCode: 'x' }, { agencyId: 'a9' }))).toEqual({
      agencyId: 'a9', standardCode: 'x', submittedFrom: '2025-01-01', submittedTo: '2025-12-31',
    });
    expect(filterOf(applicationsBehind({ year: 2024 }, { month: '2024-02' }))).toEqual({ submittedFrom: '2024-02-01', submittedTo: '2024-02-29' });
    expect(monthDays('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });
});
