/**
 * The transitions the application's status allows (transitions.ts), for users whose role may run
 * them, as buttons; each opens a small dialog for what its mutation needs (when it happened; the
 * operator; a reason; the refusal grounds from the pinned standard version; the missing documents
 * a refusal to accept will name), calls the mutation quoting the version read, and reloads the page.
 *
 * Buttons carry `data-testid="transition-<mutation>"` (e.g. transition-acceptApplication) for the
 * browser tests; their accessible name is the translated label.
 */
import { useState } from 'react';
import { Alert, List, ListItem, Stack, Typography } from '@mui/material';
import {
  Button, CheckboxGroupInput, DateTimeInput, TextInput, maxLength, minLength, required, useDataProvider, useLocaleState,
  useNotify, usePermissions, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import type { Application } from '../generated/graphql';
import type { QyzmetDataProvider } from '../dataProvider';
import { FormDialog } from '../common/FormDialog';
import { localized } from '../i18n/localized';
import { TRANSITION_RESULT_FIELDS } from './applicationFields';
import { allowedTransitions, type Transition } from './transitions';
import { usePinnedStandard } from './usePinnedStandard';

const prefix = 'resources.applications.transitions';

/** The dialog inputs of one transition. */
const TransitionInputs = ({ transition, record }: { transition: Transition; record: Application }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: standard } = usePinnedStandard(transition.input === 'grounds' ? record.standardId : undefined);
  switch (transition.input) {
    case 'operator':
      return <TextInput source="operator" label={`${prefix}.operator`} helperText={`${prefix}.operator_help`} fullWidth />;
    case 'reason':
      return <TextInput source="reason" label={`${prefix}.reason`} validate={[required(), minLength(3), maxLength(2000)]} multiline fullWidth />;
    case 'optionalReason':
      return <TextInput source="reason" label={`${prefix}.reason`} validate={maxLength(2000)} multiline fullWidth />;
    case 'grounds':
      return (
        <>
          <CheckboxGroupInput
            source="groundIds"
            label={`${prefix}.grounds`}
            row={false}
            validate={required()}
            choices={(standard?.refusalGrounds ?? []).map((g) => ({ id: g.id, name: `${g.ordinal}. ${localized(g.text, locale)}` }))}
          />
          <TextInput source="reason" label={`${prefix}.reason`} validate={maxLength(2000)} multiline fullWidth />
        </>
      );
    case 'missingDocuments':
      return record.missingDocuments?.length ? (
        <Stack>
          <Typography variant="subtitle2">{translate(`${prefix}.missing_documents`)}</Typography>
          <List dense data-testid="missing-documents">
            {record.missingDocuments.map((d) => <ListItem key={d.ordinal}>{d.ordinal}. {localized(d.title, locale)}</ListItem>)}
          </List>
        </Stack>
      ) : (
        <Alert severity="warning">{translate(`${prefix}.nothing_missing`)}</Alert>
      );
    default:
      return null;
  }
};

const TransitionButton = ({ transition, record }: { transition: Transition; record: Application }) => {
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const label = `${prefix}.${transition.name}`;

  const run = async ({ at, ...values }: Record<string, unknown>) => {
    await dataProvider.mutate(
      transition.mutation,
      { ...values, id: record.id, version: record.version, at: at ? new Date(at as string).toISOString() : undefined },
      { sparseFields: TRANSITION_RESULT_FIELDS },
    );
    notify(`${prefix}.done`, { type: 'success', messageArgs: { action: label } });
    refresh();
  };

  return (
    <>
      <Button label={label} color={transition.negative ? 'error' : 'primary'} onClick={() => setOpen(true)} data-testid={`transition-${transition.mutation}`} />
      {open && (
        <FormDialog
          open={open}
          onClose={() => setOpen(false)}
          title={`${label}_title`}
          description={`${label}_help`}
          submitLabel={label}
          onSubmit={run}
        >
          <TransitionInputs transition={transition} record={record} />
          <DateTimeInput source="at" label={`${prefix}.at`} helperText={`${prefix}.at_help`} fullWidth />
        </FormDialog>
      )}
    </>
  );
};

export const TransitionButtons = () => {
  const record = useRecordContext<Application>();
  const { permissions } = usePermissions<string[]>();
  if (!record) return null;
  const transitions = allowedTransitions(record.status, Array.isArray(permissions) ? permissions : []);
  return <>{transitions.map((t) => <TransitionButton key={t.name} transition={t} record={record} />)}</>;
};
