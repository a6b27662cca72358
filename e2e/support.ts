/**
 * What the browser tests stand on: the real Vigil server started in-process on a fresh data
 * directory, Debian's chromium driven by playwright-core, and screenshots in /tmp/vigil-e2e.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@vigil/server';
import { type Browser, chromium, type Page } from 'playwright-core';
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
