/** One month of the year view: a week per row, each date coloured by its kind, its name on hover. */
import { memo } from 'react';
import { Box, ButtonBase, Paper, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { pickLocalized } from '../i18n/localized';
import { DAY_COLOURS, dayKindLabelKey } from './dayKinds';
import { monthGrid } from './monthGrid';
import type { YearDate } from './useCalendarYear';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

interface MonthGridProps {
  year: number;
  month: number;
  dates: ReadonlyMap<string, YearDate>;
  onSelect: (date: string) => void;
}

const DateCell = ({ date, info, onSelect }: { date: string; info?: YearDate; onSelect: (date: string) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const kind = info?.kind ?? 'workday';
  const colours = DAY_COLOURS[kind];
  const name = pickLocalized(info?.name, locale)?.text;
  const label = [translate(dayKindLabelKey(kind)), name].filter(Boolean).join(': ');
  return (
    <Tooltip title={label} disableInteractive>
      <ButtonBase
        onClick={() => onSelect(date)}
        aria-label={`${date} ${label}`}
        data-date={date}
        data-kind={kind}
        sx={{
          width: '100%', aspectRatio: '1', borderRadius: 1, fontSize: '0.8rem',
          bgcolor: colours.bg, color: colours.fg, fontWeight: kind === 'workday' || kind === 'weekend' ? 400 : 700,
          '&:hover': { outline: '2px solid', outlineColor: 'primary.main' },
        }}
      >
        {Number(date.slice(8))}
      </ButtonBase>
    </Tooltip>
  );
};

export const MonthGrid = memo(({ year, month, dates, onSelect }: MonthGridProps) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(`resources.calendar-days.months.${month}`)}
      </Typography>
      <Box role="grid" sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 0.5 }}>
        {WEEKDAYS.map((day) => (
          <Typography key={day} role="columnheader" variant="caption" align="center" color="text.secondary">
            {translate(`resources.calendar-days.weekdays.${day}`)}
          </Typography>
        ))}
        {monthGrid(year, month).flat().map((date, index) =>
          date ? <DateCell key={date} date={date} info={dates.get(date)} onSelect={onSelect} /> : <Box key={`blank-${index}`} />,
        )}
      </Box>
    </Paper>
  );
});
MonthGrid.displayName = 'MonthGrid';
