/**
 * The load both the fault tests and the soak run put on a server: a standard in force for partner
 * submissions, a partner key, and valid application inputs.
 */
import { withCheckDigit } from '../../modules/applications/iin-bin.js';
import { gql, ok } from './api-process.js';

let serial = Math.floor(Math.random() * 50_000);

/** A fresh valid BIN (resident legal entity, head office), different on every call. */
export function nextBin(): string {
  for (;;) {
    serial = (serial + 1) % 100_000;
    const bin = withCheckDigit(`130540${String(serial).padStart(5, '0')}`);
    if (bin) return bin;
  }
}

export const STANDARD_CODE = 'rel-permit';

export interface World { url: string; admin: Record<string, string>; partner: Record<string, string> }

/** A standard in force since 2020 offered through elicense, and a partner key that may submit to it. */
export async function setUpWorld(url: string, admin: Record<string, string>): Promise<World> {
  const ids = ok(await gql(url, `{ agencies(perPage: 500, filter: { q: "mint-industry-committee" }) { id code } legalActs(perPage: 500, filter: { q: "res-1130-2012" }) { id code } }`, {}, admin));
  const providerId = ids.agencies.find((a: { code: string }) => a.code === 'mint-industry-committee').id;
  const actId = ids.legalActs.find((a: { code: string }) => a.code === 'res-1130-2012').id;
  const created = ok(await gql(url, `mutation($providerId: ID!, $actId: ID!) { createServiceStandard(code: "${STANDARD_CODE}", providerId: $providerId, approvedById: $actId, approvedClause: "item 1",
      name: { kk: "Сынақ рұқсаты", en: "Test permit" }, recipients: [legalEntity, individual], result: { description: { kk: "Рұқсат", en: "Permit" }, media: [electronic] }, feeKind: free,
      channelDetails: [{ channel: elicense }, { channel: office, agencyId: $providerId }],
      subServices: [{ code: "issuance", kind: issuance, name: { kk: "Беру", en: "Issuance" } }],
      deadlines: [{ kind: processing, value: 10, unit: workingDays, owedBy: provider, excludeStartDay: true }],
      documents: [{ subService: "issuance", channel: elicense, ordinal: 1, copyKind: electronicDocument, title: { kk: "Өтініш", en: "Request" } },
                  { subService: "issuance", channel: office, ordinal: 1, copyKind: original, title: { kk: "Өтініш", en: "Request" } }],
      refusalGrounds: [{ ordinal: 1, text: { kk: "Негіз", en: "Ground" } }]) { id } }`, { providerId, actId }, admin));
  ok(await gql(url, `mutation($id: ID!) { publishStandard(id: $id, validFrom: "2020-01-01") { status } }`, { id: created.createServiceStandard.id }, admin));
  const key = ok(await gql(url, `mutation { createApiKey(name: "reliability", partner: "rel-partner", scopes: ["applications:submit", "applications:read-own"]) { secret } }`, {}, admin));
  return { url, admin, partner: { authorization: `Bearer ${key.createApiKey.secret}` } };
}

export const SUBMIT = `mutation($input: ApplicationInput!, $key: String!) { submitApplication(input: $input, idempotencyKey: $key) { id status version } }`;

export function applicationInput(name = 'Reliability LLP') {
  return { standardCode: STANDARD_CODE, subService: 'issuance', channel: 'elicense', applicantKind: 'legalEntity', applicantIdentifier: nextBin(), applicantName: name, documents: [1] };
}

