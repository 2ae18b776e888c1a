import { Edit, SimpleForm } from 'react-admin';
import { LegalActInputs } from './LegalActInputs';

// Pessimistic: a stale version is a CONFLICT and the form keeps the user's values (see AgencyEdit).
export const LegalActEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <LegalActInputs />
    </SimpleForm>
  </Edit>
);
