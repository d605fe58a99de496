// Settings in Chromium, on an install set up through the wizard against the simulators, with the
// tokens in the real OS keychain (gnome-keyring on a private D-Bus under `npm test`, as the keychain
// tests use it; a test service name, emptied afterwards). Every part of Settings is saved as a
// picture and checked with axe-core; a changed interval survives a restart of the core; and
// disconnecting the shop and Moneybird removes their entries from the keychain.
//
// The tests share one install and run in order: set up, restart, disconnect.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { AppService } from '../../src/main/core/app-service';
import { openAppService } from '../../src/main/core/app-service/open-app-service';
import { OsKeychain, type SecretName } from '../../src/main/core/secrets/keychain';
import { type HeadlessShell, startHeadlessShell } from '../../src/main/headless/server';
import { formatDate } from '../../src/renderer/i18n/text';
import { sale } from '../integration/sync/shop-sales';
import { type FreshDemo, startDemo } from '../sim/demo';
import { generateOrders } from '../sim/mijnwebwinkel/generator';
import type { LaunchedBrowser } from '../support/browser';
import { SecretsOverEnvironment } from '../support/memory-secrets';
import { launchDutchChromium } from './support/dutch-browser';
import { ensureRendererBuilt } from './support/renderer';
import { syncOnce } from './support/runs';
import { recordScreen, SCREENSHOTS_DIR } from './support/screens';
import {
  appState,
  button,
  chooseAdministration,
  chooseInField,
  chooseMapping,
  DAY,
  isoDay,
  next,
  onStep,
  openFresh,
  pastePersonalToken,
  toMoneybirdStep,
  waitForFinishedRun,
} from './support/wizard';

const KEYCHAIN_SERVICE = `nl.winkelbrug.test-${process.pid}`;
const SECRET_NAMES: SecretName[] = [
  'mijnwebwinkel.token',
  'mijnwebwinkel.partner-token',
  'moneybird.personal-token',
  'moneybird.oauth-tokens',
  'moneybird.administration',
];
const requireKeychain = process.env.WINKELBRUG_REQUIRE_KEYCHAIN === '1';
const quiet = { log: () => {} };

let keychainMissing: string | undefined;
let browser: LaunchedBrowser;
let demo: FreshDemo;
/** The core and shell the page talks to now (the demo's, until the restart). */
let service: AppService;
let shell: HeadlessShell;
let restarted = false;

/** What the OS keychain holds under the test service, read with a keychain of its own. */
const keychain = () => new OsKeychain({ service: KEYCHAIN_SERVICE });

beforeAll(async () => {
  ensureRendererBuilt();
  const probe = await keychain().probe();
  keychainMissing = probe.available ? undefined : probe.reason;
  if (keychainMissing && requireKeychain) {
    throw new Error(`WINKELBRUG_REQUIRE_KEYCHAIN=1 but no keychain is reachable: ${keychainMissing}`);
  }
  demo = await startDemo({
    fresh: true,
    seed: 11,
    orderList: generateOrders({
      seed: 11,
      count: 12,
      from: isoDay(Date.now() - 20 * DAY),
      to: isoDay(Date.now() - DAY),
    }),
    rateWindowSeconds: 2,
    // Without a keychain (outside `npm test`) the demo keeps the tokens in memory and the keychain
    // test reports itself skipped.
    secrets: keychainMissing ? undefined : keychain(),
    logger: quiet,
  });
  service = demo.service;
  shell = demo.shell;
  browser = await launchDutchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (demo) {
    demo.moneybird.contract?.assertNone();
    if (restarted) {
      // The demo's own core was closed at the restart: close what replaced it, then the rest.
      await shell.close();
      await service.close();
      await Promise.all([demo.mww.close(), demo.moneybird.close()]);
      rmSync(demo.dataDir, { recursive: true, force: true });
    } else {
      await demo.close();
    }
  }
  if (!keychainMissing) for (const name of SECRET_NAMES) await keychain().delete(name);
});

function skipWithoutKeychain(ctx: TestContext): void {
  if (keychainMissing) ctx.skip(`no OS keychain reachable: ${keychainMissing}`);
}

async function settingsGet(on: AppService) {
  const reply = await on.dispatch('settings.get', {}, 'test');
  if (!reply.ok) throw new Error(reply.error.message.en);
  return reply.result;
}

