// Chromium as a Dutch shop owner has it: the browser `launchChromium` picks, with the house flags, a Dutch locale
// (navigator.language, Intl) and Amsterdam's time zone, at the window size the screenshots are
// taken at. Console and page errors of every tab are collected, as `launchChromium` does.
// (Debian's Chromium ships only the en-US locale pack, so a date field still shows mm/dd/yyyy.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LaunchedBrowser, launchPersistentChromium } from '../../support/browser';

export const VIEWPORT = { width: 1100, height: 800 };

export async function launchDutchChromium(): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'winkelbrug-chromium-nl-'));
  const context = await launchPersistentChromium(userDataDir, {
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: VIEWPORT,
  });
  const errors: string[] = [];
  const watch = (page: import('playwright-core').Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  // Tabs the app opens itself (the Moneybird login) are watched too.
  context.on('page', watch);
  return {
    context,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
