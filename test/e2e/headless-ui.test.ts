// The whole loop in a real browser: the headless shell serves the built UI, Chromium opens the
// printed URL, and clicks travel through the contract to the core and come back as events.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppService } from '../../src/main/core/app-service/open-app-service';
import { type HeadlessShell, startHeadlessShell } from '../../src/main/headless/server';
import { type LaunchedBrowser, launchChromium } from '../support/browser';
import { MemorySecretStore } from '../support/memory-secrets';
import { connectedCore, type TestCore } from './support/core';
import { ensureRendererBuilt } from './support/renderer';

let core: TestCore;
let shell: HeadlessShell;
let browser: LaunchedBrowser;

beforeAll(async () => {
  ensureRendererBuilt();
  core = connectedCore();
  shell = await startHeadlessShell({ service: core.service, logger: core.logger });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await shell?.close();
  await core?.service.close();
});

const state = (value: string) => `[data-testid="app-state"][data-state="${value}"]`;

describe('headless shell in Chromium', () => {
  it('shows the status and round-trips Sync now, Pause and Resume through the contract', async () => {
    const page = await browser.newPage();
    await page.goto(shell.url);
    // The key is traded for a cookie and dropped from the address bar.
    expect(page.url()).toBe(`${shell.origin}/`);

    await page.waitForSelector(state('idle'));
    expect(await page.getAttribute('[data-testid="connection-moneybird"]', 'data-state')).toBe('connected');
    expect(await page.locator('[data-testid="sync-unavailable"]').count()).toBe(0);

    await page.click('[data-testid="sync-now"]');
    await page.waitForSelector(state('syncing'));
    await page.waitForSelector('[data-testid="progress"]:text("0 van 1 bestellingen")');
    expect(await page.textContent('[data-testid="count-waiting"]')).toBe('1');
    expect(await page.isDisabled('[data-testid="sync-now"]')).toBe(true);

    core.finishRun();
    await page.waitForSelector(state('idle'));
    // The run went through and nothing waits: everything is booked, and the headline says when.
    expect(await page.textContent('[data-testid="app-state"]')).toMatch(
      /^Alles geboekt · bijgewerkt (om \d\d:\d\d|op .+)$/,
    );
    expect(await page.textContent('[data-testid="count-booked"]')).toBe('1');
    expect(await page.textContent('[data-testid="last-run"]')).toMatch(/· 1 geboekt$/);
    const activity = await page.locator('[data-testid="activity-item"]').allTextContents();
    // The line names its order once: the number in it is the link to the order.
    expect(activity.some((line) => line.endsWith('Bestelling 1001 geboekt.'))).toBe(true);
    expect(activity.some((line) => line.includes('#1001'))).toBe(false);
    expect(await page.locator('[data-testid="activity-order"]').first().textContent()).toBe('1001');
    expect(activity[0]).toContain('Synchronisatie klaar. Geboekt: 1; wacht op jou: 0; mislukt: 0.');

    await page.click('[data-testid="pause"]');
    await page.waitForSelector(state('paused'));
    expect(core.service.status().state).toBe('paused');
    expect(await page.isDisabled('[data-testid="sync-now"]')).toBe(true);

    await page.click('[data-testid="resume"]');
    await page.waitForSelector(state('idle'));
    expect(core.service.status().state).toBe('idle');

    // A change made elsewhere (the tray, another tab) arrives as an event.
    await core.service.dispatch('sync.pause', {}, 'test');
    await page.waitForSelector(state('paused'));

    await page.click('[data-testid="locale-switch"]');
    await page.waitForSelector('[data-testid="app-state"]:text("Paused")');
    expect(await page.textContent('[data-testid="resume"]')).toBe('Resume');
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    expect(browser.errors).toEqual([]);
  });

  it('keeps the session across a reload (the cookie, not the URL, carries the key)', async () => {
    const page = await browser.newPage();
    await page.goto(`${shell.origin}/`);
    await page.waitForSelector('[data-testid="app-state"][data-state="paused"]');
  });

  it('opens a first install on the setup wizard, and offers no Sync now or Pause before anything is connected, saying why', async () => {
    // The real core as `npm run headless` starts it on an empty data folder (with the build's
    // partner token, and no tokens of the owner: an in-memory store, never the OS keychain).
    const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-headless-ui-'));
    const opened = await openAppService({
      env: { WINKELBRUG_DATA_DIR: dataDir, MWW_PARTNER_TOKEN: 'partner-token-of-this-build' },
      dataDir,
      secrets: new MemorySecretStore(),
      logger: core.logger,
      runAtStart: false,
    });
    const fresh = await startHeadlessShell({ service: opened.service, logger: core.logger });
    try {
      const page = await browser.newPage();
      await page.goto(fresh.url);
      await page.waitForSelector('[data-testid="step-welcome"]');
      expect(page.url()).toBe(`${fresh.origin}/#/setup/welcome`);
      // During the first setup the wizard is the only way on: no menu to the dashboard.
      expect(await page.locator('[data-testid="nav-dashboard"]').count()).toBe(0);

      // The dashboard, opened by its address, says what is missing; nothing can sync, and the
      // buttons say so rather than answer a click with a refusal.
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      await page.waitForSelector(state('needs-setup'));
      expect(await page.textContent('[data-testid="app-state"]')).toBe('Nog niet gekoppeld');
      expect(await page.textContent('[data-testid="status-reason"]')).toContain(
        'Je webwinkel is nog niet gekoppeld',
      );
      const reminder = page.locator('[data-testid="setup-reminder"]');
      expect(await reminder.getAttribute('data-kind')).toBe('setup');
      expect(await reminder.textContent()).toContain('Instellen afmaken');
      expect(await page.isDisabled('[data-testid="sync-now"]')).toBe(true);
      expect(await page.isDisabled('[data-testid="pause"]')).toBe(true);
      expect(await page.textContent('[data-testid="sync-unavailable"]')).toBe(
        'Synchroniseren en pauzeren kan zodra je webwinkel en Moneybird gekoppeld zijn.',
      );
      expect(await page.getAttribute('[data-testid="sync-now"]', 'aria-describedby')).toBe(
        'sync-unavailable',
      );
      expect(await page.isDisabled('[data-testid="import-start"]')).toBe(true);
      expect(await page.textContent('[data-testid="import-unavailable"]')).toContain(
        'kan zodra je webwinkel en Moneybird gekoppeld zijn',
      );
      // The core refuses it all the same (the tray, an old window), naming what to do first.
      const refused = await fresh.service.dispatch('sync.runNow', {}, 'test');
      expect(refused).toMatchObject({
        ok: true,
        result: {
          accepted: false,
          reason: { nl: expect.stringContaining('Je webwinkel is nog niet gekoppeld') },
        },
      });
      expect(fresh.service.status().lastRun).toBeNull();
      expect(opened.runtime).toBeNull();
      expect(browser.errors).toEqual([]);
    } finally {
      await fresh.close();
      await opened.service.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a socket from a page on another origin, even though the browser sends the cookie', async () => {
    const foreign: Server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><title>elsewhere</title>');
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`);
      const outcome = await page.evaluate(
        (target) =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(target);
            socket.onopen = () => resolve('open');
            socket.onerror = () => resolve('refused');
          }),
        `ws://127.0.0.1:${shell.port}/contract`,
      );
      expect(outcome).toBe('refused');
      expect(
        core.logger.lines.some((line) => line.message.includes("Origin is not the shell's own page")),
      ).toBe(true);
    } finally {
      browser.errors.length = 0;
      foreign.closeAllConnections();
      await new Promise<void>((resolve) => foreign.close(() => resolve()));
    }
  });
});
