/**
 * Survey answers per application: the four questions of the indicator tables, one response per
 * decided application, scores 1–5, scope for partners and operators.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { nextBin, register, sqlClient, stepOk } from '../support/applications.js';

let t: TestServer;
let sql: ReturnType<typeof sqlClient>;

const RECORD = `mutation($applicationId: ID!, $process: Int, $information: Int, $complaintProcedure: Int, $courtesy: Int, $answeredAt: DateTime, $comment: String) {
  recordSurveyResponse(applicationId: $applicationId, process: $process, information: $information, complaintProcedure: $complaintProcedure,
    courtesy: $courtesy, answeredAt: $answeredAt, comment: $comment) { id applicationId standardCode standardVersion channel answeredAt process information complaintProcedure courtesy comment recordedBy agency { code } } }`;

async function decided(): Promise<any> {
  const app = await register(t, { standardCode: 'attest-industrial-safety-works', subService: 'attestation', channel: 'office', applicantKind: 'legalEntity', applicantIdentifier: nextBin(), applicantName: 'Survey LLP', documents: [1, 2, 3], submittedAt: '2014-10-06T10:00:00+06:00', queueWaitMinutes: 5 });
  await stepOk(t, 'acceptApplication', { id: app.id, at: '2014-10-06T10:05:00+06:00' });
  await stepOk(t, 'startApplicationReview', { id: app.id, at: '2014-10-06T11:00:00+06:00' });
  return stepOk(t, 'issueApplication', { id: app.id, at: '2014-10-15T11:00:00+06:00' });
}

beforeAll(async () => {
  t = await startTestServer({ withCorpus: true });
  sql = sqlClient(t);
});

describe('survey answers', () => {
  it('records the four indicator questions once per decided application', async () => {
    const app = await decided();
    const res = await t.gql(RECORD, { applicationId: app.id, process: 5, information: 4, courtesy: 3, answeredAt: '2014-10-16T12:00:00+06:00', comment: 'Fast' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordSurveyResponse).toMatchObject({
      applicationId: app.id, standardCode: 'attest-industrial-safety-works', standardVersion: 1, channel: 'office', process: 5, information: 4,
      complaintProcedure: null, courtesy: 3, comment: 'Fast', agency: { code: 'mes-industrial-safety-committee' }, answeredAt: '2014-10-16T06:00:00.000Z',
    });
    const viaApplication = (await t.gql(`query($id: ID!) { application(id: $id) { survey { process courtesy } } }`, { id: app.id })).data!.application;
    expect(viaApplication.survey).toEqual({ process: 5, courtesy: 3 });

    const again = await t.gql(RECORD, { applicationId: app.id, process: 1 });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'applicationId' });
    expect(await sql(`select process from survey_response where application_id = $1`, [app.id])).toEqual([{ process: 5 }]);

    const list = await t.gql(`{ surveyResponses(filter: { standardCode: "attest-industrial-safety-works", channel: office }) { id process } _surveyResponsesMeta(filter: { answeredFrom: "2014-10-16", answeredTo: "2014-10-16" }) { count } }`);
    expect(list.data!.surveyResponses.map((r: any) => r.id)).toContain(res.data!.recordSurveyResponse.id);
    expect(list.data!._surveyResponsesMeta.count).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['a score above 5', { process: 6 }, /process: a score is 1 to 5/],
    ['a score below 1', { courtesy: 0 }, /courtesy: a score is 1 to 5/],
    ['no answer at all', {}, /^process: answer at least one question/],
    ['an answer before the decision', { process: 4, answeredAt: '2014-10-10T00:00:00Z' }, /^answeredAt: cannot be before the application was decided/],
  ])('refuses %s, changing nothing', async (_name, answers, message) => {
    const app = await decided();
    const res = await t.gql(RECORD, { applicationId: app.id, ...answers });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
    expect(await sql(`select count(*)::int as n from survey_response where application_id = $1`, [app.id])).toEqual([{ n: 0 }]);
  });

  it('waits until the application is decided', async () => {
    const app = await register(t, { standardCode: 'attest-industrial-safety-works', subService: 'attestation', channel: 'elicense', applicantKind: 'legalEntity', applicantIdentifier: nextBin(), applicantName: 'Open LLP', documents: [1, 2, 3], submittedAt: '2014-10-06T10:00:00+06:00' });
    const res = await t.gql(RECORD, { applicationId: app.id, process: 4 });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationId' });
    expect(res.errors![0].message).toMatch(/the application is submitted: the survey is taken once it is decided/);
  });

  it('lets an operator of another agency neither record nor read', async () => {
    const app = await decided();
    const stranger = await t.loginAs('operator', 'mint-industry-committee');
    const res = await t.gql(RECORD, { applicationId: app.id, process: 4 }, stranger);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    const own = await t.loginAs('operator', 'mes-industrial-safety-committee');
    expect((await t.gql(RECORD, { applicationId: app.id, process: 4 }, own)).errors).toBeUndefined();
    expect((await t.gql(`{ _surveyResponsesMeta { count } }`, {}, stranger)).data!._surveyResponsesMeta.count).toBe(0);
  });
});
