// Every screen the browser tests pass through is saved as a picture and checked with axe-core.
//
// Pictures go to test-results/screenshots/ (or WINKELBRUG_SCREENSHOTS_DIR), the whole page each.
// With WINKELBRUG_DOCS_SCREENSHOTS=1 (what `npm run screenshots` sets) the few key screens the
// README shows are also written to docs/screenshots/, as the window shows them (1100×800).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const SCREENSHOTS_DIR = resolve(
  root,
  process.env.WINKELBRUG_SCREENSHOTS_DIR ?? 'test-results/screenshots',
);
export const DOCS_SCREENSHOTS_DIR = resolve(root, 'docs/screenshots');
const writeDocs = process.env.WINKELBRUG_DOCS_SCREENSHOTS === '1';

/** The key screens the README shows, by their file name in docs/screenshots/. */
export type DocsScreenshot =
  | 'welcome'
  | 'shop-connected'
  | 'mapping'
  | 'dry-run'
  | 'dashboard'
  | 'settings-connections'
  | 'log'
  | 'reconciliation'
  | 'orders'
  | 'order-detail';

/**
 * Saves what the page shows now as `<name>.png`, and as docs/screenshots/`<docs>.png` when the
 * run refreshes those. Waits for the fonts first; animations and the caret are left out.
 */
export async function screenshot(page: Page, name: string, docs?: DocsScreenshot): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  // The whole page as in a window tall enough for all of it, so sticky parts sit where they belong:
  // Settings' list of parts at the top, a save bar kept at the foot of the window at the end of its
  // form (not over the first screenful); then back to the window and to where the owner was.
  const scrolled = await page.evaluate(() => {
    const y = window.scrollY;
    window.scrollTo(0, 0);
    return y;
  });
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const taller = size !== null && height > size.height;
  if (taller) await page.setViewportSize({ width: size.width, height });
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  if (taller) await page.setViewportSize(size);
  await page.evaluate((y) => window.scrollTo(0, y), scrolled);
  if (docs && writeDocs) {
    mkdirSync(DOCS_SCREENSHOTS_DIR, { recursive: true });
    // A screen whose point is below the first 800 px is shown in a window tall enough for it.
    const tall = DOCS_WINDOW_HEIGHT[docs];
    if (tall && size) await page.setViewportSize({ width: size.width, height: tall });
    await page.screenshot({
      path: join(DOCS_SCREENSHOTS_DIR, `${docs}.png`),
      animations: 'disabled',
      caret: 'hide',
    });
    if (tall && size) await page.setViewportSize(size);
  }
}

/**
 * README screens shown in a taller window than 1100×800: the order page with both the shop's side and
 * Moneybird's, the month with its table per rate under the verdict.
 */
const DOCS_WINDOW_HEIGHT: Partial<Record<DocsScreenshot, number>> = {
  'order-detail': 1400,
  reconciliation: 1500,
};

/** Fails with every serious or critical axe-core violation on the page as it is now, by rule and element. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const grave = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const described = grave.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(described, `axe-core on ${screen}`).toEqual([]);
}

/** Both: the picture and the accessibility check, for a screen in the state it is in now. */
export async function recordScreen(page: Page, name: string, docs?: DocsScreenshot): Promise<void> {
  await screenshot(page, name, docs);
  await expectAccessible(page, name);
}
