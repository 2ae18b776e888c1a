/**
 * A reference to an agency, shown by its name in the UI language. The name is rendered explicitly
 * rather than through the resource's recordRepresentation: react-admin re-registers resource
 * definitions after a language switch, and for that moment its default representation would be the
 * raw `name` object, which React cannot render.
 */
import { ReferenceField, type ReferenceFieldProps } from 'react-admin';
import { LocalizedTextField } from '../common/LocalizedTextField';

export const AgencyReferenceField = (props: Omit<ReferenceFieldProps, 'reference' | 'children'>) => (
  <ReferenceField link="show" {...props} reference="agencies">
    <LocalizedTextField source="name" />
  </ReferenceField>
);
