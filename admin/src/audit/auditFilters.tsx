import { DateTimeInput, SelectInput, TextInput } from 'react-admin';
import { localDateTimeToIso } from '../common/localDateTime';
import { actionChoices, entityTypeChoices } from './auditLabels';

export const auditFilters = [
  <SelectInput key="entityType" source="entityType" choices={entityTypeChoices} alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <TextInput key="actor" source="actor" helperText="resources.audit-entries.help.actor" />,
  <TextInput key="entityId" source="entityId" />,
  <DateTimeInput key="from" source="from" parse={localDateTimeToIso} />,
  <DateTimeInput key="to" source="to" parse={localDateTimeToIso} />,
];
