import { describe, expect, it } from 'vitest';
import { mutation, types } from './schema';
import { toMutationData } from './variables';

const update = mutation('updateServiceStandard')!;

describe('parts of a standard in the input shape', () => {
  it('numbers refusal grounds by position, so moving a row reorders them', () => {
    const data = toMutationData({
      refusalGrounds: [
        { id: 'b', ordinal: 2, text: { en: 'second', kk: null }, __typename: 'RefusalGround' },
        { id: 'a', ordinal: 1, text: { en: 'first' } },
        { text: { en: '' } },
      ],
    }, update.args, types);
    expect(data.refusalGrounds).toEqual([
      { ordinal: 1, text: { en: 'second', kk: null } },
      { ordinal: 2, text: { en: 'first' } },
    ]);
  });

  it('numbers documents within their sub-service × channel list and writes formCode as form', () => {
    const data = toMutationData({
      documents: [
        { id: 'd1', subService: 'issuance', channel: 'office', ordinal: 7, title: { en: 'A' }, copyKind: 'original', formCode: 'app-1' },
        { id: 'd2', subService: 'issuance', channel: 'egov', ordinal: 3, title: { en: 'B' }, copyKind: 'copy' },
        { id: 'd3', subService: 'issuance', channel: 'office', ordinal: 1, title: { en: 'C' }, copyKind: 'copy', formCode: null },
      ],
    }, update.args, types);
    expect((data.documents as Record<string, unknown>[]).map((d) => [d.title, d.ordinal, d.form])).toEqual([
      [{ en: 'A' }, 1, 'app-1'],
      [{ en: 'B' }, 1, undefined],
      [{ en: 'C' }, 2, null],
    ]);
  });

  it('writes the review deadline of a complaint level as one object, null when none is given', () => {
    const data = toMutationData({
      complaintRoute: [
        { id: 'c1', ordinal: 1, level: 'providerHead', description: { en: 'Head' }, reviewValue: 5, reviewUnit: 'workingDays', reviewCountsFrom: { en: 'registration' }, agency: { id: 'a1' }, agencyId: 'a1' },
        { id: 'c2', ordinal: 2, level: 'court', description: { en: 'Court' }, reviewLegalBasisId: null, reviewValue: null },
      ],
    }, update.args, types);
    expect(data.complaintRoute).toEqual([
      { ordinal: 1, level: 'providerHead', description: { en: 'Head' }, agencyId: 'a1', reviewDeadline: { value: 5, unit: 'workingDays', countsFrom: { en: 'registration' }, legalBasisId: null } },
      { ordinal: 2, level: 'court', description: { en: 'Court' }, reviewDeadline: null },
    ]);
  });

  it('keeps parts\' agency ids and drops the agency objects read with them', () => {
    const data = toMutationData({
      schedules: [{ id: 's', ordinal: 1, agency: { id: 'a1', __typename: 'Agency' }, 'agency.id': 'a1', agencyId: 'a1', purpose: 'information', periods: [{ days: ['mon'], opens: '09:00', closes: '18:00', breaks: [], __typename: 'SchedulePeriod' }] }],
    }, update.args, types);
    expect(data.schedules).toEqual([{ agencyId: 'a1', purpose: 'information', periods: [{ days: ['mon'], opens: '09:00', closes: '18:00', breaks: [] }] }]);
  });
});
