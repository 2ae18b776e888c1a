/**
 * "Apply the deemed-issued rule now" (superadmins, as the server allows): marks every application
 * whose deadline passed without a decision where the standard deems the result issued. The registry
 * also does this by itself every few minutes; the button is for not waiting.
 */
import GavelIcon from '@mui/icons-material/Gavel';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, usePermissions, useRefresh } from 'react-admin';
import type { QyzmetDataProvider } from '../dataProvider';

export const MarkDeemedIssuedButton = () => {
  const { permissions } = usePermissions<string[]>();
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  if (!Array.isArray(permissions) || !permissions.includes('superadmin')) return null;

  const sweep = async () => {
    setPending(true);
    try {
      const { data: marked } = await dataProvider.mutate<number>('markDeemedIssued', {});
      notify('resources.applications.notifications.deemed_issued', { type: 'success', messageArgs: { smart_count: marked } });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <Button label="resources.applications.actions.mark_deemed_issued" onClick={sweep} disabled={pending} data-testid="mark-deemed-issued">
      <GavelIcon />
    </Button>
  );
};
