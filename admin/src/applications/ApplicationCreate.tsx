/**
 * Registering an application handed in at a counter or by post (registerApplication). react-admin's
 * create would call a `createApplication` the API does not have: the form submits itself, and on a
 * refusal keeps the values and marks the field the server names.
 */
import { Create, SimpleForm } from 'react-admin';
import { useSubmitByMutation } from './useSubmitByMutation';
import { toApplicationInput, type ApplicationFormValues } from './applicationForm';
import { ApplicationInputs } from './ApplicationInputs';

export const ApplicationCreate = () => {
  const register = useSubmitByMutation('registerApplication', (values: ApplicationFormValues) => ({ input: toApplicationInput(values) }),
    'applications', 'resources.applications.notifications.registered');

  return (
    <Create>
      <SimpleForm onSubmit={register as never} defaultValues={{ applicantKind: 'individual', documents: [] }}>
        <ApplicationInputs />
      </SimpleForm>
    </Create>
  );
};
