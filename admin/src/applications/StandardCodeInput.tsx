/**
 * Picks a standard by its code (the value applications, complaints and surveys are filtered by),
 * showing code and name. The registry holds a few dozen standards: one page of their versions
 * (published, and repealed ones: old applications keep theirs), only the fields the choice needs.
 */
import { AutocompleteInput, useGetList, useLocaleState, type AutocompleteInputProps } from 'react-admin';
import type { ServiceStandard } from '../generated/graphql';
import { localized } from '../i18n/localized';

const STANDARD_CHOICE_META = { sparseFields: ['id', 'code', 'versionNumber', 'name'] };

export const StandardCodeInput = (props: Omit<AutocompleteInputProps, 'choices'> & { source: string }) => {
  const [locale] = useLocaleState();
  const { data = [], isPending } = useGetList<ServiceStandard>('service-standards', {
    filter: {},
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'code', order: 'ASC' },
    meta: STANDARD_CHOICE_META,
  });
  const seen = new Set<string>();
  const choices = data.filter((s) => !seen.has(s.code) && seen.add(s.code)).map((s) => ({ id: s.code, name: `${s.code} — ${localized(s.name, locale)}` }));
  return <AutocompleteInput choices={choices} isPending={isPending} fullWidth {...props} />;
};
