/**
 * Building blocks of the standard's page: texts in the UI language, clause references, notes on
 * the source, labelled rows and the numbered sections. They render plain values (the parts of the
 * record), not react-admin fields.
 */
import type { ReactNode } from 'react';
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { pickLocalized, type LocalizedTextValue } from '../../i18n/localized';
import { enumLabelKey, type EnumName } from '../../i18n/enums';

/** A LocalizedText in the UI language (marked with the language it is really in). */
export const Localized = ({ value, empty = '—' }: { value: LocalizedTextValue; empty?: ReactNode }) => {
  const [locale] = useLocaleState();
  const picked = pickLocalized(value, locale);
  return picked ? <span lang={picked.language}>{picked.text}</span> : <>{empty}</>;
};

/** "(cl. 7)": where the standard says it. */
export const Clause = ({ clause }: { clause?: string | null }) =>
  clause ? (
    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1, whiteSpace: 'nowrap' }}>
      ({clause})
    </Typography>
  ) : null;

/** A remark on the source text, in small italics. */
export const SourceNote = ({ note }: { note?: string | null }) =>
  note ? (
    <Typography variant="caption" color="text.secondary" component="div" sx={{ fontStyle: 'italic', mt: 0.25 }}>
      {note}
    </Typography>
  ) : null;

/** The translated label of an enum value. */
export const EnumText = ({ name, value }: { name: EnumName; value?: string | null }) => {
  const translate = useTranslate();
  return <>{value ? translate(enumLabelKey(name, value), { _: value }) : '—'}</>;
};

/** Enum values as small chips. */
export const EnumChips = ({ name, values, color }: { name: EnumName; values?: readonly string[] | null; color?: 'default' | 'primary' | 'info' }) => {
  const translate = useTranslate();
  if (!values?.length) return null;
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap" component="span" sx={{ display: 'inline-flex', verticalAlign: 'middle' }}>
      {values.map((value) => (
        <Chip key={value} size="small" color={color ?? 'default'} variant="outlined" label={translate(enumLabelKey(name, value), { _: value })} />
      ))}
    </Stack>
  );
};

/** A labelled row: label on the left (a translation key), value on the right. */
export const Term = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '16rem 1fr' }, columnGap: 2, py: 0.5 }}>
      <Typography variant="body2" color="text.secondary">{translate(label)}</Typography>
      <Box sx={{ typography: 'body2', minWidth: 0 }}>{children}</Box>
    </Box>
  );
};

/** A numbered section of the page (`id` lets the table of contents scroll to it). */
export const StandardSection = ({ id, number, children, count }: { id: string; number: number; children: ReactNode; count?: number }) => {
  const translate = useTranslate();
  return (
    <Paper component="section" id={`section-${id}`} variant="outlined" sx={{ p: 2, mb: 2, scrollMarginTop: 72, typography: 'body2' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {number}. {translate(`resources.service-standards.sections.${id}`)}
        {count !== undefined && (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>({count})</Typography>
        )}
      </Typography>
      {children}
    </Paper>
  );
};

/** An empty part of the standard. */
export const Nothing = () => {
  const translate = useTranslate();
  return <Typography variant="body2" color="text.secondary">{translate('resources.service-standards.empty')}</Typography>;
};

/** A sub-heading inside a section. */
export const SubHeading = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 0.5, fontWeight: 500 }}>{children}</Typography>
);
