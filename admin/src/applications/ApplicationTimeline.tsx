/** The application's events, oldest first: when, what (status before → after), who, why, details. */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Application } from '../generated/graphql';
import { enumLabelKey, type EnumName } from '../i18n/enums';
import { eventDetails } from './eventDetails';

/** Values of the event data that are enum values, shown by their labels. */
const ENUM_DATA: Record<string, EnumName> = { outcome: 'ApplicationOutcome', unit: 'DeadlineUnit' };

const formatInstant = (value: string, locale: string) =>
  new Date(value).toLocaleString(locale === 'en' ? 'en-GB' : 'ru', { timeZone: 'Asia/Almaty' });

export const ApplicationTimeline = (_props: { label?: string }) => {
  const record = useRecordContext<Application>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const events = record?.events ?? [];
  if (!events.length) return <Typography variant="body2">—</Typography>;
  const status = (value?: string | null) => (value ? translate(enumLabelKey('ApplicationStatus', value), { _: value }) : '');
  const column = (name: string) => translate(`resources.applications.timeline.${name}`);
  return (
    <Table size="small" data-testid="application-timeline">
      <TableHead>
        <TableRow>
          <TableCell>{column('at')}</TableCell>
          <TableCell>{column('type')}</TableCell>
          <TableCell>{column('status')}</TableCell>
          <TableCell>{column('actor')}</TableCell>
          <TableCell>{column('reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id} data-event={event.type}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatInstant(event.at, locale)}</TableCell>
            <TableCell>{translate(enumLabelKey('ApplicationEventType', event.type), { _: event.type })}</TableCell>
            <TableCell>{event.fromStatus ? `${status(event.fromStatus)} → ` : ''}{status(event.toStatus)}</TableCell>
            <TableCell>{event.actor}</TableCell>
            <TableCell>
              {event.reason}
              {eventDetails(event.data, locale).map(({ key, value }) => (
                <Box key={key} component="div" sx={{ color: 'text.secondary', fontSize: '0.8em' }}>
                  {translate(`resources.applications.event_data.${key}`, { _: key })}: {ENUM_DATA[key] ? translate(enumLabelKey(ENUM_DATA[key], value), { _: value }) : value}
                </Box>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
