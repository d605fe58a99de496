// The wizard's last step offers start at login in the desktop app only. Without an Electron binary
// the desktop window is played by Chromium: before the app's code runs, the page gets a bridge on
// `window.winkelbrug` that says `transport: 'electron'` (as the preload's does) and carries the
// contract over the headless shell's WebSocket. A plain tab (the browser UI) shows no such choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FreshDemo, startDemo } from '../sim/demo';
import { generateOrders } from '../sim/mijnwebwinkel/generator';
import type { LaunchedBrowser } from '../support/browser';
import { launchDutchChromium } from './support/dutch-browser';
import { ensureRendererBuilt } from './support/renderer';
import {
  button,
  chooseAdministration,
  chooseMapping,
  DAY,
  isoDay,
  next,
  onStep,
  openFresh,
  pastePersonalToken,
  toMoneybirdStep,
} from './support/wizard';

/** Runs in the page before its scripts: a desktop-like bridge over the shell's socket. */
function injectDesktopBridge(): void {
  const pending = new Map<number, (reply: unknown) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const queued: string[] = [];
  let nextId = 1;
  const socket = new WebSocket(
    `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/contract`,
  );
  socket.addEventListener('open', () => {
    for (const message of queued.splice(0)) socket.send(message);
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as {
      type: string;
      id?: number;
      reply?: unknown;
      channel?: string;
      payload?: unknown;
    };
    if (message.type === 'reply' && message.id !== undefined) {
      pending.get(message.id)?.(message.reply);
      pending.delete(message.id);
    } else if (message.type === 'event' && message.channel) {
      for (const listener of listeners.get(message.channel) ?? []) listener(message.payload);
    }
  });
  const bridge = {
    transport: 'electron',
    invoke(channel: string, args: unknown) {
      const id = nextId++;
      const message = JSON.stringify({ type: 'request', id, channel, args });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (socket.readyState === WebSocket.OPEN) socket.send(message);
        else queued.push(message);
      });
    },
    on(channel: string, listener: (payload: unknown) => void) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  Object.defineProperty(window, 'winkelbrug', { value: Object.freeze(bridge) });
}

let browser: LaunchedBrowser;
let demo: FreshDemo;

beforeAll(async () => {
  ensureRendererBuilt();
  browser = await launchDutchChromium();
  demo = await startDemo({
    fresh: true,
    seed: 11,
    orderList: generateOrders({
      seed: 11,
      count: 8,
      from: isoDay(Date.now() - 20 * DAY),
      to: isoDay(Date.now() - DAY),
    }),
    rateWindowSeconds: 2,
    logger: { log: () => {} },
  });
});

afterAll(async () => {
  for (const open of browser?.context.pages() ?? []) await open.close();
  await browser?.close();
  await demo?.close();
});

const startAtLogin = async () => {
  const reply = (await demo.service.dispatch('settings.get', {}, 'test')) as {
    ok: boolean;
    result?: { startAtLogin: boolean };
  };
  return reply.result?.startAtLogin;
};

describe('start at login at the end of the wizard', () => {
  it('is offered (on by default) in the desktop app, saved when the owner starts, and absent in the browser UI', async () => {
    const page = await browser.newPage();
    await page.addInitScript(injectDesktopBridge);
    await openFresh(page, demo);
    expect(
      await page.evaluate(
        () => (window as unknown as { winkelbrug: { transport: string } }).winkelbrug.transport,
      ),
    ).toBe('electron');
    await toMoneybirdStep(page, demo.shopToken, 30);
    await pastePersonalToken(page, demo.moneybirdToken);
    await page.getByTestId('administration-choice').waitFor();
    await chooseAdministration(page, 'Winkelbrug Demo B.V.');
    await onStep(page, 'mapping');
    await chooseMapping(page, { zeroRate: true });
    await next(page);
    await onStep(page, 'dry-run');
    await page.getByTestId('dry-run-report').waitFor();
    await next(page);
    await onStep(page, 'start');

    // The browser UI of the same core, at the same step: no login item to offer there.
    const tab = await browser.newPage();
    await tab.goto(demo.url);
    // A new window has not seen the dry run yet: the wizard shows it first.
    await onStep(tab, 'dry-run');
    await tab.getByTestId('dry-run-report').waitFor();
    await next(tab);
    await onStep(tab, 'start');
    await tab.getByTestId('start-summary').waitFor();
    expect(await tab.getByTestId('start-at-login').count()).toBe(0);
    await tab.close();

    const checkbox = page.getByLabel('Winkelbrug starten als de computer opstart');
    await checkbox.waitFor();
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    expect(await startAtLogin()).toBe(true);
    await checkbox.uncheck();
    // Nothing is saved before the owner starts.
    expect(await startAtLogin()).toBe(true);
    await button(page, 'Start met boeken').click();
    await page.waitForURL(/#\/$/);
    expect(await startAtLogin()).toBe(false);
  }, 180_000);
});
