/**
 * The applications console's forms and dialogs in headless Chromium against a real server (in
 * Kazakh, the default language): an operator registers a paper application through the form
 * (standard → sub-service → channel → the required documents ticked → applicant), accepts it,
 * starts the review and refuses it citing a ground of the pinned standard version; records the
 * applicant's survey answers and a complaint from the application's page, and resolves the
 * complaint. The server's records are checked after each step. Screenshots: test/artifacts/console/.
 * (The happy path submit → accept → review → issue is in the console journey.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../support/test-server.js';
import { nextBin } from '../support/applications.js';
import { HAS_CHROMIUM, NO_CHROMIUM, openConsole, type ConsoleSession } from './support/browser.js';

/** A Res. 586 standard in force in 2015, without the "deemed issued" rule. */
const STANDARD = 'attest-industrial-safety-works';
const APPLICANT = 'Браузер Сараптама ЖШС';
/** An operator of the standard's provider: registers, processes, records surveys and complaints. */
const OPERATOR = 'operator.forms@test.qyzmet';

describe.skipIf(!HAS_CHROMIUM)(`the applications forms in Chromium${HAS_CHROMIUM ? '' : ` (${NO_CHROMIUM})`}`, () => {
  let t: TestServer;
  let ui: ConsoleSession;
  let applicationRoute: string;
  const bin = nextBin();

  const application = async () => {
    const res = await t.gql(`query($q: String) { applications(filter: { q: $q }) { id status refusalGroundIds survey { process courtesy } complaints { id justified resolvedAt } receipt { kind } } }`, { q: bin });
    expect(res.errors).toBeUndefined();
    return res.data!.applications[0];
  };
  const press = async (testId: string) => {
    await ui.page.getByTestId(testId).click();
    await ui.page.getByRole('dialog').locator('button[type=submit]').click();
    await ui.page.getByRole('dialog').waitFor({ state: 'detached' });
    await ui.settled();
  };
  const choose = async (label: RegExp, option: string | RegExp | null) => {
    await ui.page.getByRole('combobox', { name: label }).click();
    const options = ui.page.getByRole('option', option ? { name: option } : undefined);
    await options.first().click();
  };

  beforeAll(async () => {
    t = await startTestServer({ withCorpus: true });
    await t.createUser({ email: OPERATOR, role: 'operator', agencyCode: 'mes-industrial-safety-committee' });
    ui = await openConsole(t);
  });
  afterAll(async () => { await ui?.close(); });

  it('an operator registers a paper application through the form', async () => {
    await ui.login(OPERATOR, TEST_PASSWORD);
    await ui.goto('/applications/create');
    await ui.settled();
    await ui.page.locator('input[name="submittedAt"]').fill('2015-03-02T10:00');
    await ui.page.getByRole('combobox', { name: /^Стандарт/ }).fill(STANDARD);
    await ui.page.getByRole('option', { name: new RegExp(`^${STANDARD}`) }).first().click();
    await ui.settled();
    await choose(/^Кіші қызмет/, null);
    await choose(/^Арна/, 'Халыққа қызмет көрсету орталығы');
    await choose(/^Өтініш берушінің түрі/, 'Заңды тұлғалар');
    await ui.page.locator('input[name="applicantName"]').fill(APPLICANT);
    await ui.page.locator('input[name="applicantIdentifier"]').fill(bin);
    // The documents a complete set needs are ticked once the list is known.
    expect(await ui.page.getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0);
    await ui.screenshot('applications-register');
    await ui.page.locator('button[type="submit"]').click();
    await ui.waitForRoute(/^\/applications\/[^/]+\/show$/);
    applicationRoute = ui.route();
    await ui.settled();
    await ui.see('Тапсырылды');
    expect(await application()).toMatchObject({ status: 'submitted' });
  });

  it('accepts it (a printable receipt appears), starts the review and refuses citing a ground', async () => {
    await press('transition-acceptApplication');
    await ui.see('Құжаттарды қабылдағаны туралы қолхат');
    expect(await ui.page.getByTestId('print-receipt').isVisible()).toBe(true);
    await press('transition-startApplicationReview');
    await ui.page.getByTestId('transition-refuseApplication').click();
    const dialog = ui.page.getByRole('dialog');
    // Without a ground the dialog does not send.
    await dialog.locator('button[type=submit]').click();
    await ui.settled();
    expect(await dialog.isVisible()).toBe(true);
    expect((await application()).status).toBe('inReview');
    await dialog.getByRole('checkbox').first().check();
    await dialog.locator('textarea[name="reason"]').fill('Талаптарға сәйкес келмейді');
    await ui.screenshot('applications-refuse-dialog');
    await dialog.locator('button[type=submit]').click();
    await dialog.waitFor({ state: 'detached' });
    await ui.settled();
    await ui.see('Талаптарға сәйкес келмейді', ui.page.getByTestId('application-timeline'));
    const refused = await application();
    expect(refused).toMatchObject({ status: 'refused', receipt: { kind: 'acceptance' } });
    expect(refused.refusalGroundIds).toHaveLength(1);
    // A refused application only offers the hand-over.
    expect(await ui.page.locator('[data-testid^="transition-"]').evaluateAll((buttons) => buttons.map((b) => (b as unknown as { dataset: { testid: string } }).dataset.testid)))
      .toEqual(['transition-handOverApplication']);
    await ui.screenshot('applications-refused', { fullPage: true });
  });

  it('records the survey answers and a complaint from the application\'s page, and resolves the complaint', async () => {
    await ui.page.getByRole('link', { name: /Сауалнама жауаптарын енгізу/ }).click();
    await ui.settled();
    await ui.page.getByRole('radiogroup').first().getByRole('radio').nth(3).check();
    await ui.page.getByRole('radiogroup').last().getByRole('radio').nth(4).check();
    await ui.page.locator('button[type="submit"]').click();
    await ui.waitForRoute(/^\/survey-responses\/[^/]+\/show$/);
    await ui.settled();
    expect((await application()).survey).toEqual({ process: 4, courtesy: 5 });

    await ui.goto(applicationRoute);
    await ui.settled();
    await ui.page.getByRole('link', { name: /Шағымды тіркеу/ }).click();
    await ui.settled();
    await choose(/^Берілген орны/, 'Көрсетілетін қызметті берушінің басшысы');
    await ui.page.locator('input[name="complainant"]').fill(APPLICANT);
    await ui.page.locator('textarea[name="subject"]').fill('Бас тарту негізсіз');
    await ui.page.locator('button[type="submit"]').click();
    await ui.waitForRoute(/^\/complaints\/[^/]+\/show$/);
    await ui.settled();
    await ui.see('Қаралуда');
    await ui.page.getByTestId('resolve-complaint').click();
    await ui.page.getByRole('dialog').getByRole('radio', { name: 'Негізсіз' }).check();
    await ui.page.getByRole('dialog').locator('button[type=submit]').click();
    await ui.page.getByRole('dialog').waitFor({ state: 'detached' });
    await ui.settled();
    await ui.see('Негізсіз');
    const [complaint] = (await application()).complaints;
    expect(complaint).toMatchObject({ justified: false, resolvedAt: expect.any(String) });
    await ui.screenshot('complaints-resolved', { fullPage: true });
  });

  it('lists applications, complaints and survey answers with the server\'s filters', async () => {
    await ui.goto(`/applications?filter=${encodeURIComponent(JSON.stringify({ q: bin }))}`);
    await ui.settled();
    await ui.see(APPLICANT);
    await ui.see('Бас тартылды');
    await ui.screenshot('applications-list');
    await ui.goto(`/complaints?filter=${encodeURIComponent(JSON.stringify({ resolved: true }))}`);
    await ui.settled();
    await ui.see('Бас тарту негізсіз');
    await ui.screenshot('complaints-list');
    await ui.goto(`/survey-responses?filter=${encodeURIComponent(JSON.stringify({ standardCode: STANDARD }))}`);
    await ui.settled();
    await ui.see(new RegExp(APPLICANT));
    await ui.screenshot('surveys-list');
  });
});
