/**
 * Complaints through the API: the review deadline from the standard's complaint route (Res. 586:
 * 5 working days, 15 for the quality-control body), from the law a route refers to (Res. 1130: the
 * 2007 law on applications, 15 calendar days), or from the Law "On state services" when no standard
 * is concerned; resolution on time or late; bad input that changes nothing; lists and scope.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { nextBin, register, sqlClient, stepOk } from '../support/applications.js';
import { computeDueDate, endOfAstanaDay } from '../../server/src/modules/calendar/due-date.js';
import { loadShippedCalendar } from '../../server/src/modules/calendar/production-calendar.js';

let t: TestServer;
let sql: ReturnType<typeof sqlClient>;
let attestApp: any;
let poisonsApp: any;
const calendar = loadShippedCalendar();

const FIELDS = `id level standardCode standardVersion channel complainant subject registeredAt reviewValue reviewUnit reviewRuleSource reviewDueAt
  resolvedAt justified resolvedOnTime resolution version applicationId agencyId agency { code } complaintLevel { level ordinal } overdue`;
const REGISTER = `mutation($applicationId: ID, $agencyId: ID, $standardId: ID, $level: ComplaintLevelKind!, $registeredAt: DateTime) {
  registerComplaint(applicationId: $applicationId, agencyId: $agencyId, standardId: $standardId, level: $level, complainant: "Safety Expert LLP",
    subject: "The review takes too long", registeredAt: $registeredAt) { ${FIELDS} } }`;
const RESOLVE = `mutation($id: ID!, $justified: Boolean!, $resolvedAt: DateTime, $resolution: String) {
  resolveComplaint(id: $id, justified: $justified, resolvedAt: $resolvedAt, resolution: $resolution) { ${FIELDS} } }`;

async function complain(variables: Record<string, unknown>) {
  const res = await t.gql(REGISTER, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.registerComplaint;
}

const fiveWorkingDays = (from: string, value = 5) => computeDueDate({ start: new Date(from), value, unit: 'workingDays', excludeStartDay: true, calendar }).toISOString();

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  sql = sqlClient(t);
  attestApp = await register(t, { standardCode: 'attest-industrial-safety-works', subService: 'attestation', channel: 'psc', applicantKind: 'legalEntity', applicantIdentifier: nextBin(), applicantName: 'Safety Expert LLP', documents: [1, 2, 3], submittedAt: '2014-10-06T10:00:00+06:00' });
  await stepOk(t, 'acceptApplication', { id: attestApp.id, at: '2014-10-06T10:05:00+06:00' });
  poisonsApp = await register(t, { standardCode: 'lic-poisons', subService: 'issuance', channel: 'office', applicantKind: 'legalEntity', applicantIdentifier: nextBin(), applicantName: 'Khimprom LLP', documents: [1, 2, 5, 6, 7], submittedAt: '2013-03-04T10:00:00+06:00' });
});

describe('review deadlines from the complaint route', () => {
  it('Res. 586: 5 working days from registration at the provider, the ministry or the PSC', async () => {
    const registeredAt = '2014-10-10T11:00:00+06:00'; // a Friday: the period runs from Monday
    for (const level of ['providerHead', 'ministry', 'pscHead']) {
      const complaint = await complain({ applicationId: attestApp.id, level, registeredAt });
      expect(complaint).toMatchObject({
        level, standardCode: 'attest-industrial-safety-works', standardVersion: 1, channel: 'psc', reviewValue: 5, reviewUnit: 'workingDays',
        reviewRuleSource: 'standard', reviewDueAt: fiveWorkingDays(registeredAt), applicationId: attestApp.id, agency: { code: 'mes-industrial-safety-committee' },
        resolvedAt: null, justified: null, resolvedOnTime: null, complaintLevel: { level },
      });
    }
    expect(fiveWorkingDays(registeredAt)).toBe(endOfAstanaDay('2014-10-17').toISOString());
  });

  it('Res. 586: 15 working days at the authorised quality-control body', async () => {
    const registeredAt = '2014-10-20T09:00:00+06:00';
    const complaint = await complain({ applicationId: attestApp.id, level: 'qualityControlBody', registeredAt });
    expect(complaint).toMatchObject({ reviewValue: 15, reviewUnit: 'workingDays', reviewRuleSource: 'standard', reviewDueAt: fiveWorkingDays(registeredAt, 15) });
  });

  it('Res. 1130: the route refers to the 2007 law on applications, 15 calendar days', async () => {
    const complaint = await complain({ applicationId: poisonsApp.id, level: 'ministry', registeredAt: '2013-04-01T10:00:00+06:00' });
    expect(complaint).toMatchObject({ reviewValue: 15, reviewUnit: 'calendarDays', reviewRuleSource: 'referencedLaw', reviewDueAt: endOfAstanaDay('2013-04-16').toISOString() });
  });

  it('a court has no review deadline', async () => {
    const complaint = await complain({ applicationId: poisonsApp.id, level: 'court', registeredAt: '2013-04-02T10:00:00+06:00' });
    expect(complaint).toMatchObject({ reviewRuleSource: 'none', reviewDueAt: null, reviewValue: null, overdue: false });
  });

  it('a complaint about a provider without an application: the statutory terms, or a given standard version\'s route', async () => {
    const agencyId = await t.agencyId('mint-industry-committee');
    const statute = await complain({ agencyId, level: 'qualityControlBody', registeredAt: '2015-03-02T10:00:00+06:00' });
    expect(statute).toMatchObject({ applicationId: null, standardCode: null, reviewRuleSource: 'statute', reviewValue: 15, reviewDueAt: fiveWorkingDays('2015-03-02T10:00:00+06:00', 15) });
    const provider = await complain({ agencyId, level: 'providerHead', registeredAt: '2015-03-02T10:00:00+06:00' });
    expect(provider).toMatchObject({ reviewRuleSource: 'statute', reviewValue: 5 });
    const [standard] = await sql(`select id from service_standard where code = 'lic-poisons'`);
    const withRoute = await complain({ agencyId, standardId: standard.id, level: 'providerHead', registeredAt: '2013-05-06T10:00:00+06:00' });
    expect(withRoute).toMatchObject({ standardCode: 'lic-poisons', reviewRuleSource: 'referencedLaw', reviewValue: 15, reviewUnit: 'calendarDays' });
  });
});

describe('resolution', () => {
  it('records justified or not, and whether the review met its deadline', async () => {
    const onTime = await complain({ applicationId: attestApp.id, level: 'providerHead', registeredAt: '2014-11-03T10:00:00+06:00' });
    const resolved = (await t.gql(RESOLVE, { id: onTime.id, justified: true, resolvedAt: '2014-11-07T16:00:00+06:00', resolution: 'Deadline restored' })).data!.resolveComplaint;
    expect(resolved).toMatchObject({ justified: true, resolvedOnTime: true, resolvedAt: '2014-11-07T10:00:00.000Z', resolution: 'Deadline restored', overdue: false });

    const late = await complain({ applicationId: attestApp.id, level: 'ministry', registeredAt: '2014-11-03T10:00:00+06:00' });
    const overdue = (await t.gql(`query($id: ID!) { complaint(id: $id) { overdue(asOf: "2014-11-20T00:00:00Z") } }`, { id: late.id })).data!.complaint;
    expect(overdue.overdue).toBe(true);
    const lateResolved = (await t.gql(RESOLVE, { id: late.id, justified: false, resolvedAt: '2014-11-20T10:00:00+06:00' })).data!.resolveComplaint;
    expect(lateResolved).toMatchObject({ justified: false, resolvedOnTime: false });

    const court = await complain({ applicationId: attestApp.id, level: 'court', registeredAt: '2014-11-03T10:00:00+06:00' });
    expect((await t.gql(RESOLVE, { id: court.id, justified: false, resolvedAt: '2015-01-20T10:00:00+06:00' })).data!.resolveComplaint.resolvedOnTime).toBeNull();

    const audit = await sql(`select operation, actor from audit_entry where entity_id = $1 order by at`, [onTime.id]);
    expect(audit).toEqual([{ operation: 'registerComplaint', actor: 'admin@test.qyzmet' }, { operation: 'resolveComplaint', actor: 'admin@test.qyzmet' }]);
  });

  it('refuses to resolve twice or before the registration', async () => {
    const complaint = await complain({ applicationId: attestApp.id, level: 'pscHead', registeredAt: '2014-12-01T10:00:00+06:00' });
    const early = await t.gql(RESOLVE, { id: complaint.id, justified: true, resolvedAt: '2014-11-30T10:00:00+06:00' });
    expect(early.errors![0].message).toMatch(/^resolvedAt: cannot be before the complaint was registered/);
    await t.gql(RESOLVE, { id: complaint.id, justified: true, resolvedAt: '2014-12-02T10:00:00+06:00' });
    const twice = await t.gql(RESOLVE, { id: complaint.id, justified: false });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(twice.errors![0].message).toMatch(/already resolved/);
    expect(await sql(`select justified from complaint where id = $1`, [complaint.id])).toEqual([{ justified: true }]);
  });
});

describe('bad input is refused with the field and the rule, and changes nothing', () => {
  it.each([
    ['a level the route does not have', () => ({ applicationId: poisonsApp.id, level: 'qualityControlBody' }), 'level', /the complaint route of lic-poisons v1 has no qualityControlBody level \(it has ministry, providerHead, other, court\)/],
    ['both an application and an agency', () => ({ applicationId: poisonsApp.id, agencyId: poisonsApp.agencyId, level: 'ministry' }), 'agencyId', /give either applicationId .* or agencyId/],
    ['neither', () => ({ level: 'ministry' }), 'applicationId', /a complaint is about an application \(applicationId\) or a provider \(agencyId\)/],
    ['an unknown application', () => ({ applicationId: '00000000-0000-4000-8000-000000000000', level: 'ministry' }), 'applicationId', /does not exist/],
    ['a registration before the application was submitted', () => ({ applicationId: poisonsApp.id, level: 'ministry', registeredAt: '2013-01-01T00:00:00Z' }), 'registeredAt', /cannot be before the application was submitted/],
    ['a registration in the future', () => ({ applicationId: poisonsApp.id, level: 'ministry', registeredAt: new Date(Date.now() + 86_400_000).toISOString() }), 'registeredAt', /cannot be in the future/],
  ])('%s', async (_name, variables, field, message) => {
    const before = await sql(`select count(*)::int as n from complaint`);
    const res = await t.gql(REGISTER, variables());
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe(field);
    expect(res.errors![0].message).toMatch(message);
    expect(await sql(`select count(*)::int as n from complaint`)).toEqual(before);
  });

  it('a draft standard has no complaint route yet', async () => {
    const [draft] = await sql(`insert into service_standard (id, created_at, updated_at, version, code, version_number, status, name, result, fee_kind, provider_id)
      select gen_random_uuid(), now(), now(), 1, 'test-draft-complaint', 1, 'draft', name, result, fee_kind, provider_id from service_standard where code = 'lic-poisons' returning id`);
    const res = await t.gql(REGISTER, { agencyId: poisonsApp.agencyId, standardId: draft.id, level: 'ministry' });
    expect(res.errors![0].message).toMatch(/^standardId: test-draft-complaint v1 is a draft/);
  });
});

describe('lists and scope', () => {
  it('lists an application\'s complaints, filters open and overdue ones, pages on the server', async () => {
    const app = (await t.gql(`query($id: ID!) { application(id: $id) { complaints { level registeredAt } } }`, { id: attestApp.id })).data!.application;
    expect(app.complaints.length).toBeGreaterThanOrEqual(8);
    const registered = app.complaints.map((c: any) => c.registeredAt);
    expect(registered).toEqual([...registered].sort());

    const list = await t.gql(`query($filter: ComplaintFilter) { complaints(perPage: 2, sortField: "registeredAt", sortOrder: DESC, filter: $filter) { id registeredAt }
      _complaintsMeta(filter: $filter) { count } }`, { filter: { applicationId: attestApp.id } });
    expect(list.data!.complaints).toHaveLength(2);
    expect(list.data!._complaintsMeta.count).toBe(app.complaints.length);
    const open = await t.gql(`{ _complaintsMeta(filter: { resolved: false }) { count } overdue: _complaintsMeta(filter: { overdue: true }) { count } all: _complaintsMeta { count } }`);
    expect(open.data!.overdue.count).toBeGreaterThan(0);
    expect(open.data!.overdue.count).toBeLessThanOrEqual(open.data!._complaintsMeta.count);
    const resolved = await t.gql(`{ _complaintsMeta(filter: { resolved: true }) { count } }`);
    expect(resolved.data!._complaintsMeta.count + open.data!._complaintsMeta.count).toBe(open.data!.all.count);
  });

  it('lets an operator handle complaints about their own agency only', async () => {
    const stranger = await t.loginAs('operator', 'mint-industry-committee');
    const res = await t.gql(REGISTER, { applicationId: attestApp.id, level: 'providerHead' }, stranger);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    const seen = await t.gql(`{ _complaintsMeta { count } }`, {}, stranger);
    const mine = await sql(`select count(*)::int as n from complaint c join agency a on a.id = c.agency_id where a.code = 'mint-industry-committee'`);
    expect(seen.data!._complaintsMeta.count).toBe(mine[0].n);
  });
});
