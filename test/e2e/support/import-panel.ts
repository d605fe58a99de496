// The dashboard with its "Eerdere bestellingen boeken" panel, as the import panel's tests open it.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { startDateSetting } from '../../../src/main/core/sync/sync-settings';
import { type Demo, startDemo } from '../../sim/demo';
import type { LaunchedBrowser } from '../../support/browser';
import { ensureRendererBuilt } from './renderer';
import { syncOnce } from './runs';

/**
 * A demo shop without orders, its start date set, synced once as an owner's app has been: the
 * dashboard then shows both connections as that run found them, not "Controleren…" as before any run.
 */
export async function startSyncedDemo(startDate: string): Promise<Demo> {
  ensureRendererBuilt();
  const demo = await startDemo({ orderList: [], rateWindowSeconds: 300, logger: { log: () => {} } });
  demo.runtime.store.settings.set(startDateSetting, startDate);
  expect(await syncOnce(demo.service)).toMatchObject({ outcome: 'completed' });
  return demo;
}

/**
 * The dashboard at `url` on the owner's fixed day, once the panel has Moneybird's lock as the core
 * read it (`lock`: a date, or "none") and the status shows both connections as checked (a screenshot
 * before that would show "Controleren…"); with `importStatus`, once the panel shows the stored import so.
 */
export async function openImportPanel(
  browser: LaunchedBrowser,
  url: string,
  today: Date,
  lock: string,
  importStatus?: 'running' | 'paused' | 'completed',
): Promise<Page> {
  const page = await browser.newPage();
  await page.clock.setFixedTime(today);
  await page.goto(url);
  await page.locator(`[data-testid="history-import"][data-period-lock="${lock}"]`).waitFor();
  if (importStatus)
    await page.locator(`[data-testid="import-state"][data-status="${importStatus}"]`).waitFor();
  // Checked: connected, or (a blocker in force) without access.
  for (const service of ['mijnwebwinkel', 'moneybird'])
    await page.locator(`[data-testid="connection-${service}"]:not([data-state="checking"])`).waitFor();
  return page;
}
