/** Revokes a key after a confirmation: it stops working at once (the server's revokeApiKey). */
import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ApiKey } from '../generated/graphql';
import type { QyzmetDataProvider } from '../dataProvider';
import { keyState } from './apiKeyScopes';

export const RevokeButton = () => {
  const key = useRecordContext<ApiKey>();
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!key || keyState(key) !== 'active') return null;

  const revoke = async () => {
    setPending(true);
    try {
      await dataProvider.mutate('revokeApiKey', { id: key.id }, { sparseFields: ['id', 'revokedAt'] });
      notify('resources.api-keys.revoked', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        label="resources.api-keys.revoke"
        color="error"
        disabled={pending}
        onClick={(event) => { event.stopPropagation(); setOpen(true); }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.api-keys.revoke_title"
        content="resources.api-keys.revoke_content"
        translateOptions={{ name: key.name }}
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
