import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Complaint } from '../generated/graphql';
import { COMPLAINT_STATE_COLOURS, complaintState } from './complaintState';

export const ComplaintStateField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!record) return null;
  const state = complaintState(record);
  return <Chip size="small" color={COMPLAINT_STATE_COLOURS[state]} label={translate(`resources.complaints.states.${state}`)} data-state={state} />;
};
