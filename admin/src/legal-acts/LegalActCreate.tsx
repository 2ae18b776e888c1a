import { Create, SimpleForm } from 'react-admin';
import { LegalActInputs } from './LegalActInputs';

export const LegalActCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ status: 'unknown', entryIntoForceEstimated: false }}>
      <LegalActInputs />
    </SimpleForm>
  </Create>
);
