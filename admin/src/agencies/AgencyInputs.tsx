/** The agency form, shared by create and edit, in small sections. */
import type { ReactNode } from 'react';
import { Box, Divider, Stack, Typography } from '@mui/material';
import {
  ArrayInput, SelectInput, SimpleFormIterator, TextInput,
  email, maxLength, regex, required, useTranslate,
} from 'react-admin';
import { LocalizedInput } from '../common/LocalizedInput';
import { AgencyReferenceInput } from './AgencyReferenceInput';
import { agencyKindChoices } from './agencyKinds';

/** The server's rule for codes (server/src/common/validation.ts). */
const CODE_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 1 }}>
      <Typography variant="h6" gutterBottom>{translate(`resources.agencies.sections.${title}`)}</Typography>
      {children}
      <Divider sx={{ mt: 1 }} />
    </Box>
  );
};

const IdentityInputs = () => (
  <Section title="identity">
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2}>
      <TextInput source="code" validate={[required(), regex(CODE_PATTERN, 'qyzmet.validation.code'), maxLength(100)]} sx={{ flex: 1 }} />
      <SelectInput source="kind" choices={agencyKindChoices} validate={required()} sx={{ flex: 1 }} />
    </Stack>
    <AgencyReferenceInput source="parentId" />
  </Section>
);

const NameInputs = () => (
  <Section title="names">
    <LocalizedInput source="name" required />
    <LocalizedInput source="shortName" />
  </Section>
);

const ContactInputs = () => (
  <Section title="contacts">
    <TextInput source="bin" validate={regex(/^\d{12}$/, 'qyzmet.validation.bin')} />
    <LocalizedInput source="address" multiline />
    <ArrayInput source="phones">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="" label={false} validate={maxLength(100)} helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2}>
      <TextInput source="email" type="email" validate={email()} sx={{ flex: 1 }} />
      <TextInput source="website" validate={maxLength(300)} sx={{ flex: 1 }} />
    </Stack>
  </Section>
);

const NoteInputs = () => (
  <Section title="note">
    <TextInput source="note" multiline minRows={2} validate={maxLength(5000)} />
  </Section>
);

export const AgencyInputs = () => (
  <>
    <IdentityInputs />
    <NameInputs />
    <ContactInputs />
    <NoteInputs />
  </>
);