const appErrors = () => browser.errors.filter((error) => error.startsWith(shell.origin));

/**
 * The screen as the owner sees it, without the hover the test's last click left: the picture is
 * taken scrolled to the top, where the pointer would rest on another entry of Settings' list of parts
 * and light it up as if it were a second one open.
 */
async function pictured(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await recordScreen(page, name);
  // One entry marked as open: the part shown (for Boekhouding, its part, not Boekhouding too).
  const nav = page.getByRole('navigation', { name: 'Onderdelen van de instellingen' });
  expect(await nav.locator('a.active').count()).toBe(1);
  expect(await nav.locator('a[aria-current="page"]').count()).toBe(1);
}

/**
 * The window as the owner sees it where they are, beside the whole-page picture: the whole page is
 * pictured from the top, where a save bar kept at the foot of the window sits over the first screenful.
 */
async function windowPictured(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({
    path: join(SCREENSHOTS_DIR, `${name}.png`),
    animations: 'disabled',
    caret: 'hide',
  });
}

/**
 * Where an element is in the window, as the owner sees it: wholly inside it (not above, not below),
 * and, when `bar` is given, not behind that bar at its foot.
 */
async function inWindow(page: Page, element: Locator, bar?: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  if (!box || box.y < 0 || box.y + box.height > height) return false;
  const foot = bar ? await bar.boundingBox() : null;
  return !foot || box.y + box.height <= foot.y;
}

/** Opens a part of Settings through its link in Settings' list of parts, and waits for its content. */
async function openSection(page: Page, section: string, linkName: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Onderdelen van de instellingen' });
  await nav.getByRole('link', { name: linkName, exact: true }).click();
  await page.waitForURL(new RegExp(`#/settings/${section}$`));
  const loaded: Record<string, string> = {
    connections: '[data-testid="settings-shop"]',
    sync: '[data-testid="settings-interval"]',
    orders: '[data-testid="order-status"]',
    language: '[data-testid="language-nl"]',
    advanced: '[data-testid="partner-token-state"]',
  };
  await page
    .locator(loaded[section] ?? '[data-testid="mapping-field"]')
    .first()
    .waitFor();
}

