/**
 * The production calendar of one year: twelve month grids with weekends, holidays, postponed and
 * transferred days coloured, a year switcher, and (for those who may change the calendar) adding
 * and removing special days. This is the list page of the `calendar-days` resource.
 */
import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Chip, IconButton, LinearProgress, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { Button, Title, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import type { QyzmetDataProvider } from '../dataProvider';
import { CalendarDayInputs } from './CalendarDayInputs';
import { DayDialog } from './DayDialog';
import { calendarDayPayload, DAY_COLOURS, dayKindLabelKey } from './dayKinds';
import { MonthGrid } from './MonthGrid';
import { clampYear, FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './monthGrid';
import { useCalendarYear } from './useCalendarYear';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

const Legend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" flexWrap="wrap" gap={1} sx={{ my: 1 }}>
      {(Object.keys(DAY_COLOURS) as (keyof typeof DAY_COLOURS)[]).filter((kind) => kind !== 'workday').map((kind) => (
        <Chip key={kind} size="small" label={translate(dayKindLabelKey(kind))} sx={{ bgcolor: DAY_COLOURS[kind].bg, color: DAY_COLOURS[kind].fg }} />
      ))}
    </Stack>
  );
};

const YearSwitcher = ({ year, onChange }: { year: number; onChange: (year: number) => void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" alignItems="center" spacing={1}>
      <IconButton aria-label={translate('resources.calendar-days.previous_year')} onClick={() => onChange(year - 1)} disabled={year <= FIRST_CALENDAR_YEAR}>
        <ChevronLeftIcon />
      </IconButton>
      <MuiTextField
        type="number"
        size="small"
        value={year}
        label={translate('resources.calendar-days.year')}
        onChange={(event) => { const value = Number(event.target.value); if (value) onChange(clampYear(value)); }}
        slotProps={{ htmlInput: { min: FIRST_CALENDAR_YEAR, max: LAST_CALENDAR_YEAR } }}
        sx={{ width: 110 }}
      />
      <IconButton aria-label={translate('resources.calendar-days.next_year')} onClick={() => onChange(year + 1)} disabled={year >= LAST_CALENDAR_YEAR}>
        <ChevronRightIcon />
      </IconButton>
    </Stack>
  );
};

export const CalendarYearView = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const { canAccess: canAdd } = useCanAccess({ resource: 'calendar-days', action: 'create' });
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const { dates, error, loading, reload } = useCalendarYear(year);
  const workingDays = dates && !error ? [...dates.values()].filter((d) => d.isWorking).length : undefined;

  const add = async (values: Record<string, unknown>) => {
    await dataProvider.mutate('createCalendarDay', calendarDayPayload(values), { sparseFields: ['id'] });
    notify('resources.calendar-days.added', { type: 'success' });
    const addedYear = Number(String(values.date).slice(0, 4));
    if (addedYear === year) reload();
    else setYear(clampYear(addedYear));
  };

  return (
    <Box sx={{ mt: 1, mb: 3 }}>
      <Title title={translate('resources.calendar-days.name', { smart_count: 1 })} />
      <Stack direction={{ xs: 'column', sm: 'row' }} alignItems={{ sm: 'center' }} justifyContent="space-between" gap={1}>
        <YearSwitcher year={year} onChange={setYear} />
        {workingDays !== undefined && (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.calendar-days.working_days_count', { smart_count: workingDays })}
          </Typography>
        )}
        {canAdd && (
          <Button label="resources.calendar-days.add" variant="contained" onClick={() => setAdding(`${year}-01-01`)}>
            <AddIcon />
          </Button>
        )}
      </Stack>
      <Legend />
      {loading && <LinearProgress sx={{ my: 1 }} />}
      {error && <Alert severity="error" sx={{ my: 1 }}>{error.message}</Alert>}
      {dates && !error && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)', xl: 'repeat(4, 1fr)' } }}>
          {MONTHS.map((month) => <MonthGrid key={month} year={year} month={month} dates={dates} onSelect={setSelected} />)}
        </Box>
      )}
      <DayDialog
        date={selected}
        info={selected ? dates?.get(selected) : undefined}
        onClose={() => setSelected(null)}
        onAdd={(date) => { setSelected(null); setAdding(date); }}
        onChanged={reload}
      />
      <FormDialog
        open={Boolean(adding)}
        onClose={() => setAdding(null)}
        title="resources.calendar-days.add_title"
        description="resources.calendar-days.add_description"
        submitLabel="ra.action.add"
        submitIcon={<AddIcon />}
        defaultValues={{ date: adding, kind: 'publicHoliday' }}
        onSubmit={add}
      >
        <CalendarDayInputs />
      </FormDialog>
    </Box>
  );
};
