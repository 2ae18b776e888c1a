/** The agencies ranked on the chosen indicator; a bar leads to that agency's applications. */
import { lazy } from 'react';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { ChartSuspense } from './ChartSuspense';
import { applicationsBehind, type DashboardFilter } from './filters';
import type { Report } from './queries';
import { rankingFor } from './reportShapes';
import { Widget } from './Widget';

const RankingBarChart = lazy(() => import('./charts/RankingBarChart'));

const SHOWN = 15;

interface RankingWidgetProps {
  report: Report;
  indicatorCode: string;
  filter: DashboardFilter;
  locale: string;
}

export const RankingWidget = ({ report, indicatorCode, filter, locale }: RankingWidgetProps) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { agencies, total } = rankingFor(report.ranking, indicatorCode, locale, SHOWN);
  return (
    <Widget title={`${translate('qyzmet.quality.ranking.title')}: ${indicatorCode}`} icon={<LeaderboardIcon color="primary" />} testId="quality-ranking">
      {total > agencies.length && (
        <Typography variant="caption" color="text.secondary">{translate('qyzmet.quality.ranking.shown', { shown: agencies.length, total })}</Typography>
      )}
      {agencies.length === 0
        ? <Typography variant="body2" color="text.secondary">{translate('qyzmet.quality.ranking.empty')}</Typography>
        : (
          <ChartSuspense height={60 + 30 * agencies.length}>
            <RankingBarChart
              agencies={agencies}
              locale={locale}
              labels={{ value: translate('qyzmet.quality.columns.current'), noData: translate('qyzmet.quality.ranking.empty') }}
              onAgencyClick={(agencyId) => navigate(applicationsBehind(filter, { agencyId }))}
            />
          </ChartSuspense>
        )}
    </Widget>
  );
};
