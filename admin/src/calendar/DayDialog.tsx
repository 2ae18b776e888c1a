/**
 * A date of the year view: what it is (kind, name in every language, the act that set it), and
 * for those who may change the calendar, removing its special day or adding one.
 */
import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { Button, Confirm, RecordContextProvider, useCanAccess, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatLocalDate } from '../common/LocalDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import type { QyzmetDataProvider } from '../dataProvider';
import { dayKindLabelKey } from './dayKinds';
import type { YearDate } from './useCalendarYear';

interface DayDialogProps {
  date: string | null;
  info?: YearDate;
  onClose: () => void;
  onAdd: (date: string) => void;
  onChanged: () => void;
}

export const DayDialog = ({ date, info, onClose, onAdd, onChanged }: DayDialogProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const { canAccess: canAdd } = useCanAccess({ resource: 'calendar-days', action: 'create' });
  const { canAccess: canRemove } = useCanAccess({ resource: 'calendar-days', action: 'delete' });
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const record = info?.record;

  const remove = async () => {
    if (!record) return;
    setPending(true);
    try {
      await dataProvider.mutate('deleteCalendarDay', { id: record.id }, { sparseFields: ['id'] });
      notify('resources.calendar-days.removed', { type: 'success' });
      onChanged();
      onClose();
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    } finally {
      setPending(false);
      setConfirming(false);
    }
  };

  return (
    <Dialog open={Boolean(date)} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{date ? formatLocalDate(date, locale) : ''}</DialogTitle>
      <DialogContent>
        <Stack spacing={1}>
          <Typography variant="body1" sx={{ fontWeight: 600 }}>
            {translate(dayKindLabelKey(info?.kind ?? 'workday'))}
            {' · '}
            {translate(info?.isWorking === false ? 'resources.calendar-days.day_off' : 'resources.calendar-days.working_day')}
          </Typography>
          {info?.name && (
            <RecordContextProvider value={info}>
              <LocalizedTextField source="name" all />
            </RecordContextProvider>
          )}
          {(['observes', 'from', 'to'] as const).filter((field) => record?.[field]).map((field) => (
            <Typography key={field} variant="body2">
              {translate(`resources.calendar-days.fields.${field}`)}: {formatLocalDate(record?.[field] as string, locale)}
            </Typography>
          ))}
          {record?.act && (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.calendar-days.fields.act')}: {[record.act.title, record.act.number && `№ ${record.act.number}`, record.act.date && formatLocalDate(record.act.date, locale)].filter(Boolean).join(', ')}
            </Typography>
          )}
          {record?.note && <Typography variant="body2">{record.note}</Typography>}
        </Stack>
      </DialogContent>
      <DialogActions>
        {record && canRemove && (
          <Button label="resources.calendar-days.remove" color="error" onClick={() => setConfirming(true)} disabled={pending}>
            <DeleteIcon />
          </Button>
        )}
        {!record && canAdd && date && (
          <Button label="resources.calendar-days.add" onClick={() => onAdd(date)}>
            <AddIcon />
          </Button>
        )}
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="resources.calendar-days.remove_title"
        content="resources.calendar-days.remove_content"
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      />
    </Dialog>
  );
};
