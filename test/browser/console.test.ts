/**
 * The console end to end, in headless Chromium against a real server over the shipped corpus: a
 * superadmin signs in and changes a standard the way the law is changed (new draft, edit a
 * deadline, publish), and browses the registry. Each main screen is saved to test/artifacts/console/.
 *
 * The steps share one browser, in order, like one user's session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server.js';
import { sha256 } from '../../server/src/modules/access/tokens.js';
import { HAS_CHROMIUM, NO_CHROMIUM, openConsole, type ConsoleSession } from './support/browser.js';

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

describe.skipIf(!HAS_CHROMIUM)(`the console in Chromium${HAS_CHROMIUM ? '' : ` (${NO_CHROMIUM})`}`, () => {
  let t: TestServer;
  let ui: ConsoleSession;
  let standard: StandardPick;
  let draftId: string;

  beforeAll(async () => {
    t = await startTestServer({ withCorpus: true });
    standard = await newestVersion(t, CODE);
    ui = await openConsole(t);
  });
  afterAll(async () => { await ui?.close(); });

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

  it('shows the agencies and the legal acts', async () => {
    await ui.page.getByRole('menuitem', { name: 'Agencies' }).click();
    await ui.waitForRoute(/^\/agencies/);
    await ui.waitFor(ui.page.locator('table tbody tr').first());
    await ui.settled();
    await ui.screenshot('10-agencies-list');
    await ui.page.locator('table tbody tr').first().click();
    await ui.waitForRoute(/^\/agencies\/[^/]+\/show/);
    await ui.settled();
    await ui.screenshot('11-agency-show');
    await ui.page.getByRole('menuitem', { name: 'Legal acts' }).click();
    await ui.waitForRoute(/^\/legal-acts/);
    await ui.waitFor(ui.page.locator('table tbody tr').first());
    await ui.settled();
    await ui.screenshot('12-legal-acts-list');
    await ui.page.locator('table tbody tr').first().click();
    await ui.waitForRoute(/^\/legal-acts\/[^/]+\/show/);
    await ui.settled();
    await ui.screenshot('13-legal-act-show');
  });

  it('sends the user back to the login page, not a blank screen, when the session ends on the server', async () => {
    const token = await ui.sessionToken();
    expect(token).toBeDefined();
    const deleted = await t.sql(`delete from app_session where token_hash = $1 returning id`, [sha256(token!)]);
    expect(deleted).toHaveLength(1);
    await ui.page.getByRole('menuitem', { name: 'Service standards' }).click();
    await ui.waitForRoute(/^\/login/);
    await ui.see('Your session has ended. Please sign in again.');
    await ui.screenshot('14-session-ended');
  });
});
