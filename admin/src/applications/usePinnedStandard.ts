/** The standard version an application is pinned to: names of its sub-services and its refusal grounds. */
import { useGetOne } from 'react-admin';
import type { RefusalGround, ServiceStandard, SubService } from '../generated/graphql';
import { PINNED_STANDARD_FIELDS } from './applicationFields';

export type PinnedStandard = Pick<ServiceStandard, 'id' | 'code' | 'versionNumber' | 'name'> & {
  subServices: Pick<SubService, 'code' | 'name'>[];
  refusalGrounds: Pick<RefusalGround, 'id' | 'ordinal' | 'clause' | 'text'>[];
};

export function usePinnedStandard(standardId: string | undefined) {
  return useGetOne<PinnedStandard>(
    'service-standards',
    { id: standardId ?? '', meta: { sparseFields: PINNED_STANDARD_FIELDS } },
    { enabled: Boolean(standardId) },
  );
}
