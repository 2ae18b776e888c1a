/**
 * The console's own data provider, with the very queries the applications, complaints and survey
 * screens send (their sparse fields, pages without a total, the mutations behind their buttons and
 * forms), against a real server over the shipped corpus: the server must accept every one and
 * answer what the screens read. Runs in the e2e project (real PostgreSQL); see vitest.config.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { RaRecord } from 'react-admin';
import { buildDataProvider, type QyzmetDataProvider } from '../dataProvider';
import { COMPLAINT_LIST_META } from '../complaints/complaintFields';
import { SURVEY_LIST_META, toSurveyArguments } from '../surveys/surveyFields';
import { APPLICATION_LIST_META, FORM_STANDARD_FIELDS, PINNED_STANDARD_FIELDS, TRANSITION_RESULT_FIELDS } from './applicationFields';
import { channelsFor, documentList, requiredOrdinals, subServiceChoices, toApplicationInput, type ApplicationFormValues, type FormStandard } from './applicationForm';
import { allowedTransitions, type TransitionName } from './transitions';
import type { PinnedStandard } from './usePinnedStandard';
import { FORM_STANDARD_SORT } from './useFormStandard';

/** The parts of test/support this test uses (imported at run time: they are not the console's code). */
interface TestServer {
  url: string;
  adminHeaders: Record<string, string>;
  loginAs(role: string, agencyCode?: string): Promise<Record<string, string>>;
}
const SUPPORT = '../../../test/support/';

/** A Res. 586 standard without the "deemed issued" rule, in force from 2014-09-01 to 2015-09-07. */
const STANDARD = 'attest-industrial-safety-works';
const SUBMITTED_AT = '2015-03-02T10:00';

let t: TestServer;
let nextBin: () => string;
let admin: QyzmetDataProvider;

function consoleAs(headers: Record<string, string>): QyzmetDataProvider {
  const client = new ApolloClient({ link: new HttpLink({ uri: `${t.url}/graphql`, headers }), cache: new InMemoryCache() });
  return buildDataProvider(`${t.url}/graphql`, client);
}

const page = (perPage = 25, page = 1) => ({ page, perPage });

/** What the registration form sends for a complete set (ApplicationInputs + toApplicationInput). */
async function registerThroughTheForm(dataProvider: QyzmetDataProvider, applicantName: string): Promise<string> {
  const { data: [standard] } = await dataProvider.getList<FormStandard & RaRecord>('service-standards', {
    filter: { code: STANDARD, inForceOn: SUBMITTED_AT.slice(0, 10) }, pagination: page(1), sort: FORM_STANDARD_SORT, meta: { sparseFields: FORM_STANDARD_FIELDS },
  });
  expect(standard, 'the version in force on the submission date').toBeDefined();
  const subService = String(subServiceChoices(standard, 'kk')[0].id);
  const channel = channelsFor(standard, subService).includes('psc') ? 'psc' : channelsFor(standard, subService)[0];
  const documents = requiredOrdinals(documentList(standard, subService, channel), 'legalEntity');
  expect(documents.length).toBeGreaterThan(0);
  const input = toApplicationInput({
    standardCode: STANDARD, subService, channel, applicantKind: 'legalEntity', applicantName, applicantIdentifier: nextBin(),
    documents, submittedAt: `${SUBMITTED_AT}:00+06:00`, queueWaitMinutes: 9, serviceMinutes: 14,
  });
  const { data } = await dataProvider.mutate<{ id: string }>('registerApplication', { input }, { sparseFields: ['id'] });
  return data.id;
}

/** Presses the button of a transition the page offers (what TransitionButtons sends), as `roles`. */
async function press(dataProvider: QyzmetDataProvider, id: string, name: TransitionName, roles: string[], values: Record<string, unknown> = {}) {
  const { data: before } = await dataProvider.getOne('applications', { id });
  const transition = allowedTransitions(before.status, roles).find((candidate) => candidate.name === name);
  expect(transition, `${name} offered in ${before.status}`).toBeDefined();
  const { data } = await dataProvider.mutate<RaRecord>(transition!.mutation, { ...values, id, version: before.version }, { sparseFields: TRANSITION_RESULT_FIELDS });
  return data;
}

beforeAll(async () => {
  const { startTestServer } = await import(/* @vite-ignore */ `${SUPPORT}test-server.js`);
  ({ nextBin } = await import(/* @vite-ignore */ `${SUPPORT}applications.js`));
  t = await startTestServer({ withCorpus: true });
  admin = consoleAs(t.adminHeaders);
});

