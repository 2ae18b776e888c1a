import { DataTable, List, SelectField, useLocaleState } from 'react-admin';
import type { Agency } from '../generated/graphql';
import { ListActions } from '../common/ListActions';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { AgencyReferenceField } from './AgencyReferenceField';
import { agencyFilters } from './agencyFilters';
import { agencyKindChoices } from './agencyKinds';

/** The server sorts names by their Kazakh or English text only. */
const nameSortField = (locale: string) => (locale === 'en' ? 'name.en' : 'name.kk');

export const AgencyList = () => {
  const [locale] = useLocaleState();
  return (
    <List filters={agencyFilters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
      <DataTable<Agency> rowClick="show">
        <DataTable.Col source="code" />
        <DataTable.Col source={nameSortField(locale)} label="resources.agencies.fields.name">
          <LocalizedTextField source="name" />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={agencyKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="parentId" disableSort>
          <AgencyReferenceField source="parentId" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
