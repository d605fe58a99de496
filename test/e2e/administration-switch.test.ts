// The screens of an owner who switched Moneybird administration, in Chromium. Three sales of last
// month are booked in the administration the demo starts on (A); the owner then chooses the other one
// (B) as the setup's channel does it and maps it again; two more sales of last month are booked in B,
// and the shop credits one of the A-sales. The dashboard parks the credit saying where its sale is;
// an A-sale's page says its invoice is in the other administration, links there and offers no booking
// again; last month says its bookings are in both administrations, by name, each administration's
// part apart (each files its own VAT return), and comparing it with Moneybird leaves the A-bookings
// alone and counts them, calling none deleted. Each screen passes axe-core and is saved as a picture.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { administrationSetting } from '../../src/main/core/core-runtime';
import { bookkeepingMappingSetting } from '../../src/main/core/sync/sync-settings';
import { shopLocalDate } from '../../src/shared/shop-calendar';
import { mappingIn } from '../integration/sync/administration-books';
import { creditOf, type LineName, sale } from '../integration/sync/shop-sales';
import { parseDecimal, toFixed } from '../sim/common/decimal';
import { type Demo, startDemo } from '../sim/demo';
import type { MwwOrder } from '../sim/mijnwebwinkel/types';
import type { LaunchedBrowser } from '../support/browser';
import { launchDutchChromium } from './support/dutch-browser';
import { ensureRendererBuilt } from './support/renderer';
import { syncOnce } from './support/runs';
import { recordScreen } from './support/screens';
import { shopToday } from './support/shop-day';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A name as a regular expression matches it, word for word ("Winkelbrug Demo B.V."). */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Last calendar month (the test machine runs in UTC or close); its days by number. */
const today = shopToday();
const monthStart = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1);
const lastMonthDay = (day: number) => isoDay(monthStart + (day - 1) * DAY);
const START_DAYS_AGO = Math.ceil((Date.now() - (monthStart - 5 * DAY)) / DAY);

/** A paid sale of its own customer on a day of last month. */
const saleOn = (number: number, day: number, lines?: readonly LineName[]): MwwOrder => ({
  ...sale(number, `klant-${number}@example.nl`, lines),
  date: lastMonthDay(day),
});

/** Booked in A, before the switch. */
const soldInA = [saleOn(971_001, 4), saleOn(971_002, 8), saleOn(971_003, 12, ['thee'])];
/** Booked in B, after it. */
const soldInB = [saleOn(971_004, 16), saleOn(971_005, 20, ['mok'])];
/** The shop's credit of the first A-sale's tea, today. */
const credit: MwwOrder = { ...creditOf(soldInA[0]!, 971_006, ['thee']), date: shopLocalDate(Date.now()) };

let demo: Demo;
let browser: LaunchedBrowser;
let adminA: { id: string; name: string };
let adminB: { id: string; name: string };

/** The shop completes (or credits) an order now. */
function shopCompletes(order: MwwOrder): void {
  demo.mww.shop.addOrder({ ...order, status: 1 });
  demo.mww.shop.setStatus(order.number, order.credited_order_number ? 10 : 3);
}

const entryOf = (order: MwwOrder) => demo.runtime.store.journal.get(String(order.number))!;

