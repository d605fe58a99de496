// The frame of a browser test over fresh installs: one Dutch Chromium for the file, a fresh demo per
// test that is closed after it (its tabs first, so no page keeps reconnecting to a closed shell), and
// the contract check of the Moneybird simulator after each test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FreshDemo } from '../../sim/demo';
import type { LaunchedBrowser } from '../../support/browser';
import { launchDutchChromium } from './dutch-browser';
import { ensureRendererBuilt } from './renderer';

export interface FreshDemoHarness {
  browser(): LaunchedBrowser;
  /** Keeps the demo to close after the test; returns it. */
  track(demo: FreshDemo): FreshDemo;
  /**
   * Console and page errors of Winkelbrug's own pages (the shell's origin). The simulator's consent
   * page and the login's loopback page have no favicon; their failed requests are not the app's.
   */
  appErrors(demo: FreshDemo): string[];
}

export function freshDemoHarness(): FreshDemoHarness {
  let browser: LaunchedBrowser | undefined;
  let demo: FreshDemo | undefined;
  const open = () => {
    if (!browser) throw new Error('the browser is not started yet');
    return browser;
  };

  beforeAll(async () => {
    ensureRendererBuilt();
    browser = await launchDutchChromium();
  });

  afterEach(async () => {
    for (const page of open().context.pages()) await page.close();
    open().errors.length = 0;
    demo?.moneybird.contract?.assertNone();
    await demo?.close();
    demo = undefined;
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    browser: open,
    track(next) {
      demo = next;
      return next;
    },
    appErrors: (d) => open().errors.filter((error) => error.startsWith(d.shell.origin)),
  };
}
