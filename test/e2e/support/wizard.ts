// The first-run wizard as a shop owner goes through it, step by step, selected by what the owner
// reads on screen (the Dutch texts of src/shared/i18n/messages/ui-*.ts) and the few data-testids
// that mark a state. Each helper ends when the screen shows the outcome, never after a fixed wait.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FreshDemo } from '../../sim/demo';

export const DAY = 24 * 60 * 60 * 1000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The step headings, which also name the window ("Koppel je winkel — Winkelbrug"). */
export const STEP_TITLE = {
  welcome: 'Welkom bij Winkelbrug',
  shop: 'Koppel je winkel',
  orders: 'Welke bestellingen?',
  moneybird: 'Koppel Moneybird',
  mapping: 'Hoe wordt er geboekt?',
  'dry-run': 'Proefberekening',
  start: 'Alles klaar',
} as const;
export type Step = keyof typeof STEP_TITLE;

/** Waits until the wizard shows `step`: its address, its panel and its heading. */
export async function onStep(page: Page, step: Step): Promise<void> {
  await page.waitForURL(new RegExp(`#/setup/${step}(\\?|$)`));
  await page.getByTestId(`step-${step}`).waitFor();
  await page.getByRole('heading', { level: 2, name: STEP_TITLE[step], exact: true }).waitFor();
}

/** Where the wizard is now, from the address. */
export function currentStep(page: Page): string | null {
  return /#\/setup\/([^?]+)/.exec(page.url())?.[1] ?? null;
}

export const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });

/** The wizard's Volgende; waits until it can be pressed. */
export async function next(page: Page): Promise<void> {
  const volgende = page.getByTestId('wizard-next');
  await expect.poll(() => volgende.isEnabled()).toBe(true);
  await volgende.click();
}

/** Opens the app at the address the demo printed; a fresh install starts on the welcome step. */
export async function openFresh(page: Page, demo: FreshDemo): Promise<void> {
  await page.goto(demo.url);
  await onStep(page, 'welcome');
}

export async function pasteShopToken(page: Page, token: string): Promise<void> {
  await page.getByLabel('API-token van je winkel').fill(token);
  await button(page, 'Controleren').click();
}

/** Pastes the shop token and waits for "Gekoppeld met <shop>". */
export async function connectShop(page: Page, token: string): Promise<string> {
  await pasteShopToken(page, token);
  const connected = page.getByTestId('shop-connected');
  await connected.waitFor();
  const line = (await connected.locator('.connected-line').textContent()) ?? '';
  expect(line).toMatch(/^Gekoppeld met .+/);
  return line.replace('Gekoppeld met ', '');
}

/** A day (yyyy-mm-dd) as a Dutch shop owner types it: "30-09-2026". */
export const dutchDay = (iso: string) => iso.split('-').reverse().join('-');

/**
 * The statuses as suggested, from `since` (yyyy-mm-dd) on, typed the Dutch way (the estimate shown
 * before going on). The field holds the day as typed, whatever the browser's own language.
 */
export async function chooseOrdersSince(page: Page, since: string): Promise<void> {
  await page.getByTestId('order-status').first().waitFor();
  await page.getByLabel('Ook eerdere bestellingen').check();
  const field = page.getByLabel('Vanaf datum');
  await field.fill(dutchDay(since));
  expect(await field.getAttribute('data-day')).toBe(since);
  await page.getByTestId('order-estimate').locator('.estimate-text:not(.stale)').waitFor();
}

/**
 * From the welcome step to Moneybird's, the way most tests go: the shop connected with `shopToken`,
 * the suggested statuses, orders from `daysBack` days ago on.
 */
export async function toMoneybirdStep(page: Page, shopToken: string, daysBack: number): Promise<void> {
  await next(page);
  await onStep(page, 'shop');
  await connectShop(page, shopToken);
  await next(page);
  await onStep(page, 'orders');
  await chooseOrdersSince(page, isoDay(Date.now() - daysBack * DAY));
  await next(page);
  await onStep(page, 'moneybird');
}

