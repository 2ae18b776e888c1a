/**
 * The console end to end, in headless Chromium against a real server over the shipped corpus. A
 * superadmin signs in (the console speaks Kazakh first, then English is chosen), changes a standard
 * the way the law is changed (new draft, a longer processing deadline in the tabbed form, publish),
 * reads the quality dashboard, follows an application a partner system submitted for the new
 * version from "submitted" to "issued" with the buttons of its page, and sees the dashboard's
 * timeliness figure change; then browses agencies and legal acts, and finally loses the session on
 * the server (it must land on the login page, not a blank screen). Each main screen is saved to
 * test/artifacts/console/.
 *
 * The steps share one browser, in order, like one user's session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server.js';
import { sha256 } from '../../server/src/modules/access/tokens.js';
import { nextBin } from '../support/applications.js';
import { HAS_CHROMIUM, NO_CHROMIUM, openConsole, stepsOfOneJourney, type ConsoleSession } from './support/browser.js';

/** The standard the journey changes (its applications are well known: see test/api/applications.test.ts). */
const CODE = 'lic-poisons';
/** Its processing deadline (the first deadline rule), and what the new version makes of it. */
const PROCESSING_DAYS = 15;
const NEW_PROCESSING_DAYS = 20;

interface StandardPick { id: string; code: string; status: string; deadlines: { value: number | null; unit: string | null }[] }

/** The newest version of the standard: "New draft" copies it. */
async function newestVersion(t: TestServer, code: string): Promise<StandardPick> {
  const res = await t.gql<{ serviceStandards: StandardPick[] }>(`query($code: String!) {
    serviceStandards(perPage: 1, filter: { code: $code }, sortField: "versionNumber", sortOrder: DESC) { id code status deadlines { value unit } } }`, { code });
  expect(res.errors).toBeUndefined();
  const [standard] = res.data!.serviceStandards;
  expect(standard?.deadlines[0]).toMatchObject({ value: PROCESSING_DAYS, unit: 'workingDays' });
  return standard!;
}

/** The dashboard's current value of the timeliness indicator (1.1 in every standard's table). */
const TIMELINESS = 'indicator-current-1.1';
/** Its cases: on time / decided. */
const TIMELINESS_CASES = 'indicator-cases-1.1';
const APPLICANT = 'Khimprom Browser Test LLP';

/** A partner system submits an application for the new version's issuance through the e-licensing portal; returns its id. */
async function submitAsPartner(t: TestServer, applicantName: string): Promise<string> {
  const partner = await t.createApiKey('browser-test-portal', ['applications:submit', 'applications:read-own']);
  const docs = await t.gql(`query($code: String!, $on: LocalDate!) { serviceStandardInForce(code: $code, on: $on) {
    documents(subService: "issuance", channel: elicense) { ordinal recipients } } }`, { code: CODE, on: new Date().toISOString().slice(0, 10) });
  expect(docs.errors).toBeUndefined();
  const documents = (docs.data!.serviceStandardInForce.documents as { ordinal: number; recipients: string[] }[])
    .filter((d) => d.recipients.length === 0 || d.recipients.includes('legalEntity')).map((d) => d.ordinal);
  const res = await t.gql(`mutation($input: ApplicationInput!, $key: String!) { submitApplication(input: $input, idempotencyKey: $key) { id status } }`, {
    key: `browser-test-${Date.now()}`,
    input: { standardCode: CODE, subService: 'issuance', channel: 'elicense', applicantKind: 'legalEntity', applicantIdentifier: nextBin(), applicantName, documents },
  }, partner.headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.data!.submitApplication.status).toBe('submitted');
  return res.data!.submitApplication.id;
}

