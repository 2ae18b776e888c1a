/**
 * Inputs for a LocalizedTextInput (kk, ru, en) under one label. The schema requires the English
 * text of any localized value that is given at all: with `required` it is always required,
 * otherwise as soon as the Kazakh or Russian text is filled in.
 *
 * Inside an ArrayInput the label comes from the array's path (`fields.subServices.name`), like
 * react-admin's own inputs; `source=""` edits the items of a list of texts themselves.
 */
import { useMemo } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import {
  TextInput, maxLength, required as requiredValidator, useTranslateLabel, useWrappedSource,
  type Validator,
} from 'react-admin';
import { LANGUAGES } from '../i18n/localized';

export interface LocalizedInputProps {
  source: string;
  label?: string | false;
  required?: boolean;
  multiline?: boolean;
}

const MAX_LENGTH = 20_000;

function valueAt(values: unknown, path: string): unknown {
  return path.split('.').filter(Boolean).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values);
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** English is required once another language has a text. */
function englishWhenTranslated(source: string): Validator {
  return (value, allValues) =>
    !filled(value) && (filled(valueAt(allValues, `${source}.kk`)) || filled(valueAt(allValues, `${source}.ru`)))
      ? 'qyzmet.validation.en_required'
      : undefined;
}

export const LocalizedInput = ({ source, label, required = false, multiline = false }: LocalizedInputProps) => {
  const translateLabel = useTranslateLabel();
  const absoluteSource = useWrappedSource(source);
  const validate = useMemo(
    () => ({
      other: [maxLength(MAX_LENGTH)],
      en: [required ? requiredValidator() : englishWhenTranslated(absoluteSource), maxLength(MAX_LENGTH)],
    }),
    [required, absoluteSource],
  );

  return (
    <Box sx={{ width: '100%' }}>
      {label !== false && (
        <Typography variant="subtitle2" color="text.secondary" gutterBottom>
          {translateLabel({ source, label })}
          {required ? ' *' : ''}
        </Typography>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2}>
        {LANGUAGES.map((language) => (
          <TextInput
            key={language}
            source={source ? `${source}.${language}` : language}
            label={`qyzmet.languages.${language}`}
            validate={language === 'en' ? validate.en : validate.other}
            multiline={multiline}
            inputProps={{ lang: language }}
            sx={{ flex: 1 }}
          />
        ))}
      </Stack>
    </Box>
  );
};
