/** The user form, shared by create and edit. */
import type { ReactNode } from 'react';
import { Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { BooleanInput, PasswordInput, SelectInput, TextInput, email, maxLength, minLength, required } from 'react-admin';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { Section as TitledSection } from '../common/Section';
import { needsAgency, roleChoices } from './userRoles';

const Section = ({ title, children, divider }: { title: string; children: ReactNode; divider?: boolean }) => (
  <TitledSection title={`resources.users.sections.${title}`} divider={divider}>{children}</TitledSection>
);

/** The server's password rule (10–200 characters). */
const validatePassword = [minLength(10), maxLength(200)];

const IdentityInputs = () => (
  <Section title="identity">
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2}>
      <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} sx={{ flex: 1 }} />
      <TextInput source="displayName" validate={[required(), maxLength(200)]} sx={{ flex: 1 }} />
    </Stack>
  </Section>
);

/** The agency is asked for only when the chosen role acts within one. */
const AccessInputs = () => {
  const role = useWatch({ name: 'role' });
  return (
    <Section title="access">
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      {needsAgency(role) && <AgencyReferenceInput source="agencyId" validate={required()} helperText="resources.users.help.agencyId" />}
      <BooleanInput source="active" helperText="resources.users.help.active" />
    </Section>
  );
};

const PasswordInputs = ({ creating }: { creating: boolean }) => (
  <Section title="password" divider={false}>
    <PasswordInput
      source="password"
      autoComplete="new-password"
      validate={creating ? [required(), ...validatePassword] : validatePassword}
      helperText={creating ? 'resources.users.help.password' : 'resources.users.help.newPassword'}
    />
  </Section>
);

export const UserInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <IdentityInputs />
    <AccessInputs />
    <PasswordInputs creating={creating} />
  </>
);
