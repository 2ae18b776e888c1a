/** 4. Channels, opening hours and contact points. */
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ContactPoint, ServiceStandard, WorkSchedule } from '../../generated/graphql';
import { AgencyReferenceField } from '../../agencies/AgencyReferenceField';
import { enumLabelKey } from '../../i18n/enums';
import { Clause, EnumText, Localized, Nothing, SourceNote, StandardSection, SubHeading } from './blocks';
import { formatPeriod } from './format';

const FLAGS = ['noAppointment', 'noExpeditedService', 'electronicQueue', 'bookingViaPortal'] as const;

const Schedule = ({ schedule }: { schedule: WorkSchedule }) => {
  const translate = useTranslate();
  const day = (d: string) => translate(enumLabelKey('Weekday', d));
  const t = (key: string) => translate(`resources.service-standards.fields.schedules.${key}`);
  return (
    <Box component="li" sx={{ mb: 1 }}>
      <AgencyReferenceField record={schedule} source="agencyId" />
      {' — '}<EnumText name="ContactPurpose" value={schedule.purpose} />
      <Clause clause={schedule.clause} />
      <div>
        {schedule.aroundTheClock ? t('aroundTheClock') : schedule.periods.map((period, i) => (
          <div key={i}>{formatPeriod(period, day, t('break'))}</div>
        ))}
      </div>
      <Typography variant="caption" color="text.secondary" component="div">
        {[schedule.exceptHolidays ? t('exceptHolidays') : null, ...FLAGS.filter((flag) => schedule[flag]).map(t)].filter(Boolean).join(' · ')}
      </Typography>
      {schedule.description && <Typography variant="caption" component="div"><Localized value={schedule.description} /></Typography>}
      <SourceNote note={schedule.note} />
    </Box>
  );
};

const Contact = ({ contact }: { contact: ContactPoint }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.service-standards.fields.contactPoints.${key}`);
  const lines = [
    contact.phones.length ? `${t('phones')}: ${contact.phones.join(', ')}` : null,
    contact.fax.length ? `${t('fax')}: ${contact.fax.join(', ')}` : null,
    contact.email ? `${t('email')}: ${contact.email}` : null,
    contact.website ? `${t('website')}: ${contact.website}` : null,
  ].filter(Boolean);
  return (
    <Box component="li" sx={{ mb: 1 }}>
      <EnumText name="ContactPurpose" value={contact.purpose} />{': '}
      <AgencyReferenceField record={contact} source="agencyId" />
      <Clause clause={contact.clause} />
      {contact.address && <div><Localized value={contact.address} />{contact.room && <>, {contact.room}</>}</div>}
      {lines.length > 0 && <Typography variant="body2" color="text.secondary">{lines.join(' · ')}</Typography>}
      <SourceNote note={contact.note} />
    </Box>
  );
};

export const ChannelsSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const translate = useTranslate();
  return (
    <StandardSection id="channels" number={number}>
      <SubHeading>{translate('resources.service-standards.parts.channelDetails')}</SubHeading>
      {record.channelDetails.length ? (
        <ul style={{ marginTop: 0 }}>
          {record.channelDetails.map((channel) => (
            <Box component="li" key={channel.id} sx={{ mb: 1 }}>
              <strong><EnumText name="Channel" value={channel.channel} /></strong>
              {channel.agencyId && <>{' — '}<AgencyReferenceField record={channel} source="agencyId" /></>}
              <Clause clause={channel.clause} />
              {channel.description && <Typography variant="body2" color="text.secondary"><Localized value={channel.description} /></Typography>}
              <SourceNote note={channel.note} />
            </Box>
          ))}
        </ul>
      ) : <Nothing />}
      <SubHeading>{translate('resources.service-standards.parts.schedules')}</SubHeading>
      {record.schedules.length ? (
        <ul style={{ marginTop: 0 }}>{record.schedules.map((schedule) => <Schedule key={schedule.id} schedule={schedule} />)}</ul>
      ) : <Nothing />}
      <SubHeading>{translate('resources.service-standards.parts.contactPoints')}</SubHeading>
      {record.contactPoints.length ? (
        <ul style={{ marginTop: 0 }}>{record.contactPoints.map((contact) => <Contact key={contact.id} contact={contact} />)}</ul>
      ) : <Nothing />}
    </StandardSection>
  );
};
