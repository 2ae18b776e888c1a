import { BooleanField, DataTable, DateField, List, TextField, useLocaleState } from 'react-admin';
import type { Complaint } from '../generated/graphql';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import { ApplicationReferenceField } from '../applications/ApplicationReferenceField';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { COMPLAINT_LIST_META } from './complaintFields';
import { complaintFilters } from './complaintFilters';
import { ComplaintStateField } from './ComplaintStateField';

export const ComplaintList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      filters={complaintFilters}
      actions={<ListActions meta={COMPLAINT_LIST_META} />}
      queryOptions={{ meta: COMPLAINT_LIST_META }}
      sort={{ field: 'registeredAt', order: 'DESC' }}
      perPage={25}
    >
      <DataTable<Complaint> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="registeredAt">
          <DateField source="registeredAt" showTime locales={locale} />
        </DataTable.Col>
        <DataTable.Col source="complainant" disableSort />
        <DataTable.Col source="subject" disableSort />
        <DataTable.Col source="level">
          <EnumField enum="ComplaintLevelKind" source="level" />
        </DataTable.Col>
        <DataTable.Col source="agencyId" disableSort>
          <AgencyReferenceField source="agencyId" link={false} />
        </DataTable.Col>
        <DataTable.Col source="applicationId" disableSort>
          <ApplicationReferenceField source="applicationId" />
        </DataTable.Col>
        <DataTable.Col source="standardCode">
          <TextField source="standardCode" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="reviewDueAt">
          <DateField source="reviewDueAt" showTime locales={locale} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="state" disableSort>
          <ComplaintStateField />
        </DataTable.Col>
        <DataTable.Col source="resolvedOnTime" disableSort>
          <BooleanField source="resolvedOnTime" looseValue={false} emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
