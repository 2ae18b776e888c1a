/** The status of an application as a chip: open (blue), decided for the applicant (green), against (red), final (grey). */
import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { ApplicationStatus } from '../generated/graphql';
import { enumLabelKey } from '../i18n/enums';

const COLOURS: Record<ApplicationStatus, 'primary' | 'success' | 'error' | 'default' | 'warning' | 'info'> = {
  submitted: 'primary',
  accepted: 'primary',
  inReview: 'primary',
  suspended: 'warning',
  issued: 'success',
  deemedIssued: 'info',
  refused: 'error',
  notAccepted: 'error',
  handedOver: 'default',
};

export const ApplicationStatusField = ({ source = 'status', ...props }: Partial<FieldProps>) => {
  const status = useFieldValue({ source, ...props }) as ApplicationStatus | undefined;
  const translate = useTranslate();
  if (!status) return null;
  return <Chip size="small" color={COLOURS[status] ?? 'default'} label={translate(enumLabelKey('ApplicationStatus', status), { _: status })} data-status={status} />;
};
