/**
 * Registering an application handed in at a counter or by post (registerApplication). react-admin's
 * create would call a `createApplication` the API does not have: the form submits itself, and on a
 * refusal keeps the values and marks the field the server names.
 */
import { Create, SimpleForm, useDataProvider, useNotify, useRedirect } from 'react-admin';
import type { QyzmetDataProvider } from '../dataProvider';
import { formErrors } from './formErrors';
import { toApplicationInput, type ApplicationFormValues } from './applicationForm';
import { ApplicationInputs } from './ApplicationInputs';

export const ApplicationCreate = () => {
  const dataProvider = useDataProvider<QyzmetDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();

  const register = async (values: ApplicationFormValues) => {
    try {
      const { data } = await dataProvider.mutate<{ id: string }>('registerApplication', { input: toApplicationInput(values) }, { sparseFields: ['id'] });
      notify('resources.applications.notifications.registered', { type: 'success' });
      redirect('show', 'applications', data.id);
      return undefined;
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error', multiLine: true });
      return formErrors(error);
    }
  };

  return (
    <Create>
      <SimpleForm onSubmit={register as never} defaultValues={{ applicantKind: 'individual', documents: [] }}>
        <ApplicationInputs />
      </SimpleForm>
    </Create>
  );
};
