/**
 * What the browser tests stand on: the real Vigil server started in-process on a fresh data
 * directory, Debian's chromium driven by playwright-core, and screenshots in /tmp/vigil-e2e.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@vigil/server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { expectAccessible } from './a11y.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SHOTS = '/tmp/vigil-e2e';

export type RunningServer = Awaited<ReturnType<typeof startServer>>;

/** Starts Vigil on a random loopback port with an empty embedded database. */
export async function startVigil(): Promise<{ server: RunningServer; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VIGIL_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    VIGIL_LOG_LEVEL: 'silent',
  };
  // The walk starts from first-run setup, so it always gets its own embedded database.
  delete env.DATABASE_URL;
  delete env.VIGIL_PUBLIC_URL;
  delete env.VIGIL_WEB_DIST;
  const server = await startServer(env);
  return { server, dataDir };
}

export async function stopVigil(running: { server: RunningServer; dataDir: string } | undefined) {
  if (!running) return;
  await running.server.stop();
  rmSync(running.dataDir, { recursive: true, force: true });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * A page state the walk reaches: scanned for WCAG 2.1 A/AA violations at desktop and phone width
 * (see a11y.ts), then saved as a screenshot.
 */
export async function shot(page: Page, name: string, fullPage = true) {
  await expectAccessible(page, name);
  await capture(page, name, fullPage);
}

/** Saves a screenshot as /tmp/vigil-e2e/<name>.png: the whole page, or only what the viewport shows. */
export async function capture(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  // Fixed headers land mid-page in a full-page capture taken while scrolled.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** Picks an option of a Mantine Select (or MultiSelect) by its label text. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The owner every walk sets up its organization with. */
export const OWNER = { email: 'ada@acme.test', password: 'correct horse battery staple' };

/** What a walk drives: the page at desktop width, its context (its requests share the sign-in) and the server's address. */
export interface Walk {
  page: Page;
  context: BrowserContext;
  base: string;
}

/**
 * Registers the hooks every walk shares, inside its `describe`: starts Vigil and chromium before the
 * first step and stops them after the last, skips the steps after a failed one (they would only fail
 * for its sake) with a screenshot `<name>-failed-step`, and fails a step that left an uncaught error
 * in the page. `ready` receives the walk once it runs.
 */
export function browserWalk(name: string, ready: (walk: Walk) => void): void {
  let vigil: { server: RunningServer; dataDir: string } | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let stepFailed = false;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    vigil = await startVigil();
    const base = vigil.server.url.replace(/\/$/, '');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    ready({ page, context, base });
  });

  beforeEach((ctx) => {
    if (stepFailed) ctx.skip();
    ctx.onTestFailed(async () => {
      stepFailed = true;
      if (page) await capture(page, `${name}-failed-step`).catch(() => undefined);
    });
  });

  afterEach(() => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await stopVigil(vigil);
  });
}

/**
 * First-run set-up of the organization "Acme Cloud" with Ada Lovelace as its owner, signed in for
 * the walk's context and page; returns the headers its API writes need.
 */
export async function setUpOrganization(
  context: BrowserContext,
  base: string,
): Promise<{ 'x-csrf-token': string }> {
  const setup = await context.request.post(`${base}/api/setup`, {
    data: { organizationName: 'Acme Cloud', name: 'Ada Lovelace', ...OWNER },
  });
  expect(setup.status()).toBe(200);
  return { 'x-csrf-token': (await setup.json()).csrfToken as string };
}

/** The auditor the audit walks invite to their engagement. */
export const AUDITOR = {
  email: 'grace@cpa.test',
  name: 'Grace Auditor',
  password: 'a long and quiet river 42',
};

/** What an audit walk drives: the company's page and the auditor's, each in its own browser context. */
export interface AuditWalk {
  company: Page;
  companyContext: BrowserContext;
  auditor: Page;
  auditorContext: BrowserContext;
  base: string;
}

/**
 * `browserWalk` for two people at once: the company and its auditor, signed in in separate browser
 * contexts (downloads allowed in both) so each keeps its own session. A failed step skips the rest
 * and leaves `<name>-failed-company` and `<name>-failed-auditor` screenshots.
 */
export function auditWalk(name: string, ready: (walk: AuditWalk) => void): void {
  let vigil: { server: RunningServer; dataDir: string } | undefined;
  let browser: Browser | undefined;
  let pages: Page[] = [];
  let stepFailed = false;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    vigil = await startVigil();
    const base = vigil.server.url.replace(/\/$/, '');
    browser = await launchChromium();
    const companyContext = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    const auditorContext = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    const company = await companyContext.newPage();
    const auditor = await auditorContext.newPage();
    pages = [company, auditor];
    for (const p of pages) {
      p.setDefaultTimeout(10_000);
      p.on('pageerror', (err) => pageErrors.push(err.message));
    }
    ready({ company, companyContext, auditor, auditorContext, base });
  });

  beforeEach((ctx) => {
    if (stepFailed) ctx.skip();
    ctx.onTestFailed(async () => {
      stepFailed = true;
      const [company, auditor] = pages;
      if (company) await capture(company, `${name}-failed-company`).catch(() => undefined);
      if (auditor) await capture(auditor, `${name}-failed-auditor`).catch(() => undefined);
    });
  });

  afterEach(() => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await stopVigil(vigil);
  });
}

/** The company invites `AUDITOR` to the engagement and the auditor accepts, signing in their context. */
export async function inviteAuditor(
  walk: AuditWalk,
  headers: { 'x-csrf-token': string },
  engagementId: string,
): Promise<void> {
  const invite = await walk.companyContext.request.post(`${walk.base}/api/invitations`, {
    headers,
    data: { email: AUDITOR.email, role: 'auditor', engagementId },
  });
  expect(invite.status(), await invite.text()).toBe(201);
  const token = new URL((await invite.json()).url).searchParams.get('token');
  const accepted = await walk.auditorContext.request.post(`${walk.base}/api/invitations/accept`, {
    data: { token, name: AUDITOR.name, password: AUDITOR.password },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
}
