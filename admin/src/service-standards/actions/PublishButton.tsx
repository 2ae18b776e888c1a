/** "Publish": a draft comes into force from a date (publishStandard); the previous version ends that day. */
import { useState } from 'react';
import PublishIcon from '@mui/icons-material/Publish';
import {
  Button, DateInput, required, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh,
} from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { ANY_RECORD, standardAllows } from '../../auth/permissions';
import type { QyzmetDataProvider } from '../../dataProvider';
import { FormDialog } from '../../common/FormDialog';
import { today } from './today';

export const PublishButton = () => {
  const record = useRecordContext<ServiceStandard>();
  const { canAccess } = useCanAccess({ action: 'publish', resource: 'service-standards', record: ANY_RECORD });
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || !canAccess || !standardAllows('publish', record)) return null;

  const publish = async ({ validFrom }: Record<string, unknown>) => {
    await dataProvider.mutate('publishStandard', { id: record.id, validFrom, version: record.version }, { sparseFields: ['id'] });
    notify('resources.service-standards.notifications.published', { type: 'success' });
    refresh();
  };

  return (
    <>
      <Button label="resources.service-standards.actions.publish" onClick={() => setOpen(true)}>
        <PublishIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.service-standards.actions.publish_title"
        description="resources.service-standards.actions.publish_help"
        submitLabel="resources.service-standards.actions.publish"
        submitIcon={<PublishIcon />}
        defaultValues={{ validFrom: record.validFrom ?? today() }}
        onSubmit={publish}
      >
        <DateInput source="validFrom" label="resources.service-standards.fields.validFrom" validate={required()} fullWidth />
      </FormDialog>
    </>
  );
};
