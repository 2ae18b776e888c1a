import { DataTable, DateField, List, TextField, useLocaleState } from 'react-admin';
import type { SurveyResponse } from '../generated/graphql';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import { ApplicationReferenceField } from '../applications/ApplicationReferenceField';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { ScoreField } from './ScoreField';
import { SURVEY_LIST_META, SURVEY_QUESTIONS } from './surveyFields';
import { surveyFilters } from './surveyFilters';

export const SurveyList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      filters={surveyFilters}
      actions={<ListActions meta={SURVEY_LIST_META} />}
      queryOptions={{ meta: SURVEY_LIST_META }}
      sort={{ field: 'answeredAt', order: 'DESC' }}
      perPage={25}
    >
      <DataTable<SurveyResponse> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="answeredAt">
          <DateField source="answeredAt" showTime locales={locale} />
        </DataTable.Col>
        <DataTable.Col source="applicationId" disableSort>
          <ApplicationReferenceField source="applicationId" />
        </DataTable.Col>
        <DataTable.Col source="standardCode">
          <TextField source="standardCode" />
        </DataTable.Col>
        <DataTable.Col source="channel">
          <EnumField enum="Channel" source="channel" />
        </DataTable.Col>
        <DataTable.Col source="agencyId" disableSort>
          <AgencyReferenceField source="agencyId" link={false} />
        </DataTable.Col>
        {SURVEY_QUESTIONS.map((question) => (
          <DataTable.Col key={question} source={question} disableSort>
            <ScoreField source={question} />
          </DataTable.Col>
        ))}
      </DataTable>
    </List>
  );
};
