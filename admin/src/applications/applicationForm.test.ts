import { describe, expect, it } from 'vitest';
import { channelsFor, documentList, requiredOrdinals, subServiceChoices, toApplicationInput, type FormStandard } from './applicationForm';

const text = (en: string) => ({ kk: `${en} (kk)`, ru: null, en });
const doc = (subService: string, channel: 'office' | 'psc' | 'egov' | 'elicense', ordinal: number, extra: Partial<FormStandard['documents'][number]> = {}) =>
  ({ subService, channel, ordinal, title: text(`doc ${ordinal}`), recipients: [], fromStateSystems: false, condition: null, ...extra });

const standard: FormStandard = {
  code: 'lic-x',
  channels: ['office', 'psc', 'elicense'],
  subServices: [{ code: 'reissuance', name: text('Re-issuance'), ordinal: 2 }, { code: 'issuance', name: text('Issuance'), ordinal: 1 }],
  documents: [
    doc('issuance', 'elicense', 2), doc('issuance', 'elicense', 1),
    doc('issuance', 'elicense', 3, { fromStateSystems: true }),
    doc('issuance', 'elicense', 4, { recipients: ['legalEntity'] }),
    doc('issuance', 'elicense', 5, { condition: text('when a branch applies') }),
    doc('issuance', 'psc', 1),
  ],
};

describe('the registration form', () => {
  it('offers the sub-services in the standard\'s order, named in the UI language', () => {
    expect(subServiceChoices(standard, 'kk')).toEqual([{ id: 'issuance', name: 'Issuance (kk)' }, { id: 'reissuance', name: 'Re-issuance (kk)' }]);
  });

  it('offers the channels that have a document list for the sub-service, else all of them', () => {
    expect(channelsFor(standard, 'issuance')).toEqual(['psc', 'elicense']);
    expect(channelsFor(standard, 'reissuance')).toEqual(['office', 'psc', 'elicense']);
    expect(channelsFor(undefined, 'issuance')).toEqual([]);
  });

  it('lists the documents of the sub-service × channel and ticks those a complete set needs', () => {
    const list = documentList(standard, 'issuance', 'elicense');
    expect(list.map((d) => d.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(requiredOrdinals(list, 'individual')).toEqual([1, 2]);
    expect(requiredOrdinals(list, 'legalEntity')).toEqual([1, 2, 4]);
  });

  it('builds the input, leaving out empty optional fields and in-person timings of remote channels', () => {
    const input = toApplicationInput({
      standardCode: 'lic-x', subService: 'issuance', channel: 'elicense', applicantKind: 'legalEntity', applicantName: '  ТОО «Сапа» ',
      applicantIdentifier: '130540000011', documents: [4, 1, 2], agencyId: '', responsibleOperator: '', queueWaitMinutes: 12, submittedAt: '2026-03-02T10:00:00+05:00',
    });
    expect(input).toEqual({
      standardCode: 'lic-x', subService: 'issuance', channel: 'elicense', applicantKind: 'legalEntity', applicantName: 'ТОО «Сапа»',
      applicantIdentifier: '130540000011', documents: [1, 2, 4], agencyId: undefined, submittedAt: '2026-03-02T05:00:00.000Z',
      responsibleOperator: undefined, queueWaitMinutes: undefined, serviceMinutes: undefined,
    });
    expect(toApplicationInput({ channel: 'psc', queueWaitMinutes: '7', serviceMinutes: '' } as never).queueWaitMinutes).toBe(7);
  });
});
