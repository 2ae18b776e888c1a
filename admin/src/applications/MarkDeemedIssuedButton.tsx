/**
 * "Apply the deemed-issued rule now" (superadmins, as the server allows): marks every application
 * whose deadline passed without a decision where the standard deems the result issued. The registry
 * also does this by itself every few minutes; the button is for not waiting.
 */
import GavelIcon from '@mui/icons-material/Gavel';
import { Button, usePermissions } from 'react-admin';
import { useButtonMutation } from '../common/useButtonMutation';

export const MarkDeemedIssuedButton = () => {
  const { permissions } = usePermissions<string[]>();
  const { pending, run } = useButtonMutation();
  if (!Array.isArray(permissions) || !permissions.includes('superadmin')) return null;

  const sweep = () => run<number>('markDeemedIssued', {}, {
    success: 'resources.applications.notifications.deemed_issued', messageArgs: (marked) => ({ smart_count: marked }),
  });

  return (
    <Button label="resources.applications.actions.mark_deemed_issued" onClick={sweep} disabled={pending} data-testid="mark-deemed-issued">
      <GavelIcon />
    </Button>
  );
};
