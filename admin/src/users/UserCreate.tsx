import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';
import { userPayload } from './userRoles';

export const UserCreate = () => (
  <Create redirect="list" transform={userPayload}>
    <SimpleForm defaultValues={{ active: true, role: 'operator' }}>
      <UserInputs creating />
    </SimpleForm>
  </Create>
);
