/**
 * The `data` of a timeline event (JSON: receipt number, due date, remaining term, grounds …) as
 * short "key: value" lines; dates in ISO form become local dates and times.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function eventDetails(data: unknown, locale: string): { key: string; value: string }[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => ({ key, value: formatValue(value, locale) }));
}

function formatValue(value: unknown, locale: string): string {
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toLocaleString(locale === 'en' ? 'en-GB' : 'ru', { timeZone: 'Asia/Almaty' });
  }
  if (Array.isArray(value)) return value.map((item) => formatValue(item, locale)).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
