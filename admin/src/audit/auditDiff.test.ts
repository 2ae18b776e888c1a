import { describe, expect, it } from 'vitest';
import { auditDiff, displayValue, flatten, sameValue } from './auditDiff';

describe('auditDiff', () => {
  it('marks the changed fields of an update and leaves the others the same', () => {
    const rows = auditDiff(
      { code: 'a', title: { kk: 'Заң', en: 'Old' }, version: 1, phones: ['1'] },
      { code: 'a', title: { kk: 'Заң', en: 'New' }, version: 2, phones: ['1'], note: 'added' },
    );
    expect(rows).toEqual([
      { field: 'code', before: 'a', after: 'a', change: 'same' },
      { field: 'title.kk', before: 'Заң', after: 'Заң', change: 'same' },
      { field: 'title.en', before: 'Old', after: 'New', change: 'changed' },
      { field: 'version', before: 1, after: 2, change: 'changed' },
      { field: 'phones', before: ['1'], after: ['1'], change: 'same' },
      { field: 'note', before: undefined, after: 'added', change: 'added' },
    ]);
  });

  it('shows a creation as all added and a deletion as all removed', () => {
    expect(auditDiff(null, { code: 'a', name: { en: 'A' } }).map((r) => r.change)).toEqual(['added', 'added']);
    expect(auditDiff(null, { code: 'a' })[0]).toEqual({ field: 'code', before: undefined, after: 'a', change: 'added' });
    expect(auditDiff({ code: 'a', note: null }, null).map((r) => r.change)).toEqual(['removed', 'removed']);
  });

  it('tells a field that disappeared from one set to null', () => {
    expect(auditDiff({ a: 1, b: 2 }, { a: 1 })[1]).toEqual({ field: 'b', before: 2, after: undefined, change: 'removed' });
    expect(auditDiff({ revokedAt: null }, { revokedAt: '2026-01-01T00:00:00Z' })[0]!.change).toBe('changed');
    expect(auditDiff({ x: null }, { x: null })[0]!.change).toBe('same');
  });

  it('compares lists whole and objects regardless of key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(auditDiff({ scopes: ['a'] }, { scopes: ['a', 'b'] })[0]!.change).toBe('changed');
  });

  it('flattens nested objects to dotted paths and shows values as text', () => {
    expect([...flatten({ act: { kind: 'law', number: null }, empty: {} })]).toEqual([['act.kind', 'law'], ['act.number', null], ['empty', {}]]);
    expect(displayValue('текст')).toBe('текст');
    expect(displayValue(['a', 1])).toBe('["a",1]');
    expect(displayValue(null)).toBe('');
    expect(displayValue(false)).toBe('false');
  });
});
