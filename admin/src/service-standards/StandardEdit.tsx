/**
 * Editing a draft. Published and repealed versions are read-only: their edit page says so and
 * offers a new draft (the server refuses to change them anyway).
 *
 * Saving is pessimistic, so a failed save leaves the form as the user left it. A CONFLICT (someone
 * saved the draft first) is explained above the form, scrolled into view and focused, with a
 * button that reads the draft again: the other user's changes come in where this user changed
 * nothing (react-hook-form's keepDirtyValues, on only for that reload), the user's own edits stay,
 * and the next save quotes the new version.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button as MuiButton } from '@mui/material';
import {
  Edit, HttpError, ShowButton, TopToolbar, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import type { ServiceStandard } from '../generated/graphql';
import { NewDraftButton } from './actions/NewDraftButton';
import { CompareButton } from './actions/CompareButton';
import { StandardForm, fromFormValues } from './edit/StandardForm';

const EditActions = () => (
  <TopToolbar>
    <CompareButton />
    <ShowButton />
  </TopToolbar>
);

const DraftOnly = ({ children }: { children: ReactNode }) => {
  const record = useRecordContext<ServiceStandard>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.status === 'draft') return <>{children}</>;
  return (
    <Alert severity="info" sx={{ m: 2 }} action={<NewDraftButton />}>
      {translate('resources.service-standards.read_only_editor')}
    </Alert>
  );
};

const ConflictAlert = ({ message, onReload }: { message: string; onReload: () => void }) => {
  const translate = useTranslate();
  // The notice sits above the form, while Save is at the bottom of a long one: bring it into view
  // and give it focus (screen readers announce it, Tab reaches its button next).
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    alert.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    alert.current?.focus({ preventScroll: true });
  }, []);
  return (
    <Alert
      ref={alert}
      tabIndex={-1}
      severity="warning"
      sx={{ m: 2, mb: 0 }}
      action={<MuiButton color="inherit" size="small" onClick={onReload}>{translate('resources.service-standards.conflict.reload')}</MuiButton>}
    >
      <strong>{translate('resources.service-standards.conflict.title')}</strong>{' '}
      {translate('resources.service-standards.conflict.explanation')}
      <div style={{ opacity: 0.8, marginTop: 4 }}>{message}</div>
    </Alert>
  );
};

export const StandardEdit = () => {
  const notify = useNotify();
  const refresh = useRefresh();
  // Counted, so a second refused save mounts a fresh notice (scrolled to and focused again).
  const [conflict, setConflict] = useState<{ message: string; count: number } | null>(null);
  const resetOptions = useRef({ keepDirtyValues: false }).current;
  const reloadKeepingEdits = () => {
    setConflict(null);
    resetOptions.keepDirtyValues = true;
    refresh();
  };
  const transform = (values: Record<string, unknown>) => {
    // After this save the form takes the saved record as it is.
    resetOptions.keepDirtyValues = false;
    return fromFormValues(values);
  };

  const onError = (error: unknown) => {
    const status = error instanceof HttpError ? error.status : undefined;
    if (status === 409) {
      // react-admin reads the record again after a failed save: from now on that keeps the edits.
      resetOptions.keepDirtyValues = true;
      setConflict((previous) => ({ message: (error as Error).message, count: (previous?.count ?? 0) + 1 }));
      notify('resources.service-standards.conflict.title', { type: 'warning' });
      return;
    }
    // Field errors are shown at the inputs (and their message by the form); others here.
    const fieldErrors = error instanceof HttpError && (error.body as { errors?: unknown } | undefined)?.errors;
    if (!fieldErrors) notify((error as Error).message || 'ra.notification.http_error', { type: 'error', multiLine: true });
  };

  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={transform}
      mutationOptions={{ onError }}
      actions={<EditActions />}
    >
      <DraftOnly>
        {conflict && <ConflictAlert key={conflict.count} message={conflict.message} onReload={reloadKeepingEdits} />}
        <StandardForm resetOptions={resetOptions} />
      </DraftOnly>
    </Edit>
  );
};
