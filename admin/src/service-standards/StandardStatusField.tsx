/** The status of a standard version as a coloured chip: draft (amber), published (green), repealed (grey). */
import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { StandardStatus } from '../generated/graphql';
import { enumLabelKey } from '../i18n/enums';

const COLORS: Record<StandardStatus, 'warning' | 'success' | 'default'> = { draft: 'warning', published: 'success', repealed: 'default' };

export const StandardStatusField = ({ source = 'status', ...props }: Partial<FieldProps>) => {
  const status = useFieldValue({ source, ...props }) as StandardStatus | undefined;
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={COLORS[status] ?? 'default'}
      variant={status === 'repealed' ? 'outlined' : 'filled'}
      label={translate(enumLabelKey('StandardStatus', status))}
    />
  );
};
