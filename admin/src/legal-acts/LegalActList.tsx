import { DataTable, List, useLocaleState } from 'react-admin';
import type { LegalAct } from '../generated/graphql';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { LocalDateField } from '../common/LocalDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import type { SparseField } from '../dataProvider/operations';
import { legalActFilters } from './legalActFilters';

/** The list asks only for its columns (not each act's amendments and repeals). */
export const LEGAL_ACT_LIST_FIELDS: SparseField[] = [
  'id', 'code', 'number', 'kind', 'title', 'date', 'entryIntoForce', 'entryIntoForceEstimated', 'status', 'version',
];
const meta = { sparseFields: LEGAL_ACT_LIST_FIELDS };

export const LegalActList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      filters={legalActFilters}
      actions={<ListActions meta={meta} />}
      queryOptions={{ meta }}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
    >
      <DataTable<LegalAct> rowClick="show">
        <DataTable.Col source="code" />
        <DataTable.Col source="number" />
        <DataTable.Col source="kind">
          <EnumField source="kind" enum="LegalActKind" />
        </DataTable.Col>
        <DataTable.Col source={`title.${locale}`} label="resources.legal-acts.fields.title">
          <LocalizedTextField source="title" />
        </DataTable.Col>
        <DataTable.Col source="date">
          <LocalDateField source="date" />
        </DataTable.Col>
        <DataTable.Col source="entryIntoForce">
          <LocalDateField source="entryIntoForce" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enum="LegalActStatus" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
