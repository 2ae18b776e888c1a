/** The chosen indicator month by month; a month's point leads to the applications submitted that month. */
import { lazy } from 'react';
import ShowChartIcon from '@mui/icons-material/ShowChart';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ChartSuspense } from './ChartSuspense';
import { applicationsBehind, type DashboardFilter } from './filters';
import type { Report } from './queries';
import { trendSeries, type IndicatorSummary } from './reportShapes';
import { Widget } from './Widget';

const TrendLineChart = lazy(() => import('./charts/TrendLineChart'));

interface TrendWidgetProps {
  report: Report;
  indicator: IndicatorSummary;
  filter: DashboardFilter;
  locale: string;
}

export const TrendWidget = ({ report, indicator, filter, locale }: TrendWidgetProps) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const trend = trendSeries(report.series, indicator.indicatorCode, report.from, report.to);
  const target = indicator.target && indicator.target.min === indicator.target.max ? indicator.target.min : null;
  return (
    <Widget title={`${translate('qyzmet.quality.trend.title')}: ${indicator.indicatorCode}`} icon={<ShowChartIcon color="primary" />} testId="quality-trend">
      <ChartSuspense height={260}>
        <TrendLineChart
          trend={trend}
          target={target}
          locale={locale}
          labels={{ value: translate('qyzmet.quality.trend.value'), target: translate('qyzmet.quality.trend.target'), noData: translate('qyzmet.quality.trend.no_cases'), months: translate('qyzmet.quality.months').split('|') }}
          onMonthClick={(month) => navigate(applicationsBehind(filter, { month }))}
        />
      </ChartSuspense>
    </Widget>
  );
};
