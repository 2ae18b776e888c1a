/** A value (or list of values) of a schema enum, shown by its translated label. */
import { Chip, Stack, Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { enumLabelKey, type EnumName } from '../i18n/enums';

export interface EnumFieldProps extends FieldProps {
  enum: EnumName;
}

export const EnumField = ({ enum: name, emptyText, className, ...props }: EnumFieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" className={className}>
      {value ? translate(enumLabelKey(name, value), { _: value }) : emptyText}
    </Typography>
  );
};

/** A list of enum values as small chips ("—" or emptyText when empty). */
export const EnumArrayField = ({ enum: name, emptyText, className, ...props }: EnumFieldProps) => {
  const values = useFieldValue(props) as string[] | null | undefined;
  const translate = useTranslate();
  if (!values?.length) return <Typography component="span" variant="body2">{emptyText}</Typography>;
  return (
    <Stack direction="row" flexWrap="wrap" gap={0.5} className={className}>
      {values.map((value) => <Chip key={value} size="small" label={translate(enumLabelKey(name, value), { _: value })} />)}
    </Stack>
  );
};