describe.skipIf(!HAS_CHROMIUM)(`the console in Chromium${HAS_CHROMIUM ? '' : ` (${NO_CHROMIUM})`}`, () => {
  let t: TestServer;
  let ui: ConsoleSession;
  let standard: StandardPick;
  let draftId: string;
  let timelinessBefore: string;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestServer({ withCorpus: true });
    standard = await newestVersion(t, CODE);
    ui = await openConsole(t);
  });
  afterAll(async () => { await ui?.close(); });
  stepsOfOneJourney(() => ui);

  it('opens on the login page, in Kazakh by default', async () => {
    await ui.goto('/');
    await ui.waitForRoute(/^\/login/);
    await ui.see('Мемлекеттік көрсетілетін қызметтер стандарттарының тізілімі');
    expect(await ui.page.getAttribute('html', 'lang')).toBe('kk');
    await ui.screenshot('01-login-kk');
  });

  it('switches the interface to English and signs in', async () => {
    await ui.chooseLanguage('English');
    await ui.see('Registry of state service standards');
    await ui.login(TEST_ADMIN.email, TEST_ADMIN.password);
    await ui.see('Qyzmet: the registry of state service standards');
    await ui.screenshot('02-dashboard');
  });

  it('lists the service standards and opens one', async () => {
    await ui.goto('/service-standards');
    await ui.see(standard.code);
    await ui.screenshot('03-standards-list');
    await ui.page.getByText(standard.code, { exact: true }).first().click();
    await ui.waitForRoute(new RegExp(`^/service-standards/${standard.id}/show`));
    await ui.waitFor(ui.page.locator('#section-deadlines'));
    await ui.settled();
    await ui.screenshot('04-standard-show');
  });

  it('creates a new draft of the standard', async () => {
    await ui.clickButton('New draft');
    await ui.waitForRoute(/^\/service-standards\/[^/]+$/);
    draftId = ui.route().split('/')[2]!;
    expect(draftId).not.toBe(standard.id);
    await ui.waitFor(ui.page.getByRole('tab', { name: 'Sub-services and deadlines' }));
    await ui.settled();
    await ui.screenshot('05-draft-edit-general');
  });

  it("edits the draft's processing deadline in the tabbed form and saves it", async () => {
    await ui.page.getByRole('tab', { name: 'Sub-services and deadlines' }).click();
    await ui.waitForRoute(/\/sub-services$/);
    // Rows of long lists show as one line until opened.
    await ui.clickButton(`Processing: not later than ${PROCESSING_DAYS} working days`);
    const amount = await ui.waitFor(ui.page.locator('input[name="deadlines.0.value"]'));
    await amount.fill(String(NEW_PROCESSING_DAYS));
    await ui.screenshot('06-draft-edit-deadlines');
    await ui.clickButton('Save');
    await ui.waitForRoute(new RegExp(`^/service-standards/${draftId}/show`));
    await ui.see(`not later than ${NEW_PROCESSING_DAYS} working days`, ui.page.locator('#section-deadlines'));
    const saved = await t.gql(`query($id: ID!) { serviceStandard(id: $id) { status deadlines { value } } }`, { id: draftId });
    expect(saved.data!.serviceStandard.status).toBe('draft');
    expect(saved.data!.serviceStandard.deadlines[0].value).toBe(NEW_PROCESSING_DAYS);
    await ui.settled();
    await ui.page.locator('#section-deadlines').scrollIntoViewIfNeeded();
    await ui.screenshot('07-draft-show-deadlines');
  });

  it('publishes the draft', async () => {
    await ui.clickButton('Publish');
    const dialog = await ui.waitFor(ui.page.getByRole('dialog'));
    await ui.screenshot('08-publish-dialog');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await ui.see('The draft is published');
    await ui.waitFor(ui.page.getByText('Published', { exact: true }).first());
    const published = await t.gql(`query($id: ID!) { serviceStandard(id: $id) { status } }`, { id: draftId });
    expect(published.data!.serviceStandard.status).toBe('published');
    await ui.screenshot('09-standard-published');
  });

  it('shows the quality dashboard on the home page, with the timeliness of the year', async () => {
    await ui.page.getByRole('menuitem', { name: 'Dashboard' }).click();
    timelinessBefore = await (await ui.waitFor(ui.page.getByTestId(TIMELINESS))).innerText();
    // No application of this year has been decided yet.
    expect(await ui.page.getByTestId(TIMELINESS_CASES).innerText()).toBe('0 / 0');
    await ui.settled();
    await ui.screenshot('10-quality-dashboard-before');
  });

  it('lists the application a partner submitted through the API, and opens it', async () => {
    applicationId = await submitAsPartner(t, APPLICANT);
    await ui.page.getByRole('menuitem', { name: 'Applications' }).click();
    await ui.waitForRoute(/^\/applications/);
    await ui.see(APPLICANT);
    await ui.settled();
    await ui.screenshot('11-applications-list');
    await ui.page.getByText(APPLICANT).first().click();
    await ui.waitForRoute(new RegExp(`^/applications/${applicationId}/show`));
    await ui.waitFor(ui.page.getByTestId('application-timeline'));
    await ui.settled();
    await ui.screenshot('12-application-submitted');
  });

  it('moves the application to issued with the buttons of its page', async () => {
    await ui.runTransition('acceptApplication');
    await ui.waitFor(ui.page.getByTestId('application-receipt'));
    await ui.screenshot('13-application-accepted');
    await ui.runTransition('startApplicationReview');
    await ui.runTransition('issueApplication');
    await ui.waitFor(ui.page.getByTestId('transition-handOverApplication'));
    const issued = await t.gql(`query($id: ID!) { application(id: $id) { status outcome deadlineValue events { type } } }`, { id: applicationId });
    expect(issued.data!.application).toMatchObject({ status: 'issued', deadlineValue: NEW_PROCESSING_DAYS });
    expect(issued.data!.application.events.map((e: { type: string }) => e.type)).toEqual(['submitted', 'accept', 'startReview', 'issue']);
    await ui.settled();
    await ui.screenshot('14-application-issued');
  });

  it('shows the issued application in the dashboard: the timeliness figure changes', async () => {
    await ui.page.getByRole('menuitem', { name: 'Dashboard' }).click();
    // Issued long before its due date: on time, so the year's only decided case counts fully.
    const timeliness = await ui.waitForChange(`[data-testid="${TIMELINESS}"]`, timelinessBefore);
    expect(timeliness).toMatch(/^100\s?%$/);
    expect(await ui.page.getByTestId(TIMELINESS_CASES).innerText()).toBe('1 / 1');
    await ui.settled();
    await ui.screenshot('15-quality-dashboard-after');
  });

  it('shows the agencies and the legal acts', async () => {
    const firstRow = ui.page.locator('table tbody tr').first();
    await ui.openFromMenu('Agencies', /^\/agencies/, '16-agencies-list');
    await (await ui.waitFor(firstRow)).click();
    await ui.waitForRoute(/^\/agencies\/[^/]+\/show/);
    await ui.see('Subordinate agencies');
    await ui.settled();
    await ui.screenshot('17-agency-show');
    await ui.openFromMenu('Legal acts', /^\/legal-acts/, '18-legal-acts-list');
    await (await ui.waitFor(firstRow)).click();
    await ui.waitForRoute(/^\/legal-acts\/[^/]+\/show/);
    await ui.see('Amendments and repeals');
    await ui.settled();
    await ui.screenshot('19-legal-act-show');
  });

  it('speaks Russian and Kazakh when asked: the menu and the names of records follow', async () => {
    await ui.openFromMenu('Legal acts', /^\/legal-acts/, '20-legal-acts-en');
    await ui.see('Budget Code of the Republic of Kazakhstan');
    await ui.chooseLanguage('Русский');
    await ui.waitFor(ui.page.getByRole('menuitem', { name: 'Правовые акты' }));
    await ui.see('Бюджетный кодекс Республики Казахстан');
    await ui.screenshot('21-legal-acts-ru');
    await ui.chooseLanguage('Қазақша');
    await ui.waitFor(ui.page.getByRole('menuitem', { name: 'Құқықтық актілер' }));
    await ui.see('Қазақстан Республикасының Бюджет кодексі');
    await ui.screenshot('22-legal-acts-kk');
    await ui.chooseLanguage('English');
    await ui.waitFor(ui.page.getByRole('menuitem', { name: 'Legal acts' }));
  });

  it('shows the calendar, complaints, survey answers, users, API keys (revoking one) and the audit log', async () => {
    await ui.openFromMenu('Production calendar', /^\/calendar-days/, '23-calendar');
    await ui.openFromMenu('Complaints', /^\/complaints/, '24-complaints-list');
    await ui.openFromMenu('Survey answers', /^\/survey-responses/, '25-survey-answers-list');
    await ui.openFromMenu('Users', /^\/users/, '26-users-list');
    await ui.see(TEST_ADMIN.email);
    await ui.openFromMenu('API keys', /^\/api-keys/, '27-api-keys-list');
    await ui.see('browser-test-portal');
    // Revoking the partner's key (its application is in already): confirmed, stored, shown.
    await ui.page.getByRole('button', { name: 'Revoke' }).first().click();
    await ui.page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => t.sql(`select count(*)::int as n from api_key where partner = 'browser-test-portal' and revoked_at is not null`)).toEqual([{ n: 1 }]);
    await ui.see('Key revoked');
    await ui.openFromMenu('Audit log', /^\/audit-entries/, '28-audit-log');
    await ui.waitFor(ui.page.locator('table tbody tr').first());
  });

  it('sends the user back to the login page, not a blank screen, when the session ends on the server', async () => {
    const token = await ui.sessionToken();
    expect(token).toBeDefined();
    const deleted = await t.sql(`delete from app_session where token_hash = $1 returning id`, [sha256(token!)]);
    expect(deleted).toHaveLength(1);
    await ui.page.getByRole('menuitem', { name: 'Service standards' }).click();
    await ui.waitForRoute(/^\/login/);
    await ui.see('Your session has ended. Please sign in again.');
    await ui.screenshot('29-session-ended');
  });
});
