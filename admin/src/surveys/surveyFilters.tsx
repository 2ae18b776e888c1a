import { DateInput, SelectInput } from 'react-admin';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { StandardCodeInput } from '../applications/StandardCodeInput';
import { enumChoices } from '../i18n/enums';

/** The server's SurveyResponseFilter, nothing filtered in the browser. */
export const surveyFilters = [
  <AgencyReferenceInput key="agencyId" source="agencyId" alwaysOn />,
  <StandardCodeInput key="standardCode" source="standardCode" />,
  <SelectInput key="channel" source="channel" choices={enumChoices('Channel')} />,
  <DateInput key="answeredFrom" source="answeredFrom" />,
  <DateInput key="answeredTo" source="answeredTo" />,
];
