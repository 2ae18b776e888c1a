/** A list of the standard's documents (presented, missing, received): "ordinal. title" in the UI language. */
import { Box, Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import type { DocumentRequirement } from '../generated/graphql';
import { localized } from '../i18n/localized';

export const DocumentsField = ({ emptyText = '—', ...props }: FieldProps) => {
  const documents = useFieldValue(props) as Pick<DocumentRequirement, 'ordinal' | 'title'>[] | undefined;
  const [locale] = useLocaleState();
  if (!documents?.length) return <Typography variant="body2">{emptyText}</Typography>;
  return (
    <Box component="ol" sx={{ m: 0, pl: 3 }}>
      {documents.map((d) => <Typography component="li" variant="body2" key={d.ordinal} value={d.ordinal}>{localized(d.title, locale)}</Typography>)}
    </Box>
  );
};
