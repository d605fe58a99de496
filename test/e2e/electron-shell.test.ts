// The desktop shell in a real Electron, driven by Playwright: launch, the wizard on a fresh data
// folder, the tray menu's actions through the main process, and Sync now booking against the
// simulators on a configured demo. Runs where an Electron binary is installed (the hosted CI, under
// xvfb on Linux); elsewhere (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on the build machines) it reports
// itself skipped with the reason, printed once, unless WINKELBRUG_REQUIRE_ELECTRON=1 (CI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tray as trayMessages } from '../../src/shared/i18n/messages/tray';
import { DEMO_COMPLETED_STATUSES, startDemo } from '../sim/demo';
import { generateOrders } from '../sim/mijnwebwinkel/generator';
import type { MijnwebwinkelSim } from '../sim/mijnwebwinkel/index';
import type { MwwOrder } from '../sim/mijnwebwinkel/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where the electron package put its binary. Read from its files rather than `require('electron')`,
 * which would try to download a missing binary.
 */
function electronBinary(): { ok: true; path: string } | { ok: false; reason: string } {
  const pkg = resolve(root, 'node_modules/electron');
  const pathFile = resolve(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      ok: false,
      reason:
        'no Electron binary installed (node_modules/electron/path.txt is missing, as after ' +
        'ELECTRON_SKIP_BINARY_DOWNLOAD=1); install with the download enabled to run this test',
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? resolve(pkg, 'dist');
  const path = resolve(dist, relative);
  return existsSync(path) ? { ok: true, path } : { ok: false, reason: `no Electron binary at ${path}` };
}

type Bridged = { winkelbrug: { invoke(channel: string, args: object): Promise<unknown> } };

const binary = electronBinary();
// CI sets WINKELBRUG_REQUIRE_ELECTRON=1: there a missing binary is a failure, never a quiet skip.
const required = process.env.WINKELBRUG_REQUIRE_ELECTRON === '1';
if (!binary.ok && !required) console.warn(`Electron shell tests skipped: ${binary.reason}`);

describe.runIf(!binary.ok && required)('Electron shell (required)', () => {
  it('has an Electron binary', () => {
    throw new Error(`WINKELBRUG_REQUIRE_ELECTRON=1 but ${binary.ok ? '' : binary.reason}`);
  });
});

/** The built app in Electron, with the developer's environment plus `extra`, never a dev server. */
function launchApp(executablePath: string, extra: Record<string, string>): Promise<ElectronApplication> {
  const env: Record<string, string | undefined> = { ...process.env, ...extra };
  delete env.ELECTRON_RENDERER_URL;
  return _electron.launch({
    executablePath,
    args: ['--no-sandbox', root],
    cwd: root,
    env: env as Record<string, string>,
  });
}

/**
 * Records the tray's menu in the main process: the tray rebuilds it (setContextMenu) whenever the
 * state shown in it changes, so patching the prototype catches the next one.
 */
async function watchTrayMenu(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ Tray }) => {
    const holder = globalThis as unknown as { winkelbrugTrayMenu?: Electron.Menu | null };
    const original = Tray.prototype.setContextMenu;
    Tray.prototype.setContextMenu = function (this: Electron.Tray, menu: Electron.Menu | null) {
      holder.winkelbrugTrayMenu = menu;
      return original.call(this, menu);
    };
  });
}

/** Clicks a tray menu item (by its id in trayMenuTemplate) once it is there and enabled. */
async function clickTray(app: ElectronApplication, id: string): Promise<void> {
  const enabled = () =>
    app.evaluate((_electron, itemId) => {
      const holder = globalThis as unknown as { winkelbrugTrayMenu?: Electron.Menu | null };
      return holder.winkelbrugTrayMenu?.getMenuItemById(itemId)?.enabled === true;
    }, id);
  await expect.poll(enabled).toBe(true);
  await app.evaluate((_electron, itemId) => {
    const holder = globalThis as unknown as { winkelbrugTrayMenu?: Electron.Menu | null };
    const item = holder.winkelbrugTrayMenu?.getMenuItemById(itemId);
    if (!item) throw new Error(`no tray menu item ${itemId}`);
    // What Electron calls on a click: the arguments only matter to checkbox and role items.
    (item.click as unknown as () => void)();
  }, id);
}

/** Three recent orders the demo books (finished, paid, domestic). */
function bookableOrders(): MwwOrder[] {
  const day = 24 * 60 * 60 * 1000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const now = Date.now();
  const orders = generateOrders({
    seed: 31,
    count: 80,
    from: iso(now - 20 * day),
    to: iso(now - day),
  }).filter(
    (order) =>
      DEMO_COMPLETED_STATUSES.includes(Number(order.status)) &&
      order.payment_status === 'captured' &&
      !order.sim_test_order &&
      !order.credited_order_number &&
      (!order.tax_region || order.tax_region.toUpperCase() === 'NL'),
  );
  if (orders.length < 3) throw new Error('the generator made too few bookable orders; choose another seed');
  return orders.slice(0, 3);
}

/** An order that is finished just now: in the shop, its status changed at this moment. */
function arrive(mww: { shop: MijnwebwinkelSim['shop'] }, order: MwwOrder): void {
  mww.shop.addOrder(order);
  mww.shop.setStatus(order.number, Number(order.status));
}

const state = (value: string) => `[data-testid="app-state"][data-state="${value}"]`;

