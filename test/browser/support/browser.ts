/**
 * The console in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core;
 * `npx playwright install` cannot download browsers on our machines), so browser tests read as a
 * user's steps:
 *
 *   const ui = await openConsole(t);                // a fresh browser profile on the test server
 *   await ui.login(TEST_ADMIN.email, TEST_ADMIN.password);
 *   await ui.openFromMenu('Agencies', /^\/agencies/, 'agencies-list');   // also saves
 *                                                   // test/artifacts/console/agencies-list.png
 *   await ui.see('akimat-akmola-entrepreneurship');
 *
 * playwright-core has no `expect`: `see`/`waitFor` wait for the page (failing with what was
 * looked for), then plain vitest assertions check values. Uncaught errors in the page fail the
 * test at close().
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach } from 'vitest';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { TestServer } from '../../support/test-server.js';
import { SESSION_COOKIE } from '../../../server/src/modules/access/http.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
/** Said in the name of skipped suites, so the run's output explains the skip. */
export const NO_CHROMIUM = `SKIPPED: ${CHROMIUM_PATH} is missing (apt-get install chromium; .ci/run installs it)`;

/** Flags that work as root in containers: no sandbox, no GPU, nothing phoning home. */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/console/', import.meta.url));

/** How long one step may wait for the page (a cold server's first queries included). */
const STEP_TIMEOUT_MS = 20_000;
/** The message on react-admin's error page ("Something went wrong"), shown instead of a screen that crashed. */
const CRASH = '.RaError-panelSummary';
/** react-admin's page title in the app bar. */
const PAGE_TITLE = '#react-admin-title';
/** A page has settled when no progress indicator has shown for this long. */
const QUIET_MS = 300;

/** The browser globals that functions run in the page use. */
interface PageGlobals { document: { querySelector(selector: string): { textContent: string | null } | null }; qzBusyAt?: number }

export interface ConsoleSession {
  page: Page;
  context: BrowserContext;
  /** The session token of the console's cookie (undefined when signed out). */
  sessionToken(): Promise<string | undefined>;
  /** Opens a route of the console (react-admin's hash routes: '/service-standards/123/show'). */
  goto(route: string): Promise<void>;
  /** The route shown now ('/service-standards/123/show'). */
  route(): string;
  /** Waits until the route matches. */
  waitForRoute(pattern: RegExp): Promise<void>;
  /** Signs in on the login page (opening it first when another page is shown). */
  login(email: string, password: string): Promise<void>;
  /** Waits until text is visible on the page; returns its locator. */
  see(text: string | RegExp, within?: Locator): Promise<Locator>;
  /** Waits until a locator is visible; returns it. */
  waitFor(locator: Locator): Promise<Locator>;
  /** Picks the interface language in the language menu (on the login page or the app bar). */
  chooseLanguage(name: 'Қазақша' | 'Русский' | 'English'): Promise<void>;
  /**
   * Opens a screen from the menu, waits until it has loaded and checks it shows something (a
   * crashed or blank screen fails), then saves its screenshot.
   */
  openFromMenu(item: string, route: RegExp, screenshot: string): Promise<void>;
  /** Waits until the text of the first element matching `selector` differs from `before`; returns the new text. */
  waitForChange(selector: string, before: string): Promise<string>;
  /** Clicks a button by its accessible name. */
  clickButton(name: string | RegExp): Promise<void>;
  /**
   * Presses the button of an application's transition (data-testid="transition-<mutation>"),
   * confirms its dialog as it opens, and waits until the page shows the new state.
   */
  runTransition(mutation: string): Promise<void>;
  /** Waits until react-admin's loading indicators are gone (the page's queries have answered); fails on its error page. */
  settled(): Promise<void>;
  /** Saves what the window shows (or the whole page) to test/artifacts/console/<name>.png; returns its path. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  /** Closes the browser; throws if the page had uncaught errors. */
  close(): Promise<void>;
}

