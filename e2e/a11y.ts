/**
 * The accessibility scan of the browser tests: axe-core (the npm package, evaluated in the page,
 * which the content security policy does not govern) run against WCAG 2.1 A and AA at desktop and
 * phone width on every page state the tests photograph. Any violation fails the step, naming the
 * rule, the elements and the width; a JSON report per state is kept in /tmp/vigil-e2e/a11y.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const REPORTS = '/tmp/vigil-e2e/a11y';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: string; summary: string | undefined }[];
}

/** Lets CSS transitions (drawers, modals, badges) end so colours are measured as people see them. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    // A transition a component starts a frame or two after mounting (a dialog and its overlay fading
    // in) is not running yet when the scan is asked for: wait until two looks in a row find none.
    for (let quiet = 0, tries = 0; quiet < 2 && tries < 40; tries++) {
      const finite = document
        .getAnimations()
        .filter((a) =>
          Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Number.POSITIVE_INFINITY)),
        );
      quiet = finite.length === 0 ? quiet + 1 : 0;
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
      await frame();
      await new Promise((done) => setTimeout(done, 50));
    }
  });
}

/**
 * Rules left out of one page's scan, each with the reason in words. Only for markup Vigil does not
 * write (the third-party API docs page); docs/ACCESSIBILITY.md lists every one.
 */
export type Exceptions = Record<string, string>;

/** The WCAG 2.1 A/AA violations axe-core finds in the page as it is now. */
export async function axeViolations(page: Page, exceptions: Exceptions = {}): Promise<Violation[]> {
  await settle(page);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const skipped = Object.keys(exceptions);
  const violations = await page.evaluate(
    async ({ tags, skipped }) => {
      const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResults> } }).axe;
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(skipped.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return results.violations;
    },
    { tags: WCAG_21_AA, skipped },
  );
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
  }));
}

function describe(state: string, width: number, violations: Violation[]) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target}\n      ${(n.summary ?? '').replace(/\n\s*/g, ' ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    …and ${v.nodes.length - 5} more` : '';
      return `${state} at ${width}px: ${v.rule} (${v.impact}): ${v.help}\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Scans the page at desktop and at phone width, then puts the viewport back; throws listing every
 * violation. The current width is scanned first, so an open drawer or menu is seen as it is.
 */
export async function expectAccessible(page: Page, state: string, exceptions: Exceptions = {}) {
  const original = page.viewportSize() ?? DESKTOP;
  const sizes = original.width < 700 ? [PHONE, DESKTOP] : [DESKTOP, PHONE];
  const failures: string[] = [];
  const report: Record<string, Violation[]> = {};
  for (const size of sizes) {
    await page.setViewportSize(size);
    let violations = await axeViolations(page, exceptions);
    // A notification that closes itself can start fading while axe runs, and a colour measured
    // half-way through the fade is not one anybody reads: look again once the page is still, and
    // report what the second look finds (a real violation is there both times).
    if (violations.length > 0) violations = await axeViolations(page, exceptions);
    report[size.width] = violations;
    if (violations.length > 0) failures.push(describe(state, size.width, violations));
  }
  await page.setViewportSize(original);
  await settle(page);
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, `${state}.json`), `${JSON.stringify(report, null, 2)}\n`);
  if (failures.length > 0) {
    throw new Error(`WCAG 2.1 A/AA violations (axe-core):\n${failures.join('\n')}`);
  }
}
