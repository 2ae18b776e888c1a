import { DateField, Show, SimpleShowLayout, TextField, useLocaleState } from 'react-admin';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import { ApplicationReferenceField } from '../applications/ApplicationReferenceField';
import { EnumField } from '../common/EnumField';
import { ScoreField } from './ScoreField';
import { SURVEY_QUESTIONS } from './surveyFields';

export const SurveyShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show>
      <SimpleShowLayout>
        <ApplicationReferenceField source="applicationId" />
        <DateField source="answeredAt" showTime locales={locale} />
        <TextField source="standardCode" />
        <TextField source="standardVersion" />
        <EnumField enum="Channel" source="channel" />
        <AgencyReferenceField source="agencyId" />
        {SURVEY_QUESTIONS.map((question) => <ScoreField key={question} source={question} />)}
        <TextField source="comment" emptyText="—" />
        <TextField source="recordedBy" />
      </SimpleShowLayout>
    </Show>
  );
};
