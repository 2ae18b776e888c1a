/**
 * English messages of the quality dashboard (`qyzmet.quality`); dashboard.kk.ts and dashboard.ru.ts
 * have this shape. Indicator groups and channels are labelled by the enums (`qyzmet.enums.*`);
 * indicator wordings come from the API in kk/ru/en.
 */
export const enQuality = {
  title: 'Quality of state services',
  subtitle: 'Quality and efficiency indicators of the standards: normative, target and current values',
  all: 'All',
  filters: { year: 'Year', agency: 'Agency', standard: 'Standard', channel: 'Channel' },
  export_csv: 'CSV',
  export_csv_months: 'CSV by month',
  export_help: 'The report as open data: one row per standard × agency × channel × period × indicator',
  period: { frozen: 'Closed period', live: 'Open period', frozen_help: 'Every month is closed: the values come from the frozen snapshot', live_help: 'The values are computed as applications, complaints and surveys change' },
  columns: {
    indicator: 'Indicator',
    normative: 'Normative value',
    target: 'Target value',
    current: 'Current value',
    cases: 'Cases',
    target_met: 'Target',
  },
  cases_help: 'Cases that meet the indicator / cases counted',
  target_met: { yes: 'Met', no: 'Not met', unknown: 'No value or no target' },
  standards_met: 'Standards at target: %{met} / %{rated}',
  manual: 'Entered by hand',
  approved_by: 'Target approved by %{order}',
  direction: { higherIsBetter: 'Higher is better', lowerIsBetter: 'Lower is better' },
  by_standard: 'By standard',
  open_applications: 'Open the applications',
  no_data: 'The standards of this filter have no indicators for the year.',
  error: 'The report could not be loaded',
  /** Short month names, January first, separated by |. */
  months: 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec',
  loading_chart: 'Loading the chart…',
  trend: { title: 'Trend by month', indicator: 'Indicator', value: 'Value', target: 'Target', no_cases: 'No cases in the period' },
  ranking: { title: 'Agencies ranked', shown: 'The best %{shown} of %{total}', empty: 'No agency had cases in the period' },
  overdue: {
    title: 'Applications with a running deadline',
    agency: 'Agency',
    open: 'Open',
    overdue: 'Overdue',
    due_soon: 'Within %{hours} h',
    due_soon_help: 'Due within the next %{hours} hours',
    total: 'Total',
    shown: 'Agencies with the most overdue: %{shown} of %{total}',
    empty: 'No open applications with a running deadline',
  },
};
