/** The legal act form, shared by create and edit. */
import { Stack } from '@mui/material';
import { BooleanInput, DateInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { LocalizedInput } from '../common/LocalizedInput';
import { Section } from '../common/Section';
import { validateCode } from '../common/validation';
import { enumChoices } from '../i18n/enums';

const IdentityInputs = () => (
  <Section title="resources.legal-acts.sections.identity">
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2}>
      <TextInput source="code" validate={validateCode} sx={{ flex: 2 }} />
      <SelectInput source="kind" choices={enumChoices('LegalActKind')} validate={required()} sx={{ flex: 2 }} />
      <TextInput source="number" validate={maxLength(50)} sx={{ flex: 1 }} />
    </Stack>
    <LocalizedInput source="title" required multiline />
  </Section>
);

const DateInputs = () => (
  <Section title="resources.legal-acts.sections.dates">
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} alignItems={{ md: 'center' }}>
      <DateInput source="date" sx={{ flex: 1 }} />
      <DateInput source="entryIntoForce" sx={{ flex: 1 }} />
      <BooleanInput source="entryIntoForceEstimated" sx={{ flex: 1 }} />
    </Stack>
    <TextInput source="entryIntoForceRule" multiline validate={maxLength(2000)} />
    <SelectInput source="status" choices={enumChoices('LegalActStatus')} defaultValue="unknown" validate={required()} />
  </Section>
);

const PublicationInputs = () => (
  <Section title="resources.legal-acts.sections.publication" divider={false}>
    <TextInput source="publication" multiline validate={maxLength(1000)} />
    <TextInput source="note" multiline minRows={2} validate={maxLength(5000)} />
  </Section>
);

export const LegalActInputs = () => (
  <>
    <IdentityInputs />
    <DateInputs />
    <PublicationInputs />
  </>
);
