/** Picks an agency by typing part of its code or name (the server's `q` filter). */
import { AutocompleteInput, ReferenceInput, type ReferenceInputProps, type Validator } from 'react-admin';
import { agencyRepresentation } from './agencyRepresentation';

/** validate, label and helperText belong to the AutocompleteInput: ReferenceInput throws on a validate prop. */
export const AgencyReferenceInput = ({ validate, label, helperText, ...props }: Omit<ReferenceInputProps, 'reference' | 'children'> & {
  source: string;
  validate?: Validator | Validator[];
  label?: string;
  helperText?: string | false;
}) => (
  <ReferenceInput sort={{ field: 'code', order: 'ASC' }} {...props} reference="agencies">
    {/* optionText explicitly: see AgencyReferenceField for why not the resource's representation */}
    <AutocompleteInput optionText={agencyRepresentation} validate={validate} label={label} helperText={helperText} fullWidth />
  </ReferenceInput>
);
