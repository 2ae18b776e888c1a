/**
 * A calendar date (GraphQL LocalDate, "YYYY-MM-DD") in the UI language: "01.09.2014" in Kazakh and
 * Russian (browsers' Kazakh month names are incomplete), "1 Sept 2014" in English. Formatted in
 * UTC, which is how the string parses, so the day never shifts with the browser's time zone.
 */
import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatLocalDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = locale.startsWith('en')
      ? new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' })
      : new Intl.DateTimeFormat('ru', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

export const LocalDateField = ({ emptyText, className, ...props }: FieldProps) => {
  const value = useFieldValue(props) as string | null | undefined;
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2" className={className}>
      {value ? formatLocalDate(value, locale) : emptyText}
    </Typography>
  );
};