export async function openOtherWays(page: Page): Promise<void> {
  const details = page.getByTestId('moneybird-other-ways');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

export async function pastePersonalToken(page: Page, token: string): Promise<void> {
  await openOtherWays(page);
  const form = page.getByTestId('moneybird-personal');
  await form.getByLabel('Plak hier het token').fill(token);
  await button(form, 'Koppelen').click();
}

/**
 * Presses "Inloggen bij Moneybird" and answers the simulator's consent page in the tab the app
 * opens: the administration, then Toestaan or Weigeren. Returns that tab (still open).
 */
export async function loginInBrowser(
  page: Page,
  context: BrowserContext,
  decision: 'allow' | 'deny',
  administration = 'Winkelbrug Demo B.V.',
): Promise<Page> {
  const opened = context.waitForEvent('page', { timeout: 30_000 });
  await button(page, 'Inloggen bij Moneybird').click();
  // The tab opens, or the wizard says why it could not start the login (then the test says so).
  const problem = page.getByTestId('moneybird-login-problem');
  const refused = problem.waitFor({ timeout: 30_000 }).then(
    async () => `the login did not start: ${await problem.textContent()}`,
    () => null,
  );
  const consent = await Promise.race([
    opened,
    refused.then((reason) => {
      if (reason) throw new Error(reason);
      return opened;
    }),
  ]);
  await consent.waitForLoadState();
  await consent.getByRole('heading', { name: /Toegang verlenen aan/ }).waitFor();
  await consent.locator('#administration').selectOption({ label: administration });
  await consent.locator(decision === 'allow' ? '#allow' : '#deny').click();
  await consent.waitForLoadState();
  return consent;
}

/**
 * Chooses the administration in the list the login reaches and presses Volgende, which stores it;
 * on success the wizard moves on.
 */
export async function chooseAdministration(page: Page, name: string): Promise<void> {
  const choice = page.getByTestId('administration-choice');
  await choice.waitFor();
  await choice.getByRole('radio', { name }).check();
  await next(page);
}

/** Selects, in the mapping field labelled `label`, the Moneybird record whose name starts with `option`. */
export async function chooseInField(page: Page, label: string, option: string | null): Promise<void> {
  const select = page.getByLabel(label, { exact: false }).and(page.locator('select'));
  // The wizard folds away what needs no choice; unfold the part that holds this field.
  if (!(await select.isVisible())) await select.locator('xpath=ancestor::details[1]/summary').click();
  if (option === null) {
    await select.selectOption('');
    return;
  }
  const texts = await select.locator('option').allTextContents();
  const wanted = texts.find((text) => text === option || text.startsWith(`${option} — `));
  if (!wanted) throw new Error(`"${label}" has no option "${option}"; it offers ${texts.join(' | ')}`);
  await select.selectOption({ label: wanted });
}

/**
 * The owner's picks where the simulator's Moneybird leaves a real choice: the revenue account
 * (six), the payment account (three), the domestic 0 % rate (five: "Geen btw", or left empty to park the
 * orders that need it) and the rounding line's 0 % rate (two ordinary ones).
 */
export async function chooseMapping(page: Page, options: { zeroRate: boolean }): Promise<void> {
  await page.getByTestId('mapping-field').first().waitFor();
  await chooseInField(page, 'Omzetrekening', 'Omzet');
  await chooseInField(page, 'Betaalrekening (verplicht)', 'Mollie');
  // The demo shop's 0 % product is postage stamps: no supply in the VAT return, as the field's help
  // says of them ("Geen btw"), not an ordinary 0 % sale in box 1e.
  await chooseInField(page, '0% btw', options.zeroRate ? 'Geen btw' : null);
  // The rounding line's rate is proposed ("Geen btw", outside the VAT return) and kept.
}

// ---- the dry run, as the screen shows it ---------------------------------------------------------

/** "€ 1.234,56" / "€ -3,10" as cents. */
export function shownCents(text: string): bigint {
  const cleaned = text
    .replace(/[€\s\u00a0]/g, '')
    .replace(/\./g, '')
    .replace('−', '-')
    .replace(',', '.');
  return decimalCents(cleaned);
}

/** "1234.56", "-3.1", "12" (the simulator's money strings) as cents; refuses anything finer. */
export function decimalCents(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2})0*)?$/.exec(text.trim());
  if (!match) throw new Error(`not an amount in cents: "${text}"`);
  const value = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -value : value;
}

export interface ShownRate {
  /** As the row is headed: its rate and its part of the VAT return, "21% 1a · hoog tarief". */
  label: string;
  /** The country of an OSS rate, else null. */
  country: string | null;
  /** The part of the VAT return: "NL/1a", "NL/3b", "OSS/BE", "none". */
  vatBox: string;
  /** The percentage in the label, "21", "5.5". */
  rate: string;
  base: bigint;
  vat: bigint;
}

export interface ShownDryRun {
  orders: number;
  total: bigint;
  vat: bigint;
  perRate: ShownRate[];
  /** Order numbers listed under "Wacht op jou". */
  parked: string[];
  /** Orders the step says are not paid yet (booked once they are), and test orders (never booked). */
  unpaid: number;
  testOrders: number;
}

/** The count a "not booked now" line of the dry run starts with; 0 when the line is not there. */
async function countInLine(report: Locator, testId: string, says: RegExp): Promise<number> {
  const line = report.getByTestId(testId);
  if ((await line.count()) === 0) return 0;
  const text = (await line.textContent()) ?? '';
  const found = says.exec(text);
  expect(found, `the dry run's line ${testId}: "${text}"`).not.toBeNull();
  return Number(found![1]);
}

