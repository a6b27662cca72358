/**
 * The OSCAL downloads in a real browser against the real server: the scope page offers the
 * organization's documents and the dashboard's engagement card that engagement's; each link answers
 * an OSCAL document; axe at desktop and phone width on both pages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y.ts';
import { hasChromium, launchChromium, type RunningServer, startVigil, stopVigil } from './support.ts';

const OWNER = { email: 'ada@acme.test', password: 'correct horse battery staple' };

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)('OSCAL downloads (needs /usr/bin/chromium)', () => {
  let vigil: { server: RunningServer; dataDir: string } | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    vigil = await startVigil();
    base = vigil.server.url.replace(/\/$/, '');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    const req = context.request;
    const setup = await req.post(`${base}/api/setup`, {
      data: { organizationName: 'Acme Cloud', name: 'Ada Lovelace', ...OWNER },
    });
    expect(setup.status()).toBe(200);
    const headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
    expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
    const engagement = await req.post(`${base}/api/engagements`, {
      headers,
      data: { name: 'FY26 Type II', reportType: 'type2', windowStart: '2026-01-01', windowEnd: '2026-06-30' },
    });
    expect(engagement.status(), await engagement.text()).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await stopVigil(vigil);
  });

  /** Fetches a link's target with the page's session and returns the OSCAL document's root key. */
  const rootOf = async (name: string) => {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const res = await context.request.get(`${base}${href}`);
    expect(res.status(), `${name}: ${await res.text()}`).toBe(200);
    return Object.keys(await res.json());
  };

  it('offers the organization’s documents on the scope page', async () => {
    await page.goto(`${base}/scope`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Export for compliance tools' }).isVisible())
      .toBe(true);
    expect(await rootOf('System security plan')).toEqual(['system-security-plan']);
    expect(await rootOf('Criteria catalog')).toEqual(['catalog']);
    expect(await rootOf('Plan of action and milestones')).toEqual(['plan-of-action-and-milestones']);
    await expectAccessible(page, 'oscal-scope');
  });

  it('offers the engagement’s assessment results on the dashboard', async () => {
    await page.goto(`${base}/`);
    await expect
      .poll(() => page.getByRole('link', { name: 'Assessment results (OSCAL)' }).isVisible())
      .toBe(true);
    expect(await rootOf('Assessment results (OSCAL)')).toEqual(['assessment-results']);
    expect(await rootOf('Plan of action (OSCAL)')).toEqual(['plan-of-action-and-milestones']);
    await expectAccessible(page, 'oscal-dashboard');
    expect(pageErrors).toEqual([]);
  });
});
