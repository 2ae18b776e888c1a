import { Edit, SimpleForm } from 'react-admin';
import { AgencyInputs } from './AgencyInputs';

// Pessimistic: the server checks the version (a stale one is a CONFLICT) and validates fields,
// and the form should show those answers rather than undo an optimistic change.
export const AgencyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <AgencyInputs />
    </SimpleForm>
  </Edit>
);
