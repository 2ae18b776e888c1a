/**
 * Shows a LocalizedText in the console's language (fallback current → kk → ru → en), marked with
 * the `lang` it is really in; with `all`, shows every language that has a text, one per line.
 */
import { Box, Stack, Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { LANGUAGES, pickLocalized, type LocalizedTextValue } from '../i18n/localized';

export interface LocalizedTextFieldProps extends FieldProps {
  /** Show all languages instead of the one that fits the UI language. */
  all?: boolean;
}

export const LocalizedTextField = ({ all = false, className, emptyText, ...props }: LocalizedTextFieldProps) => {
  const value = useFieldValue(props) as LocalizedTextValue;
  const [locale] = useLocaleState();

  if (all) {
    const lines = LANGUAGES.filter((language) => value?.[language]?.trim());
    if (!lines.length) return <Typography component="span" variant="body2">{emptyText}</Typography>;
    return (
      <Stack className={className} spacing={0.5}>
        {lines.map((language) => (
          <Typography key={language} variant="body2" lang={language}>
            <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.75em', mr: 1, textTransform: 'uppercase' }}>
              {language}
            </Box>
            {value?.[language]}
          </Typography>
        ))}
      </Stack>
    );
  }

  const picked = pickLocalized(value, locale);
  return (
    <Typography component="span" variant="body2" className={className} lang={picked?.language}>
      {picked?.text ?? emptyText}
    </Typography>
  );
};
