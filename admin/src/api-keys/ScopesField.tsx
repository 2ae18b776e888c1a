/** The scopes of a key as chips with their names. */
import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApiKey } from '../generated/graphql';
import { scopeLabelKey } from './apiKeyScopes';

export const ScopesField = (_props: { label?: string; source?: string }) => {
  const key = useRecordContext<ApiKey>();
  const translate = useTranslate();
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap">
      {(key?.scopes ?? []).map((scope) => <Chip key={scope} size="small" variant="outlined" label={translate(scopeLabelKey(scope), { _: scope })} />)}
    </Stack>
  );
};
