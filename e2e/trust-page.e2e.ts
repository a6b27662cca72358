/**
 * The trust page in a real browser against the real server: the owner switches the page on, publishes
 * an NDA, a public, an on-request and a private document; an outsider in a new browser context reads
 * the page without JavaScript-only parts, requests access (refused until the NDA is accepted), the
 * owner approves, the link arrives by email through a loopback SMTP server, the outsider downloads,
 * and the owner sees it in the access log. The private document is found nowhere. Axe at desktop and
 * phone width on the public pages and the owner page.
 */
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  choose,
  hasChromium,
  launchChromium,
  type RunningServer,
  setUpOrganization,
  shot,
  startVigil,
  stopVigil,
} from './support.ts';

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'trust page: publish, request, approve, download, log (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser | undefined;
    let owner: BrowserContext;
    let outsider: BrowserContext;
    let page: Page;
    let visitor: Page;
    let base: string;
    let smtp: SMTPServer;
    const inbox: { to: string[]; raw: string }[] = [];
    let link = '';

    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            inbox.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: Buffer.concat(chunks).toString('utf8'),
            });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
      try {
        vigil = await startVigil();
      } finally {
        delete process.env.SMTP_URL;
      }
      base = vigil.server.url.replace(/\/$/, '');
      browser = await launchChromium();
      owner = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      // The outsider is a different person: a context of their own, without the owner's cookies.
      outsider = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        acceptDownloads: true,
      });
      page = await owner.newPage();
      visitor = await outsider.newPage();
      page.setDefaultTimeout(15_000);
      visitor.setDefaultTimeout(15_000);
      await setUpOrganization(owner, base);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await stopVigil(vigil);
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    });

    it('the owner switches the page on and publishes an NDA and three documents', async () => {
      await page.goto(`${base}/trust-page`);
      await expect.poll(() => page.getByRole('heading', { name: 'Trust page', level: 1 }).count()).toBe(1);
      await shot(page, 'trust-owner-empty');
      const settings = page.locator('form[aria-label="Trust page settings"]');
      await settings.getByLabel('Address').fill('acme-cloud');
      await settings.getByLabel('Overview').fill('Acme Cloud runs billing for small shops.');
      // Switched from the keyboard, as the fixed header may cover the switch where a click would land.
      await settings.getByRole('switch', { name: 'Publish the trust page' }).focus();
      await page.keyboard.press('Space');
      await expect
        .poll(() => settings.getByRole('switch', { name: 'Publish the trust page' }).isChecked())
        .toBe(true);
      await settings.getByRole('button', { name: 'Save settings' }).click();
      await expect.poll(() => page.getByText('The page is served at /trust/acme-cloud').count()).toBe(1);

      const nda = page.locator('form[aria-label="Publish a new NDA version"]');
      await nda.getByLabel('Text of the new version').fill('You keep what we share confidential.');
      await nda.getByRole('button', { name: 'Publish new version' }).click();
      await expect.poll(() => page.getByText(/^Version 1, published/).count()).toBe(1);
      // The owner reads the current words; the same words again are refused on the field.
      expect(await page.getByText('You keep what we share confidential.', { exact: true }).isVisible()).toBe(
        true,
      );
      await nda.getByLabel('Text of the new version').fill('You keep what we share confidential.');
      await nda.getByRole('button', { name: 'Publish new version' }).click();
      await expect
        .poll(() =>
          nda.getByText('This is already the text of version 1; change it to publish a new version').count(),
        )
        .toBe(1);
      await nda.getByLabel('Text of the new version').fill('');

      const add = page.locator('form[aria-label="Add a document"]');
      const upload = async (title: string, kind: string, visibility: string, name: string, body: string) => {
        await add.getByLabel('Title').fill(title);
        await choose(page, 'Kind', kind);
        await choose(page, 'Visibility', visibility);
        await add
          .locator('input[type="file"]')
          .setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(body) });
        await add.getByRole('button', { name: 'Add document' }).click();
        await expect.poll(() => page.getByRole('cell', { name: title, exact: true }).count()).toBe(1);
      };
      await upload(
        'Security whitepaper',
        'Other document',
        'Public',
        'whitepaper.pdf',
        '%PDF-1.4 whitepaper',
      );
      await upload('SOC 2 Type II report', 'SOC 2 report', 'On request', 'soc2.pdf', '%PDF-1.4 the report');
      await upload('Internal pen test', 'Other document', 'Private', 'pentest.pdf', '%PDF-1.4 private');
      await shot(page, 'trust-owner-published');
    });

    it('an outsider reads the public page, where the private document is nowhere', async () => {
      const res = await visitor.goto(`${base}/trust/acme-cloud`);
      expect(res?.status()).toBe(200);
      await expect
        .poll(() => visitor.getByRole('heading', { name: 'Acme Cloud security and trust' }).count())
        .toBe(1);
      const text = await visitor.content();
      expect(text).toContain('Security whitepaper');
      expect(text).toContain('SOC 2 Type II report');
      expect(text).toContain('Preparing for a SOC 2 audit; no report yet');
      expect(text).not.toContain('Internal pen test');
      // Nothing on the public pages needs JavaScript: there is none.
      expect(await visitor.locator('script').count()).toBe(0);
      await shot(visitor, 'trust-public-page');
      // The private document's own address answers like any address that does not exist.
      const docs = await owner.request.get(`${base}/api/trust/documents`);
      const priv = (await docs.json()).items.find((d: { title: string }) => d.title === 'Internal pen test');
      const privRes = await outsider.request.get(`${base}/trust/acme-cloud/documents/${priv.id}`);
      const missing = await outsider.request.get(
        `${base}/trust/acme-cloud/documents/00000000-0000-4000-8000-000000000000`,
      );
      expect(privRes.status()).toBe(404);
      expect(await privRes.text()).toBe(await missing.text());
    });

    it('requests access: refused until the NDA is accepted, then sent', async () => {
      await visitor.getByRole('link', { name: 'Request access to documents' }).click();
      await visitor.getByLabel('Your name').fill('Pia Prospect');
      await visitor.getByLabel('Company').fill('Prospect Inc');
      await visitor.getByLabel('Work email').fill('pia@prospect.test');
      await shot(visitor, 'trust-request-form');
      await visitor.getByRole('button', { name: 'Request access' }).click();
      await expect
        .poll(() => visitor.getByText('accept the non-disclosure agreement to continue').count())
        .toBeGreaterThan(0);
      await shot(visitor, 'trust-request-form-error');
      await visitor.getByLabel('I have read and accept the non-disclosure agreement').check();
      await visitor.getByRole('button', { name: 'Request access' }).click();
      await expect.poll(() => visitor.getByRole('heading', { name: 'Thank you' }).count()).toBe(1);
      await shot(visitor, 'trust-request-sent');
    });

    it('the owner approves and the link arrives by email', async () => {
      await page.reload();
      await page.getByRole('button', { name: 'Approve Pia Prospect' }).click();
      await expect.poll(() => page.getByText(/^Until /).count()).toBe(1);
      await expect
        .poll(() => inbox.filter((m) => m.to.includes('pia@prospect.test')).length, { timeout: 10_000 })
        .toBe(1);
      const raw = inbox[0]!.raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');
      link = raw.match(/http:\/\/[\w.:-]+\/trust\/access\/[\w-]+/)![0];
    });

    it('the outsider opens the link, downloads the report, and never sees the private document', async () => {
      await visitor.goto(link);
      await expect
        .poll(() => visitor.getByRole('heading', { name: 'Acme Cloud security documents' }).count())
        .toBe(1);
      expect(await visitor.content()).not.toContain('Internal pen test');
      await shot(visitor, 'trust-access-page');
      const [download] = await Promise.all([
        visitor.waitForEvent('download'),
        visitor.getByRole('link', { name: 'Download SOC 2 Type II report' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('soc2.pdf');
    });

    it('the owner sees the download in the access log, and revoking closes the link', async () => {
      await page.reload();
      await expect.poll(() => page.getByText('Downloaded SOC 2 Type II report, version 1').count()).toBe(1);
      await expect
        .poll(() => page.getByText('Pia Prospect, Prospect Inc (pia@prospect.test)').count())
        .toBe(1);
      await shot(page, 'trust-owner-log');
      await page.getByRole('button', { name: 'Revoke access of Pia Prospect' }).click();
      await expect.poll(() => page.getByText(/^Revoked /).count()).toBe(1);
      const gone = await outsider.request.get(link);
      expect(gone.status()).toBe(410);
    });
  },
);
