import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { roleChoices } from './userRoles';

export const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <AgencyReferenceInput key="agencyId" source="agencyId" />,
  <NullableBooleanInput key="active" source="active" />,
];
