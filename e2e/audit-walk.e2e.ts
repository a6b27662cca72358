/**
 * A Type II engagement walked by both sides in a real browser against the real server: the company
 * imports the auditor's request list, answers and submits a request; the auditor, in a second
 * browser, flags it; the company resubmits and the auditor accepts; the auditor produces a
 * population, draws a sample with one exception and records the control's test; the company writes
 * management's response in the register; then the audit package downloaded from the engagement card
 * verifies with the real `vigil package verify`, and fails naming the file once one byte of it
 * changes. Axe at desktop and phone width on every page visited.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type AuditWalk,
  auditWalk,
  choose,
  hasChromium,
  inviteAuditor,
  setUpOrganization,
  shot,
} from './support.ts';

const VIGIL_BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../apps/cli/bin/vigil.js');
const REASON = 'The Q2 review has no reviewer sign-off';
const EVIDENCE = 'Q1-Q3 access reviews, signed by the CTO';
const RESPONSE = 'Every incident now gets its root cause before it is closed.';
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Runs the real CLI, as an auditor would on their own machine: no data directory of the server's. */
function vigil(
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, VIGIL_DATA_DIR: dataDir, VIGIL_LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [VIGIL_BIN, ...args], { env });
  child.stdin.end();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

if (!hasChromium && process.env.CI) {
  throw new Error('/usr/bin/chromium is missing: the browser tests cannot run in CI without it');
}

