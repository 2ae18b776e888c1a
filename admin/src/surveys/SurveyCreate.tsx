/**
 * Recording an applicant's answers about a decided application (recordSurveyResponse; one per
 * application). Opened from the application's page with the application filled in.
 */
import {
  Create, DateTimeInput, RadioButtonGroupInput, SimpleForm, TextInput, maxLength, required,
} from 'react-admin';
import { ApplicationReferenceInput } from '../applications/ApplicationReferenceInput';
import { useSubmitByMutation } from '../applications/useSubmitByMutation';
import { SCORES, SURVEY_QUESTIONS, toSurveyArguments } from './surveyFields';

const SCORE_CHOICES = SCORES.map((score) => ({ id: score, name: `resources.survey-responses.scores.${score}` }));

export const SurveyCreate = () => {
  const record = useSubmitByMutation('recordSurveyResponse', toSurveyArguments, 'survey-responses', 'resources.survey-responses.notifications.recorded');

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
