import { SearchInput, SelectInput } from 'react-admin';
import { agencyKindChoices } from './agencyKinds';

export const agencyFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={agencyKindChoices} />,
];