beforeAll(async () => {
  ensureRendererBuilt();
  demo = await startDemo({
    orderList: soldInA,
    startDaysAgo: START_DAYS_AGO,
    rateWindowSeconds: 2,
    logger: { log: () => {} },
  });
  [adminA, adminB] = demo.moneybird.administrations as [typeof adminA, typeof adminB];
  expect(adminA.id).toBe(demo.moneybird.administrationId);

  // Booked in A.
  await syncOnce(demo.service);
  for (const order of soldInA)
    expect(entryOf(order)).toMatchObject({ state: 'done', administrationId: adminA.id });

  // The owner switches to B, as a set-up install does: the administration is the stored choice (not
  // the demo's environment), the setup's channel stores the other one and restarts the sync on it;
  // the owner then maps B's ledgers, account and rates.
  demo.runtime.store.settings.set(administrationSetting, adminA.id);
  delete demo.env.MONEYBIRD_ADMINISTRATION_ID;
  const chosen = await demo.service.dispatch(
    'setup.moneybird.chooseAdministration',
    { administrationId: adminB.id },
    'test',
  );
  expect(chosen).toMatchObject({ ok: true, result: { ok: true } });
  demo.runtime.store.settings.set(bookkeepingMappingSetting, await mappingIn(demo.moneybird, adminB.id));

  // New sales booked in B; the credit of an A-sale parked.
  for (const order of soldInB) shopCompletes(order);
  shopCompletes(credit);
  await syncOnce(demo.service);
  for (const order of soldInB)
    expect(entryOf(order)).toMatchObject({ state: 'done', administrationId: adminB.id });
  expect(entryOf(credit)).toMatchObject({
    state: 'parked',
    reason: { code: 'original_other_administration' },
  });
  browser = await launchDutchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  demo?.moneybird.contract?.assertNone();
  await demo?.close();
});

async function openApp(route: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(demo.url);
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  return page;
}

/** The language the owner chooses in Settings (the core keeps it: every screen speaks it). */
async function chooseLanguage(page: Page, language: 'nl' | 'en'): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/settings/language';
  });
  await page.getByTestId(`language-${language}`).check();
  await page.getByRole('heading', { name: language === 'en' ? 'Language' : 'Taal', exact: true }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe(language);
}

/** The number Moneybird gave the order's invoice, as the administration it is in holds it. */
function invoiceNumberOf(order: MwwOrder, administrationId: string): string {
  const entry = entryOf(order);
  const invoice = demo.moneybird.books
    .salesInvoices(administrationId)
    .find((i) => i.id === entry.moneybird.invoiceId);
  expect(invoice?.invoice_id).toBeTruthy();
  expect(entry.invoiceNumber).toBe(invoice.invoice_id);
  return invoice.invoice_id as string;
}

