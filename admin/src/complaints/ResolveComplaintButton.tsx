/** "Resolve": records the answer to an open complaint, justified or not (resolveComplaint); on time follows from its deadline. */
import { useState } from 'react';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import {
  Button, DateTimeInput, RadioButtonGroupInput, TextInput, maxLength, required, useCanAccess, useDataProvider, useNotify,
  useRecordContext, useRefresh,
} from 'react-admin';
import type { Complaint } from '../generated/graphql';
import type { QyzmetDataProvider } from '../dataProvider';
import { FormDialog } from '../common/FormDialog';

const JUSTIFIED_CHOICES = [
  { id: 'yes', name: 'resources.complaints.resolve.justified_yes' },
  { id: 'no', name: 'resources.complaints.resolve.justified_no' },
];

export const ResolveComplaintButton = () => {
  const record = useRecordContext<Complaint>();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'complaints' });
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || !canAccess || record.resolvedAt) return null;

  const resolve = async ({ justified, resolution, resolvedAt }: Record<string, unknown>) => {
    await dataProvider.mutate('resolveComplaint', {
      id: record.id,
      version: record.version,
      justified: justified === 'yes',
      resolution: resolution || undefined,
      resolvedAt: resolvedAt ? new Date(resolvedAt as string).toISOString() : undefined,
    }, { sparseFields: ['id', 'version'] });
    notify('resources.complaints.notifications.resolved', { type: 'success' });
    refresh();
  };

  return (
    <>
      <Button label="resources.complaints.resolve.action" onClick={() => setOpen(true)} data-testid="resolve-complaint">
        <TaskAltIcon />
      </Button>
      {open && (
        <FormDialog
          open={open}
          onClose={() => setOpen(false)}
          title="resources.complaints.resolve.title"
          description="resources.complaints.resolve.help"
          submitLabel="resources.complaints.resolve.action"
          submitIcon={<TaskAltIcon />}
          onSubmit={resolve}
        >
          <RadioButtonGroupInput source="justified" label="resources.complaints.fields.justified" choices={JUSTIFIED_CHOICES} validate={required()} />
          <TextInput source="resolution" label="resources.complaints.fields.resolution" validate={maxLength(5000)} multiline fullWidth />
          <DateTimeInput source="resolvedAt" label="resources.complaints.fields.resolvedAt" helperText="resources.complaints.resolve.resolved_at_help" fullWidth />
        </FormDialog>
      )}
    </>
  );
};
