import { describe, expect, it } from 'vitest';
import { mutation, types } from './schema';
import { toMutationData } from './variables';

const updateAgency = mutation('updateAgency')!;
const createAgency = mutation('createAgency')!;

/** An agency as the server returns it and react-admin edits it. */
const record = {
  id: 'a1', code: 'minfin', kind: 'ministry', version: 3,
  name: { __typename: 'LocalizedText', kk: 'Қаржы министрлігі', ru: 'Министерство финансов', en: 'Ministry of Finance' },
  shortName: { __typename: 'LocalizedText', kk: null, ru: '', en: '' },
  parent: { id: 'p0', __typename: 'Agency' }, 'parent.id': 'p0', parentId: 'p0',
  children: [{ id: 'c1' }], childrenIds: ['c1'],
  phones: ['+7 7172 00 00 00', null, ''],
  createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-02T00:00:00Z', __typename: 'Agency',
};

describe('toMutationData', () => {
  it('keeps only the arguments of the mutation, without id and version', () => {
    const data = toMutationData(record, updateAgency.args, types);
    expect(Object.keys(data).sort()).toEqual(['code', 'kind', 'name', 'parentId', 'phones', 'shortName']);
  });

  it('passes LocalizedTextInput values without __typename', () => {
    const data = toMutationData(record, updateAgency.args, types);
    expect(data.name).toEqual({ kk: 'Қаржы министрлігі', ru: 'Министерство финансов', en: 'Ministry of Finance' });
  });

  it('turns an input object with nothing filled in into null', () => {
    expect(toMutationData(record, updateAgency.args, types).shortName).toBeNull();
  });

  it('drops empty list items', () => {
    expect(toMutationData(record, updateAgency.args, types).phones).toEqual(['+7 7172 00 00 00']);
  });

  it('prefers the edited parentId over the parent object read from the server', () => {
    expect(toMutationData({ ...record, parentId: 'p9' }, updateAgency.args, types).parentId).toBe('p9');
    expect(toMutationData({ ...record, parentId: null }, updateAgency.args, types).parentId).toBeNull();
  });

  it('reads react-admin style references for xId arguments', () => {
    const { parentId: _, ...withoutParentId } = record;
    expect(toMutationData(withoutParentId, createAgency.args, types).parentId).toBe('p0');
  });

  it('leaves out what the form did not touch', () => {
    expect(toMutationData({ code: 'x', bin: undefined }, createAgency.args, types)).toEqual({ code: 'x' });
  });
});
