/**
 * Vigil without a mouse, in a real browser against the real server: the phone navigation drawer
 * (out of the tab order when closed, aria-expanded, Escape, focus after choosing a page), focus and
 * titles on route changes, tables scrolled from the keyboard, and a keyboard-only walk from signing
 * in to editing a control and uploading evidence, with the focus visible at every stop.
 */
import type { Browser, BrowserContext, FileChooser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, PHONE } from './a11y.ts';
import {
  capture,
  hasChromium,
  launchChromium,
  type RunningServer,
  shot,
  startVigil,
  stopVigil,
} from './support.ts';

const OWNER = { email: 'ada@acme.test', password: 'correct horse battery staple' };

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

/** What has focus: tag, name and whether the browser shows it as focused. */
interface Focused {
  tag: string;
  text: string;
  /** The label of a form field. */
  label: string;
  inNavigation: boolean;
  inTable: boolean;
  focusVisible: boolean;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    // Mantine shows a focused field (its file field is a button styled as one) by its border; the
    // browser draws the focus inside its own date fields.
    const field = el.matches('input, textarea, select, .mantine-Input-input');
    const dateParts = el.matches('input[type="date"], input[type="datetime-local"], input[type="time"]');
    // Mantine shows a focused field by its border colour and other controls by an outline ring.
    const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    return {
      tag: el.tagName,
      text: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 80),
      label: ((el as HTMLInputElement).labels?.[0]?.textContent ?? '').trim(),
      inNavigation: !!el.closest('#main-navigation'),
      inTable: !!el.closest('table'),
      focusVisible: dateParts || (el.matches(':focus-visible') && (ring || field)),
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; fails if it never does, or focus is ever invisible. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 40) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    seen.push(`${f.tag} "${f.text}"`);
    expect(f.focusVisible, `focus is visible on ${f.tag} "${f.text}"`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error(`Tab never reached ${what}; stops were: ${seen.join(', ')}`);
}

const isFocused = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el === document.activeElement);

