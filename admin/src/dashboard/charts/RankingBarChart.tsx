/**
 * The agencies ranked on one indicator (MUI X horizontal bar chart, best on top). Loaded lazily
 * (RankingWidget). A bar leads to that agency's applications.
 */
import { BarChart } from '@mui/x-charts/BarChart';
import { formatCount, formatPercent, type RankedAgency } from '../reportShapes';

export interface RankingBarChartProps {
  agencies: RankedAgency[];
  locale: string;
  labels: { value: string; noData: string };
  onAgencyClick?: (agencyId: string) => void;
}

const RankingBarChart = ({ agencies, locale, labels, onAgencyClick }: RankingBarChartProps) => (
  <BarChart
    layout="horizontal"
    height={60 + 30 * Math.max(agencies.length, 1)}
    yAxis={[{ scaleType: 'band', data: agencies.map((agency) => `${agency.rank}. ${agency.label}`), width: 170 }]}
    xAxis={[{ min: 0, max: 100, valueFormatter: (value: number) => formatPercent(value, locale) }]}
    series={agencies.length ? [{
      id: 'current',
      label: labels.value,
      data: agencies.map((agency) => agency.current),
      valueFormatter: (value, { dataIndex }) => (value == null ? '—'
        : `${formatPercent(value, locale)} (${formatCount(agencies[dataIndex].numerator, locale)} / ${formatCount(agencies[dataIndex].denominator, locale)})`),
    }] : []}
    hideLegend
    localeText={{ noData: labels.noData }}
    onItemClick={onAgencyClick ? (_event, item) => onAgencyClick(agencies[item.dataIndex].agencyId) : undefined}
  />
);

export default RankingBarChart;
