/**
 * What changed between two versions of a standard, part by part and clause by clause: the change
 * feed and the webhooks publish this list. Works on the corpus shape (`readStandardContent`), so a
 * part is compared by what the law says, not by row ids (every version has its own rows).
 */
import type { StandardContent } from '../../corpus/corpus.schema.js';

export type PartChangeKind = 'added' | 'removed' | 'changed';

export interface PartChange {
  /** Section of the standard: "deadlines", "documents", "fee", "name" … */
  part: string;
  kind: PartChangeKind;
  /** Which item of a list section ("processing", "issuance/office/3"); the section name for single sections. */
  key: string;
  /** Where the law says it (of the new text; of the old one for removed items). */
  clause: string | null;
  /** Changed top-level fields of the item (empty for added and removed). */
  fields: string[];
  /** The old value: the whole item when removed, the changed fields when changed. */
  before: unknown;
  /** The new value: the whole item when added, the changed fields when changed. */
  after: unknown;
}

type Item = Record<string, unknown>;

/** Lifecycle fields: they differ between any two versions and are reported by the event itself. */
const LIFECYCLE = new Set(['code', 'validFrom', 'validTo', 'validFromEstimated', 'repealedBy']);

/** How the items of each list section are told apart across versions. */
const LIST_KEYS: Record<string, (x: Item) => string> = {
  titleVariants: (x) => String(x.source),
  otherAgencies: (x) => `${x.agency}/${x.role}`,
  channels: (x) => String(x.channel),
  legalBasis: (x) => [x.act, x.article].filter(Boolean).join('/'),
  workPrinciples: (x) => String((x as { en?: string }).en ?? ''),
  subServices: (x) => String(x.code),
  deadlines: (x) => [x.kind, ...((x.subServices as string[] | undefined) ?? []), ...((x.channels as string[] | undefined) ?? [])].join('/'),
  documents: (x) => `${x.subService}/${x.channel}/${x.ordinal}`,
  refusalGrounds: (x) => String(x.ordinal),
  complaintRoute: (x) => String(x.ordinal),
  contactPoints: (x) => `${x.agency}/${x.purpose}`,
  schedules: (x) => `${x.agency}/${x.purpose}`,
  qualificationRequirements: (x) => String(x.code),
  forms: (x) => String(x.code),
  qualityIndicators: (x) => String(x.code),
  amendments: (x) => String(x.act),
  notes: (x) => String(x),
};

/** JSON with sorted keys and without null/undefined members, so equal content compares equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(normalise(value));
}
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Item)
      .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

const clauseOf = (x: unknown): string | null =>
  x && typeof x === 'object' && typeof (x as Item).clause === 'string' ? (x as Item).clause as string : null;

/** Top-level fields whose values differ, compared canonically. */
function changedFields(before: Item, after: Item): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((k) => canonical(before[k]) !== canonical(after[k]));
}
const pick = (item: Item, fields: string[]) => Object.fromEntries(fields.map((f) => [f, item[f] ?? null]));

/** Keys of a list, with "#2", "#3" … for items whose natural key repeats. */
function keyed(part: string, list: unknown[]): Map<string, unknown> {
  const keyOf = LIST_KEYS[part];
  const out = new Map<string, unknown>();
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const base = (keyOf ? keyOf(item as Item) : '') || String(i + 1);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(n === 1 ? base : `${base}#${n}`, item);
  });
  return out;
}

const isObject = (v: unknown): v is Item => !!v && typeof v === 'object' && !Array.isArray(v);

function diffList(part: string, before: unknown[], after: unknown[]): PartChange[] {
  const a = keyed(part, before);
  const b = keyed(part, after);
  const changes: PartChange[] = [];
  for (const [key, item] of b) {
    const old = a.get(key);
    if (old === undefined) {
      changes.push({ part, kind: 'added', key, clause: clauseOf(item), fields: [], before: null, after: item });
    } else if (canonical(old) !== canonical(item)) {
      if (isObject(item) && isObject(old)) {
        const fields = changedFields(old, item);
        changes.push({ part, kind: 'changed', key, clause: clauseOf(item) ?? clauseOf(old), fields, before: pick(old, fields), after: pick(item, fields) });
      } else {
        changes.push({ part, kind: 'changed', key, clause: null, fields: [], before: old, after: item });
      }
    }
  }
  for (const [key, item] of a) {
    if (!b.has(key)) changes.push({ part, kind: 'removed', key, clause: clauseOf(item), fields: [], before: item, after: null });
  }
  return changes;
}

/**
 * The differences from `before` to `after`, section by section in the order of the standard's
 * content, then item by item. Lifecycle fields (dates, repeal) are left out.
 */
export function diffStandardContent(before: StandardContent, after: StandardContent): PartChange[] {
  const changes: PartChange[] = [];
  const sections = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((k) => !LIFECYCLE.has(k));
  for (const part of sections) {
    const x = (before as unknown as Item)[part];
    const y = (after as unknown as Item)[part];
    if (Array.isArray(x) || Array.isArray(y)) {
      changes.push(...diffList(part, (x as unknown[] | undefined) ?? [], (y as unknown[] | undefined) ?? []));
    } else if (canonical(x) !== canonical(y)) {
      const fields = isObject(x) && isObject(y) ? changedFields(x, y) : [];
      const kind: PartChangeKind = x === null || x === undefined ? 'added' : y === null || y === undefined ? 'removed' : 'changed';
      changes.push({
        part, kind, key: part, clause: clauseOf(y) ?? clauseOf(x), fields,
        before: fields.length ? pick(x as Item, fields) : x ?? null,
        after: fields.length ? pick(y as Item, fields) : y ?? null,
      });
    }
  }
  return changes;
}
