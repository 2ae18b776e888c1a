import { DataTable, DateField, ExportButton, FilterButton, List, TopToolbar, useLocaleState } from 'react-admin';
import type { AuditEntry } from '../generated/graphql';
import { MAX_PER_PAGE } from '../common/ListActions';
import { ActionField, ActorField, EntityLinkField, EntityTypeField } from './AuditFields';
import { auditFilters } from './auditFilters';
import { AUDIT_LIST_FIELDS } from './auditSelections';

const meta = { sparseFields: AUDIT_LIST_FIELDS };

// The log is read-only: no create button.
const AuditListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton maxResults={MAX_PER_PAGE} meta={meta} />
  </TopToolbar>
);

export const AuditList = () => {
  const [locale] = useLocaleState();
  return (
    <List filters={auditFilters} actions={<AuditListActions />} queryOptions={{ meta }} sort={{ field: 'at', order: 'DESC' }} perPage={25}>
      <DataTable<AuditEntry> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="at">
          <DateField source="at" showTime locales={locale} />
        </DataTable.Col>
        <DataTable.Col source="actor">
          <ActorField />
        </DataTable.Col>
        <DataTable.Col source="action">
          <ActionField />
        </DataTable.Col>
        <DataTable.Col source="entityType">
          <EntityTypeField />
        </DataTable.Col>
        <DataTable.Col source="entityId">
          <EntityLinkField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
