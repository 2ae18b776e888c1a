/** A user's role by its translated name. */
import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { roleLabelKey } from './userRoles';

export const RoleField = (props: Partial<FieldProps>) => {
  const role = useFieldValue({ ...props, source: props.source ?? 'role' }) as string | undefined;
  const translate = useTranslate();
  if (!role) return null;
  return <Chip size="small" variant="outlined" color={role === 'superadmin' ? 'secondary' : 'default'} label={translate(roleLabelKey(role), { _: role })} />;
};
