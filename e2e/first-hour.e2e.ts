/**
 * The first hour replayed as a new customer lived it, through the web app: real AWS exports
 * uploaded one by one into a connector that detects their kind, an unrecognised file, an S3 folder
 * in another layout, and the same report through a second connector. Each step must leave every
 * result true: nothing remediated that nothing fixed, nothing hidden by a failed run, nothing
 * counted twice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import tar from 'tar-stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  choose,
  hasChromium,
  launchChromium,
  type RunningServer,
  shot,
  startVigil,
  stopVigil,
} from './support.ts';

const CLOUD = join(import.meta.dirname, '../packages/connectors/src/cloud/fixtures');
const OWNER = { email: 'grace@acme.test', password: 'correct horse battery staple' };
const ROOT_KEYS = 'aws.iam.root_no_access_keys';
const MFA = 'aws.iam.console_user_mfa';
const DETECT = 'Any supported file (detected)';

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The real credential report with the root user's first access key active, as in the finding. */
function reportWithActiveRootKey(): string {
  const lines = readFileSync(join(CLOUD, 'credential-report.csv'), 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const root = lines[1]!.split(',');
  root[header.indexOf('access_key_1_active')] = 'true';
  lines[1] = root.join(',');
  return lines.join('\n');
}

/** An S3 export flattened into another layout: the bucket list, and each bucket's answers in one folder. */
async function s3OtherLayout(): Promise<Buffer> {
  const pack = tar.pack();
  const add = (name: string, body: Buffer) =>
    new Promise<void>((resolve, reject) => pack.entry({ name }, body, (e) => (e ? reject(e) : resolve())));
  const s3 = join(CLOUD, 'aws-bundle/s3api');
  await add('s3-export/list-buckets.json', readFileSync(join(s3, 'list-buckets.json')));
  await add(
    's3-export/encryption/get-bucket-encryption.json',
    readFileSync(join(s3, 'buckets/my-bucket/get-bucket-encryption.json')),
  );
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return gzipSync(Buffer.concat(chunks));
}

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'the first hour: uploads in the order a person makes them (needs /usr/bin/chromium)',
  () => {
    let vigil: { server: RunningServer; dataDir: string } | undefined;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let base: string;
    let scratch: string;
    let engagementId = '';
    let stepFailed = false;
    const pageErrors: string[] = [];

    const go = (path: string) => page.goto(`${base}${path}`);
    const region = (name: string) => page.getByRole('region', { name });
    const failCount = (checkId: string) =>
      page.locator(`tr[data-check="${checkId}"]`).getByTestId('fail-count').textContent();

    async function addConnector(kind: string | RegExp, name: string) {
      await go('/integrations');
      await page.getByRole('button', { name: 'Add connector' }).first().click();
      await choose(page, 'Kind', kind);
      const form = page.getByRole('form', { name: 'Add a connector' });
      await form.getByLabel(/^Name/).fill(name);
      await form.getByRole('button', { name: 'Add connector' }).click();
      await expect.poll(() => region(name).isVisible()).toBe(true);
    }

    async function uploadTo(name: string, file: { name: string; buffer: Buffer }) {
      await go('/integrations');
      const connector = region(name);
      await connector
        .locator('input[type="file"]')
        .setInputFiles({ ...file, mimeType: 'application/octet-stream' });
      await connector.getByRole('button', { name: 'Upload', exact: true }).click();
    }

    async function uploaded(name: string, file: { name: string; buffer: Buffer }) {
      await uploadTo(name, file);
      await expect.poll(() => region(name).getByText('Import finished').isVisible()).toBe(true);
    }

    beforeAll(async () => {
      vigil = await startVigil();
      base = vigil.server.url.replace(/\/$/, '');
      scratch = mkdtempSync(join(tmpdir(), 'vigil-e2e-first-hour-'));
      browser = await launchChromium();
      context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (err) => pageErrors.push(err.message));
    });

    beforeEach((ctx) => {
      if (stepFailed) ctx.skip();
      ctx.onTestFailed(async () => {
        stepFailed = true;
        await shot(page, 'first-hour-failed-step').catch(() => undefined);
      });
    });

    afterEach(() => {
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    });

    afterAll(async () => {
      await browser?.close();
      await stopVigil(vigil);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it('sets up an organization with adopted controls and a Type II window around today (API)', async () => {
      const req = context.request;
      const setup = await req.post(`${base}/api/setup`, {
        data: { organizationName: 'Acme Cloud', name: 'Grace Hopper', ...OWNER },
      });
      expect(setup.status()).toBe(200);
      const headers = { 'x-csrf-token': (await setup.json()).csrfToken as string };
      expect((await req.put(`${base}/api/scope`, { headers, data: { categories: ['security'] } })).ok()).toBe(
        true,
      );
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const engagement = await req.post(`${base}/api/engagements`, {
        headers,
        data: {
          name: 'SOC 2 Type II',
          reportType: 'type2',
          windowStart: isoDay(-30),
          windowEnd: isoDay(150),
        },
      });
      expect(engagement.status(), await engagement.text()).toBe(201);
      engagementId = (await engagement.json()).id;
    });

    it('credential report, then password policy, into one connector: the root key failure stays open', async () => {
      await addConnector(DETECT, 'Production AWS');
      await uploaded('Production AWS', {
        name: 'credential-report.csv',
        buffer: Buffer.from(reportWithActiveRootKey()),
      });
      await go(`/monitoring/checks/${ROOT_KEYS}`);
      await expect.poll(() => page.getByText('Failing now (1)').isVisible()).toBe(true);

      await uploaded('Production AWS', {
        name: 'password-policy.json',
        buffer: readFileSync(join(CLOUD, 'get-account-password-policy.json')),
      });
      await go(`/monitoring/checks/${ROOT_KEYS}`);
      await expect.poll(() => page.getByText('Failing now (1)').isVisible()).toBe(true);
      const history = page.getByRole('table', { name: 'History' });
      // One interval, still open: the policy upload neither closed the failure nor opened an error.
      await expect.poll(() => history.getByRole('row').count()).toBe(2);
      expect(await history.getByText('Now (open)').count()).toBe(1);
      expect(await page.getByText(/AWS account unknown|missing input/i).count()).toBe(0);
      // The policy landed on the same account: its checks have a result instead of an error.
      await go(`/monitoring/checks/aws.iam.password_policy_length`);
      await expect
        .poll(() =>
          page
            .getByText(/AWS account 123456789012/)
            .first()
            .isVisible(),
        )
        .toBe(true);
      await shot(page, 'first-hour-01-policy-after-report');
    });

    it('an unrecognised file fails its run and changes no count; the connector shows it is failing', async () => {
      await go('/monitoring');
      await expect.poll(() => failCount(ROOT_KEYS)).toBe('1');
      const mfaBefore = await failCount(MFA);

      await uploadTo('Production AWS', {
        name: 'notes.txt',
        buffer: Buffer.from('Quarterly access review notes\n'),
      });
      const connector = region('Production AWS');
      await expect
        .poll(() => connector.getByRole('alert').filter({ hasText: 'Last run failed' }).isVisible())
        .toBe(true);
      expect(await connector.getByText(/notes\.txt/).count()).toBeGreaterThan(0);

      await go('/monitoring');
      await expect.poll(() => failCount(ROOT_KEYS)).toBe('1');
      expect(await failCount(MFA)).toBe(mfaBefore);
      const row = page.locator(`tr[data-check="${ROOT_KEYS}"]`);
      expect(
        await row
          .getByText(/^Collector failing since /)
          .filter({ visible: true })
          .count(),
      ).toBe(1);
      // The failing filter still finds it.
      await choose(page, 'Status', 'Failing');
      await expect.poll(() => row.isVisible()).toBe(true);
      await shot(page, 'first-hour-02-failed-run-changes-nothing');
    });

    it('an S3 export in another layout is refused, saying what was expected', async () => {
      await addConnector(/^AWS S3 buckets/, 'S3 export');
      writeFileSync(join(scratch, 's3-export.tar.gz'), await s3OtherLayout());
      await uploadTo('S3 export', {
        name: 's3-export.tar.gz',
        buffer: readFileSync(join(scratch, 's3-export.tar.gz')),
      });
      const connector = region('S3 export');
      await expect
        .poll(() =>
          connector
            .getByText(/none of the \d+ listed buckets has its files/)
            .first()
            .isVisible(),
        )
        .toBe(true);
      expect(await connector.getByText(/get-bucket-encryption\.json/).count()).toBeGreaterThan(0);
      await shot(page, 'first-hour-03-other-layout');
    });

    it('the same report through a second connector counts every user once', async () => {
      await go('/monitoring');
      const before = await failCount(MFA);
      expect(Number(before)).toBeGreaterThan(0);
      await addConnector(DETECT, 'Credential reports');
      await uploaded('Credential reports', {
        name: 'credential-report.csv',
        buffer: readFileSync(join(CLOUD, 'credential-report.csv')),
      });
      await go('/monitoring');
      await expect.poll(() => failCount(MFA)).toBe(before);
      await go(`/monitoring/checks/${MFA}`);
      await expect.poll(() => page.getByText(`Failing now (${before})`).isVisible()).toBe(true);
    });

    it('the Type II exceptions show the root key finding still failing, never remediated', async () => {
      await go(`/engagements/${engagementId}/effectiveness`);
      const exceptions = page.getByRole('table', { name: 'Exceptions' });
      const root = exceptions.getByRole('row').filter({ hasText: 'AWS account 123456789012' });
      await expect.poll(() => root.first().isVisible()).toBe(true);
      expect(await root.filter({ hasText: 'Remediated' }).count()).toBe(0);
      expect(await root.filter({ hasText: 'Still failing' }).count()).toBeGreaterThan(0);
      await shot(page, 'first-hour-04-exceptions');
    });
  },
);
