/** A satisfaction score 1–5 as stars (read-only), "—" when the question was skipped. */
import { Rating, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

export const ScoreField = (props: FieldProps) => {
  const value = useFieldValue(props) as number | null | undefined;
  const translate = useTranslate();
  if (value === null || value === undefined) return <Typography variant="body2">—</Typography>;
  return <Rating value={value} max={5} readOnly size="small" aria-label={translate('resources.survey-responses.score', { score: value })} />;
};
