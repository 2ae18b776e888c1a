/**
 * Role-aware menus and actions, in headless Chromium against a real server: an operator and an
 * analyst see only the screens and buttons their role may use (the server refuses the rest anyway;
 * the console must not offer it).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../support/test-server.js';
import { HAS_CHROMIUM, NO_CHROMIUM, openConsole, type ConsoleSession } from './support/browser.js';

const OPERATOR = 'operator.roles@test.qyzmet';
const ANALYST = 'analyst.roles@test.qyzmet';
const MENU = ['Dashboard', 'Service standards', 'Legal acts', 'Agencies', 'Production calendar', 'Applications', 'Complaints', 'Survey answers', 'Users', 'API keys', 'Audit log'];

describe.skipIf(!HAS_CHROMIUM)(`role-aware menus and actions in Chromium${HAS_CHROMIUM ? '' : ` (${NO_CHROMIUM})`}`, () => {
  let t: TestServer;
  let ui: ConsoleSession | undefined;
  let standardId: string;

  beforeAll(async () => {
    t = await startTestServer({ withCorpus: true });
    await t.createUser({ email: OPERATOR, role: 'operator', agencyCode: 'mint-industry-committee' });
    await t.createUser({ email: ANALYST, role: 'analyst' });
    const res = await t.gql(`{ serviceStandards(perPage: 1, filter: { code: "lic-poisons" }) { id } }`);
    standardId = res.data!.serviceStandards[0].id;
  });
  afterEach(async () => { await ui?.close(); ui = undefined; });

  /** A fresh browser, signed in as `email`, in English. */
  async function signIn(email: string): Promise<ConsoleSession> {
    ui = await openConsole(t);
    await ui.goto('/login');
    await ui.chooseLanguage('English');
    await ui.login(email, TEST_PASSWORD);
    await ui.waitFor(ui.page.getByRole('menuitem', { name: 'Dashboard' }));
    return ui;
  }

  async function menu(session: ConsoleSession): Promise<string[]> {
    const items = await session.page.getByRole('menuitem').allInnerTexts();
    return MENU.filter((name) => items.some((item) => item.trim() === name));
  }

  /** The show page of the standard, loaded, and the labels of its action buttons (lower case). */
  async function standardActions(session: ConsoleSession): Promise<string[]> {
    await session.goto(`/service-standards/${standardId}/show`);
    await session.waitFor(session.page.locator('#section-deadlines'));
    await session.settled();
    // The actions bar: react-admin's TopToolbar, above the page's card.
    const labels = await session.page.locator('.show-page > .MuiToolbar-root').locator('a, button').allInnerTexts();
    return labels.map((label) => label.trim().toLowerCase());
  }

  it('an operator processes applications but sees no users, API keys or audit log, and cannot draft standards', async () => {
    const session = await signIn(OPERATOR);
    expect(await menu(session)).toEqual(MENU.filter((name) => !['Users', 'API keys', 'Audit log'].includes(name)));
    const actions = await standardActions(session);
    expect(actions).toContain('compare versions'); // what everyone may do
    expect(actions).not.toContain('new draft');
    expect(actions).not.toContain('edit');
    await session.screenshot('roles-operator-standard');
    await session.openFromMenu('Applications', /^\/applications/, 'roles-operator-applications');
    await session.waitFor(session.page.getByRole('link', { name: 'Create' }));
  });

  it('an analyst reads everything, the audit log too, and changes nothing', async () => {
    const session = await signIn(ANALYST);
    expect(await menu(session)).toEqual(MENU.filter((name) => !['Users', 'API keys'].includes(name)));
    const actions = await standardActions(session);
    expect(actions).toContain('compare versions'); // what everyone may do
    expect(actions).not.toContain('new draft');
    expect(actions).not.toContain('edit');
    await session.openFromMenu('Applications', /^\/applications/, 'roles-analyst-applications');
    expect(await session.page.getByRole('link', { name: 'Create' }).count()).toBe(0);
    await session.openFromMenu('Audit log', /^\/audit-entries/, 'roles-analyst-audit-log');
    await session.waitFor(session.page.locator('table tbody tr').first());
  });
});
