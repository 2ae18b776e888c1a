/**
 * react-admin's DateTimeInput edits "2027-01-01T10:00" in the browser's time zone; GraphQL's
 * DateTime wants an instant with its offset. Use as the input's `parse`.
 */
export function localDateTimeToIso(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
