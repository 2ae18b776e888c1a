import { DateInput, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { enumChoices } from '../i18n/enums';
import { StandardCodeInput } from './StandardCodeInput';

/** Every filter is the server's (ApplicationFilter): nothing is filtered in the browser. */
export const applicationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <AgencyReferenceInput key="agencyId" source="agencyId" />,
  <StandardCodeInput key="standardCode" source="standardCode" />,
  <SelectInput key="status" source="status" choices={enumChoices('ApplicationStatus')} />,
  <SelectInput key="channel" source="channel" choices={enumChoices('Channel')} />,
  <NullableBooleanInput key="overdue" source="overdue" />,
  <DateInput key="submittedFrom" source="submittedFrom" />,
  <DateInput key="submittedTo" source="submittedTo" />,
];
