import { DateField, Labeled, Show, SimpleShowLayout, TextField, useLocaleState } from 'react-admin';
import { AuditDiffTable } from './AuditDiffTable';
import { ActionField, ActorField, EntityLinkField, EntityTypeField } from './AuditFields';
import { AUDIT_SHOW_FIELDS } from './auditSelections';

export const AuditShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show queryOptions={{ meta: { sparseFields: AUDIT_SHOW_FIELDS } }} actions={false}>
      <SimpleShowLayout>
        <DateField source="at" showTime locales={locale} />
        <Labeled source="actor"><ActorField /></Labeled>
        <Labeled source="action"><ActionField /></Labeled>
        <Labeled source="entityType"><EntityTypeField /></Labeled>
        <Labeled source="entityId"><EntityLinkField /></Labeled>
        <TextField source="requestId" emptyText="—" />
        <Labeled label="resources.audit-entries.diff.title" fullWidth>
          <AuditDiffTable />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
};
