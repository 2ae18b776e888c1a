/** Helpers that bring the three contenders' answers to one plain shape before comparing them. */

/** Stable JSON (sorted keys, null for absent) for comparing answers. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k] ?? null])) : v));
}

/** kk/ru/en of a localized text, whether it came as a GraphQL object, a JSON scalar or a jsonb column. */
export const text = (t: any) => (t == null ? null : { kk: t.kk ?? null, ru: t.ru ?? null, en: t.en ?? null });

/** One instant, whatever its form (Date, ISO string with Z or with an offset). */
export const instant = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

/** PostgreSQL numeric may travel as a string (PostGraphile's BigFloat, pg's numeric). */
export const num = (v: unknown) => (v == null ? null : Number(v));

/** A date (LocalDate / Date column) as YYYY-MM-DD. */
export const day = (v: unknown) => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** A Relay connection's nodes, or a plain list. */
export const nodes = (v: any): any[] => (Array.isArray(v) ? v : v?.nodes ?? []);

/** A jsonb text array or a PostgreSQL array. */
export const list = (v: unknown): unknown[] => (v == null ? [] : Array.isArray(v) ? v : typeof v === 'string' ? JSON.parse(v) : []);

/** The first path where two plain values differ, with both values there (for a readable "void" reason). */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) { const d = firstDifference(a[i], b[i], `${path}[${i}]`); if (d) return d; }
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as any)[k] ?? null, (b as any)[k] ?? null, `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${canonical(a).slice(0, 200)} vs ${canonical(b).slice(0, 200)}`;
}
