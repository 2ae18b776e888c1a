/**
 * The amendment / repeal chain of a legal act: the acts it amends and repeals, and the acts that
 * amend and repeal it, each a linked list (follow a link to go on along the chain). Users who may
 * edit acts add and remove relations here (addLegalActRelation / removeLegalActRelation).
 */
import { Box, Stack, Typography } from '@mui/material';
import {
  ArrayField, DataTable, TextField, useCanAccess, useFieldValue, useRecordContext, useTranslate, type FieldProps,
} from 'react-admin';
import type { LegalAct, LegalActRelation } from '../generated/graphql';
import { LocalDateField } from '../common/LocalDateField';
import { LegalActReferenceField } from './LegalActReferenceField';
import { AddRelationButton, RemoveRelationButton } from './RelationButtons';
import { RELATION_CHAINS, type RelationChain } from './relationChains';

const ClausesField = (props: FieldProps) => {
  const clauses = useFieldValue(props) as string[] | undefined;
  return <Typography component="span" variant="body2">{clauses?.length ? clauses.join('; ') : '—'}</Typography>;
};

const Chain = ({ chain, canEdit }: { chain: RelationChain; canEdit: boolean }) => {
  const translate = useTranslate();
  const record = useRecordContext<LegalAct>();
  const count = (record?.[chain.source] as LegalActRelation[] | undefined)?.length ?? 0;
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography variant="subtitle1" component="h3">
          {translate(`resources.legal-acts.relations.${chain.source}`)} ({count})
        </Typography>
        {canEdit && <AddRelationButton chain={chain} />}
      </Stack>
      {count > 0 ? (
        <ArrayField source={chain.source}>
          <DataTable<LegalActRelation> bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source={chain.other} label="resources.legal-acts.relations.act" disableSort>
              <LegalActReferenceField source={chain.other} />
            </DataTable.Col>
            <DataTable.Col source="clauses" label="resources.legal-acts.relations.clauses" disableSort>
              <ClausesField source="clauses" />
            </DataTable.Col>
            <DataTable.Col source="effectiveDate" label="resources.legal-acts.relations.effectiveDate" disableSort>
              <LocalDateField source="effectiveDate" emptyText={translate('resources.legal-acts.relations.on_entry_into_force')} />
            </DataTable.Col>
            <DataTable.Col source="note" label="resources.legal-acts.fields.note" disableSort>
              <TextField source="note" emptyText="—" />
            </DataTable.Col>
            {canEdit ? (
              <DataTable.Col label="" disableSort>
                <RemoveRelationButton />
              </DataTable.Col>
            ) : null}
          </DataTable>
        </ArrayField>
      ) : (
        <Typography variant="body2" color="text.secondary">—</Typography>
      )}
    </Box>
  );
};

export const LegalActRelations = () => {
  const record = useRecordContext<LegalAct>();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'legal-acts', record });
  return (
    <Box sx={{ width: '100%' }}>
      {RELATION_CHAINS.map((chain) => <Chain key={chain.source} chain={chain} canEdit={Boolean(canAccess)} />)}
    </Box>
  );
};
