/**
 * The console's calendar, users, API keys and audit screens against a real server: the documents
 * they build (admin/src/dataProvider/operations.ts with the screens' own field selections) and the
 * payloads their forms send (the screens' pure helpers) are accepted, field errors come back on the
 * field the form shows, and the audit diff of a real entry marks exactly the fields that changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import { startTestServer, TEST_ADMIN, type RequestAs, type TestServer } from '../support/test-server.js';
import { CALENDAR_DATE_FIELDS } from '../../admin/src/calendar/calendarSelections.js';
import { calendarDayPayload } from '../../admin/src/calendar/dayKinds.js';
import { AUDIT_LIST_FIELDS, AUDIT_SHOW_FIELDS } from '../../admin/src/audit/auditSelections.js';
import { auditDiff } from '../../admin/src/audit/auditDiff.js';
import { userPayload } from '../../admin/src/users/userRoles.js';
import { defaultExpiry, keyState } from '../../admin/src/api-keys/apiKeyScopes.js';

let t: TestServer;

/**
 * The console's document builder, loaded at run time: it imports the console's static schema the
 * way the bundler does (extensionless, JSON), which this project's NodeNext type check refuses.
 */
type SparseField = string | { [field: string]: SparseField[] };
type OperationKind = 'query' | 'mutation';
type BuildOperation = (kind: OperationKind, name: string, variables?: Record<string, unknown>, fields?: readonly SparseField[]) => { document: DocumentNode; variables: Record<string, unknown> };
const OPERATIONS = '../../admin/src/dataProvider/operations.ts';
const { buildOperation } = (await import(/* @vite-ignore */ OPERATIONS)) as { buildOperation: BuildOperation };

/** Sends what the console's `dataProvider.query/mutate(name, variables, { sparseFields })` sends. */
async function call(kind: OperationKind, name: string, variables: Record<string, unknown>, fields?: readonly SparseField[], as?: RequestAs) {
  const operation = buildOperation(kind, name, variables, fields);
  return t.gql(print(operation.document), operation.variables, as);
}

const NAME = { kk: 'Жұмыс сенбісі', ru: 'Рабочая суббота', en: 'Working Saturday' };

beforeAll(async () => { t = await startTestServer(); });

describe('the calendar screen', () => {
  it('reads a year with its selection', async () => {
    const res = await call('query', 'calendarYear', { year: 2026 }, CALENDAR_DATE_FIELDS);
    expect(res.errors).toBeUndefined();
    expect(res.data!.data).toHaveLength(365);
    expect(res.data!.data.find((d: { date: string }) => d.date === '2026-12-16')).toMatchObject({ kind: 'publicHoliday', isWorking: false });
  });

  it('adds a transferred working day from the dialog\'s values and removes it', async () => {
    const values = { date: '2026-12-12', kind: 'transferredWorkingDay', to: '2026-12-14', name: NAME, holiday: 'leftOver', observes: '2026-12-01', note: ' ' };
    const created = await call('mutation', 'createCalendarDay', calendarDayPayload(values), ['id']);
    expect(created.errors).toBeUndefined();
    const year = await call('query', 'calendarYear', { year: 2026 }, CALENDAR_DATE_FIELDS);
    const kinds = new Map(year.data!.data.map((d: { date: string; kind: string }) => [d.date, d.kind]));
    expect(kinds.get('2026-12-12')).toBe('transferredWorkingDay');
    const removed = await call('mutation', 'deleteCalendarDay', { id: created.data!.data.id }, ['id']);
    expect(removed.errors).toBeUndefined();
  });

  it('gets the server\'s refusal on the field the dialog shows', async () => {
    const res = await call('mutation', 'createCalendarDay', calendarDayPayload({ date: '2026-02-10', kind: 'transferredWorkingDay', to: '2026-02-11', name: NAME }), ['id']);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('date');
    expect(res.errors?.[0]?.message).toMatch(/Saturday or Sunday/);
  });

  it('is refused to an analyst, as the console hides it', async () => {
    const res = await call('mutation', 'createCalendarDay', calendarDayPayload({ date: '2026-12-12', kind: 'transferredWorkingDay', to: '2026-12-14', name: NAME }), ['id'], await t.loginAs('analyst'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the users and API key screens', () => {
  it('create an analyst from a form that still holds an agency and an empty password field on edit', async () => {
    const form = { email: 'reader@test.qyzmet', displayName: 'Reader', role: 'analyst', agencyId: null, active: true, password: 'a long enough password' };
    const created = await call('mutation', 'createUser', userPayload(form), ['id', 'role', 'agencyId']);
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.data;
    const edited = await call('mutation', 'updateUser', { ...userPayload({ ...form, displayName: 'Reader Two', password: '' }), id, version: 1 }, ['id', 'displayName']);
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.data.displayName).toBe('Reader Two');
    // The empty password field kept the password.
    await t.login('reader@test.qyzmet', 'a long enough password');
  });

  it('create a key whose answer carries the secret once, and revoke it', async () => {
    const created = await call('mutation', 'createApiKey', { name: 'Console key', partner: 'console-partner', scopes: ['standards:read'], expiresAt: defaultExpiry() });
    expect(created.errors).toBeUndefined();
    expect(created.data!.data.secret).toMatch(/^qz_/);
    const read = await call('query', 'apiKey', { id: created.data!.data.id });
    expect(read.data!.data.secret).toBeNull();
    const revoked = await call('mutation', 'revokeApiKey', { id: created.data!.data.id }, ['id', 'revokedAt']);
    expect(revoked.errors).toBeUndefined();
    expect(keyState(revoked.data!.data)).toBe('revoked');
  });
});

describe('the audit screens', () => {
  it('list with their selection for an analyst, and show a revocation as one changed field', async () => {
    const analyst = await t.loginAs('analyst');
    const list = await call('query', 'auditEntries', { perPage: 25, filter: { entityType: 'ApiKey', action: 'revoke' } }, AUDIT_LIST_FIELDS, analyst);
    expect(list.errors).toBeUndefined();
    const [entry] = list.data!.data;
    expect(entry).toMatchObject({ action: 'revoke', entityType: 'ApiKey', actor: TEST_ADMIN.email, actorUser: { displayName: expect.any(String) } });
    expect(entry.before).toBeUndefined();
    const shown = await call('query', 'auditEntry', { id: entry.id }, AUDIT_SHOW_FIELDS, analyst);
    expect(shown.errors).toBeUndefined();
    const changed = auditDiff(shown.data!.data.before, shown.data!.data.after).filter((row) => row.change !== 'same');
    expect(changed.map((row) => [row.field, row.change])).toEqual([['revokedAt', 'changed']]);
  });

  it('show an update of a user field by field', async () => {
    const [entry] = (await call('query', 'auditEntries', { perPage: 1, filter: { entityType: 'User', action: 'update' } }, AUDIT_SHOW_FIELDS)).data!.data;
    const changed = auditDiff(entry.before, entry.after).filter((row) => row.change === 'changed').map((row) => row.field);
    expect(changed).toContain('displayName');
    expect(changed).not.toContain('email');
    expect(JSON.stringify(entry.after)).not.toMatch(/passwordHash|argon2/);
  });
});
