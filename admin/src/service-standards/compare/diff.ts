/**
 * Differences between two versions of a standard, section by section (pure, no React).
 *
 * Values are compared without what only identifies a row in the database or its position: ids,
 * `__typename`, `ordinal`, react-admin's `xIds` / `x.id` keys and linked records (`agency: { id }`,
 * the `agencyId` beside it is compared). Lists are aligned on their longest common subsequence of
 * equal items; between two aligned items, a removed and an added item with the same key (a
 * sub-service's code, a document's sub-service × channel …), or at the same place when the list has
 * no key, are one changed item, with the fields that differ. A removed and an added item left over
 * that are mostly alike (at most half their fields differ) are one item that moved (and maybe
 * changed), shown where it now is.
 */
export type ChangeKind = 'same' | 'added' | 'removed' | 'changed';

export interface ItemDiff<T> {
  kind: ChangeKind;
  left?: T;
  right?: T;
  /** Top-level fields that differ (changed items only). */
  fields: string[];
  /** The item is at another place in the list than before. */
  moved?: boolean;
}

export interface FieldDiff {
  field: string;
  kind: ChangeKind;
  left: unknown;
  right: unknown;
}

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

const IGNORED = new Set(['id', '__typename', 'ordinal', 'version', 'createdAt', 'updatedAt']);

/** The value as compared: see the header. Empty strings and missing values are alike (null). */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (!isObject(value)) return value === undefined || value === '' ? null : value;
  const result: Data = {};
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (IGNORED.has(key) || key.includes('.') || (key.endsWith('Ids') && Array.isArray(item))) continue;
    if (isObject(item) && 'id' in item && `${key}Id` in value) continue; // a linked record beside its id
    result[key] = comparable(item);
  }
  return result;
}

const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

/** The top-level fields of two items whose values differ. */
export function changedFields(left: unknown, right: unknown): string[] {
  if (!isObject(left) || !isObject(right)) return same(left, right) ? [] : [''];
  const a = comparable(left) as Data;
  const b = comparable(right) as Data;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null))
    .sort();
}

type Op = { op: 'equal'; left: number; right: number } | { op: 'delete'; left: number } | { op: 'insert'; right: number };

/** Edit script from the longest common subsequence of equal items. */
function editScript(left: readonly string[], right: readonly string[]): Op[] {
  const n = left.length;
  const m = right.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = left[i] === right[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (left[i] === right[j]) ops.push({ op: 'equal', left: i++, right: j++ });
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) ops.push({ op: 'delete', left: i++ });
    else ops.push({ op: 'insert', right: j++ });
  }
  while (i < n) ops.push({ op: 'delete', left: i++ });
  while (j < m) ops.push({ op: 'insert', right: j++ });
  return ops;
}

/**
 * Aligns two lists: every item of both appears once, as same, changed (a pair), removed (left
 * only) or added (right only), in the order of the lists.
 */
export function diffLists<T>(left: readonly T[], right: readonly T[], key?: (item: T) => string | undefined): ItemDiff<T>[] {
  const ops = editScript(left.map((item) => JSON.stringify(comparable(item))), right.map((item) => JSON.stringify(comparable(item))));
  const result: ItemDiff<T>[] = [];
  let removed: number[] = [];
  let added: number[] = [];

  const flush = () => {
    const pairs: [number, number][] = [];
    const unpairedAdded = new Set(added);
    removed.forEach((l, position) => {
      const match = key
        ? added.find((r) => unpairedAdded.has(r) && key(left[l]) !== undefined && key(left[l]) === key(right[r]))
        : added[position];
      if (match !== undefined && unpairedAdded.has(match)) {
        pairs.push([l, match]);
        unpairedAdded.delete(match);
      }
    });
    for (const l of removed) {
      const pair = pairs.find(([pl]) => pl === l);
      if (pair) result.push({ kind: 'changed', left: left[l], right: right[pair[1]], fields: changedFields(left[l], right[pair[1]]) });
      else result.push({ kind: 'removed', left: left[l], fields: [] });
    }
    for (const r of added) if (unpairedAdded.has(r)) result.push({ kind: 'added', right: right[r], fields: [] });
    removed = [];
    added = [];
  };

  for (const op of ops) {
    if (op.op === 'equal') {
      flush();
      result.push({ kind: 'same', left: left[op.left], right: right[op.right], fields: [] });
    } else if (op.op === 'delete') {
      removed.push(op.left);
    } else {
      added.push(op.right);
    }
  }
  flush();
  return pairMoves(result);
}

const fieldCount = (a: unknown, b: unknown) =>
  new Set([...Object.keys(isObject(a) ? (comparable(a) as Data) : {}), ...Object.keys(isObject(b) ? (comparable(b) as Data) : {})]).size;

/** Pairs left-over removed and added items that are mostly alike (see the header). */
function pairMoves<T>(diffs: ItemDiff<T>[]): ItemDiff<T>[] {
  const removedRows = diffs.filter((d) => d.kind === 'removed');
  const taken = new Set<ItemDiff<T>>();
  const result = diffs.map((diff) => {
    if (diff.kind !== 'added') return diff;
    const match = removedRows.find((r) => {
      if (taken.has(r)) return false;
      const fields = changedFields(r.left, diff.right);
      return isObject(r.left) && fields.length <= Math.floor(fieldCount(r.left, diff.right) / 2);
    });
    if (!match) return diff;
    taken.add(match);
    const fields = changedFields(match.left, diff.right);
    return { kind: fields.length ? 'changed' : 'same', left: match.left, right: diff.right, fields, moved: true } as ItemDiff<T>;
  });
  return result.filter((diff) => !taken.has(diff));
}

/** Field by field, for the scalar part of a record (name, provider, fee …). */
export function diffFields(left: Data, right: Data, fields: readonly string[]): FieldDiff[] {
  return fields.map((field) => {
    const a = left[field] ?? null;
    const b = right[field] ?? null;
    const kind: ChangeKind = same(a, b) ? 'same' : a === null || (Array.isArray(a) && !a.length) ? 'added'
      : b === null || (Array.isArray(b) && !b.length) ? 'removed' : 'changed';
    return { field, kind, left: a, right: b };
  });
}

/** How many items or fields of a section differ. */
export const countChanges = (diffs: readonly { kind: ChangeKind; moved?: boolean }[]) => diffs.filter((d) => d.kind !== 'same' || d.moved).length;
