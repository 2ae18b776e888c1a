import { NullableBooleanInput, SearchInput, TextInput } from 'react-admin';

export const apiKeyFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="partner" source="partner" />,
  <NullableBooleanInput key="active" source="active" />,
];
