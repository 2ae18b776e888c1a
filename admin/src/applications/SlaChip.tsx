/** The SLA chip of the application in context (sla.ts); nothing for decided applications. */
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Application } from '../generated/graphql';
import { SLA_COLOURS, slaState } from './sla';

export const SlaChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Application>();
  const translate = useTranslate();
  const state = record ? slaState(record) : null;
  if (!state) return null;
  return (
    <Chip
      size="small"
      color={SLA_COLOURS[state]}
      variant={state === 'suspended' ? 'outlined' : 'filled'}
      label={translate(`resources.applications.sla.${state}`)}
      data-sla={state}
    />
  );
};
