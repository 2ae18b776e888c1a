import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';
import { userPayload } from './userRoles';

// Pessimistic, like every edit: the server checks the version and the rules (the last active
// superadmin cannot be demoted or deactivated), and the form shows its answer.
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={userPayload}>
    <SimpleForm>
      <UserInputs />
    </SimpleForm>
  </Edit>
);