describe.skipIf(!hasChromium)(
  'a Type II engagement walked by the company and its auditor (needs /usr/bin/chromium)',
  () => {
    let walk: AuditWalk;
    let company: BrowserContext;
    let page: Page;
    let auditor: Page;
    let base: string;
    let engagementId = '';
    let control = { code: '', title: '' };
    const work = mkdtempSync(join(tmpdir(), 'vigil-walk-'));
    auditWalk('audit-walk', (w) => {
      walk = w;
      ({ companyContext: company, company: page, auditor, base } = w);
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const request = (p: Page) => p.getByRole('region', { name: 'Request PBC-01' });
    const open = async (p: Page) => {
      await p.goto(`${base}/engagements/${engagementId}/requests`);
      await p.getByRole('button', { name: 'PBC-01' }).click();
      await expect.poll(() => request(p).isVisible()).toBe(true);
    };

    it('the company opens a Type II engagement with incidents in its window and invites an auditor (API)', async () => {
      const req = company.request;
      const headers = await setUpOrganization(company, base);
      expect((await req.put(`${base}/api/scope`, { headers, data: { categories: ['security'] } })).ok()).toBe(
        true,
      );
      expect((await req.post(`${base}/api/controls/adopt`, { headers })).ok()).toBe(true);
      const first = (await (await req.get(`${base}/api/controls?limit=1`)).json()).items[0];
      control = { code: first.code, title: first.title };
      const engagement = await req.post(`${base}/api/engagements`, {
        headers,
        data: { name: 'SOC 2 Type II', reportType: 'type2', windowStart: day(-150), windowEnd: day(30) },
      });
      expect(engagement.status(), await engagement.text()).toBe(201);
      engagementId = (await engagement.json()).id;
      for (const [title, n] of [
        ['Phishing wave', -120],
        ['Lost laptop', -60],
        ['Leaked token', -10],
      ] as const) {
        const res = await req.post(`${base}/api/incidents`, {
          headers,
          data: { title, severity: 'high', source: 'internal', detectedAt: `${day(n)}T09:00:00Z` },
        });
        expect(res.status(), await res.text()).toBe(201);
      }
      await inviteAuditor(walk, headers, engagementId);
    });

    it("the company imports the auditor's request list from the engagement card", async () => {
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: 'Open audit workspace' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'SOC 2 Type II' }).isVisible()).toBe(true);
      await shot(page, 'audit-walk-01-workspace');
      await page.getByRole('link', { name: 'All requests' }).click();
      await page.getByRole('button', { name: 'Import request list' }).click();
      const dialog = page.getByRole('dialog');
      const list = [
        'PBC No.,Request,Control Reference,Due Date',
        `PBC-01,"Evidence of quarterly user access reviews, with reviewer sign-off",${control.code},${day(20)}`,
        `PBC-02,Population of new hires during the period,,${day(25)}`,
      ].join('\n');
      await dialog.locator('input[type="file"]').setInputFiles({
        name: 'PBC list.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(list),
      });
      await dialog.getByLabel('Column for reference').fill('PBC No.');
      await dialog.getByLabel('Column for controls').fill('Control Reference');
      await shot(page, 'audit-walk-02-import');
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'PBC-02' }).isVisible()).toBe(true);
      await shot(page, 'audit-walk-03-requests');
    });

    it('the company answers a request with evidence and submits it', async () => {
      await page.getByRole('button', { name: 'PBC-01' }).click();
      const r = request(page);
      await r.locator('form[aria-label="Upload new evidence"] input[type="file"]').setInputFiles({
        name: 'access-reviews.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(EVIDENCE),
      });
      await r.getByLabel('Title of the evidence').fill('Access reviews Q1 to Q3');
      await r.getByRole('button', { name: 'Upload and add' }).click();
      await expect
        .poll(() => r.getByText('Access reviews Q1 to Q3 (access-reviews.txt)').isVisible())
        .toBe(true);
      await r.getByRole('button', { name: 'Submit to the auditor' }).click();
      await expect.poll(() => r.getByText('Submitted', { exact: true }).isVisible()).toBe(true);
      await shot(page, 'audit-walk-04-submitted');
    });

    it('the auditor flags it with a reason', async () => {
      await auditor.goto(`${base}/engagements/${engagementId}`);
      await expect
        .poll(() => auditor.getByText('1 waiting on your review', { exact: false }).isVisible())
        .toBe(true);
      await shot(auditor, 'audit-walk-05-auditor-workspace');
      await open(auditor);
      const r = request(auditor);
      await r.getByRole('button', { name: 'Flag and send back' }).click();
      await r.getByLabel('What is missing or wrong').fill(REASON);
      await r.getByRole('button', { name: 'Flag and send back' }).click();
      await expect.poll(() => r.getByText('Flagged', { exact: true }).isVisible()).toBe(true);
      await shot(auditor, 'audit-walk-06-flagged');
    });

    it('the company reads the reason and resubmits; the auditor accepts', async () => {
      await open(page);
      const mine = request(page);
      await expect.poll(() => mine.getByText(REASON).first().isVisible()).toBe(true);
      await mine.getByRole('button', { name: 'Resubmit to the auditor' }).click();
      await expect.poll(() => mine.getByText('Submitted', { exact: true }).isVisible()).toBe(true);
      await open(auditor);
      const theirs = request(auditor);
      await theirs.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(() => theirs.getByText('Accepted', { exact: true }).isVisible()).toBe(true);
      await shot(auditor, 'audit-walk-07-accepted');
    });

    it('the auditor produces the incident population, draws a sample and records one exception', async () => {
      await auditor.goto(`${base}/engagements/${engagementId}/samples`);
      await expect
        .poll(() => auditor.getByRole('heading', { name: 'Populations and samples' }).isVisible())
        .toBe(true);
      await shot(auditor, 'audit-walk-08-samples-empty');
      await auditor.getByRole('button', { name: 'Incidents', exact: true }).click();
      const card = auditor.getByRole('region', { name: /^Incidents, / });
      await expect.poll(() => card.getByRole('cell', { name: '3', exact: true }).isVisible()).toBe(true);
      await choose(auditor, 'Control to test', `${control.code} ${control.title}`);
      await expect.poll(() => card.getByText(/^Sample size \d+:/).isVisible()).toBe(true);
      await card.getByRole('button', { name: 'Draw the sample' }).click();
      await expect
        .poll(() =>
          card.getByRole('heading', { name: `Sample for ${control.code} ${control.title}` }).isVisible(),
        )
        .toBe(true);
      await card
        .getByRole('textbox', { name: /^Note for / })
        .first()
        .fill('No root cause was recorded');
      const answer = auditor.waitForResponse(
        (r) => r.url().endsWith('/results') && r.request().method() === 'PUT',
      );
      await card
        .getByRole('button', { name: /^Exception for / })
        .first()
        .click();
      expect((await answer).status()).toBe(200);
      await expect.poll(() => card.getByText('No root cause was recorded').first().isVisible()).toBe(true);
      await shot(auditor, 'audit-walk-09-sample-exception');
    });

    it("the auditor records the control's test: exceptions noted", async () => {
      await auditor.goto(`${base}/engagements/${engagementId}/testing`);
      await expect
        .poll(() => auditor.getByRole('heading', { name: 'Testing and exceptions' }).isVisible())
        .toBe(true);
      await expect
        .poll(() =>
          auditor.getByRole('cell', { name: 'No root cause was recorded', exact: false }).first().isVisible(),
        )
        .toBe(true);
      await shot(auditor, 'audit-walk-10-testing');
      await auditor.getByRole('button', { name: `Open ${control.code}`, exact: true }).click();
      const test = auditor.getByRole('form', { name: `Test of ${control.code}` });
      await test
        .getByRole('textbox', { name: 'Attribute 1', exact: true })
        .fill('Root cause recorded before the incident is closed');
      await test.getByLabel('Procedure and notes').fill('Inspected the sampled incidents.');
      await choose(auditor, 'Conclusion', /^Exceptions noted$/);
      const saved = auditor.waitForResponse(
        (r) => r.url().includes('/testing/') && r.request().method() === 'PUT',
      );
      await test.getByRole('button', { name: 'Save the test' }).click();
      expect((await saved).status()).toBe(200);
      await expect.poll(() => auditor.getByText('Exceptions noted').first().isVisible()).toBe(true);
      await shot(auditor, 'audit-walk-11-tested');
    });

    it("the company writes management's response in the register", async () => {
      await page.goto(`${base}/engagements/${engagementId}/testing`);
      await expect
        .poll(() =>
          page.getByRole('cell', { name: 'No root cause was recorded', exact: false }).first().isVisible(),
        )
        .toBe(true);
      await page.getByRole('button', { name: 'Respond to exception 1' }).click();
      const form = page.getByRole('form', { name: "Management's response to exception 1" });
      await form.getByRole('textbox', { name: "Management's response" }).fill(RESPONSE);
      await choose(page, 'Remediation owner', 'Ada Lovelace');
      await form.getByLabel('Remediation date').fill(day(14));
      await choose(page, 'Remediation', 'Remediation in progress');
      await form.getByRole('button', { name: 'Save the response' }).click();
      await expect.poll(() => page.getByRole('cell', { name: RESPONSE }).isVisible()).toBe(true);
      // The register names the sampled item in words, never by its id.
      const words = (await page.getByRole('row').filter({ hasText: RESPONSE }).textContent()) ?? '';
      expect(words).toContain(`in the sample for ${control.code} from "Incidents,`);
      expect(words).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      await shot(page, 'audit-walk-12-register');
    });

    it('the audit package from the engagement card verifies, and one changed byte is named', async () => {
      await page.goto(`${base}/`);
      const button = page.getByRole('link', { name: 'Download audit package' });
      await expect.poll(() => button.isVisible()).toBe(true);
      // The activity feed tells the walk in words: the sampled incident by its title, not its id.
      const activity = page.getByText(
        /^Grace Auditor recorded exception for the item '(Phishing wave|Lost laptop|Leaked token) /,
      );
      await expect.poll(() => activity.isVisible()).toBe(true);
      expect(await activity.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      await shot(page, 'audit-walk-13-dashboard');
      const download = page.waitForEvent('download');
      await button.click();
      const file = join(work, 'audit-package.tar.gz');
      await (await download).saveAs(file);

      // Offline: an empty data directory, as on the auditor's own machine.
      const nothing = join(work, 'nothing-here');
      const ok = await vigil(['package', 'verify', file], nothing);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/^Audit package verified: \d+ files match their SHA-256s/);

      // One byte of the uploaded evidence, inside the uncompressed tar (its headers stay valid). The
      // first copy is the one in the answered request's folder, which comes before the library.
      const tar = gunzipSync(readFileSync(file));
      const at = tar.indexOf(EVIDENCE);
      expect(at).toBeGreaterThan(0);
      tar[at] = 'q'.charCodeAt(0);
      const bad = join(work, 'changed.tar.gz');
      writeFileSync(bad, gzipSync(tar));
      const r = await vigil(['package', 'verify', bad], nothing);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /requests\/PBC-01-[^/\n]+\/evidence\/access-reviews\.txt: content does not match its SHA-256 in the manifest/,
      );
    }, 120_000);
  },
);
