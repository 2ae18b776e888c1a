/**
 * The registration form: standard → sub-service → channel → the documents of that list (the
 * required ones ticked), then the applicant. Each choice narrows the next; the server checks it
 * all again (IIN/BIN check digit, a sub-service or channel the standard does not offer, a document
 * not in the list) and names the field it refuses.
 */
import { useEffect } from 'react';
import { Alert, Grid, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  CheckboxGroupInput, DateTimeInput, NumberInput, SelectInput, TextInput, maxLength, minValue, regex, required,
  useLocaleState, useTranslate,
} from 'react-admin';
import type { Channel, RecipientKind } from '../generated/graphql';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { Section } from '../common/Section';
import { enumChoices, enumLabelKey } from '../i18n/enums';
import { localized } from '../i18n/localized';
import { IDENTIFIER_PATTERN, IN_PERSON_CHANNELS, channelsFor, documentList, isRequired, requiredOrdinals, subServiceChoices } from './applicationForm';
import { StandardCodeInput } from './StandardCodeInput';
import { useFormStandard } from './useFormStandard';

const astanaDate = (instant: unknown) =>
  new Date(instant ? (instant as string) : Date.now()).toLocaleDateString('sv-SE', { timeZone: 'Asia/Almaty' });

const validateIdentifier = [regex(IDENTIFIER_PATTERN, 'resources.applications.validation.identifier')];

export const ApplicationInputs = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { setValue } = useFormContext();
  const [standardCode, subService, channel, applicantKind, submittedAt] = useWatch({
    name: ['standardCode', 'subService', 'channel', 'applicantKind', 'submittedAt'],
  }) as [string | undefined, string | undefined, Channel | undefined, RecipientKind | undefined, string | undefined];
  const { standard, isPending } = useFormStandard(standardCode, astanaDate(submittedAt));
  const list = documentList(standard, subService, channel);
  const listKey = `${standardCode}/${subService}/${channel}/${applicantKind}`;

  // A new list: tick what a complete set needs (the operator unticks what was not handed in).
  useEffect(() => {
    setValue('documents', requiredOrdinals(list, applicantKind), { shouldDirty: true });
  }, [listKey, list.length]);

  return (
    <>
      <Section title="resources.applications.sections.service">
        <DateTimeInput source="submittedAt" helperText="resources.applications.create.submitted_help" />
        <StandardCodeInput source="standardCode" validate={required()} />
        {standardCode && !isPending && !standard && (
          <Alert severity="warning" sx={{ mb: 2 }}>{translate('resources.applications.create.no_version_in_force')}</Alert>
        )}
        <Grid container columnSpacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectInput source="subService" choices={subServiceChoices(standard, locale)} validate={required()} disabled={!standard} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectInput
              source="channel"
              choices={channelsFor(standard, subService).map((c) => ({ id: c, name: enumLabelKey('Channel', c) }))}
              validate={required()}
              disabled={!subService}
              fullWidth
            />
          </Grid>
        </Grid>
        <AgencyReferenceInput source="agencyId" helperText="resources.applications.create.agency_help" />
      </Section>
      <Section title="resources.applications.sections.applicant">
        <Grid container columnSpacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <SelectInput source="applicantKind" choices={enumChoices('RecipientKind')} validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextInput source="applicantName" validate={[required(), maxLength(500)]} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextInput
              source="applicantIdentifier"
              validate={applicantKind === 'foreignStateBody' ? validateIdentifier : [required(), ...validateIdentifier]}
              helperText="resources.applications.create.identifier_help"
              inputProps={{ inputMode: 'numeric', maxLength: 12 }}
              fullWidth
            />
          </Grid>
        </Grid>
      </Section>
      <Section title="resources.applications.sections.documents">
        {list.length ? (
          <CheckboxGroupInput
            source="documents"
            row={false}
            label={false}
            choices={list.map((d) => ({
              id: d.ordinal,
              name: `${d.ordinal}. ${localized(d.title, locale)}${isRequired(d, applicantKind) ? '' : ` (${translate('resources.applications.create.optional')})`}`,
            }))}
          />
        ) : (
          <Typography variant="body2" color="text.secondary">{translate('resources.applications.create.choose_list')}</Typography>
        )}
      </Section>
      <Section title="resources.applications.sections.intake" divider={false}>
        <Grid container columnSpacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextInput source="responsibleOperator" validate={maxLength(200)} fullWidth />
          </Grid>
        </Grid>
        {channel && IN_PERSON_CHANNELS.includes(channel) && (
          <Grid container columnSpacing={2}>
            <Grid size={{ xs: 12, md: 4 }}><NumberInput source="queueWaitMinutes" validate={minValue(0)} fullWidth /></Grid>
            <Grid size={{ xs: 12, md: 4 }}><NumberInput source="serviceMinutes" validate={minValue(0)} fullWidth /></Grid>
          </Grid>
        )}
      </Section>
    </>
  );
};
