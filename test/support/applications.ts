/** Helpers for tests of applications: valid identifiers, SQL access, registering applications. */
import { expect } from 'vitest';
import { withCheckDigit } from '../../server/src/modules/applications/iin-bin.js';
import type { TestServer } from './test-server.js';

let serial = 0;

/** A fresh valid BIN (resident legal entity, head office), different on every call. */
export function nextBin(): string {
  for (;;) {
    serial++;
    const bin = withCheckDigit(`1305400${String(serial).padStart(4, '0')}`);
    if (bin) return bin;
  }
}

/** A fresh valid IIN (born 15 June 1985, male), different on every call. */
export function nextIin(): string {
  for (;;) {
    serial++;
    const iin = withCheckDigit(`8506153${String(serial).padStart(4, '0')}`);
    if (iin) return iin;
  }
}

export function sqlClient(t: TestServer) {
  return <T = any>(query: string, params: unknown[] = []): Promise<T[]> => t.sql<T>(query, params);
}

export const APPLICATION_FIELDS = `id status intake applicantKind applicantIdentifier applicantName standardCode standardVersion standardId
  subService channel agencyId presentedDocuments queueWaitMinutes serviceMinutes queueWaitLimitMinutes serviceTimeLimitMinutes
  deadlineValue deadlineUnit deemedIssuedApplies submittedAt acceptedAt dueAt pscHandoverDueAt suspendedAt closedAt outcome
  handoverDueAt handedOverAt refusalGroundIds responsibleOperator version`;

export interface ApplicationInputLike {
  standardCode: string; subService: string; channel: string; applicantKind: string; applicantIdentifier?: string | null;
  applicantName: string; documents: number[]; submittedAt?: string; agencyId?: string; queueWaitMinutes?: number; serviceMinutes?: number;
  responsibleOperator?: string;
}

export async function register(t: TestServer, input: ApplicationInputLike): Promise<any> {
  const res = await t.gql(`mutation($input: ApplicationInput!) { registerApplication(input: $input) { ${APPLICATION_FIELDS} } }`, { input });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.registerApplication;
}

/** Runs a transition mutation; returns the GraphQL response (data or errors). */
export function step(t: TestServer, mutation: string, args: Record<string, unknown>) {
  const declared: Record<string, string> = { id: 'ID!', at: 'DateTime', version: 'Int', reason: 'String', groundIds: '[ID!]!', operator: 'String' };
  const names = Object.keys(args);
  const vars = names.map((n) => `$${n}: ${mutation === 'suspendApplication' && n === 'reason' ? 'String!' : declared[n]}`).join(', ');
  const call = names.map((n) => `${n}: $${n}`).join(', ');
  return t.gql(`mutation(${vars}) { ${mutation}(${call}) { ${APPLICATION_FIELDS} } }`, args);
}

export async function stepOk(t: TestServer, mutation: string, args: Record<string, unknown>): Promise<any> {
  const res = await step(t, mutation, args);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data![mutation];
}