describe('the applications screens against the server', () => {
  it('register, list, show and move an application through its life: submit → accept → review → issue → hand over', async () => {
    const id = await registerThroughTheForm(admin, 'Сапа Сараптама ЖШС');
    const roles = ['superadmin'];
    expect((await press(admin, id, 'accept', roles, { operator: 'Оператор Б.' })).status).toBe('accepted');
    expect((await press(admin, id, 'startReview', roles)).status).toBe('inReview');
    expect((await press(admin, id, 'issue', roles)).status).toBe('issued');
    expect((await press(admin, id, 'handOver', roles)).status).toBe('handedOver');

    // The show page: everything, linked records by id.
    const { data: shown } = await admin.getOne('applications', { id });
    expect(shown.events.map((e: { type: string }) => e.type)).toEqual(['submitted', 'accept', 'startReview', 'issue', 'handOver']);
    expect(shown.events[1]).toMatchObject({ actor: expect.any(String), at: expect.any(String), fromStatus: 'submitted', toStatus: 'accepted' });
    expect(shown.receipt).toMatchObject({ kind: 'acceptance', number: expect.any(String), agencyId: expect.any(String) });
    expect(shown.receipt.documentsReceived.length).toBeGreaterThan(0);
    expect(shown.missingDocuments).toEqual([]);
    expect(shown.outcome).toBe('late');
    const { data: pinned } = await admin.getOne<PinnedStandard & RaRecord>('service-standards', { id: shown.standardId, meta: { sparseFields: PINNED_STANDARD_FIELDS } });
    expect(pinned.subServices.map((s) => s.code)).toContain(shown.subService);
  });

  it('refuse citing the pinned version\'s grounds, suspend with a reason and resume', async () => {
    const id = await registerThroughTheForm(admin, 'Техқауіпсіздік ЖШС');
    const roles = ['operator'];
    await press(admin, id, 'accept', roles);
    await press(admin, id, 'suspend', roles, { reason: 'Сараптама қорытындысы күтілуде' });
    await press(admin, id, 'resume', roles, { reason: 'Қорытынды алынды' });
    const { data: application } = await admin.getOne('applications', { id });
    const { data: pinned } = await admin.getOne<PinnedStandard & RaRecord>('service-standards', { id: application.standardId, meta: { sparseFields: PINNED_STANDARD_FIELDS } });
    await press(admin, id, 'startReview', roles);
    const refused = await press(admin, id, 'refuse', roles, { groundIds: [pinned.refusalGrounds[0].id], reason: 'Талаптарға сәйкес келмейді' });
    expect(refused.status).toBe('refused');
    const { data: shown } = await admin.getOne('applications', { id });
    expect(shown.refusalGrounds.map((g: { id: string }) => g.id)).toEqual([pinned.refusalGrounds[0].id]);
    expect(shown.events.find((e: { type: string }) => e.type === 'suspend').reason).toBe('Сараптама қорытындысы күтілуде');
  });

  it('refuse to accept an incomplete set: the receipt names the missing documents', async () => {
    const input: ApplicationFormValues = { standardCode: STANDARD, subService: 'attestation', channel: 'psc', applicantKind: 'legalEntity', applicantName: 'Толық емес ЖШС', applicantIdentifier: nextBin(), documents: [1], submittedAt: `${SUBMITTED_AT}:00+06:00` };
    const { data: { id } } = await admin.mutate<{ id: string }>('registerApplication', { input: toApplicationInput(input) }, { sparseFields: ['id'] });
    const { data: before } = await admin.getOne('applications', { id });
    expect(before.missingDocuments.length).toBeGreaterThan(0);
    await press(admin, id, 'refuseToAccept', ['operator']);
    const { data: shown } = await admin.getOne('applications', { id });
    expect(shown.status).toBe('notAccepted');
    expect(shown.receipt.kind).toBe('refusalToAccept');
    expect(shown.receipt.missingDocuments.map((d: { ordinal: number }) => d.ordinal)).toEqual(before.missingDocuments.map((d: { ordinal: number }) => d.ordinal));
  });

  it('list pages without a total, with every filter the list offers, sorted by the server', async () => {
    const filter = { q: 'ЖШС', standardCode: STANDARD, channel: 'psc', submittedFrom: '2015-03-01', submittedTo: '2015-03-31', overdue: false, statuses: undefined };
    const list = await admin.getList('applications', { filter, pagination: page(2), sort: { field: 'submittedAt', order: 'DESC' }, meta: APPLICATION_LIST_META });
    expect(list.total).toBeUndefined();
    expect(list.data).toHaveLength(2);
    expect(list.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: true });
    expect(Object.keys(list.data[0]).sort()).toEqual(expect.arrayContaining(['applicantName', 'dueAt', 'overdue', 'remaining', 'status']));
    expect(list.data[0]).not.toHaveProperty('events');
    const second = await admin.getList('applications', { filter, pagination: page(2, 2), sort: { field: 'submittedAt', order: 'DESC' }, meta: APPLICATION_LIST_META });
    expect(second.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    expect(second.total).toBe(3);
    expect(second.data).toHaveLength(1);

    const { data: [anApplication] } = list;
    const byAgency = await admin.getList('applications', {
      filter: { agencyId: (await admin.getOne('applications', { id: anApplication.id })).data.agencyId, status: 'handedOver' },
      pagination: page(), sort: { field: 'dueAt', order: 'ASC' }, meta: APPLICATION_LIST_META,
    });
    expect(byAgency.data.map((a) => a.status)).toEqual(byAgency.data.map(() => 'handedOver'));
    const overdue = await admin.getList('applications', { filter: { overdue: true }, pagination: page(), sort: { field: 'submittedAt', order: 'DESC' }, meta: APPLICATION_LIST_META });
    expect(overdue.data.every((a) => a.overdue)).toBe(true);
    // Reference fields and the application picker read a few fields of many applications.
    const { data: many } = await admin.getMany('applications', { ids: list.data.map((a) => a.id), meta: { sparseFields: ['id', 'applicantName', 'standardCode'] } });
    expect(many.map((a) => a.applicantName).sort()).toEqual(list.data.map((a) => a.applicantName).sort());
  });

  it('complaints: register about an application, list with filters, show, resolve', async () => {
    const { data: [application] } = await admin.getList('applications', { filter: { standardCode: STANDARD, status: 'refused' }, pagination: page(1), sort: { field: 'submittedAt', order: 'DESC' }, meta: APPLICATION_LIST_META });
    const { data: { id } } = await admin.mutate<{ id: string }>('registerComplaint', {
      applicationId: application.id, level: 'providerHead', complainant: 'Техқауіпсіздік ЖШС', subject: 'Бас тарту негізсіз', registeredAt: new Date().toISOString(),
    }, { sparseFields: ['id'] });
    const list = await admin.getList('complaints', {
      filter: { resolved: false, applicationId: application.id, level: 'providerHead', standardCode: STANDARD, overdue: false }, pagination: page(), sort: { field: 'registeredAt', order: 'DESC' }, meta: COMPLAINT_LIST_META,
    });
    expect(list.total).toBe(1);
    expect(list.data[0]).toMatchObject({ id, reviewDueAt: expect.any(String) });
    expect(list.data[0].resolvedAt ?? null).toBeNull();
    const { data: shown } = await admin.getOne('complaints', { id });
    expect(shown.complaintLevel?.description).toBeDefined();
    await admin.mutate('resolveComplaint', { id, version: shown.version, justified: false, resolution: 'Негіздер стандартқа сәйкес' }, { sparseFields: ['id', 'version'] });
    const { data: resolved } = await admin.getOne('complaints', { id });
    expect(resolved).toMatchObject({ justified: false, resolvedOnTime: true });
    const byApplication = await admin.getManyReference('complaints', { target: 'applicationId', id: application.id, pagination: page(10), sort: { field: 'registeredAt', order: 'DESC' }, filter: {} });
    expect(byApplication.data.map((c) => c.id)).toEqual([id]);
  });

  it('surveys: record answers about a decided application, list without a total, show one', async () => {
    const { data: [application] } = await admin.getList('applications', { filter: { standardCode: STANDARD, status: 'handedOver' }, pagination: page(1), sort: { field: 'submittedAt', order: 'DESC' }, meta: APPLICATION_LIST_META });
    const { data: { id } } = await admin.mutate<{ id: string }>('recordSurveyResponse', toSurveyArguments({ applicationId: application.id, process: '5', information: 4, courtesy: '5', comment: 'Рақмет' }), { sparseFields: ['id'] });
    const list = await admin.getList('survey-responses', { filter: { standardCode: STANDARD, channel: 'psc', answeredFrom: '2020-01-01' }, pagination: page(), sort: { field: 'answeredAt', order: 'DESC' }, meta: SURVEY_LIST_META });
    expect(list.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: false });
    expect(list.data.map((s) => s.id)).toContain(id);
    // The schema has no surveyResponse(id): the show page reads it through the list's ids filter.
    const { data: shown } = await admin.getOne('survey-responses', { id });
    expect(shown).toMatchObject({ id, process: 5, information: 4, complaintProcedure: null, courtesy: 5, comment: 'Рақмет' });
    await expect(admin.getOne('survey-responses', { id: '00000000-0000-0000-0000-000000000000' })).rejects.toMatchObject({ status: 404 });
    const { data: withSurvey } = await admin.getOne('applications', { id: application.id });
    expect(withSurvey.survey).toEqual({ id });
  });

  it('roles: an analyst is offered no transition, and the server agrees', async () => {
    const analyst = consoleAs(await t.loginAs('analyst'));
    const { data: [application] } = await analyst.getList('applications', { filter: { status: 'handedOver' }, pagination: page(1), sort: { field: 'submittedAt', order: 'DESC' }, meta: APPLICATION_LIST_META });
    expect(allowedTransitions('inReview', ['analyst'])).toEqual([]);
    await expect(analyst.mutate('startApplicationReview', { id: application.id }, { sparseFields: TRANSITION_RESULT_FIELDS })).rejects.toMatchObject({ status: 403 });
  });
});
