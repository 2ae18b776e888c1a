import { DataTable, DateField, List, useLocaleState } from 'react-admin';
import type { ApiKey } from '../generated/graphql';
import { ListActions } from '../common/ListActions';
import type { SparseField } from '../dataProvider/operations';
import { apiKeyFilters } from './apiKeyFilters';
import { KeyStateField } from './KeyStateField';
import { RevokeButton } from './RevokeButton';
import { ScopesField } from './ScopesField';

export const API_KEY_LIST_FIELDS: SparseField[] = ['id', 'name', 'partner', 'prefix', 'scopes', 'expiresAt', 'revokedAt', 'lastUsedAt', 'createdAt', 'version'];
const meta = { sparseFields: API_KEY_LIST_FIELDS };

export const ApiKeyList = () => {
  const [locale] = useLocaleState();
  return (
    <List filters={apiKeyFilters} actions={<ListActions meta={meta} />} queryOptions={{ meta }} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      <DataTable<ApiKey> rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="partner" />
        <DataTable.Col source="prefix" disableSort />
        <DataTable.Col source="scopes" disableSort>
          <ScopesField />
        </DataTable.Col>
        <DataTable.Col source="expiresAt">
          <DateField source="expiresAt" showTime locales={locale} />
        </DataTable.Col>
        <DataTable.Col source="lastUsedAt">
          <DateField source="lastUsedAt" showTime locales={locale} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <KeyStateField />
        </DataTable.Col>
        <DataTable.Col label="" disableSort>
          <RevokeButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
