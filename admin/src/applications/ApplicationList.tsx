/**
 * Applications, paged, sorted and filtered by the server only, and never counted: with a million
 * rows a count is a scan, so the list pages "previous / next" (dataProvider/pages.ts) and asks for
 * its columns only (the provider, a long name, is on the application's page and in the filters).
 */
import { CreateButton, DataTable, DateField, ExportButton, FilterButton, List, TextField, TopToolbar, useLocaleState } from 'react-admin';
import type { Application } from '../generated/graphql';
import { EnumField } from '../common/EnumField';
import { MAX_PER_PAGE } from '../common/ListActions';
import { APPLICATION_LIST_META } from './applicationFields';
import { applicationFilters } from './applicationFilters';
import { ApplicationStatusField } from './ApplicationStatusField';
import { MarkDeemedIssuedButton } from './MarkDeemedIssuedButton';
import { RemainingField } from './RemainingField';
import { SlaChip } from './SlaChip';

const ApplicationListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <MarkDeemedIssuedButton />
    <ExportButton maxResults={MAX_PER_PAGE} meta={APPLICATION_LIST_META} />
  </TopToolbar>
);

export const ApplicationList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      filters={applicationFilters}
      actions={<ApplicationListActions />}
      queryOptions={{ meta: APPLICATION_LIST_META }}
      sort={{ field: 'submittedAt', order: 'DESC' }}
      perPage={25}
    >
      <DataTable<Application> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="submittedAt">
          <DateField source="submittedAt" showTime locales={locale} />
        </DataTable.Col>
        <DataTable.Col source="applicantName" />
        <DataTable.Col source="applicantIdentifier" disableSort />
        <DataTable.Col source="standardCode">
          <TextField source="standardCode" /> v<TextField source="standardVersion" />
        </DataTable.Col>
        <DataTable.Col source="subService" disableSort />
        <DataTable.Col source="channel">
          <EnumField enum="Channel" source="channel" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <ApplicationStatusField />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
          <DateField source="dueAt" showTime locales={locale} />
        </DataTable.Col>
        <DataTable.Col source="sla" disableSort>
          <SlaChip />
        </DataTable.Col>
        <DataTable.Col source="remaining" disableSort>
          <RemainingField />
        </DataTable.Col>
        <DataTable.Col source="outcome" disableSort>
          <EnumField enum="ApplicationOutcome" source="outcome" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