describe('after a switch of Moneybird administration', () => {
  it('parks the credit of a sale booked in the administration left, saying where that sale is', async () => {
    const sold = soldInA[0]!;
    const number = invoiceNumberOf(sold, adminA.id);
    const page = await openApp('#/');
    const item = page.locator(`[data-testid="parked-order"][data-order="${credit.number}"]`);
    await item.waitFor();
    expect(await page.getByTestId('app-state').textContent()).toContain('1 bestelling vraagt iets van je');
    expect(await item.getByTestId('held-order-link').getAttribute('href')).toBe(`#/orders/${credit.number}`);
    // A credit order, headed as its own page heads it.
    expect(await item.getByTestId('held-order-link').textContent()).toBe(`Creditorder ${credit.number}`);
    // The sale by its invoice number and both administrations by name: the number alone would not
    // do, the new administration numbers its invoices from 2026-0001 too.
    expect(demo.moneybird.books.salesInvoices(adminB.id).map((i) => i.invoice_id)).toContain(number);
    expect(await item.getByTestId('parked-reason').textContent()).toBe(
      `Creditorder ${credit.number} crediteert bestelling ${sold.number}, maar die staat op factuur ${number} in een andere Moneybird-administratie, "${adminA.name}", geboekt voordat je overstapte naar "${adminB.name}". Winkelbrug maakt de creditfactuur niet in "${adminB.name}", waar die factuur niet staat. Regel de creditering zelf in "${adminA.name}" en kies "Overslaan".`,
    );
    expect(await item.getByRole('button').allTextContents()).toEqual(['Opnieuw proberen', 'Overslaan']);
    // Nothing is called deleted in Moneybird.
    expect(await page.getByTestId('deleted-bookings').count()).toBe(0);
    // Which administration is connected, by name; and since both hold bookings now, in which one
    // each invoice number is (numbered from 2026-0001 in each): the lines written before the switch,
    // when there was only one, name theirs too.
    await page.getByTestId('connection-moneybird').getByText(`Gekoppeld met ${adminB.name}`).waitFor();
    const bookedLine = (order: MwwOrder, admin: { id: string; name: string }) =>
      `Bestelling ${order.number} geboekt in de administratie "${admin.name}" als factuur ${invoiceNumberOf(order, admin.id)}.`;
    await page.getByText(bookedLine(soldInA[0]!, adminA)).waitFor();
    const activity = await page.getByTestId('activity-item').allTextContents();
    for (const [orders, admin] of [
      [soldInB, adminB],
      [soldInA, adminA],
    ] as const)
      for (const order of orders)
        expect(
          activity.filter((text) => text.endsWith(bookedLine(order, admin))),
          String(order.number),
        ).toHaveLength(1);
    // No booked line is left without its administration.
    expect(activity.filter((text) => /geboekt als factuur/.test(text))).toEqual([]);
    // "Geboekt" counts the orders booked in both; beside "Gekoppeld met" the new one, it says how many
    // of them are in the other.
    expect(Number(await page.getByTestId('count-booked').textContent())).toBe(
      soldInA.length + soldInB.length,
    );
    expect(await page.getByTestId('count-booked-elsewhere').textContent()).toBe(
      `waarvan ${soldInA.length} in een andere administratie`,
    );
    await recordScreen(page, 'admin-switch-dashboard');
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it('says an A-sale’s invoice is in the other administration, links there, and offers no booking again', async () => {
    const sold = soldInA[1]!;
    const entry = entryOf(sold);
    const number = invoiceNumberOf(sold, adminA.id);
    const page = await openApp(`#/orders/${sold.number}`);
    const elsewhere = page.getByTestId('moneybird-elsewhere');
    await elsewhere.waitFor();
    expect(await page.getByTestId('order-state').first().textContent()).toBe('Geboekt');
    await page.getByTestId('shop-payment').waitFor();
    // Paid: booked because its payment was captured, as the shop's words say too.
    expect(await page.getByTestId('shop-payment').textContent()).toMatch(/ · Betaald$/);
    // Beside its number, the administration it is in: the new one numbers from 2026-0001 too.
    expect(await page.getByTestId('booked-as').textContent()).toMatch(
      new RegExp(`^Geboekt op .+ in de administratie "${escaped(adminA.name)}" als factuur ${number}\\.$`),
    );
    expect(await elsewhere.textContent()).toBe(
      `De factuur van deze bestelling staat in een andere Moneybird-administratie, "${adminA.name}", waar hij is geboekt voordat je overstapte naar "${adminB.name}". Winkelbrug laat hem daar staan en boekt hem niet opnieuw; de link opent hem in "${adminA.name}".`,
    );
    // A note, not a problem: nothing went wrong, and nothing is called deleted.
    expect(await page.getByTestId('moneybird-problem').count()).toBe(0);
    expect(await page.getByTestId('order-moneybird').textContent()).not.toContain('verwijderd');
    // The link opens the invoice in the administration it is in.
    const link = page.getByTestId('open-invoice');
    expect(await link.getAttribute('href')).toBe(
      `https://moneybird.com/${adminA.id}/sales_invoices/${entry.moneybird.invoiceId}`,
    );
    expect(await link.textContent()).toContain(`Factuur ${number} openen in "${adminA.name}"`);
    expect(await page.getByTestId('open-contact').getAttribute('href')).toBe(
      `https://moneybird.com/${adminA.id}/contacts/${entry.moneybird.contactId}`,
    );
    // The contact opens in that administration too, and its link says so beside the invoice's.
    expect(await page.getByTestId('open-contact').textContent()).toContain(
      `Contact openen in "${adminA.name}"`,
    );
    // No booking again, nor anything else to do.
    for (const id of ['deleted-box', 'book-again', 'held-box', 'retry-order'])
      expect(await page.getByTestId(id).count(), id).toBe(0);
    expect(await page.getByRole('button').allTextContents()).not.toContain('Opnieuw boeken');
    // The customer's country as the shop's code names it in the page's language.
    expect(await page.getByTestId('shop-address').textContent()).toMatch(/, Nederland$/);
    await recordScreen(page, 'admin-switch-order-elsewhere');

    // The same page in English.
    await chooseLanguage(page, 'en');
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/orders/${sold.number}`);
    await page.getByRole('heading', { name: `Order ${sold.number}` }).waitFor();
    await page.getByTestId('moneybird-elsewhere').waitFor();
    expect(await page.getByTestId('moneybird-elsewhere').textContent()).toBe(
      `This order’s invoice is in another Moneybird administration, "${adminA.name}", where it was booked before you switched to "${adminB.name}". Winkelbrug leaves it there and does not book it again; the link opens it in "${adminA.name}".`,
    );
    expect(await page.getByTestId('booked-as').textContent()).toMatch(
      new RegExp(`^Booked on .+ in the administration "${escaped(adminA.name)}" as invoice ${number}\\.$`),
    );
    expect(await page.getByTestId('open-invoice').textContent()).toContain(
      `Open invoice ${number} in "${adminA.name}"`,
    );
    expect(await page.getByTestId('open-contact').textContent()).toContain(
      `Open the contact in "${adminA.name}"`,
    );
    // The payment, in English too.
    expect(await page.getByTestId('shop-payment').textContent()).toMatch(/ · Paid$/);
    // The country too, which the shop sends in Dutch beside its code.
    expect(await page.getByTestId('shop-address').textContent()).toMatch(/, Netherlands$/);
    expect(await page.getByRole('button').allTextContents()).not.toContain('Book again');
    await recordScreen(page, 'admin-switch-order-elsewhere-en');
    await chooseLanguage(page, 'nl');
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it('compares last month with Moneybird, counting the bookings in the other administration, none deleted', async () => {
    const page = await openApp('#/');
    await page.getByTestId('dashboard-reconciliation-link').click();
    await page.getByTestId('rate-table').waitFor();
    await expect.poll(() => page.getByTestId('reconciliation').getAttribute('aria-busy')).toBe('false');
    // Last month, with all five sales.
    const lastMonth = new Date(monthStart);
    expect(await page.getByTestId('period-select').inputValue()).toBe(
      `month:${lastMonth.getUTCFullYear()}:${lastMonth.getUTCMonth() + 1}`,
    );
    // Before any comparison, the month says its bookings are in two administrations, by the names
    // the owner gave them, and that each files its own VAT return: no plain "Klopt".
    const verdict = page.getByTestId('verdict');
    expect(await verdict.getAttribute('data-standing')).toBe('equal');
    expect(await page.getByTestId('verdict-headline').textContent()).toBe(
      'In je boeken staat hetzelfde als in je winkel, maar verdeeld over 2 Moneybird-administraties. Elke administratie doet haar eigen btw-aangifte: hieronder staat wat in welke hoort.',
    );
    const elsewhere = page.getByTestId('other-administration');
    await expect.poll(() => elsewhere.textContent()).toContain(`"${adminA.name}"`);
    expect(await elsewhere.getAttribute('data-count')).toBe('3');
    expect(await elsewhere.textContent()).toBe(
      `3 van de 5 geboekte bestellingen van deze periode staan in "${adminA.name}", niet in de gekoppelde administratie "${adminB.name}": ze zijn geboekt voordat je van administratie wisselde.`,
    );
    expect(await page.getByTestId('period-counts').textContent()).toBe(
      '5 bestellingen in deze periode, waarvan 5 geboekt in Moneybird.',
    );
    // The Moneybird column adds both up, and says so; below it, each administration's own part per
    // line, as each administration's books hold it.
    expect(await page.getByTestId('booked-heading').textContent()).toBe(
      'In je boeken (alle administraties samen)',
    );
    const table = page.getByTestId('administration-table');
    expect(
      await table
        .getByTestId('administration-heading')
        .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-administration'), c.textContent])),
    ).toEqual([
      [adminB.id, `${adminB.name}gekoppeld · 2 bestellingen`],
      [adminA.id, `${adminA.name}3 bestellingen`],
    ]);
    // Not compared yet: no column says it was read.
    expect(await table.getByTestId('administration-checked-at').count()).toBe(0);
    const from = lastMonthDay(1);
    const to = isoDay(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
    for (const admin of [adminA, adminB]) {
      const invoices = demo.moneybird.books
        .salesInvoices(admin.id)
        .filter((i) => i.state !== 'draft' && i.invoice_date >= from && i.invoice_date < to);
      const excl = invoices.reduce<bigint>((sum, i) => sum + parseDecimal(i.total_price_excl_tax), 0n);
      const incl = invoices.reduce<bigint>((sum, i) => sum + parseDecimal(i.total_price_incl_tax), 0n);
      const total = (id: string) =>
        table
          .locator(
            `[data-testid="administration-total"] [data-testid="${id}"][data-administration="${admin.id}"]`,
          )
          .getAttribute('data-amount');
      expect(await total('administration-excl'), admin.name).toBe(toFixed(excl, 2));
      expect(await total('administration-vat'), admin.name).toBe(toFixed(incl - excl, 2));
    }
    expect(await page.getByTestId('check-status').getAttribute('data-state')).toBe('idle');
    await page.getByTestId('check-moneybird').click();
    await expect.poll(() => page.getByTestId('check-status').getAttribute('data-state')).toBe('done');
    // What the comparison found; where the other three bookings are, the page says once, naming
    // both administrations (not a second time, unnamed, under the button).
    expect(await page.getByTestId('check-status').textContent()).toBe(
      '2 facturen vergeleken met Moneybird: 0 aangepast, 0 verwijderd sinds het boeken.',
    );
    expect(await page.getByTestId('other-administration').textContent()).toBe(
      `3 van de 5 geboekte bestellingen van deze periode staan in "${adminA.name}", niet in de gekoppelde administratie "${adminB.name}": ze zijn geboekt voordat je van administratie wisselde.`,
    );
    expect(await page.locator('.reconciliation').textContent()).not.toContain(
      'andere Moneybird-administratie dan de gekoppelde',
    );
    // None of the A-bookings is taken for deleted: no such kind, no such explanation, none gone.
    expect(await page.locator('[data-testid="kind-filter"][data-kind="deleted_in_moneybird"]').count()).toBe(
      0,
    );
    for (const text of await page.getByTestId('explanation-text').allTextContents())
      expect(text).not.toContain('verwijderd');
    for (const order of [...soldInA, ...soldInB])
      expect(demo.runtime.store.vatFigures.isGone(String(order.number)), String(order.number)).toBe(false);
    expect(demo.runtime.store.vatFigures.goneCount()).toBe(0);
    // The comparison read the connected administration only: its column says when, the other's that
    // it was not read; the column above still adds both up, as Winkelbrug booked them.
    await expect.poll(() => table.getByTestId('administration-checked-at').count()).toBe(2);
    const read = await table.getByTestId('administration-checked-at').allTextContents();
    expect(read[0]).toMatch(/^nagelezen om \d{2}:\d{2}$/);
    expect(read[1]).toBe('niet nagelezen (niet gekoppeld)');
    expect(await page.getByTestId('booked-heading').textContent()).toBe(
      'In je boeken (alle administraties samen)',
    );
    await recordScreen(page, 'admin-switch-month-compared');
    // The CSV gives each administration its own rows, named as on the screen: the accountant files
    // each administration's part in its own VAT return.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const rows = (
      parse(readFileSync((await download.path())!, 'utf8'), {
        delimiter: ';',
        bom: true,
        columns: true,
      }) as Record<string, string>[]
    ).filter((r) => r.Soort === 'Administratie');
    const totals = rows.filter((r) => r.Toelichting?.startsWith('Totaal van '));
    expect(totals.map((r) => r.Toelichting)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Totaal van "${escaped(adminB.name)}" \\(gekoppeld, nagelezen in Moneybird op .+ om \\d{2}:\\d{2}\\)\\.$`,
        ),
      ),
      `Totaal van "${adminA.name}" (niet gekoppeld, zoals Winkelbrug boekte).`,
    ]);
    // Nor does the dashboard name any.
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('parked-orders').waitFor();
    expect(await page.getByTestId('deleted-bookings').count()).toBe(0);
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