describe.skipIf(!hasChromium)('keyboard and screen-reader flow (needs /usr/bin/chromium)', () => {
  let vigil: { server: RunningServer; dataDir: string } | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let stepFailed = false;
  const pageErrors: string[] = [];

  const go = (path: string) => page.goto(`${base}${path}`);
  const choosers: ((chooser: FileChooser) => void)[] = [];
  /** The next file chooser the page opens. */
  const nextFileChooser = () => new Promise<FileChooser>((resolve) => choosers.push(resolve));

  beforeAll(async () => {
    vigil = await startVigil();
    base = vigil.server.url.replace(/\/$/, '');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE });
    page = await context.newPage();
    // Listening from the start: file choosers are intercepted before any key opens one (asking only
    // when a test waits for one raced the key press now and then).
    page.on('filechooser', (chooser) => {
      const waiting = choosers.shift();
      if (waiting) waiting(chooser);
    });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });

  beforeEach((ctx) => {
    if (stepFailed) ctx.skip();
    ctx.onTestFailed(async () => {
      stepFailed = true;
      await capture(page, 'keyboard-failed-step').catch(() => undefined);
    });
  });

  afterEach(() => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await stopVigil(vigil);
  });

  it('sets up an organization with adopted controls (API), then signs out', async () => {
    const req = context.request;
    const setup = await req.post(`${base}/api/setup`, {
      data: { organizationName: 'Acme Cloud', name: 'Ada Lovelace', ...OWNER },
    });
    expect(setup.status()).toBe(200);
    const headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
    expect((await req.put(`${base}/api/scope`, { headers, data: { categories: ['security'] } })).ok()).toBe(
      true,
    );
    expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
    expect((await req.post(`${base}/api/auth/logout`, { headers })).ok()).toBe(true);
  });

  it('signs in with the keyboard alone and lands with the page titled after its heading', async () => {
    await page.setViewportSize(DESKTOP);
    await go('/login');
    // The email field takes focus on load; the rest is typing, Tab and Enter.
    await expect.poll(() => isFocused(page, 'input[type="email"]')).toBe(true);
    await page.keyboard.type(OWNER.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(OWNER.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.isVisible()).toBe(true);
    await expect.poll(() => page.title()).toBe(`${(await heading.textContent())?.trim()} · Vigil`);
  });

  it('folds a navigation group from the keyboard, remembers it, and opens it again for its own page', async () => {
    await page.setViewportSize(DESKTOP);
    await go('/');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const admin = nav.getByRole('button', { name: 'Administration' });
    await expect.poll(() => admin.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link', { name: /^Audit trail/ }).isVisible()).toBe(true);
    await tabTo(
      page,
      (f) => f.tag === 'BUTTON' && f.text === 'Administration',
      'the Administration group',
      60,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => admin.getAttribute('aria-expanded')).toBe('false');
    // Folded pages leave the tab order and the accessibility tree, not only the screen.
    expect(await nav.getByRole('link', { name: /^Audit trail/ }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => admin.getAttribute('aria-expanded')).toBe('false');
    await go('/audit');
    await expect.poll(() => admin.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.getByRole('link', { name: /^Audit trail/ }).isVisible()).toBe(true);
    await expectAccessible(page, 'navigation groups, one folded and opened again');
  });

  it('keeps the closed phone drawer out of the tab order and the accessibility tree', async () => {
    await page.setViewportSize(PHONE);
    await go('/');
    const burger = page.getByRole('button', { name: 'Open navigation' });
    await expect.poll(() => burger.isVisible()).toBe(true);
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    expect(await burger.getAttribute('aria-controls')).toBe('main-navigation');
    expect(await page.locator('#main-navigation').getAttribute('inert')).not.toBeNull();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Controls/ }).count()).toBe(0);

    // From the top of the page, Tab goes through the header into the page, never the hidden links.
    const stops: Focused[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f) stops.push(f);
    }
    expect(stops.filter((f) => f.inNavigation)).toEqual([]);
    expect(stops.every((f) => f.focusVisible)).toBe(true);
    await shot(page, 'keyboard-01-phone-drawer-closed', false);
  });

  it('opens the drawer from the keyboard, closes it with Escape, and returns focus to the menu button', async () => {
    const burger = page.getByRole('button', { name: 'Open navigation' });
    await burger.focus();
    await page.keyboard.press('Enter');
    const close = page.getByRole('button', { name: 'Close navigation' });
    await expect.poll(() => close.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#main-navigation').getAttribute('inert')).toBeNull();
    // Focus moves into the drawer, on its first link.
    await expect.poll(() => focused(page).then((f) => f?.inNavigation)).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(true);
    await shot(page, 'keyboard-02-phone-drawer-open', false);

    await page.keyboard.press('Escape');
    await expect.poll(() => burger.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => burger.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('#main-navigation').getAttribute('inert')).not.toBeNull();
  });

  it('choosing a page in the drawer closes it and puts focus on the new page’s heading', async () => {
    const burger = page.getByRole('button', { name: 'Open navigation' });
    await burger.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((f) => f?.inNavigation)).toBe(true);
    await tabTo(page, (f) => f.inNavigation && f.text.startsWith('Controls'), 'the Controls link');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/controls');
    const heading = page.getByRole('heading', { level: 1, name: 'Controls' });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    expect(await page.title()).toBe('Controls · Vigil');
    await expect.poll(() => page.getByTestId('route-announcement').textContent()).toBe('Controls');
  });

  it('scrolls a table wider than the phone from the keyboard', async () => {
    const region = page.getByRole('region', { name: 'Controls' });
    await expect.poll(() => region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    expect((await focused(page))?.focusVisible).toBe(true);
    const before = await region.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    // At desktop width the table fits: no scroll region and no extra tab stop.
    await page.setViewportSize(DESKTOP);
    await expect.poll(() => page.getByRole('region', { name: 'Controls' }).count()).toBe(0);
  });

  /** Goes to a top-level page from the keyboard: at phone width through the menu button first. */
  async function navigateTo(name: string, phone: boolean) {
    if (phone) {
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Open navigation', 'the menu button');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page).then((f) => f?.inNavigation)).toBe(true);
    }
    await tabTo(page, (f) => f.tag === 'A' && f.text.startsWith(name), `the ${name} link`);
    await page.keyboard.press('Enter');
  }

  describe.each([
    ['desktop', false],
    ['phone', true],
  ] as const)('without a mouse at %s width', (width, phone) => {
    it('edits a control: focus follows each page, the change is saved', async () => {
      await page.setViewportSize(phone ? PHONE : DESKTOP);
      await go('/');
      await navigateTo('Controls', phone);
      await page.waitForURL('**/controls');
      await expect
        .poll(() =>
          page
            .getByRole('heading', { level: 1, name: 'Controls' })
            .evaluate((el) => el === document.activeElement),
        )
        .toBe(true);
      // From the heading, Tab goes on into the page: the filters, then the first control's link.
      await tabTo(page, (f) => f.tag === 'A' && f.inTable, 'the first control');
      await page.keyboard.press('Enter');
      await page.waitForURL('**/controls/*');
      const heading = page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.title()).toBe(`${(await heading.textContent())?.trim()} · Vigil`);

      await tabTo(page, (f) => f.tag === 'TEXTAREA', 'the Notes field');
      await page.keyboard.press('End');
      await page.keyboard.type(` Reviewed quarterly; typed without a mouse at ${width} width.`);
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Save', 'Save');
      await page.keyboard.press('Enter');
      // The desktop walk saves version 2, the phone walk version 3 of the same control.
      await expect
        .poll(() =>
          page
            .getByText(phone ? 'Version 3' : 'Version 2')
            .first()
            .isVisible(),
        )
        .toBe(true);
    });

    it('uploads evidence: dialog, file chooser, title, and the result', async () => {
      await page.setViewportSize(phone ? PHONE : DESKTOP);
      await go('/');
      await navigateTo('Evidence', phone);
      await page.waitForURL('**/evidence');
      // The new page takes focus on its heading first; tabbing starts from there.
      await expect
        .poll(() =>
          page
            .getByRole('heading', { level: 1, name: 'Evidence' })
            .evaluate((el) => el === document.activeElement),
        )
        .toBe(true);
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Upload evidence', 'Upload evidence');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Upload evidence' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      // The dialog takes focus once it has opened (its transition ends): tabbing before that would be
      // undone by the focus trap moving focus to its first field.
      await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
      // Focus is trapped in the dialog; the file field opens the system chooser on Enter.
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.label.startsWith('File'), 'the file field');
      // Still there once the page is quiet: nothing took focus away before Enter.
      await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
      expect((await focused(page))?.label).toMatch(/^File/);
      const chooser = nextFileChooser();
      await page.keyboard.press('Enter');
      await (await chooser).setFiles({
        name: `access-review-${width}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(`Quarterly access review, signed off (${width}).\n`),
      });
      await tabTo(page, (f) => f.tag === 'INPUT' && f.label.startsWith('Title'), 'the Title field', 5);
      await page.keyboard.type(`Q3 access review (${width})`);
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Upload evidence', 'the upload button');
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name: 'Evidence' });
      await expect.poll(() => drawer.getByText(`Q3 access review (${width})`).first().isVisible()).toBe(true);
      await shot(page, `keyboard-03-evidence-uploaded-${width}`, false);
    });
  });
});
