/**
 * "New draft": copies the newest version of the standard into a draft (createStandardDraft) and
 * opens it for editing. When the code already has a draft the server answers CONFLICT with the
 * draft's id: the console says so and opens that draft instead.
 */
import { useState } from 'react';
import FileCopyIcon from '@mui/icons-material/FileCopy';
import {
  Button, HttpError, useCanAccess, useDataProvider, useNotify, useRecordContext, useRedirect,
} from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { ANY_RECORD, standardAllows } from '../../auth/permissions';
import type { QyzmetDataProvider } from '../../dataProvider';
import type { ServerErrorBody } from '../../dataProvider/errors';

export const NewDraftButton = () => {
  const record = useRecordContext<ServiceStandard>();
  const { canAccess } = useCanAccess({ action: 'newDraft', resource: 'service-standards', record: ANY_RECORD });
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [pending, setPending] = useState(false);
  if (!record || !canAccess || !standardAllows('newDraft', record)) return null;

  const createDraft = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.mutate<{ id: string }>('createStandardDraft', { code: record.code }, { sparseFields: ['id'] });
      notify('resources.service-standards.notifications.draft_created', { type: 'success' });
      redirect('edit', 'service-standards', data.id);
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as ServerErrorBody | undefined) : undefined;
      const existing = body?.code === 'CONFLICT' ? body.graphQLErrors[0]?.extensions?.id : undefined;
      notify(existing ? 'resources.service-standards.notifications.draft_exists' : (error as Error).message, { type: existing ? 'warning' : 'error' });
      if (typeof existing === 'string') redirect('show', 'service-standards', existing);
    } finally {
      setPending(false);
    }
  };

  return (
    <Button label="resources.service-standards.actions.new_draft" onClick={createDraft} disabled={pending}>
      <FileCopyIcon />
    </Button>
  );
};
