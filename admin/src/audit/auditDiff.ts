/**
 * The before/after of an audit entry, field by field. Nested objects (a localized title, an act
 * reference) are flattened to dotted paths ("title.kk") so a change shows exactly where it is;
 * lists are compared whole. A field only after is added (all of a creation), only before removed
 * (all of a deletion). Fields keep the order of the record: those of `before`, then new ones.
 */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'same';

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  change: ChangeKind;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Dotted paths to the leaves of a JSON object; a non-object is one leaf with the empty path. */
export function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!isPlainObject(value)) {
    if (value !== undefined && value !== null) out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(child) && Object.keys(child).length) for (const [p, v] of flatten(child, path)) out.set(p, v);
    else out.set(path, child);
  }
  return out;
}

/** JSON equality that ignores key order in objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameValue(item, (b as unknown[])[i]));
  const keysA = Object.keys(a as object);
  const keysB = Object.keys(b as object);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const left = flatten(before);
  const right = flatten(after);
  const fields = [...new Set([...left.keys(), ...right.keys()])];
  return fields.map((field) => {
    const a = left.get(field);
    const b = right.get(field);
    const change: ChangeKind = !left.has(field) ? 'added' : !right.has(field) ? 'removed' : sameValue(a, b) ? 'same' : 'changed';
    return { field, before: a, after: b, change };
  });
}

/** A leaf as text: strings as they are, everything else as compact JSON; missing values empty. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
