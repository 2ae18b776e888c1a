/**
 * A reference to a legal act, shown by its title in the UI language (rendered explicitly, not
 * through the resource's recordRepresentation: see AgencyReferenceField).
 */
import { ReferenceField, type ReferenceFieldProps } from 'react-admin';
import { LocalizedTextField } from '../common/LocalizedTextField';

export const LegalActReferenceField = (props: Omit<ReferenceFieldProps, 'reference' | 'children'>) => (
  <ReferenceField link="show" {...props} reference="legal-acts">
    <LocalizedTextField source="title" />
  </ReferenceField>
);
