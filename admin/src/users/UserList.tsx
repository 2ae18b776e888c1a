import { BooleanField, DataTable, DateField, List, useLocaleState } from 'react-admin';
import type { User } from '../generated/graphql';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import { ListActions } from '../common/ListActions';
import type { SparseField } from '../dataProvider/operations';
import { RoleField } from './RoleField';
import { userFilters } from './userFilters';

export const USER_LIST_FIELDS: SparseField[] = ['id', 'email', 'displayName', 'role', 'agencyId', 'active', 'demo', 'lastLoginAt', 'version'];
const meta = { sparseFields: USER_LIST_FIELDS };

export const UserList = () => {
  const [locale] = useLocaleState();
  return (
    <List filters={userFilters} actions={<ListActions meta={meta} />} queryOptions={{ meta }} sort={{ field: 'email', order: 'ASC' }} perPage={25}>
      <DataTable<User> rowClick="edit">
        <DataTable.Col source="email" />
        <DataTable.Col source="displayName" />
        <DataTable.Col source="role">
          <RoleField />
        </DataTable.Col>
        <DataTable.Col source="agencyId" disableSort>
          <AgencyReferenceField source="agencyId" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="lastLoginAt">
          <DateField source="lastLoginAt" showTime locales={locale} emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
