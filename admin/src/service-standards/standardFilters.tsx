import { DateInput, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { enumChoices } from '../i18n/enums';

export const standardFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <AgencyReferenceInput key="agencyId" source="agencyId" />,
  <SelectInput key="status" source="status" choices={enumChoices('StandardStatus')} />,
  <DateInput key="inForceOn" source="inForceOn" />,
  <SelectInput key="channel" source="channel" choices={enumChoices('Channel')} />,
  <NullableBooleanInput key="hasFee" source="hasFee" />,
];
