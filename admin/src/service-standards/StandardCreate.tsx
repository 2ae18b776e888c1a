/** A new standard, created as a draft (version 1) and then edited, published, compared like any other. */
import { Create } from 'react-admin';
import { StandardForm, fromFormValues } from './edit/StandardForm';

export const StandardCreate = () => (
  <Create redirect="show" transform={fromFormValues}>
    <StandardForm creating />
  </Create>
);
