import HistoryIcon from '@mui/icons-material/History';
import { Button, DateField, Labeled, Link, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState, useRecordContext } from 'react-admin';
import type { AuditEntry } from '../generated/graphql';
import { AuditDiffTable } from './AuditDiffTable';
import { ActionField, ActorField, EntityLinkField, EntityTypeField } from './AuditFields';
import { AUDIT_SHOW_FIELDS } from './auditSelections';

/** Every entry of the same record, newest first. */
const RecordHistoryButton = () => {
  const entry = useRecordContext<AuditEntry>();
  if (!entry) return null;
  const filter = JSON.stringify({ entityType: entry.entityType, entityId: entry.entityId });
  return (
    <Button component={Link} to={`/audit-entries?filter=${encodeURIComponent(filter)}`} label="resources.audit-entries.history">
      <HistoryIcon />
    </Button>
  );
};

export const AuditShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show queryOptions={{ meta: { sparseFields: AUDIT_SHOW_FIELDS } }} actions={<TopToolbar><RecordHistoryButton /></TopToolbar>}>
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
