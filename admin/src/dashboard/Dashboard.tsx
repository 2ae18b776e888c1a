/**
 * The console's home page: the quality of state services at a glance (react-admin's "Posters
 * Galore" dashboard style: small widgets, charts loaded lazily).
 *
 *  - filter: year (the current one by default), agency, standard, channel;
 *  - per indicator group, each indicator's normative, target and current value with the cases behind
 *    it (a link to those applications) and whether the standards reach their targets;
 *  - the chosen indicator month by month and the agencies ranked on it;
 *  - open applications per agency with the overdue ones (a link to them);
 *  - the report as CSV (the server's open-data export).
 *
 * Every signed-in role sees it (the server scopes operators and ministry admins to their agencies);
 * an operator, bound to one agency, gets no agency filter and no ranking.
 */
import { useMemo } from 'react';
import { Alert, Box, Card, CardContent, Chip, Grid, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { Title, useLocaleState, usePermissions, useStore, useTranslate } from 'react-admin';
import { enumLabelKey } from '../i18n/enums';
import { DashboardFilters } from './DashboardFilters';
import { ExportButtons } from './ExportButtons';
import { defaultFilter, reportFilter, type DashboardFilter } from './filters';
import { IndicatorSelect } from './IndicatorSelect';
import { IndicatorTable } from './IndicatorTable';
import { OverdueWidget } from './OverdueWidget';
import { QUALITY_REPORT } from './queries';
import { RankingWidget } from './RankingWidget';
import { chartableIndicators, groupIndicators, pickIndicator } from './reportShapes';
import { TrendWidget } from './TrendWidget';
import { useDashboardQuery } from './useDashboardQuery';
import { Welcome } from './Welcome';
import { Widget } from './Widget';

/** Operators work for one agency: an agency filter or a ranking would show nothing more. */
const isAgencyBound = (roles: unknown) => Array.isArray(roles) && roles.length > 0 && roles.every((role) => role === 'operator');

const PeriodChip = ({ frozen }: { frozen: boolean }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate(frozen ? 'qyzmet.quality.period.frozen_help' : 'qyzmet.quality.period.live_help')}>
      <Chip size="small" variant="outlined" color={frozen ? 'default' : 'info'} label={translate(frozen ? 'qyzmet.quality.period.frozen' : 'qyzmet.quality.period.live')} />
    </Tooltip>
  );
};

export const Dashboard = () => {
  const translate = useTranslate();
  const [locale = 'kk'] = useLocaleState();
  const { permissions } = usePermissions();
  const agencyBound = isAgencyBound(permissions);
  // In react-admin's store, like a list's filters: kept when the language changes or the user comes back.
  const [stored, setFilter] = useStore<DashboardFilter>('qyzmet.quality.filter', defaultFilter());
  const filter = agencyBound ? { ...stored, agencyId: undefined } : stored;
  const [wanted, setWanted] = useStore<string | null>('qyzmet.quality.indicator', null);
  const { data, loading, error } = useDashboardQuery(QUALITY_REPORT, { filter: reportFilter(filter) });
  const report = data?.qualityReport;
  const groups = useMemo(() => groupIndicators(report?.rows ?? []), [report]);
  const chartable = chartableIndicators(groups);
  const indicatorCode = pickIndicator(chartable, wanted);
  const indicator = chartable.find((candidate) => candidate.indicatorCode === indicatorCode);

  return (
    <Box sx={{ mt: 2, mb: 2, display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="quality-dashboard">
      <Title title="qyzmet.quality.title" />
      <Welcome />
      <Card>
        <CardContent sx={{ pb: 1 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
            <Box sx={{ flexGrow: 1 }}>
              <Typography variant="h5" component="h1">{translate('qyzmet.quality.title')}</Typography>
              <Typography variant="body2" color="text.secondary">{translate('qyzmet.quality.subtitle')}</Typography>
            </Box>
            {report && <PeriodChip frozen={report.frozen} />}
            <ExportButtons filter={filter} />
          </Box>
          <DashboardFilters filter={filter} onChange={setFilter} showAgency={!agencyBound} />
        </CardContent>
        {loading && <LinearProgress />}
      </Card>
      {error && <Alert severity="error">{translate('qyzmet.quality.error')}: {error.message}</Alert>}
      {report && groups.length === 0 && <Alert severity="info">{translate('qyzmet.quality.no_data')}</Alert>}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Stack spacing={2}>
            {groups.map((group) => (
              <Widget key={group.group} title={translate(enumLabelKey('IndicatorGroup', group.group))} testId={`quality-group-${group.group}`}>
                <IndicatorTable indicators={group.indicators} filter={filter} locale={locale} selected={indicatorCode} onSelect={setWanted} />
              </Widget>
            ))}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2}>
            <OverdueWidget filter={filter} locale={locale} />
            {report && indicator && (
              <>
                <IndicatorSelect indicators={chartable} value={indicator.indicatorCode} onChange={setWanted} locale={locale} />
                <TrendWidget report={report} indicator={indicator} filter={filter} locale={locale} />
                {!agencyBound && <RankingWidget report={report} indicatorCode={indicator.indicatorCode} filter={filter} locale={locale} />}
              </>
            )}
          </Stack>
        </Grid>
      </Grid>
    </Box>
  );
};
