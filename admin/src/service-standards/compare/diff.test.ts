import { describe, expect, it } from 'vitest';
import { changedFields, comparable, countChanges, diffFields, diffLists } from './diff';

const ground = (id: string, ordinal: number, en: string) => ({ id, ordinal, __typename: 'RefusalGround', text: { en, kk: null, ru: null } });

describe('comparable', () => {
  it('ignores ids, ordinals, react-admin keys and linked records beside their id', () => {
    expect(comparable({
      id: 'x', ordinal: 3, __typename: 'ComplaintLevel', agencyId: 'a1', agency: { id: 'a1' }, 'agency.id': 'a1',
      phones: ['1'], subServicesIds: ['s'], note: '',
    })).toEqual({ agencyId: 'a1', note: null, phones: ['1'] });
  });
});

describe('diffLists', () => {
  it('finds nothing between equal lists saved as new rows', () => {
    const left = [ground('a', 1, 'one'), ground('b', 2, 'two')];
    const right = [ground('c', 1, 'one'), ground('d', 2, 'two')];
    expect(diffLists(left, right).map((d) => d.kind)).toEqual(['same', 'same']);
  });

  it('sees an inserted item as added, not every later item as changed', () => {
    const left = [ground('a', 1, 'one'), ground('b', 2, 'two'), ground('c', 3, 'three')];
    const right = [ground('a', 1, 'one'), ground('n', 2, 'new'), ground('b', 3, 'two'), ground('c', 4, 'three')];
    const diffs = diffLists(left, right);
    expect(diffs.map((d) => d.kind)).toEqual(['same', 'added', 'same', 'same']);
    expect(countChanges(diffs)).toBe(1);
  });

  it('pairs a removed and an added item at the same place as changed, with the fields', () => {
    const diffs = diffLists([ground('a', 1, 'one'), ground('b', 2, 'two')], [ground('a', 1, 'one'), { ...ground('b', 2, 'TWO'), note: 'n' }]);
    expect(diffs[1]).toMatchObject({ kind: 'changed', fields: ['note', 'text'] });
  });

  it('pairs by key when the list has one, whatever the order', () => {
    const sub = (code: string, en: string) => ({ code, name: { en } });
    const diffs = diffLists([sub('issuance', 'Issue'), sub('duplicate', 'Dup')], [sub('duplicate', 'Duplicate'), sub('reissuance', 'Re')], (s) => s.code);
    expect(diffs.map((d) => [d.kind, d.left?.code ?? null, d.right?.code ?? null])).toEqual([
      ['removed', 'issuance', null],
      ['changed', 'duplicate', 'duplicate'],
      ['added', null, 'reissuance'],
    ]);
  });

  it('sees an item moved across others (and changed) as one moved item', () => {
    const left = [ground('a', 1, 'one'), ground('b', 2, 'two'), ground('c', 3, 'three')];
    const right = [{ ...ground('b', 1, 'two'), note: 'edited' }, ground('a', 2, 'one'), ground('c', 3, 'three')];
    const diffs = diffLists(left, right);
    expect(diffs.map((d) => [d.kind, d.moved ?? false, (d.right as { text: { en: string } } | undefined)?.text.en])).toEqual([
      ['changed', true, 'two'], ['same', false, 'one'], ['same', false, 'three'],
    ]);
    expect(diffs[0].fields).toEqual(['note']);
    expect(countChanges(diffs)).toBe(1);
  });

  it('shows removed items when the right list is empty', () => {
    expect(diffLists([ground('a', 1, 'one')], []).map((d) => d.kind)).toEqual(['removed']);
    expect(diffLists([], [ground('a', 1, 'one')]).map((d) => d.kind)).toEqual(['added']);
  });
});

describe('diffFields', () => {
  it('tells same, added, removed and changed fields apart', () => {
    const diffs = diffFields(
      { name: { en: 'A' }, feeKind: 'free', feeAmountMci: null, media: ['paper'], providerId: 'p1' },
      { name: { en: 'A' }, feeKind: 'stateDuty', feeAmountMci: 2, media: [], providerId: 'p1' },
      ['name', 'feeKind', 'feeAmountMci', 'media', 'providerId'],
    );
    expect(diffs.map((d) => [d.field, d.kind])).toEqual([
      ['name', 'same'], ['feeKind', 'changed'], ['feeAmountMci', 'added'], ['media', 'removed'], ['providerId', 'same'],
    ]);
  });
});

describe('changedFields', () => {
  it('treats a missing and an empty value alike', () => {
    expect(changedFields({ note: null, clause: 'cl. 1' }, { clause: 'cl. 1' })).toEqual([]);
  });
});