describe('Settings in Chromium', () => {
  let page: Page;

  it('is reached once the wizard is done; every part is shown, pictured and accessible', async () => {
    page = await browser.newPage();
    await openFresh(page, demo);
    await toMoneybirdStep(page, demo.shopToken, 30);
    await pastePersonalToken(page, demo.moneybirdToken);
    await chooseAdministration(page, 'Winkelbrug Demo B.V.');
    await onStep(page, 'mapping');
    await chooseMapping(page, { zeroRate: true });
    await next(page);
    await onStep(page, 'dry-run');
    await page.getByTestId('dry-run-report').waitFor();
    await next(page);
    await onStep(page, 'start');
    await button(page, 'Start met boeken').click();
    await page.waitForURL(/#\/$/);
    await waitForFinishedRun(page);

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Instellingen' })
      .click();
    await page.waitForURL(/#\/settings\/connections$/);
    const parts: Array<[section: string, link: string]> = [
      ['connections', 'Koppelingen'],
      ['revenue', 'Omzet'],
      ['taxRates', 'Btw-tarieven'],
      ['payments', 'Betalingen'],
      ['rounding', 'Afronding'],
      ['invoice', 'Factuur'],
      ['sync', 'Synchronisatie'],
      ['orders', 'Welke bestellingen'],
      ['language', 'Taal'],
      ['advanced', 'Geavanceerd'],
    ];
    for (const [section, link] of parts) {
      await openSection(page, section, link);
      if (section === 'orders') {
        // The advice about orders booked by hand belongs where earlier days are booked (the setup,
        // "Eerdere bestellingen boeken"): here the date moves only later once the sync ran.
        await page.getByTestId('start-date').waitFor();
        expect(await page.getByTestId('hand-booked-advice').count()).toBe(0);
        // No estimate of the first run, nor room kept for one: no run books the orders since the
        // date again, so a count with a booking time would promise what does not come.
        expect(await page.getByTestId('order-estimate').count()).toBe(0);
        // The sync ran: runs now look only at status changes, so a day before the one it books from
        // would book nothing. Said beside the field, refused live, and the way that does is named.
        const field = page.getByTestId('start-date');
        const booksFrom = await field.inputValue();
        const [day, month, year] = booksFrom.split('-');
        const hint = `Winkelbrug boekt al vanaf ${formatDate(`${year}-${month}-${day}`, 'nl')}.`;
        await page.getByText(hint).waitFor();
        // Its foot says, as the other parts' do, whether all is saved or how much is not yet.
        const saveState = page.getByTestId('saved');
        const save = page.getByTestId('orders-save');
        expect(await saveState.textContent()).toBe('Alles opgeslagen');
        await field.fill('01-01-2020');
        await page.getByText('bestellingen van daarvoor boekt het niet meer vanzelf').waitFor();
        expect(await field.getAttribute('aria-invalid')).toBe('true');
        await expect.poll(() => saveState.textContent()).toBe('1 wijziging nog niet opgeslagen');
        expect(await save.getAttribute('class')).toBe('primary');
        await field.fill(booksFrom);
        await page.getByText(hint).waitFor();
        // Typed and put back: nothing to save, and Save no longer asks for it.
        await expect.poll(() => saveState.textContent()).toBe('Alles opgeslagen');
        expect(await save.getAttribute('class')).toBeNull();
        // A status ticked is a change until it is saved; saved, all is saved again.
        const unticked = page.getByTestId('order-status').locator('input:not(:checked)').first();
        const status = page.locator(
          `[data-testid="order-status"] input[value="${await unticked.getAttribute('value')}"]`,
        );
        await status.check();
        await expect.poll(() => saveState.textContent()).toBe('1 wijziging nog niet opgeslagen');
        await save.click();
        await expect.poll(() => saveState.textContent()).toBe('Alles opgeslagen');
        // Back as it was, for the tests after this one.
        await status.uncheck();
        await expect.poll(() => saveState.textContent()).toBe('1 wijziging nog niet opgeslagen');
        await save.click();
        await expect.poll(() => saveState.textContent()).toBe('Alles opgeslagen');
      }
      await pictured(page, `settings-${section}`);
    }
    expect(appErrors()).toEqual([]);
  }, 180_000);

  it('keeps the kind and language of the invoice under Boekhouding → Factuur, saved with one Save', async () => {
    await openSection(page, 'invoice', 'Factuur');
    const invoice = page.getByTestId('mapping-invoice');
    const saveState = page.getByTestId('saved');
    // Shown once the choices are read again from Moneybird (the bar is busy meanwhile).
    await expect.poll(() => saveState.textContent()).toBe('Alles opgeslagen');
    // The stored choices say nothing more each: the save bar says it once.
    expect(await page.getByText('Zo gekozen en opgeslagen.').count()).toBe(0);
    expect(await invoice.getByTestId('invoice-style-sales').isChecked()).toBe(true);
    await invoice.getByLabel('Taal van de factuur').selectOption('en');
    await expect.poll(() => saveState.textContent()).toBe('1 wijziging nog niet opgeslagen');
    await pictured(page, 'settings-invoice-changed');
    await button(page, 'Opslaan').click();
    await page.getByRole('status').getByText('Alles opgeslagen', { exact: true }).waitFor();
    await expect.poll(async () => (await settingsGet(service)).invoiceLanguage).toBe('en');
    expect(await invoice.getByLabel('Taal van de factuur').inputValue()).toBe('en');
    // Back as it was, for the tests after this one.
    await invoice.getByLabel('Taal van de factuur').selectOption('nl');
    await button(page, 'Opslaan').click();
    await expect.poll(async () => (await settingsGet(service)).invoiceLanguage).toBe('nl');
    await page.getByRole('status').getByText('Alles opgeslagen', { exact: true }).waitFor();
    expect(appErrors()).toEqual([]);
  }, 60_000);

  it('keeps Save in view at the VAT rates a parked order leads to, and after saving offers to retry it there', async () => {
    const bar = page.getByTestId('save-bar');
    const saveState = page.getByTestId('saved');
    const save = page.getByTestId('mapping-save');
    const zeroRate = page.getByLabel('0% btw', { exact: false }).and(page.locator('select'));

    // The domestic 0 % rate is unlinked, so an order with stamps parks until the owner links it again.
    await openSection(page, 'taxRates', 'Btw-tarieven');
    await expect.poll(() => saveState.textContent()).toBe('Alles opgeslagen');
    await chooseInField(page, '0% btw', null);
    await expect.poll(() => saveState.textContent()).toBe('1 wijziging nog niet opgeslagen');
    // Changed: Save comes along to the bottom of the window, the field stays in view above it.
    expect(await bar.getAttribute('data-stuck')).toBe('true');
    expect(await inWindow(page, save)).toBe(true);
    expect(await inWindow(page, zeroRate, bar)).toBe(true);
    await save.click();
    await expect.poll(() => saveState.textContent()).toBe('Alles opgeslagen');
    expect(await inWindow(page, saveState)).toBe(true);
    // A new start of the window: what follows is the owner's first visit after the order parked.
    await page.reload();

    const order = sale(980_001, 'postzegels@example.nl', ['zegels']);
    demo.mww.shop.addOrder({ ...order, status: 1 });
    demo.mww.shop.setStatus(order.number, 3);
    const run = await syncOnce(service);
    expect(run.parked).toBeGreaterThanOrEqual(1);

    // "Instelling aanpassen" on the overview leads to the VAT rates, in the middle of Boekhouding.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Overzicht' })
      .click();
    await page.locator(`[data-testid="parked-order"][data-order="${order.number}"]`).waitFor();
    await page.getByRole('link', { name: 'Instelling aanpassen' }).first().click();
    await page.waitForURL(/#\/settings\/taxRates$/);
    await page.getByTestId('mapping-field').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Btw-tarieven');
    // Nothing changed yet: the bar waits at the end of Boekhouding, far below the VAT rates.
    expect(await bar.getAttribute('data-stuck')).toBe('false');
    expect(await inWindow(page, save)).toBe(false);

    // Stamps are no supply in the VAT return: "Geen btw", as the field's help says of them.
    await chooseInField(page, '0% btw', 'Geen btw');
    await expect.poll(() => saveState.textContent()).toBe('1 wijziging nog niet opgeslagen');
    expect(await inWindow(page, save)).toBe(true);
    expect(await inWindow(page, saveState)).toBe(true);
    expect(await inWindow(page, zeroRate, bar)).toBe(true);
    // No offer to retry before anything is saved.
    expect(await page.getByTestId('retry-adjusted').count()).toBe(0);
    await pictured(page, 'settings-taxRates-changed');
    await windowPictured(page, 'settings-taxRates-changed-window');

    // Saved from the keyboard, where the owner is (Ctrl+S in the form; the button says so to assistive tech).
    expect(await save.getAttribute('aria-keyshortcuts')).toContain('Control+S');
    await zeroRate.focus();
    await page.keyboard.press('Control+s');
    await page.getByRole('status').getByText('Alles opgeslagen', { exact: true }).waitFor();
    const hint = page.getByTestId('retry-adjusted');
    await hint.waitFor();
    expect(await hint.locator('p').textContent()).toBe(
      'Je hebt een instelling aangepast waar 1 bestelling op wachtte. Kies Opnieuw proberen om ze nu te boeken.',
    );
    // The notice and the bar are in the window, at the VAT rates, not 2 400 pixels below them.
    expect(await inWindow(page, hint)).toBe(true);
    expect(await inWindow(page, saveState)).toBe(true);
    expect(await inWindow(page, zeroRate, bar)).toBe(true);
    // "Opnieuw proberen" on one line: as tall as Save beside it.
    const retry = button(hint, 'Opnieuw proberen');
    const [retryBox, saveBox] = [await retry.boundingBox(), await save.boundingBox()];
    expect(Math.round(retryBox!.height)).toBe(Math.round(saveBox!.height));
    await pictured(page, 'settings-taxRates-retry');
    await windowPictured(page, 'settings-taxRates-retry-window');

    await retry.click();
    await expect
      .poll(
        () => demo.moneybird.books.salesInvoices().some((i) => i.reference.endsWith(`-${order.number}`)),
        {
          timeout: 60_000,
        },
      )
      .toBe(true);
    await hint.waitFor({ state: 'detached' });
    expect(appErrors()).toEqual([]);
  }, 120_000);

  it('keeps the tokens in the OS keychain, not in the data folder', async (ctx) => {
    skipWithoutKeychain(ctx);
    expect(await keychain().get('mijnwebwinkel.token')).toBe(demo.shopToken);
    expect(await keychain().get('moneybird.personal-token')).toBe(demo.moneybirdToken);
    // No file in the data folder (the SQLite database, its journal, settings) holds either token.
    for (const file of readdirSync(demo.dataDir, { recursive: true, encoding: 'utf8' })) {
      const path = join(demo.dataDir, file);
      if (!statSync(path).isFile()) continue;
      const bytes = readFileSync(path);
      expect(bytes.includes(demo.shopToken), file).toBe(false);
      expect(bytes.includes(demo.moneybirdToken), file).toBe(false);
    }
  });

  it('keeps a changed interval after a restart of the core', async () => {
    await openSection(page, 'sync', 'Synchronisatie');
    const saveState = page.getByTestId('saved');
    await expect.poll(() => saveState.textContent()).toBe('Alles opgeslagen');
    // Orders are booked under the reference prefix: it is shown read-only, saying why.
    const prefix = page.getByTestId('settings-prefix');
    expect(await prefix.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('settings-prefix-fixed').textContent()).toMatch(
      /^Ligt vast: er staan al bestellingen met dit voorvoegsel in Moneybird, met referenties als [A-Z0-9]+-1042\./,
    );
    const interval = page.getByLabel('Hoe vaak synchroniseren');
    expect(await interval.inputValue()).toBe('15');
    await interval.fill('45');
    await page.getByTestId('settings-update-contacts').uncheck();
    await expect.poll(() => saveState.textContent()).toBe('2 wijzigingen nog niet opgeslagen');
    await page.getByTestId('settings-update-contacts').check();
    await expect.poll(() => saveState.textContent()).toBe('1 wijziging nog niet opgeslagen');
    await button(page, 'Opslaan').click();
    await page.getByRole('status').getByText('Alles opgeslagen', { exact: true }).waitFor();
    await pictured(page, 'settings-sync-saved');
    expect(await settingsGet(service)).toMatchObject({ intervalMinutes: 45, referencePrefixFixed: true });

    // Winkelbrug is closed and started again on the same data folder and keychain.
    await page.close();
    await shell.close();
    await service.close();
    restarted = true;
    const secrets = keychainMissing ? demo.secrets : new SecretsOverEnvironment(keychain(), demo.env);
    const reopened = await openAppService({
      env: demo.env,
      dataDir: demo.dataDir,
      secrets,
      logger: quiet,
      runAtStart: false,
    });
    service = reopened.service;
    shell = await startHeadlessShell({ service, logger: quiet });
    expect(await settingsGet(service)).toMatchObject({ intervalMinutes: 45 });
    // Set up as before: the shop and Moneybird are still connected after the restart.
    expect(reopened.runtime).not.toBeNull();

    page = await browser.newPage();
    await page.goto(shell.url);
    // Set up: the app opens on the dashboard, not the wizard.
    await appState(page, 'idle').waitFor();
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Instellingen' })
      .click();
    await openSection(page, 'sync', 'Synchronisatie');
    expect(await page.getByLabel('Hoe vaak synchroniseren').inputValue()).toBe('45');
    await pictured(page, 'settings-sync-after-restart');
    expect(appErrors()).toEqual([]);
  }, 120_000);

  it('keeps the chosen language in the core, where the tray and the notifications read it too', async () => {
    await openSection(page, 'language', 'Taal');
    await page.getByTestId('language-en').check();
    await page.getByRole('heading', { name: 'Language', exact: true }).waitFor();
    await expect.poll(async () => (await settingsGet(service)).language).toBe('en');

    // A window that remembers nothing (another browser, the desktop window made anew) speaks it too.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('heading', { name: 'Language', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByTestId('language-nl').check();
    await page.getByRole('heading', { name: 'Taal', exact: true }).waitFor();
    await expect.poll(async () => (await settingsGet(service)).language).toBe('nl');
    expect(appErrors()).toEqual([]);
  }, 60_000);

  it('removes the keychain entries when the shop and Moneybird are disconnected', async (ctx) => {
    skipWithoutKeychain(ctx);
    await openSection(page, 'connections', 'Koppelingen');
    const shop = page.getByTestId('settings-shop');
    const moneybird = page.getByTestId('settings-moneybird');
    expect(await keychain().get('mijnwebwinkel.token')).toBe(demo.shopToken);

    await button(shop, 'Ontkoppelen').click();
    await shop.getByText('Weet je het zeker?').waitFor();
    await pictured(page, 'settings-connections-disconnect-question');
    await button(shop, 'Ja, ontkoppelen').click();
    await shop.locator('[data-state="missing"]').getByText('Niet gekoppeld').waitFor();
    expect(await keychain().get('mijnwebwinkel.token')).toBeUndefined();
    // Moneybird is untouched by the shop's disconnect.
    expect(await keychain().get('moneybird.personal-token')).toBe(demo.moneybirdToken);

    await button(moneybird, 'Ontkoppelen').click();
    await button(moneybird, 'Ja, ontkoppelen').click();
    await moneybird.locator('[data-state="missing"]').getByText('Niet gekoppeld').waitFor();
    await pictured(page, 'settings-connections-disconnected');
    for (const name of SECRET_NAMES) expect(await keychain().get(name), name).toBeUndefined();

    // Nothing is booked any more until the owner connects again; the dashboard says so: no longer
    // connected (it was, and booked), both of them, what was booked stays, and how to connect again.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Overzicht' })
      .click();
    await appState(page, 'needs-setup').waitFor();
    const booked = await page.getByTestId('count-booked').textContent();
    expect(Number(booked)).toBeGreaterThan(0);
    expect(await page.getByTestId('app-state').textContent()).toBe('Niet meer gekoppeld');
    // Why, and that nothing is booked until then, is said once: beside the button to connect again.
    const reminder = page.getByTestId('setup-reminder');
    await reminder.waitFor();
    expect(await reminder.getAttribute('data-kind')).toBe('reconnect');
    expect(await reminder.locator('p').textContent()).toBe(
      'Winkelbrug is niet meer gekoppeld met je webwinkel en met Moneybird, en boekt niets tot je ze allebei opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
    );
    expect(await reminder.getByRole('link').textContent()).toBe('Opnieuw koppelen');
    // The activity keeps both disconnects, newest first, with what they mean: someone reading it
    // later (the accountant too) sees when booking stopped, and why.
    const activity = page.getByTestId('activity-list').getByTestId('activity-item');
    await expect
      .poll(async () =>
        (await activity.allTextContents()).slice(0, 2).map((line) => line.replace(/^.*?\d\d:\d\d/, '')),
      )
      .toEqual([
        'Koppeling met Moneybird verbroken (op jouw verzoek). Winkelbrug boekt niets tot je opnieuw koppelt; wat al geboekt is, blijft in Moneybird staan.',
        'Koppeling met Mijnwebwinkel verbroken (op jouw verzoek). Winkelbrug boekt niets tot je opnieuw koppelt; wat al geboekt is, blijft in Moneybird staan.',
      ]);
    // Outside that record, the reason is said once: in the reminder.
    expect(await page.getByText(/boekt niets tot je/).count()).toBe(3);
    expect(
      await page
        .getByTestId('activity-list')
        .getByText(/boekt niets tot je/)
        .count(),
    ).toBe(2);
    expect(await page.getByTestId('status-reason').count()).toBe(0);
    // Sync now and Pause are off while nothing can sync, described by that reason; earlier orders
    // are not offered meanwhile.
    expect(await page.getByTestId('sync-now').isDisabled()).toBe(true);
    expect(await page.getByTestId('pause').isDisabled()).toBe(true);
    expect(await page.getByTestId('sync-now').getAttribute('aria-describedby')).toBe('reconnect-reason');
    expect(await page.getByTestId('sync-unavailable').count()).toBe(0);
    expect(await page.getByTestId('history-import').count()).toBe(0);
    expect(await page.getByText('nog niet gekoppeld').count()).toBe(0);
    await recordScreen(page, 'dashboard-after-disconnect');

    // "Opnieuw koppelen" leads into the wizard, at the connection that is gone.
    await reminder.getByRole('link', { name: 'Opnieuw koppelen' }).click();
    await page.waitForURL(/#\/setup\/shop$/);
    expect(appErrors()).toEqual([]);
  }, 120_000);
});
