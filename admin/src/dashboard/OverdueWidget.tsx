/**
 * Per agency: open applications whose deadline runs, how many are overdue (a link to them) and how
 * many fall due within DUE_SOON_HOURS. The server scopes the agencies (an operator sees theirs).
 */
import { Box, Link as MuiLink, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import { Link, useTranslate } from 'react-admin';
import { overdueApplicationsPath, type DashboardFilter } from './filters';
import { OVERDUE_APPLICATIONS } from './queries';
import { agencyLabel, formatCount, overdueBoard } from './reportShapes';
import { useDashboardQuery } from './useDashboardQuery';
import { Widget } from './Widget';

/** How far ahead "due soon" looks (the applications list's SLA chips use the same window). */
export const DUE_SOON_HOURS = 72;
const SHOWN = 10;

export const OverdueWidget = ({ filter, locale }: { filter: DashboardFilter; locale: string }) => {
  const translate = useTranslate();
  const { data, error } = useDashboardQuery(OVERDUE_APPLICATIONS, { agencyIds: filter.agencyId ? [filter.agencyId] : null, withinHours: DUE_SOON_HOURS });
  const board = overdueBoard(data?.overdueApplications ?? [], SHOWN);
  const label = (key: string) => translate(`qyzmet.quality.overdue.${key}`, { hours: DUE_SOON_HOURS });
  const count = (value: number) => formatCount(value, locale);
  return (
    <Widget title={label('title')} icon={<AlarmIcon color="error" />} testId="quality-overdue">
      {error && <Typography color="error" variant="body2">{error.message}</Typography>}
      {data && board.total === 0 && <Typography variant="body2" color="text.secondary">{label('empty')}</Typography>}
      {board.total > 0 && (
        <>
          {board.total > board.rows.length && (
            <Typography variant="caption" color="text.secondary">{translate('qyzmet.quality.overdue.shown', { shown: board.rows.length, total: board.total })}</Typography>
          )}
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{label('agency')}</TableCell>
                  <TableCell align="right">{label('open')}</TableCell>
                  <TableCell align="right">{label('overdue')}</TableCell>
                  <TableCell align="right"><Tooltip title={label('due_soon_help')}><span>{label('due_soon')}</span></Tooltip></TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {board.rows.map((row) => (
                  <TableRow key={row.agencyId}>
                    <TableCell>{agencyLabel(row.agency, locale, row.agencyId)}</TableCell>
                    <TableCell align="right">{count(row.open)}</TableCell>
                    <TableCell align="right" data-testid={`overdue-count-${row.agency?.code ?? row.agencyId}`}>
                      {row.overdue > 0
                        ? <MuiLink component={Link} to={overdueApplicationsPath(row.agencyId)} color="error" fontWeight="bold">{count(row.overdue)}</MuiLink>
                        : count(0)}
                    </TableCell>
                    <TableCell align="right">{count(row.dueSoon)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow>
                  <TableCell>{label('total')}</TableCell>
                  <TableCell align="right">{count(board.totals.open)}</TableCell>
                  <TableCell align="right" data-testid="overdue-count-total">{count(board.totals.overdue)}</TableCell>
                  <TableCell align="right">{count(board.totals.dueSoon)}</TableCell>
                </TableRow>
              </TableFooter>
            </Table>
          </Box>
        </>
      )}
    </Widget>
  );
};
