import { Alert } from '@mui/material';
import { DeleteButton, EditButton, Show, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { ServiceStandard } from '../generated/graphql';
import { ANY_RECORD, standardAllows } from '../auth/permissions';
import { CompareButton } from './actions/CompareButton';
import { NewDraftButton } from './actions/NewDraftButton';
import { PublishButton } from './actions/PublishButton';
import { RepealButton } from './actions/RepealButton';
import { StandardDocument } from './show/StandardDocument';

/**
 * Edit, publish and delete appear for drafts only, repeal for published versions, to the roles
 * that may (auth/permissions.ts). The state is checked here too: it changes on this page.
 */
const StandardShowActions = () => {
  const record = useRecordContext<ServiceStandard>();
  return (
    <TopToolbar>
      {standardAllows('edit', record) && <EditButton />}
      <PublishButton />
      <NewDraftButton />
      <RepealButton />
      <CompareButton />
      {standardAllows('delete', record) && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
};

/** Published and repealed versions never change: say so, and how to change the standard. */
const ReadOnlyNotice = () => {
  const record = useRecordContext<ServiceStandard>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'newDraft', resource: 'service-standards', record: ANY_RECORD });
  if (!record || record.status === 'draft') return null;
  return (
    <Alert severity="info" sx={{ mx: 2, mt: 2 }}>
      {translate(canAccess ? 'resources.service-standards.read_only_editor' : 'resources.service-standards.read_only')}
    </Alert>
  );
};

export const StandardShow = () => (
  <Show actions={<StandardShowActions />}>
    <ReadOnlyNotice />
    <StandardDocument />
  </Show>
);
