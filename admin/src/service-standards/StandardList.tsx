import { DataTable, List, useLocaleState } from 'react-admin';
import type { ServiceStandard } from '../generated/graphql';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import { ListActions } from '../common/ListActions';
import { LocalDateField } from '../common/LocalDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import type { SparseField } from '../dataProvider/operations';
import { StandardStatusField } from './StandardStatusField';
import { standardFilters } from './standardFilters';

/**
 * The list asks only for its columns: a standard's parts (documents, deadlines, forms …) are
 * loaded by its show and edit pages, never for a page of 25 rows.
 */
export const STANDARD_LIST_FIELDS: SparseField[] = [
  'id', 'code', 'versionNumber', 'status', 'validFrom', 'validTo', 'validFromEstimated', 'name', 'providerId', 'version',
];
const meta = { sparseFields: STANDARD_LIST_FIELDS };

/** The server sorts names by their Kazakh or English text only. */
const nameSortField = (locale: string) => (locale === 'en' ? 'name.en' : 'name.kk');

export const StandardList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      filters={standardFilters}
      actions={<ListActions meta={meta} />}
      queryOptions={{ meta }}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
    >
      {/* No bulk delete: only drafts can be deleted, one by one from their page. */}
      <DataTable<ServiceStandard> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="versionNumber" />
        <DataTable.Col source="status">
          <StandardStatusField />
        </DataTable.Col>
        <DataTable.Col source="validFrom">
          <LocalDateField source="validFrom" />
        </DataTable.Col>
        <DataTable.Col source="validTo">
          <LocalDateField source="validTo" />
        </DataTable.Col>
        <DataTable.Col source={nameSortField(locale)} label="resources.service-standards.fields.name">
          <LocalizedTextField source="name" />
        </DataTable.Col>
        <DataTable.Col source="providerId" disableSort>
          <AgencyReferenceField source="providerId" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
