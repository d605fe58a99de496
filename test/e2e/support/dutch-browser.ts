// Chromium as a Dutch shop owner has it: the browser `launchChromium` picks, with the house flags, a Dutch locale
// (navigator.language, Intl) and Amsterdam's time zone, at the window size the screenshots are
// taken at. Console and page errors of every tab are collected, as `launchChromium` does.
// (Debian's Chromium needs its language packs, chromium-l10n, for the date fields' Dutch format;
// .ci/run installs them.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, type LaunchedBrowser, launchPersistentChromium } from '../../support/browser';

export const VIEWPORT = { width: 1100, height: 800 };

export async function launchDutchChromium(): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'winkelbrug-chromium-nl-'));
  const context = await launchPersistentChromium(userDataDir, {
    // The browser's own language too: date fields take their format (dd-mm-jjjj) from it, and on
    // Linux Chromium reads it from the environment, elsewhere from --lang.
    args: [...CHROMIUM_ARGS, '--lang=nl-NL'],
    env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
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
