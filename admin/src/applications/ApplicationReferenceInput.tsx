/**
 * Picks an application by typing the applicant's name, IIN/BIN or the application id (the
 * server's `q`); the choices are a page of the server's answer, never counted (a million rows).
 */
import { AutocompleteInput, ReferenceInput, type ReferenceInputProps } from 'react-admin';
import { applicationRepresentation } from './applicationRepresentation';

const CHOICE_META = { withoutTotal: true, sparseFields: ['id', 'applicantName', 'applicantIdentifier', 'standardCode', 'status'] };

const choiceText = (record: { applicantIdentifier?: string | null } & Parameters<typeof applicationRepresentation>[0]) =>
  [applicationRepresentation(record), record.applicantIdentifier].filter(Boolean).join(', ');

export const ApplicationReferenceInput = ({ validate, helperText, ...props }: Omit<ReferenceInputProps, 'reference' | 'children'> & { source: string; validate?: unknown; helperText?: string }) => (
  <ReferenceInput sort={{ field: 'submittedAt', order: 'DESC' }} queryOptions={{ meta: CHOICE_META }} {...props} reference="applications">
    <AutocompleteInput optionText={choiceText} validate={validate as never} helperText={helperText} fullWidth />
  </ReferenceInput>
);
