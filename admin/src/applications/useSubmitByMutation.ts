/**
 * The submit handler of a create form that calls a lifecycle mutation itself (registerApplication,
 * registerComplaint, recordSurveyResponse): the API has no createX for these, so react-admin's own
 * create cannot be used. On success: a notification and the new record's show page; on a refusal:
 * the server's message, and the values kept with the fields the server names marked.
 */
import { useDataProvider, useNotify, useRedirect } from 'react-admin';
import type { QyzmetDataProvider } from '../dataProvider';
import { formErrors } from './formErrors';

export function useSubmitByMutation<Values>(
  mutation: string,
  toArguments: (values: Values) => Record<string, unknown>,
  resource: string,
  successMessage: string,
) {
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  return async (values: Values) => {
    try {
      const { data } = await dataProvider.mutate<{ id: string }>(mutation, toArguments(values), { sparseFields: ['id'] });
      notify(successMessage, { type: 'success' });
      redirect('show', resource, data.id);
      return undefined;
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error', multiLine: true });
      return formErrors(error);
    }
  };
}
