/** Picks a legal act by typing part of its code, number or title (the server's `q` filter). */
import { AutocompleteInput, ReferenceInput, type ReferenceInputProps, type Validator } from 'react-admin';
import { legalActRepresentation } from './legalActRepresentation';

export const LegalActReferenceInput = ({ validate, label, helperText, ...props }: Omit<ReferenceInputProps, 'reference' | 'children'> & {
  source: string;
  validate?: Validator | Validator[];
  label?: string;
  helperText?: string | false;
}) => (
  <ReferenceInput sort={{ field: 'code', order: 'ASC' }} {...props} reference="legal-acts">
    {/* optionText explicitly: see AgencyReferenceField for why not the resource's representation */}
    <AutocompleteInput optionText={legalActRepresentation} validate={validate} label={label} helperText={helperText} fullWidth />
  </ReferenceInput>
);
