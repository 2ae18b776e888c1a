import { describe, expect, it } from 'vitest';
import { flattenDocumentGroups, groupDocuments } from './documentGroups';

const doc = (subService: string, channel: string, ordinal: number, title = `${subService}/${channel}/${ordinal}`) => ({ subService, channel, ordinal, title });

describe('groupDocuments', () => {
  it('makes one list per sub-service × channel, in the given order, each by ordinal', () => {
    const documents = [doc('duplicate', 'office', 1), doc('issuance', 'egov', 2), doc('issuance', 'office', 1), doc('issuance', 'egov', 1)];
    const groups = groupDocuments(documents, { subServices: ['issuance', 'duplicate'], channels: ['office', 'egov'] });
    expect(groups.map((g) => `${g.subService}/${g.channel}`)).toEqual(['issuance/office', 'issuance/egov', 'duplicate/office']);
    expect(groups[1].documents.map((d) => d.ordinal)).toEqual([1, 2]);
  });

  it('keeps the order of first appearance for what the order does not name', () => {
    const groups = groupDocuments([doc('b', 'psc', 1), doc('a', 'psc', 1)]);
    expect(groups.map((g) => g.subService)).toEqual(['b', 'a']);
  });
});

describe('flattenDocumentGroups', () => {
  it('gives each document the sub-service and channel of its group', () => {
    const flat = flattenDocumentGroups([
      { subService: 'issuance', channel: 'psc', documents: [{ title: 'x', subService: 'old', channel: 'office' }, { title: 'y' }] },
      { subService: 'duplicate', channel: 'egov', documents: null },
    ]);
    expect(flat).toEqual([
      { title: 'x', subService: 'issuance', channel: 'psc' },
      { title: 'y', subService: 'issuance', channel: 'psc' },
    ]);
  });

  it('round-trips with groupDocuments', () => {
    const documents = [doc('issuance', 'office', 1), doc('issuance', 'office', 2), doc('duplicate', 'egov', 1)];
    expect(flattenDocumentGroups(groupDocuments(documents))).toEqual(documents);
  });
});
