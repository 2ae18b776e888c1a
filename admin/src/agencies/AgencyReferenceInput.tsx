/** Picks an agency by typing part of its code or name (the server's `q` filter). */
import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';
import { agencyRepresentation } from './agencyRepresentation';

export const AgencyReferenceInput = (props: Omit<ReferenceInputProps, 'reference' | 'children'> & { source: string }) => (
  <ReferenceInput sort={{ field: 'code', order: 'ASC' }} {...props} reference="agencies">
    {/* optionText explicitly: see AgencyReferenceField for why not the resource's representation */}
    <AutocompleteInput optionText={agencyRepresentation} fullWidth />
  </ReferenceInput>
);
