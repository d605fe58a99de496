// The frame of a browser test over one demo for the whole file: the given orders in the shop, the
// domestic 0 % rate left out of Moneybird (so an order with a 0 % line parks until the owner maps
// one), the real engine and shell, one Chromium; closed after the file with the Moneybird
// simulator's contract check.
import { afterAll, beforeAll } from 'vitest';
import { parseDecimal } from '../../../src/main/core/money';
import { type Demo, startDemo } from '../../sim/demo';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { type LaunchedBrowser, launchChromium } from '../../support/browser';
import { launchDutchChromium } from './dutch-browser';
import { ensureRendererBuilt } from './renderer';

/** A domestic order with a line at 0 %: it parks while the administration has no 0 % rate mapped. */
export function hasDomesticZeroRateLine(order: MwwOrder): boolean {
  if (order.tax_strategy) return false;
  return (order.orderlines ?? []).some((line) => {
    const prices = Array.isArray(line.price) ? line.price : [line.price];
    return prices.some((price) => price && parseDecimal(String(price.rate)) === 0n);
  });
}

export interface ParkingDemo {
  demo(): Demo;
  browser(): LaunchedBrowser;
  /** Console and page errors of Winkelbrug's own pages. */
  appErrors(): string[];
}

export function parkingDemo(options: {
  orders: () => MwwOrder[];
  startDaysAgo: number;
  /** Dutch Chromium (the owner's language) or the browser's own. */
  dutch: boolean;
}): ParkingDemo {
  let demo: Demo | undefined;
  let browser: LaunchedBrowser | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet`);
    return value;
  };

  beforeAll(async () => {
    ensureRendererBuilt();
    demo = await startDemo({
      orderList: options.orders(),
      omit: ['taxRates.domestic.0'],
      startDaysAgo: options.startDaysAgo,
      rateWindowSeconds: 300,
      logger: { log: () => {} },
    });
    browser = options.dutch ? await launchDutchChromium() : await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    demo?.moneybird.contract?.assertNone();
    await demo?.close();
  });

  return {
    demo: () => started(demo, 'demo'),
    browser: () => started(browser, 'browser'),
    appErrors: () => {
      const origin = started(demo, 'demo').shell.origin;
      return started(browser, 'browser').errors.filter((error) => error.startsWith(origin));
    },
  };
}
