/**
 * One group of indicators (timeliness, quality …): per indicator the normative, target and current
 * value over every standard of the filter, the cases behind it (a link to those applications) and
 * whether the standards reach their targets; a row opens to show each standard. Choosing a row
 * shows that indicator in the charts.
 *
 * The current value of indicator X carries data-testid="indicator-current-X" (the end-to-end tests
 * read it), its cases "indicator-cases-X".
 */
import { useState, type MouseEvent, type ReactNode } from 'react';
import { Box, Chip, IconButton, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import EditNoteIcon from '@mui/icons-material/EditNote';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import { Link, useTranslate } from 'react-admin';
import { localized } from '../i18n/localized';
import { applicationsBehind, type DashboardFilter } from './filters';
import type { ReportRow } from './queries';
import { formatCount, formatPercent, formatRange, type IndicatorSummary } from './reportShapes';
import { StandardsMetChip, TargetMetChip } from './TargetMetChip';

/** Widths of the columns after the indicator: normative, target, current, cases, target met. */
const FIGURE_COLUMNS = [92, 92, 92, 88, 72];

interface IndicatorTableProps {
  indicators: IndicatorSummary[];
  filter: DashboardFilter;
  locale: string;
  selected: string | null;
  onSelect: (indicatorCode: string) => void;
}

/** "39 / 40", linked to the applications of the figure when it counts cases. */
const Cases = ({ numerator, denominator, to, locale, testId }: { numerator: number | null | undefined; denominator: number | null | undefined; to?: string; locale: string; testId?: string }) => {
  const translate = useTranslate();
  if (numerator == null || denominator == null) {
    return <Tooltip title={translate('qyzmet.quality.manual')}><EditNoteIcon fontSize="small" color="action" aria-label={translate('qyzmet.quality.manual')} /></Tooltip>;
  }
  const text = `${formatCount(numerator, locale)} / ${formatCount(denominator, locale)}`;
  return (
    <Tooltip title={to ? `${translate('qyzmet.quality.cases_help')}. ${translate('qyzmet.quality.open_applications')}` : translate('qyzmet.quality.cases_help')}>
      {to && denominator > 0
        ? <MuiLink component={Link} to={to} variant="body2" data-testid={testId} onClick={(event: MouseEvent) => event.stopPropagation()}>{text}</MuiLink>
        : <Typography variant="body2" data-testid={testId}>{text}</Typography>}
    </Tooltip>
  );
};

const Direction = ({ direction }: { direction: IndicatorSummary['direction'] }) => {
  const translate = useTranslate();
  const Icon = direction === 'higherIsBetter' ? ArrowUpwardIcon : ArrowDownwardIcon;
  return (
    <Tooltip title={translate(`qyzmet.quality.direction.${direction}`)}>
      <Icon fontSize="inherit" color="action" sx={{ verticalAlign: 'middle' }} />
    </Tooltip>
  );
};

const StandardRow = ({ row, filter, locale }: { row: ReportRow; filter: DashboardFilter; locale: string }) => {
  const translate = useTranslate();
  const target = formatPercent(row.target, locale);
  return (
    <TableRow sx={{ bgcolor: 'action.hover' }}>
      <TableCell sx={{ pl: 9 }}><Typography variant="body2">{row.standardCode}</Typography></TableCell>
      <TableCell align="right">{formatPercent(row.normative, locale)}</TableCell>
      <TableCell align="right">
        {row.targetApprovedBy ? <Tooltip title={translate('qyzmet.quality.approved_by', { order: row.targetApprovedBy })}><span>{target} *</span></Tooltip> : target}
      </TableCell>
      <TableCell align="right">{formatPercent(row.current, locale)}</TableCell>
      <TableCell align="right">
        <Cases numerator={row.numerator} denominator={row.denominator} locale={locale} to={applicationsBehind(filter, { standardCode: row.standardCode })} />
      </TableCell>
      <TableCell><TargetMetChip targetMet={row.targetMet} /></TableCell>
    </TableRow>
  );
};

const SummaryRow = ({ indicator, filter, locale, selected, onSelect }: Omit<IndicatorTableProps, 'indicators' | 'selected'> & { indicator: IndicatorSummary; selected: boolean }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const code = indicator.indicatorCode;
  const single = indicator.rows.length === 1;
  const cells: ReactNode[] = [
    <TableCell key="normative" align="right">{formatRange(indicator.normative, locale)}</TableCell>,
    <TableCell key="target" align="right">{formatRange(indicator.target, locale)}</TableCell>,
    <TableCell key="current" align="right">
      <Typography variant="body1" fontWeight="bold" data-testid={`indicator-current-${code}`}>{formatPercent(indicator.current, locale)}</Typography>
    </TableCell>,
    <TableCell key="cases" align="right">
      <Cases numerator={indicator.numerator} denominator={indicator.denominator} locale={locale} testId={`indicator-cases-${code}`}
        to={indicator.manual ? undefined : applicationsBehind(filter, single ? { standardCode: indicator.rows[0].standardCode } : {})} />
    </TableCell>,
    <TableCell key="met">{single ? <TargetMetChip targetMet={indicator.rows[0].targetMet} /> : <StandardsMetChip met={indicator.met} rated={indicator.rated} />}</TableCell>,
  ];
  return (
    <>
      <TableRow hover selected={selected} onClick={indicator.manual ? undefined : () => onSelect(code)} sx={{ cursor: indicator.manual ? undefined : 'pointer' }}>
        <TableCell>
          <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
            {single ? <Box sx={{ width: 28 }} /> : (
              <IconButton size="small" aria-label={translate('qyzmet.quality.by_standard')} onClick={(event) => { event.stopPropagation(); setOpen(!open); }}>
                {open ? <KeyboardArrowUpIcon fontSize="small" /> : <KeyboardArrowDownIcon fontSize="small" />}
              </IconButton>
            )}
            <Chip size="small" label={code} />
            <Typography variant="body2" sx={{ flex: 1 }}>
              {localized(indicator.wording, locale)} <Direction direction={indicator.direction} />
              {single && <Typography component="span" variant="caption" color="text.secondary"> ({indicator.rows[0].standardCode})</Typography>}
            </Typography>
          </Box>
        </TableCell>
        {cells}
      </TableRow>
      {open && indicator.rows.map((row) => <StandardRow key={row.standardCode} row={row} filter={filter} locale={locale} />)}
    </>
  );
};

export const IndicatorTable = ({ indicators, filter, locale, selected, onSelect }: IndicatorTableProps) => {
  const translate = useTranslate();
  const column = (name: string) => translate(`qyzmet.quality.columns.${name}`);
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" sx={{ tableLayout: 'fixed', minWidth: 560, '& td, & th': { px: 1 }, '& td:not(:first-of-type)': { whiteSpace: 'nowrap' } }}>
        {/* Fixed widths: the tables of every group line up under each other. */}
        <colgroup>
          <col />
          {FIGURE_COLUMNS.map((width, index) => <col key={index} style={{ width }} />)}
        </colgroup>
        <TableHead>
          <TableRow>
            <TableCell>{column('indicator')}</TableCell>
            <TableCell align="right">{column('normative')}</TableCell>
            <TableCell align="right">{column('target')}</TableCell>
            <TableCell align="right">{column('current')}</TableCell>
            <TableCell align="right">{column('cases')}</TableCell>
            <TableCell>{column('target_met')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {indicators.map((indicator) => (
            <SummaryRow key={indicator.indicatorCode} indicator={indicator} filter={filter} locale={locale} selected={indicator.indicatorCode === selected} onSelect={onSelect} />
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