/** Country names as the owner reads them in Dutch, for an OSS row ("OSS · België"). */
const dutchCountryNames = new Intl.DisplayNames(['nl'], { type: 'region' });

export async function readDryRun(page: Page): Promise<ShownDryRun> {
  const report = page.getByTestId('dry-run-report');
  await report.waitFor();
  const ordersText = (await report.getByTestId('dry-run-orders').textContent()) ?? '';
  const orders = Number(/^(\d+)/.exec(ordersText.replace(/\./g, ''))?.[1]);
  expect(Number.isInteger(orders), `the dry run's order count: "${ordersText}"`).toBe(true);
  const rows = await report
    .getByTestId('dry-run-per-rate')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        rateName: tr.querySelector('th .rate-name')?.textContent ?? '',
        box: tr.querySelector('th [data-testid="vat-box-name"]')?.textContent ?? '',
        rate: tr.getAttribute('data-rate') ?? '',
        vatBox: tr.getAttribute('data-box') ?? '',
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    );
  const perRate = rows.map(({ rateName, box, rate, vatBox, cells: [base = '', vat = ''] }) => {
    // The row says its rate as the owner writes it, and its part of the VAT return in words.
    expect(rateName, `a VAT row's rate: "${rateName}"`).toBe(`${rate.replace('.', ',')}%`);
    expect(box.length, `the VAT return part of the row at ${rateName}`).toBeGreaterThan(0);
    const oss = /^OSS\/([A-Z]{2})$/.exec(vatBox);
    if (oss) expect(box).toBe(`OSS · ${dutchCountryNames.of(oss[1]!)}`);
    return {
      label: `${rateName} ${box}`,
      country: oss ? oss[1]! : null,
      rate,
      vatBox,
      base: shownCents(base),
      vat: shownCents(vat),
    };
  });
  const parked = await report
    .getByTestId('dry-run-parked-order')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-order') ?? ''));
  return {
    orders,
    total: shownCents((await report.getByTestId('dry-run-total').textContent()) ?? ''),
    vat: shownCents((await report.getByTestId('dry-run-vat').textContent()) ?? ''),
    perRate,
    parked,
    // An unpaid order is told it follows once paid; a test order is told it is never booked.
    unpaid: await countInLine(
      report,
      'dry-run-unpaid',
      /^(\d+) bestellingen? (?:is|zijn) nog niet betaald: zodra ze betaald (?:is|zijn), boekt Winkelbrug (?:haar|ze) vanzelf\.$/,
    ),
    testOrders: await countInLine(
      report,
      'dry-run-test-orders',
      /^(\d+) bestellingen? (?:is|zijn) in je webwinkel gemarkeerd als testbestelling: die boekt Winkelbrug niet\.$/,
    ),
  };
}

// ---- the dashboard -------------------------------------------------------------------------------

/** The status panel of a finished run: "idle | 12:00 · 4 geboekt, 2 wachten op jou | …". */
const FINISHED_RUN = /^idle \| [^|]*?(\d+) geboekt(?:, (\d+) wacht(?:en)? op jou)? \|/;

export const appState = (page: Page, state: string) =>
  page.locator(`[data-testid="app-state"][data-state="${state}"]`);

/**
 * Waits until the dashboard shows a finished run ("… geboekt", then "1 wacht op jou" or "… wachten op
 * jou" when orders wait for the owner) and the sync idle.
 */
export async function waitForFinishedRun(page: Page): Promise<{ booked: number; parked: number }> {
  // What the status panel shows, so a run that does not end says where it stands.
  const shown = () =>
    page.getByTestId('status-panel').evaluate((panel) => {
      const state = panel.querySelector('[data-testid="app-state"]')?.getAttribute('data-state');
      const lastRun = panel.querySelector('[data-testid="last-run"]')?.textContent ?? '';
      return `${state} | ${lastRun} | ${panel.textContent}`;
    });
  // The figures are read from the same look at the panel that showed the run finished: the panel
  // may change again right after (a follow-up run starting).
  let seen = '';
  await expect
    .poll(
      async () => {
        seen = await shown();
        return seen;
      },
      { timeout: 60_000 },
    )
    .toMatch(FINISHED_RUN);
  const [, booked, parked] = FINISHED_RUN.exec(seen)!;
  return { booked: Number(booked), parked: Number(parked ?? 0) };
}

/** Order numbers the activity list says were booked ("#1042 … geboekt"). */
export async function bookedInActivity(page: Page): Promise<string[]> {
  const items = await page.getByTestId('activity-item').evaluateAll((lis) =>
    lis.map((li) => ({
      order: li.querySelector('.order')?.textContent?.replace('#', '') ?? null,
      message: li.querySelector('.message')?.textContent ?? '',
    })),
  );
  return items
    .filter((item) => item.order && /^(Bestelling|Creditorder) \d+ geboekt/.test(item.message))
    .map((item) => item.order!);
}
