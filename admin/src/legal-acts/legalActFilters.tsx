import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../i18n/enums';

export const legalActFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('LegalActKind')} />,
  <SelectInput key="status" source="status" choices={enumChoices('LegalActStatus')} />,
  <DateInput key="inForceOn" source="inForceOn" />,
];
