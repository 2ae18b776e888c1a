import { describe, expect, it } from 'vitest';
import { fromFormValues, toFormValues } from './standardFormValues';

describe('the standard form values', () => {
  const record = {
    id: 's1',
    subServices: [{ code: 'issuance' }, { code: 'duplicate' }],
    channelDetails: [{ channel: 'office' }, { channel: 'egov' }],
    documents: [
      { id: 'd3', subService: 'duplicate', channel: 'office', ordinal: 1, title: { en: 'C' } },
      { id: 'd2', subService: 'issuance', channel: 'egov', ordinal: 1, title: { en: 'B' } },
      { id: 'd1', subService: 'issuance', channel: 'office', ordinal: 1, title: { en: 'A' } },
    ],
  };

  it('groups the documents per sub-service × channel in the law\'s order', () => {
    const groups = toFormValues(record).documentGroups as { subService: string; channel: string }[];
    expect(groups.map((g) => `${g.subService}/${g.channel}`)).toEqual(['issuance/office', 'issuance/egov', 'duplicate/office']);
  });

  it('saves the groups as one list, in the groups\' order', () => {
    const values = { ...record, ...toFormValues(record) };
    const saved = fromFormValues(values);
    expect(saved).not.toHaveProperty('documentGroups');
    expect((saved.documents as { id: string }[]).map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
  });

  it('starts a new standard with empty lists', () => {
    expect(toFormValues(undefined)).toMatchObject({ subServices: [], documentGroups: [], feeKind: 'free' });
  });
});
