/**
 * The version of a standard in force on a date (the one the server will pin), with what the
 * registration form needs: sub-services, channels, document lists.
 */
import { useGetList } from 'react-admin';
import { FORM_STANDARD_FIELDS } from './applicationFields';
import type { FormStandard } from './applicationForm';

/** At most one version is in force on a day; the sort is one the server accepts (react-admin's default, id, is not). */
export const FORM_STANDARD_SORT = { field: 'validFrom', order: 'DESC' as const };

export function useFormStandard(code: string | undefined, on: string) {
  const { data, isPending } = useGetList<FormStandard & { id: string }>(
    'service-standards',
    { filter: { code, inForceOn: on }, pagination: { page: 1, perPage: 1 }, sort: FORM_STANDARD_SORT, meta: { sparseFields: FORM_STANDARD_FIELDS } },
    { enabled: Boolean(code), staleTime: 60_000 },
  );
  return { standard: code ? data?.[0] : undefined, isPending: Boolean(code) && isPending };
}
