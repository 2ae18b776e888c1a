import { describe, expect, it } from 'vitest';
import { diffStandardContent } from './standard-diff.js';
import { isoDuration, mainProcessingDeadline } from './processing-time.js';
import { csvField, toCsv } from './open-data.csv.js';
import type { StandardContent } from '../../corpus/corpus.schema.js';

const base = {
  code: 'x', approvedBy: { act: 'res-1', clause: 'item 1' }, validFrom: '2020-01-01', validTo: null, repealedBy: null,
  name: { kk: 'Атау', en: 'Name' }, titleVariants: [], developer: null, provider: 'p', otherAgencies: [],
  form: { automation: null, media: [] }, recipients: ['individual'], result: { description: { kk: 'Н', en: 'R' }, media: ['paper'] },
  fee: { kind: 'free' }, channels: [{ channel: 'office' }], legalBasis: [], workPrinciples: [],
  subServices: [{ code: 'issuance', kind: 'issuance', name: { kk: 'Беру', en: 'Issuance' } }],
  deadlines: [
    { kind: 'processing', value: 15, unit: 'workingDays', excludeStartDay: false, owedBy: 'provider', subServices: ['issuance'], channels: [], clause: 'cl. 4' },
    { kind: 'processing', value: 2, unit: 'workingDays', excludeStartDay: false, owedBy: 'provider', subServices: ['duplicate'], channels: [], clause: 'cl. 4' },
  ],
  documents: [], refusalGrounds: [{ ordinal: 1, text: { kk: 'А', en: 'A' }, clause: 'cl. 10' }], complaintRoute: [], contactPoints: [], schedules: [],
  qualificationRequirements: [], forms: [], qualityIndicators: [], amendments: [], notes: [],
} as unknown as StandardContent;

describe('diffStandardContent', () => {
  it('finds nothing between equal versions, whatever their dates', () => {
    expect(diffStandardContent(base, { ...base, validFrom: '2022-01-01', validTo: '2023-01-01' })).toEqual([]);
  });

  it('reports changed, added and removed items by key and clause, and changed single sections by field', () => {
    const next = {
      ...base,
      name: { kk: 'Атау', en: 'New name' },
      deadlines: [{ ...base.deadlines[0], value: 10 }],
      refusalGrounds: [...base.refusalGrounds, { ordinal: 2, text: { kk: 'Б', en: 'B' }, clause: 'cl. 10 2)' }],
    } as StandardContent;
    expect(diffStandardContent(base, next)).toEqual([
      { part: 'name', kind: 'changed', key: 'name', clause: null, fields: ['en'], before: { en: 'Name' }, after: { en: 'New name' } },
      { part: 'deadlines', kind: 'changed', key: 'processing/issuance', clause: 'cl. 4', fields: ['value'], before: { value: 15 }, after: { value: 10 } },
      { part: 'deadlines', kind: 'removed', key: 'processing/duplicate', clause: 'cl. 4', fields: [], before: base.deadlines[1], after: null },
      { part: 'refusalGrounds', kind: 'added', key: '2', clause: 'cl. 10 2)', fields: [], before: null, after: next.refusalGrounds[1] },
    ]);
  });

  it('tells repeated keys apart', () => {
    const twice = { ...base, notes: ['same', 'same'] } as StandardContent;
    expect(diffStandardContent(base, twice).map((c) => [c.part, c.kind, c.key])).toEqual([['notes', 'added', 'same'], ['notes', 'added', 'same#2']]);
  });
});

describe('processing time', () => {
  it('picks the deadline of the first sub-service and states it as xsd:duration', () => {
    expect(mainProcessingDeadline(base)?.value).toBe(15);
    expect(isoDuration(15, 'workingDays')).toBe('P21D');
    expect(isoDuration(2, 'workingDays')).toBe('P4D');
    expect(isoDuration(30, 'calendarDays')).toBe('P30D');
    expect(isoDuration(20, 'minutes')).toBe('PT20M');
    expect(isoDuration(1.5, 'hours')).toBe('PT1H30M');
    expect(isoDuration(3, 'months')).toBe('P3M');
    expect(isoDuration(0.5, 'calendarDays')).toBe('PT12H');
  });
});

describe('RFC 4180 CSV', () => {
  it('quotes only what needs quoting and starts with a BOM', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});
