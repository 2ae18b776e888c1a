/**
 * A one-off mutation behind a button (revoke a key, remove a relation, apply a rule now): `pending`
 * while it runs, then the success message and a refresh of the page's data, or the server's message.
 * `finally` runs either way (e.g. to close the confirmation dialog).
 */
import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { QyzmetDataProvider } from '../dataProvider';

interface ButtonMutationOptions<T> {
  /** i18n key of the success notification. */
  success: string;
  /** Arguments of the success message, from the mutation's answer. */
  messageArgs?: (data: T) => Record<string, unknown>;
  /** Fields of the answer to select (object answers only). */
  sparseFields?: string[];
  finally?: () => void;
}

export function useButtonMutation() {
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  const run = async <T = unknown>(mutation: string, args: Record<string, unknown>, options: ButtonMutationOptions<T>) => {
    setPending(true);
    try {
      const meta = options.sparseFields ? { sparseFields: options.sparseFields } : undefined;
      const { data } = await dataProvider.mutate<T>(mutation, args, meta);
      notify(options.success, { type: 'success', messageArgs: options.messageArgs?.(data) });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPending(false);
      options.finally?.();
    }
  };
  return { pending, run };
}
