/**
 * A new partner key. The answer of createApiKey carries the secret once: it is shown in a dialog,
 * and the page moves on to the key only when the user closes it.
 */
import { useState } from 'react';
import { Create, DateTimeInput, SimpleForm, TextInput, CheckboxGroupInput, maxLength, regex, required, useRedirect } from 'react-admin';
import type { ApiKey } from '../generated/graphql';
import { CODE_PATTERN } from '../common/validation';
import { localDateTimeToIso } from '../common/localDateTime';
import { defaultExpiry, scopeChoices } from './apiKeyScopes';
import { SecretDialog } from './SecretDialog';

export const ApiKeyCreate = () => {
  const redirect = useRedirect();
  const [created, setCreated] = useState<(ApiKey & { secret?: string | null }) | null>(null);
  const close = () => {
    const id = created?.id;
    setCreated(null);
    redirect(id ? 'show' : 'list', 'api-keys', id);
  };
  return (
    <>
      <Create redirect={false} mutationOptions={{ onSuccess: (data: ApiKey) => setCreated(data) }}>
        <SimpleForm defaultValues={() => ({ scopes: ['standards:read'], expiresAt: defaultExpiry() })}>
          <TextInput source="name" validate={[required(), maxLength(200)]} helperText="resources.api-keys.help.name" />
          <TextInput source="partner" validate={[required(), regex(CODE_PATTERN, 'qyzmet.validation.code'), maxLength(100)]} helperText="resources.api-keys.help.partner" />
          <CheckboxGroupInput source="scopes" choices={scopeChoices} validate={required()} row={false} />
          <DateTimeInput source="expiresAt" parse={localDateTimeToIso} validate={required()} helperText="resources.api-keys.help.expiresAt" />
        </SimpleForm>
      </Create>
      <SecretDialog secret={created?.secret ?? null} onClose={close} />
    </>
  );
};
