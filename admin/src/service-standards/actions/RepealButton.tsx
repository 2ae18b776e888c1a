/** "Repeal": a published standard stops being in force from a date, by a legal act (repealStandard). */
import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import {
  Button, DateInput, required, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh,
} from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { ANY_RECORD, standardAllows } from '../../auth/permissions';
import type { QyzmetDataProvider } from '../../dataProvider';
import { FormDialog } from '../../common/FormDialog';
import { LegalActReferenceInput } from '../../legal-acts/LegalActReferenceInput';
import { today } from './today';

export const RepealButton = () => {
  const record = useRecordContext<ServiceStandard>();
  const { canAccess } = useCanAccess({ action: 'repeal', resource: 'service-standards', record: ANY_RECORD });
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || !canAccess || !standardAllows('repeal', record)) return null;

  const repeal = async ({ actId, date }: Record<string, unknown>) => {
    await dataProvider.mutate('repealStandard', { code: record.code, actId, date }, { sparseFields: ['id'] });
    notify('resources.service-standards.notifications.repealed', { type: 'success' });
    refresh();
  };

  return (
    <>
      <Button label="resources.service-standards.actions.repeal" color="error" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.service-standards.actions.repeal_title"
        description="resources.service-standards.actions.repeal_help"
        submitLabel="resources.service-standards.actions.repeal"
        submitIcon={<BlockIcon />}
        defaultValues={{ date: today() }}
        onSubmit={repeal}
      >
        <LegalActReferenceInput source="actId" label="resources.service-standards.fields.repealActId" validate={required()} />
        <DateInput source="date" label="resources.service-standards.fields.repealDate" validate={required()} fullWidth />
      </FormDialog>
    </>
  );
};
