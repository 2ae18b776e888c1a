/**
 * What is left of the term, in the deadline's unit ("3 working days"; negative when overdue), for
 * open applications; a decided one says how it went in its outcome instead.
 */
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Application } from '../generated/graphql';
import { enumLabelKey } from '../i18n/enums';

const OPEN: readonly string[] = ['submitted', 'accepted', 'inReview', 'suspended'];

export const RemainingField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Application>();
  const translate = useTranslate();
  if (!record || !OPEN.includes(record.status) || record.remaining === null || record.remaining === undefined) return null;
  const unit = record.deadlineUnit ? translate(enumLabelKey('DeadlineUnit', record.deadlineUnit)) : '';
  const value = Number.isInteger(record.remaining) ? record.remaining : Math.round(record.remaining * 10) / 10;
  return (
    <Typography component="span" variant="body2" color={value < 0 ? 'error' : undefined}>
      {value} {unit}
    </Typography>
  );
};
