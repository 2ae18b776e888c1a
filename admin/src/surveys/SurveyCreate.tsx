/**
 * Recording an applicant's answers about a decided application (recordSurveyResponse; one per
 * application). Opened from the application's page with the application filled in.
 */
import {
  Create, DateTimeInput, RadioButtonGroupInput, SimpleForm, TextInput, maxLength, required, useDataProvider, useNotify, useRedirect,
} from 'react-admin';
import type { QyzmetDataProvider } from '../dataProvider';
import { ApplicationReferenceInput } from '../applications/ApplicationReferenceInput';
import { formErrors } from '../applications/formErrors';
import { SCORES, SURVEY_QUESTIONS, toSurveyArguments } from './surveyFields';

const SCORE_CHOICES = SCORES.map((score) => ({ id: score, name: `resources.survey-responses.scores.${score}` }));

export const SurveyCreate = () => {
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();

  const record = async (values: Record<string, unknown>) => {
    try {
      const { data } = await dataProvider.mutate<{ id: string }>('recordSurveyResponse', toSurveyArguments(values), { sparseFields: ['id'] });
      notify('resources.survey-responses.notifications.recorded', { type: 'success' });
      redirect('show', 'survey-responses', data.id);
      return undefined;
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error', multiLine: true });
      return formErrors(error);
    }
  };

  return (
    <Create>
      <SimpleForm onSubmit={record as never}>
        <ApplicationReferenceInput source="applicationId" validate={required()} helperText="resources.survey-responses.create.application_help" />
        {SURVEY_QUESTIONS.map((question) => (
          <RadioButtonGroupInput key={question} source={question} choices={SCORE_CHOICES} helperText="resources.survey-responses.create.skip_help" />
        ))}
        <TextInput source="comment" validate={maxLength(5000)} multiline fullWidth />
        <DateTimeInput source="answeredAt" helperText="resources.survey-responses.create.answered_help" fullWidth />
      </SimpleForm>
    </Create>
  );
};
