/**
 * Fidelity of the shipped corpus: every standard, read back through the GraphQL API after loading,
 * has exactly the items counted independently from the clause-by-clause extraction
 * (test/corpus/fidelity/*.json): documents per sub-service × channel, refusal grounds, indicators
 * with their normative values, qualification items, form fields, complaint levels, every deadline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../support/test-server.js';

const DIR = join(import.meta.dirname, 'fidelity');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'psc-network.json');

const QUERY = `query($code: String!) { serviceStandards(perPage: 10, filter: { code: $code }) {
  code status validFrom validTo subServices { code } channelDetails { channel }
  documents { subService channel } refusalGrounds { ordinal } complaintRoute { level }
  qualityIndicators { code normative } qualificationRequirements { code items { number } } forms { code fields { ordinal } }
  deadlines { kind value unit subServices channels } } }`;

const sortedDeadline = (d: any) => JSON.stringify({ kind: d.kind, value: d.value ?? null, unit: d.unit ?? null, subServices: [...(d.subServices ?? [])].sort(), channels: [...(d.channels ?? [])].sort() });

let t: TestServer;
beforeAll(async () => { t = await startTestServer({ withCorpus: true }); });

describe('the shipped corpus matches the extraction', () => {
  it('ships all 16 standards', async () => {
    const res = await t.gql(`{ _serviceStandardsMeta { count } }`);
    expect(res.data!._serviceStandardsMeta.count).toBe(16);
    expect(files).toHaveLength(16);
  });

  it.each(files)('%s', async (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    const res = await t.gql(QUERY, { code: expected.code });
    expect(res.errors).toBeUndefined();
    const [s] = res.data!.serviceStandards;
    expect(s, `${expected.code} is loaded`).toBeTruthy();

    expect(s.subServices.map((x: any) => x.code).sort()).toEqual([...expected.subServices].sort());
    expect(s.channelDetails.map((x: any) => x.channel).sort()).toEqual([...expected.channels].sort());
    const documents: Record<string, number> = {};
    for (const d of s.documents) documents[`${d.subService}/${d.channel}`] = (documents[`${d.subService}/${d.channel}`] ?? 0) + 1;
    expect(documents).toEqual(expected.documents);
    expect(s.refusalGrounds).toHaveLength(expected.refusalGrounds);
    expect(s.complaintRoute).toHaveLength(expected.complaintLevels);
    expect(Object.fromEntries(s.qualityIndicators.map((q: any) => [q.code, q.normative]))).toEqual(expected.qualityIndicators);
    expect(Object.fromEntries(s.qualificationRequirements.map((g: any) => [g.code, g.items.length]))).toEqual(expected.qualification);
    expect(Object.fromEntries(s.forms.map((f: any) => [f.code, f.fields.length]))).toEqual(expected.forms);
    expect(s.deadlines.map(sortedDeadline).sort()).toEqual(expected.deadlines.map(sortedDeadline).sort());
  });

  it('ships the PSC network of the extraction (16 branches, 284 offices)', async () => {
    const expected = JSON.parse(readFileSync(join(DIR, 'psc-network.json'), 'utf8'));
    const res = await t.gql(`{ branches: agencies(perPage: 100, filter: { kind: pscBranch }) { code children { code } } offices: _agenciesMeta(filter: { kind: pscOffice }) { count } }`);
    expect(res.data!.branches).toHaveLength(expected.branches);
    expect(res.data!.offices.count).toBe(expected.offices);
    expect(Object.fromEntries(res.data!.branches.map((b: any) => [b.code, b.children.length]))).toEqual(expected.officesPerBranch);
  });
});
