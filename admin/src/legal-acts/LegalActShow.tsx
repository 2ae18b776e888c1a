import { Typography } from '@mui/material';
import {
  DateField, Labeled, Show, SimpleShowLayout, TextField, useLocaleState, useRecordContext, useTranslate,
} from 'react-admin';
import type { LegalAct } from '../generated/graphql';
import { EnumField } from '../common/EnumField';
import { LocalDateField } from '../common/LocalDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { LegalActRelations } from './LegalActRelations';

/** The date of entry into force, marked when it is an estimate. */
const EntryIntoForceField = () => {
  const record = useRecordContext<LegalAct>();
  const translate = useTranslate();
  return (
    <>
      <LocalDateField source="entryIntoForce" emptyText="—" />
      {record?.entryIntoForceEstimated && (
        <Typography component="span" variant="body2" color="text.secondary">
          {' '}({translate('resources.legal-acts.fields.entryIntoForceEstimated').toLowerCase()})
        </Typography>
      )}
    </>
  );
};

export const LegalActShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <EnumField source="kind" enum="LegalActKind" />
        <TextField source="number" emptyText="—" />
        <LocalizedTextField source="title" all />
        <LocalDateField source="date" emptyText="—" />
        <Labeled source="entryIntoForce">
          <EntryIntoForceField />
        </Labeled>
        <TextField source="entryIntoForceRule" emptyText="—" />
        <EnumField source="status" enum="LegalActStatus" />
        <TextField source="publication" emptyText="—" />
        <TextField source="note" emptyText="—" />
        <Labeled label="resources.legal-acts.sections.relations" fullWidth>
          <LegalActRelations />
        </Labeled>
        <DateField source="updatedAt" showTime locales={locale} />
        <TextField source="version" />
      </SimpleShowLayout>
    </Show>
  );
};
