import {
  DataTable, DateField, EmailField, Labeled, ReferenceManyField, SelectField, Show,
  SimpleShowLayout, TextArrayField, TextField, UrlField, useLocaleState,
} from 'react-admin';
import type { Agency } from '../generated/graphql';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { AgencyReferenceField } from './AgencyReferenceField';
import { agencyKindChoices } from './agencyKinds';

export const AgencyShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <SelectField source="kind" choices={agencyKindChoices} />
        <LocalizedTextField source="name" all />
        <LocalizedTextField source="shortName" all emptyText="—" />
        <AgencyReferenceField source="parentId" emptyText="—" />
        <TextField source="bin" emptyText="—" />
        <LocalizedTextField source="address" all emptyText="—" />
        <TextArrayField source="phones" emptyText="—" />
        <EmailField source="email" emptyText="—" />
        <UrlField source="website" target="_blank" rel="noopener" emptyText="—" />
        <TextField source="note" emptyText="—" />
        <Labeled source="children" fullWidth>
          <ReferenceManyField reference="agencies" target="parentId" sort={{ field: 'code', order: 'ASC' }} perPage={50} empty={<>—</>}>
            <DataTable<Agency> rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="code" />
              <DataTable.Col source="name" disableSort>
                <LocalizedTextField source="name" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Labeled>
        <DateField source="updatedAt" showTime locales={locale} />
        <TextField source="version" />
      </SimpleShowLayout>
    </Show>
  );
};
