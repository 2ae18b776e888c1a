import { DateField, Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState } from 'react-admin';
import { KeyStateField } from './KeyStateField';
import { RevokeButton } from './RevokeButton';
import { ScopesField } from './ScopesField';

export const ApiKeyShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show actions={<TopToolbar><RevokeButton /></TopToolbar>}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="partner" />
        <TextField source="prefix" />
        <Labeled source="scopes"><ScopesField /></Labeled>
        <Labeled source="active"><KeyStateField /></Labeled>
        <DateField source="expiresAt" showTime locales={locale} />
        <DateField source="revokedAt" showTime locales={locale} emptyText="—" />
        <DateField source="lastUsedAt" showTime locales={locale} emptyText="—" />
        <TextField source="createdBy" />
        <DateField source="createdAt" showTime locales={locale} />
      </SimpleShowLayout>
    </Show>
  );
};
