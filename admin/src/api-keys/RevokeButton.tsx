/** Revokes a key after a confirmation: it stops working at once (the server's revokeApiKey). */
import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Confirm, useRecordContext } from 'react-admin';
import type { ApiKey } from '../generated/graphql';
import { useButtonMutation } from '../common/useButtonMutation';
import { keyState } from './apiKeyScopes';

export const RevokeButton = () => {
  const key = useRecordContext<ApiKey>();
  const [open, setOpen] = useState(false);
  const { pending, run } = useButtonMutation();
  if (!key || keyState(key) !== 'active') return null;

  const revoke = () => run('revokeApiKey', { id: key.id }, {
    success: 'resources.api-keys.revoked', sparseFields: ['id', 'revokedAt'], finally: () => setOpen(false),
  });

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
