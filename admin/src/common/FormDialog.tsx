/**
 * A small form in a dialog (publish from a date, repeal by an act, add a relation …). `onSubmit`
 * runs the action; when it throws, the dialog stays open with the values and the server's message
 * is shown, field errors (BAD_USER_INPUT) at their inputs when the names match. The form starts
 * from `defaultValues` only, not from the record of the page it is opened on.
 */
import { useState, type ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Button, Form, HttpError, RecordContextProvider, SaveButton, useNotify, useTranslate } from 'react-admin';

export interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** A sentence under the title (a translation key). */
  description?: string;
  submitLabel: string;
  submitIcon?: ReactNode;
  defaultValues?: Record<string, unknown>;
  onSubmit: (values: Record<string, unknown>) => Promise<void>;
  children: ReactNode;
}

export const FormDialog = ({ open, onClose, title, description, submitLabel, submitIcon, defaultValues, onSubmit, children }: FormDialogProps) => {
  const notify = useNotify();
  const translate = useTranslate();
  const [pending, setPending] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setPending(true);
    try {
      await onSubmit(values);
      onClose();
      return undefined;
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error', multiLine: true });
      const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined;
      return errors;
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} fullWidth maxWidth="sm">
      <RecordContextProvider value={undefined}>
        <Form onSubmit={submit} defaultValues={defaultValues}>
          <DialogTitle>{translate(title)}</DialogTitle>
          <DialogContent>
            {description && <DialogContentText sx={{ mb: 2 }}>{translate(description)}</DialogContentText>}
            {children}
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} disabled={pending} />
            <SaveButton label={submitLabel} icon={submitIcon as never} alwaysEnable />
          </DialogActions>
        </Form>
      </RecordContextProvider>
    </Dialog>
  );
};
