/**
 * Two people edit the same draft standard, in headless Chromium against a real server: the user
 * lengthens a deadline in the console while a colleague saves the draft first (through the API).
 * Saving then says someone else saved first and keeps the user's edit in the form; loading the
 * colleague's version keeps the edit too, and the next save stores both changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server.js';
import { HAS_CHROMIUM, NO_CHROMIUM, openConsole, stepsOfOneJourney, type ConsoleSession } from './support/browser.js';

const CODE = 'lic-explosives-pyrotechnics';
/** What the colleague adds: the Russian name (the shipped version has none). */
const RUSSIAN_NAME = 'Выдача лицензии на деятельность в сфере взрывчатых и пиротехнических веществ';

interface Draft { id: string; version: number; name: { kk: string; ru: string | null; en: string | null }; deadlines: { value: number | null }[] }

const DRAFT_FIELDS = 'id version name { kk ru en } deadlines { value }';

async function readDraft(t: TestServer, id: string): Promise<Draft> {
  const res = await t.gql<{ serviceStandard: Draft }>(`query($id: ID!) { serviceStandard(id: $id) { ${DRAFT_FIELDS} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.serviceStandard;
}

describe.skipIf(!HAS_CHROMIUM)(`a draft someone else saved first, in Chromium${HAS_CHROMIUM ? '' : ` (${NO_CHROMIUM})`}`, () => {
  let t: TestServer;
  let ui: ConsoleSession;
  let draft: Draft;
  let lengthened: number;

  beforeAll(async () => {
    t = await startTestServer({ withCorpus: true });
    const created = await t.gql<{ createStandardDraft: Draft }>(`mutation($code: String!) { createStandardDraft(code: $code) { ${DRAFT_FIELDS} } }`, { code: CODE });
    expect(created.errors).toBeUndefined();
    draft = created.data!.createStandardDraft;
    expect(draft.name.ru).toBeNull();
    lengthened = draft.deadlines[0]!.value! + 10;
    ui = await openConsole(t);
    await ui.goto('/login');
    await ui.chooseLanguage('English');
    await ui.login(TEST_ADMIN.email, TEST_ADMIN.password);
  });
  afterAll(async () => { await ui?.close(); });
  stepsOfOneJourney(() => ui);

  it('the user lengthens the first deadline of the draft in the form', async () => {
    await ui.goto(`/service-standards/${draft.id}/sub-services`);
    await ui.clickButton(/^Processing:/);
    await (await ui.waitFor(ui.page.locator('input[name="deadlines.0.value"]'))).fill(String(lengthened));
  });

  it('a colleague saves the draft first: saving says so and keeps the edit in the form', async () => {
    const colleague = await t.gql(`mutation($id: ID!, $version: Int!, $name: LocalizedTextInput!) {
      updateServiceStandard(id: $id, version: $version, name: $name) { version } }`,
    { id: draft.id, version: draft.version, name: { kk: draft.name.kk, en: draft.name.en, ru: RUSSIAN_NAME } });
    expect(colleague.errors).toBeUndefined();
    await ui.clickButton('Save');
    // Above the form: what happened, and a button to load the colleague's version.
    const explanation = await ui.see('Your changes are still in the form and were not saved.');
    expect(await ui.page.locator('input[name="deadlines.0.value"]').inputValue()).toBe(String(lengthened));
    expect(ui.route()).toBe(`/service-standards/${draft.id}/sub-services`);
    const stored = await readDraft(t, draft.id);
    // The server kept the colleague's save and nothing of the user's.
    expect(stored.name.ru).toBe(RUSSIAN_NAME);
    expect(stored.deadlines[0]!.value).toBe(draft.deadlines[0]!.value);
    await explanation.scrollIntoViewIfNeeded();
    await ui.screenshot('conflict-1-someone-saved-first');
  });

  it("loads the colleague's version keeping the edit, and saves both changes", async () => {
    await ui.clickButton('Load their version, keep my edits');
    await ui.settled();
    // The form is read again (its rows close); the deadline's summary still shows the user's value.
    await ui.see(`Processing: not later than ${lengthened} working days`);
    await ui.screenshot('conflict-2-their-version-loaded');
    await ui.clickButton('Save');
    await ui.waitForRoute(new RegExp(`^/service-standards/${draft.id}/show`));
    const saved = await readDraft(t, draft.id);
    expect(saved.name.ru).toBe(RUSSIAN_NAME);
    expect(saved.deadlines[0]!.value).toBe(lengthened);
    await ui.see(RUSSIAN_NAME);
    await ui.settled();
    await ui.screenshot('conflict-3-both-saved');
  });
});