export async function openConsole(t: TestServer): Promise<ConsoleSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // A fresh profile each time: no cookies, storage or cache from another run.
  const profile = mkdtempSync(join(tmpdir(), 'qyzmet-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'Asia/Almaty',
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = context.pages()[0] ?? await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  const failOnCrash = async () => {
    const crash = page.locator(CRASH);
    if (!(await crash.count())) return;
    throw new Error(`The console shows its error page at ${session.route()}: ${await crash.first().innerText()}`);
  };
  const session: ConsoleSession = {
    page,
    context,
    async sessionToken() {
      return (await context.cookies(t.url)).find((cookie) => cookie.name === SESSION_COOKIE)?.value;
    },
    async goto(route) {
      // Not waiting for "load": the steps wait for what they need to see.
      await page.goto(`${t.url}/#${route}`, { waitUntil: 'domcontentloaded' });
    },
    route: () => new URL(page.url()).hash.replace(/^#/, '') || '/',
    async waitForRoute(pattern) {
      await page.waitForURL((url) => pattern.test(url.hash.replace(/^#/, '')));
    },
    async login(email, password) {
      if (!session.route().startsWith('/login')) await session.goto('/login');
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill(password);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => !url.hash.startsWith('#/login'));
      await session.settled();
    },
    async see(text, within) {
      return session.waitFor((within ?? page).getByText(text).first());
    },
    async waitFor(locator) {
      await locator.or(page.locator(CRASH)).first().waitFor({ state: 'visible' });
      await failOnCrash();
      return locator;
    },
    async chooseLanguage(name) {
      // react-admin's LocalesMenuButton shows the current language's name.
      await page.getByRole('button', { name: /Қазақша|Русский|English/ }).first().click();
      await page.getByRole('menuitem', { name }).click();
    },
    async openFromMenu(item, route, screenshot) {
      const title = page.locator(PAGE_TITLE);
      const before = (await title.count()) ? await title.innerText() : '';
      await page.getByRole('menuitem', { name: item, exact: true }).click();
      await session.waitForRoute(route);
      // The new screen has rendered when the app bar shows its title.
      await session.waitForChange(PAGE_TITLE, before);
      await session.settled();
      const shown = (await page.locator('#main-content').innerText()).trim();
      if (!shown) throw new Error(`"${item}" (${session.route()}) shows a blank page`);
      await session.screenshot(screenshot);
    },
    async waitForChange(selector, before) {
      try {
        await page.waitForFunction(([css, old]) => {
          const text = (globalThis as unknown as PageGlobals).document.querySelector(css)?.textContent;
          return text != null && text !== '' && text !== old;
        }, [selector, before] as const, { polling: 100 });
      } catch (error) {
        throw new Error(`${selector} still shows "${before}" at ${session.route()}: ${(error as Error).message}`);
      }
      return page.locator(selector).first().innerText();
    },
    async clickButton(name) {
      await (await session.waitFor(page.getByRole('button', { name }).first())).click();
    },
    async runTransition(mutation) {
      await (await session.waitFor(page.getByTestId(`transition-${mutation}`))).click();
      const dialog = await session.waitFor(page.getByRole('dialog'));
      await dialog.locator('button[type="submit"]').click();
      await dialog.waitFor({ state: 'hidden' });
      // The page reloads the application: its button for this step goes away.
      await page.getByTestId(`transition-${mutation}`).waitFor({ state: 'detached' });
      await session.settled();
    },
    async settled() {
      // react-admin shows a progress circle in the app bar while any query is in flight (and pages
      // a progress bar while they load): wait until none has shown for a moment.
      // (These functions run in the page; the test project compiles without DOM types.)
      await page.evaluate(() => { delete (globalThis as unknown as PageGlobals).qzBusyAt; });
      await page.waitForFunction((quietMs) => {
        const w = globalThis as unknown as PageGlobals;
        const now = performance.now();
        if (w.document.querySelector('[role="progressbar"]') || w.qzBusyAt === undefined) w.qzBusyAt = now;
        return now - w.qzBusyAt >= quietMs;
      }, QUIET_MS, { polling: 50 });
      await failOnCrash();
    },
    async screenshot(name, { fullPage = false } = {}) {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage });
      return path;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (pageErrors.length) throw new Error(`The console had uncaught errors:\n${pageErrors.join('\n\n')}`);
    },
  };
  return session;
}

/**
 * For a describe whose tests are the steps of one user's journey: a failed step saves a screenshot
 * (test/artifacts/console/failed-<step>.png) and the later steps are skipped, since they would only
 * wait for screens that cannot come.
 */
export function stepsOfOneJourney(session: () => ConsoleSession | undefined): void {
  let failedStep: string | undefined;
  beforeEach((context) => {
    if (failedStep) context.skip(`an earlier step failed: "${failedStep}"`);
    context.onTestFailed(async () => {
      failedStep ??= context.task.name;
      await session()?.screenshot(`failed-${context.task.name.replace(/[^\w]+/g, '-').slice(0, 60)}`).catch(() => undefined);
    });
  });
}
