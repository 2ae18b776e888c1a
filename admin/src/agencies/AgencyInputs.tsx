/** The agency form, shared by create and edit, in small sections. */
import type { ReactNode } from 'react';
import { Stack } from '@mui/material';
import {
  ArrayInput, SelectInput, SimpleFormIterator, TextInput,
  email, maxLength, regex, required,
} from 'react-admin';
import { LocalizedInput } from '../common/LocalizedInput';
import { Section as TitledSection } from '../common/Section';
import { validateCode } from '../common/validation';
import { AgencyReferenceInput } from './AgencyReferenceInput';
import { agencyKindChoices } from './agencyKinds';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <TitledSection title={`resources.agencies.sections.${title}`}>{children}</TitledSection>
);

const IdentityInputs = () => (
  <Section title="identity">
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2}>
      <TextInput source="code" validate={validateCode} sx={{ flex: 1 }} />
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
