/**
 * One indicator month by month (MUI X line chart), with its target as a dashed line. Loaded lazily
 * (TrendWidget): the chart library stays out of the console's first download.
 */
import { LineChart } from '@mui/x-charts/LineChart';
import { formatCount, formatMonth, formatPercent, type TrendSeries } from '../reportShapes';

export interface TrendLineChartProps {
  trend: TrendSeries;
  target: number | null;
  locale: string;
  labels: { value: string; target: string; noData: string; months: readonly string[] };
  /** A month's point was clicked (its index in trend.months). */
  onMonthClick?: (month: string) => void;
}

const TrendLineChart = ({ trend, target, locale, labels, onMonthClick }: TrendLineChartProps) => {
  const hasCases = trend.denominators.some((d) => d > 0);
  return (
    <LineChart
      height={260}
      xAxis={[{ scaleType: 'point', data: trend.months, valueFormatter: (month: string) => formatMonth(month, locale, labels.months) }]}
      yAxis={[{ min: 0, max: 100, valueFormatter: (value: number) => formatPercent(value, locale) }]}
      series={hasCases ? [
        {
          id: 'value',
          label: labels.value,
          data: trend.values,
          // Straight segments: a smoothed curve would show values between months that no month had.
          curve: 'linear',
          valueFormatter: (value, { dataIndex }) => (value == null ? '—'
            : `${formatPercent(value, locale)} (${formatCount(trend.numerators[dataIndex], locale)} / ${formatCount(trend.denominators[dataIndex], locale)})`),
        },
        ...(target == null ? [] : [{
          id: 'target',
          label: labels.target,
          data: trend.months.map(() => target),
          showMark: false,
          curve: 'linear' as const,
          color: '#9e9e9e',
          valueFormatter: (value: number | null) => formatPercent(value, locale),
        }]),
      ] : []}
      localeText={{ noData: labels.noData }}
      onMarkClick={onMonthClick ? (_event, item) => { if (item.dataIndex != null) onMonthClick(trend.months[item.dataIndex]); } : undefined}
      sx={{ '& .MuiLineElement-series-target': { strokeDasharray: '6 4' } }}
    />
  );
};

export default TrendLineChart;
