/** Active, revoked or expired, as a coloured chip. */
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApiKey } from '../generated/graphql';
import { keyState } from './apiKeyScopes';

const COLOURS = { active: 'success', revoked: 'error', expired: 'warning' } as const;

export const KeyStateField = (_props: { label?: string; source?: string }) => {
  const key = useRecordContext<ApiKey>();
  const translate = useTranslate();
  if (!key) return null;
  const state = keyState(key);
  return <Chip size="small" color={COLOURS[state]} label={translate(`resources.api-keys.states.${state}`)} />;
};
