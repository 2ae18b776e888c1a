/** Adding a relation to an act's chain (a small dialog) and removing one (after a confirmation). */
import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { IconButton, Tooltip } from '@mui/material';
import {
  ArrayInput, Button, Confirm, DateInput, SimpleFormIterator, TextInput,
  maxLength, required, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { useButtonMutation } from '../common/useButtonMutation';
import type { LegalAct, LegalActRelation } from '../generated/graphql';
import type { QyzmetDataProvider } from '../dataProvider';
import { LegalActReferenceInput } from './LegalActReferenceInput';
import { relationArgs, type RelationChain } from './relationChains';

interface RelationForm {
  otherId: string;
  clauses?: string[];
  effectiveDate?: string | null;
  note?: string | null;
}

export const AddRelationButton = ({ chain }: { chain: RelationChain }) => {
  const record = useRecordContext<LegalAct>();
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record) return null;

  const submit = async (values: Record<string, unknown>) => {
    const { otherId, clauses, effectiveDate, note } = values as unknown as RelationForm;
    await dataProvider.mutate('addLegalActRelation', {
      ...relationArgs(chain, String(record.id), otherId),
      clauses: (clauses ?? []).filter((clause) => clause?.trim()),
      effectiveDate: effectiveDate || null,
      note: note?.trim() || null,
    }, { sparseFields: ['id'] });
    notify('resources.legal-acts.relations.added', { type: 'success' });
    refresh();
  };

  return (
    <>
      <Button label="resources.legal-acts.relations.add" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`resources.legal-acts.relations.add_${chain.source}`}
        submitLabel="ra.action.add"
        submitIcon={<AddIcon />}
        defaultValues={{ clauses: [] }}
        onSubmit={submit}
      >
        <LegalActReferenceInput source="otherId" label="resources.legal-acts.relations.act" validate={required()} />
        <ArrayInput source="clauses" label="resources.legal-acts.relations.clauses">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label={false} helperText={false} validate={maxLength(200)} />
          </SimpleFormIterator>
        </ArrayInput>
        <DateInput source="effectiveDate" label="resources.legal-acts.relations.effectiveDate" helperText="resources.legal-acts.relations.effectiveDate_help" />
        <TextInput source="note" label="resources.legal-acts.fields.note" multiline validate={maxLength(5000)} />
      </FormDialog>
    </>
  );
};

export const RemoveRelationButton = () => {
  const relation = useRecordContext<LegalActRelation>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { pending, run } = useButtonMutation();
  if (!relation) return null;

  const remove = () => run('removeLegalActRelation', { id: relation.id }, {
    success: 'resources.legal-acts.relations.removed', sparseFields: ['id'], finally: () => setOpen(false),
  });

  return (
    <>
      <Tooltip title={translate('ra.action.remove')}>
        <IconButton aria-label={translate('ra.action.remove')} color="error" size="small" onClick={() => setOpen(true)} disabled={pending}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.legal-acts.relations.remove_title"
        content="resources.legal-acts.relations.remove_content"
        onConfirm={remove}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
