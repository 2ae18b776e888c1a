/** The application's sub-service by its name in the pinned standard version ("Name (code)"; the code until the version loads). */
import { useLocaleState, useRecordContext } from 'react-admin';
import type { Application } from '../generated/graphql';
import { localized } from '../i18n/localized';
import { usePinnedStandard } from './usePinnedStandard';

export const SubServiceName = (_props: { label?: string }) => {
  const record = useRecordContext<Application>();
  const [locale] = useLocaleState();
  const { data: standard } = usePinnedStandard(record?.standardId);
  if (!record) return null;
  const subService = standard?.subServices.find((s) => s.code === record.subService);
  return <>{subService ? `${localized(subService.name, locale)} (${record.subService})` : record.subService}</>;
};
