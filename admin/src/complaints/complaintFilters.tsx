import { DateInput, NullableBooleanInput, SelectInput } from 'react-admin';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { ApplicationReferenceInput } from '../applications/ApplicationReferenceInput';
import { StandardCodeInput } from '../applications/StandardCodeInput';
import { enumChoices } from '../i18n/enums';

/** The server's ComplaintFilter, nothing filtered in the browser. */
export const complaintFilters = [
  <NullableBooleanInput key="resolved" source="resolved" alwaysOn />,
  <NullableBooleanInput key="overdue" source="overdue" />,
  <AgencyReferenceInput key="agencyId" source="agencyId" />,
  <ApplicationReferenceInput key="applicationId" source="applicationId" />,
  <StandardCodeInput key="standardCode" source="standardCode" />,
  <SelectInput key="level" source="level" choices={enumChoices('ComplaintLevelKind')} />,
  <DateInput key="registeredFrom" source="registeredFrom" />,
  <DateInput key="registeredTo" source="registeredTo" />,
];
