/** Where a lazily loaded chart appears: a placeholder of its height until the chart library has loaded. */
import { Suspense, type ReactNode } from 'react';
import { Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';

export const ChartSuspense = ({ height, children }: { height: number; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Suspense fallback={<Skeleton variant="rounded" height={height} aria-label={translate('qyzmet.quality.loading_chart')} />}>
      {children}
    </Suspense>
  );
};