describe.skipIf(!binary.ok)(
  binary.ok ? 'Electron shell' : `Electron shell (skipped: ${binary.reason})`,
  () => {
    const executablePath = binary.ok ? binary.path : '';

    beforeAll(() => {
      const build = spawnSync(
        process.execPath,
        [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(build.status, build.stderr).toBe(0);
    }, 300_000);

    it('opens one hardened window on the setup wizard, round-trips Pause/Resume over IPC, and stays in the tray on close with the window destroyed', async () => {
      // A first install: an empty data folder of its own, never the developer's.
      const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-electron-'));
      const app = await launchApp(executablePath, { WINKELBRUG_DATA_DIR: dataDir });
      try {
        const page = await app.firstWindow();
        // Nothing is set up yet: the window opens on the setup wizard.
        await page.waitForSelector('.wizard [data-testid^="step-"]');
        expect(page.url()).toMatch(/#\/setup\/[a-z-]+$/);

        // Exactly one bridge, no Node in the page.
        expect(
          await page.evaluate(() => Object.keys((window as unknown as Bridged).winkelbrug).sort()),
        ).toEqual(['invoke', 'on', 'transport']);
        expect(await page.evaluate(() => 'require' in window || 'process' in window)).toBe(false);

        // An unknown channel through the real preload is refused, not crashed on.
        const refused = await page.evaluate(() =>
          (window as unknown as Bridged).winkelbrug.invoke('app.quit', {}),
        );
        expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });

        // The dashboard (the wizard has no way there until the setup is done) shows what is missing.
        await page.evaluate(() => {
          window.location.hash = '#/';
        });
        await page.waitForSelector('[data-testid="app-state"][data-state="needs-setup"]');
        await page.waitForSelector('[data-testid="setup-reminder"]');

        await page.click('[data-testid="pause"]');
        await page.waitForSelector('[data-testid="app-state"][data-state="paused"]');
        await page.click('[data-testid="resume"]');
        await page.waitForSelector('[data-testid="app-state"][data-state="needs-setup"]');

        // window.open is denied: no second window appears.
        await page.evaluate(() => window.open('https://evil.example/'));
        expect(app.windows().length).toBe(1);

        // Closing the window destroys it (light when idle); the app lives on in the tray, says so
        // once, and builds a new window when opened again.
        await page.evaluate(() => window.close());
        await expect
          .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
          .toBe(0);
        await expect.poll(() => existsSync(join(dataDir, '.tray-explained'))).toBe(true);
        const reopened = app.waitForEvent('window');
        await app.evaluate(({ app: electronApp }) => {
          electronApp.emit('activate');
        });
        const second = await reopened;
        await second.waitForSelector('[data-testid="app-state"], .wizard');
        expect(app.windows().length).toBe(1);
      } finally {
        await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => {});
        await app.close().catch(() => {});
        rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('books on Sync now against the simulators, from the window and from the tray menu, pauses and resumes from the tray, and speaks the window’s language there', async () => {
      const [first, second, third] = bookableOrders() as [MwwOrder, MwwOrder, MwwOrder];
      // A configured demo: statuses, start date and mapping stored, the tokens in the environment.
      // Its own core and headless shell are closed: Electron's main process opens the data folder.
      const demo = await startDemo({ orderList: [first], rateWindowSeconds: 300, logger: { log: () => {} } });
      await demo.shell.close();
      await demo.service.close();
      const invoices = () => demo.moneybird.books.salesInvoices().length;
      let app: ElectronApplication | undefined;
      try {
        app = await launchApp(executablePath, demo.env);
        await watchTrayMenu(app);
        const page = await app.firstWindow();
        page.setDefaultTimeout(30_000);

        // Set up: the dashboard, and the run at start books the one order there is.
        await page.waitForSelector('[data-testid="app-state"]');
        await expect.poll(invoices, { timeout: 30_000 }).toBe(1);
        await page.waitForSelector(state('idle'));

        // A new order; the window's Sync now books it.
        arrive(demo.mww, second);
        await page.click('[data-testid="sync-now"]');
        await expect.poll(invoices, { timeout: 30_000 }).toBe(2);
        await page.waitForSelector(state('idle'));

        // Pause in the window; the tray's menu follows, and its Resume reaches the core.
        await page.click('[data-testid="pause"]');
        await page.waitForSelector(state('paused'));
        await clickTray(app, 'resume');
        await page.waitForSelector(state('idle'));

        // Another order; the tray's Sync now books it.
        arrive(demo.mww, third);
        await clickTray(app, 'sync-now');
        await expect.poll(invoices, { timeout: 30_000 }).toBe(3);
        const references = demo.moneybird.books.salesInvoices().map((invoice) => String(invoice.reference));
        expect(new Set(references).size).toBe(3);

        // The owner switches the window's language: the tray's menu speaks it at once.
        const before = (await page.getAttribute('html', 'lang')) === 'en' ? 'en' : 'nl';
        const after = before === 'en' ? 'nl' : 'en';
        await page.click('[data-testid="locale-switch"]');
        await page.waitForSelector(`html[lang="${after}"]`);
        const syncNowLabel = () =>
          app!.evaluate(() => {
            const holder = globalThis as unknown as { winkelbrugTrayMenu?: Electron.Menu | null };
            return holder.winkelbrugTrayMenu?.getMenuItemById('sync-now')?.label;
          });
        await expect.poll(syncNowLabel).toBe(trayMessages[after]['tray.action.syncNow']);
      } finally {
        await app?.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => {});
        await app?.close().catch(() => {});
        await Promise.all([demo.mww.close(), demo.moneybird.close()]);
        rmSync(demo.dataDir, { recursive: true, force: true });
      }
    });
  },
);
