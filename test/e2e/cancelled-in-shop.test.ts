// A booked order the shop calls off afterwards, in Chromium against the headless shell and the real
// engine. A sync books a paid sale; the shop then moves it to "Geannuleerd" and the next sync finds
// that. The dashboard says a booked order was cancelled in the shop and leads to the orders screen
// filtered on it; the order's page says when and into which status, names the invoice still counted
// as revenue, and says what to do. "Zelf geregeld" takes the notice off the order and the dashboard.
// Nothing is written to Moneybird on the way: Winkelbrug does not credit on a guess. A second sale,
// partly credited by the shop before it calls it off, says on its page what is credited already. A
// third, of last month's last day and credited in part this month, is whole in last month's VAT
// return: its month names the credit as this month's. Each screen passes axe-core and is saved as a
// picture.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { trayView } from '../../src/main/electron/tray';
import type { AppStatus } from '../../src/shared/contract';
import { creditOf, sale } from '../integration/sync/shop-sales';
import { type Demo, startDemo } from '../sim/demo';
import { type MwwOrder, STATUS } from '../sim/mijnwebwinkel/types';
import type { LaunchedBrowser } from '../support/browser';
import { ask } from '../support/setup-requests';
import { launchDutchChromium } from './support/dutch-browser';
import { ensureRendererBuilt } from './support/renderer';
import { syncOnce } from './support/runs';
import { recordScreen } from './support/screens';
import {
  type DutchCustomer,
  dutchDebtor,
  shopDayThisMonth,
  shopTimeToday,
  withOwnPayment,
} from './support/shop-customers';
import { shopToday } from './support/shop-day';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A paid sale (2 × Mok, Thee: € 29,65) by `customer`, ordered at `ordered` and last changed in
 * status at `changed` (shop time, both before now). The shop records an iDEAL payment as made at that
 * change: for a paid sale, the moment it was paid.
 */
const saleOf = (
  orderNumber: number,
  customer: DutchCustomer,
  ordered: { date: string; time: string },
  changed: { date: string; time: string },
): MwwOrder => ({
  ...withOwnPayment(sale(orderNumber, customer.email)),
  debtor: dutchDebtor(customer),
  date: ordered.date,
  time: ordered.time,
  status: STATUS.paid,
  status_changed_date: changed.date,
  status_changed_time: changed.time,
});
/**
 * Ordered and paid three days ago, in the morning; in this month all the same (the month per VAT rate
 * the second test opens is this month, and names this order as settled by hand there).
 */
const order = saleOf(
  974_001,
  {
    name: 'Anna de Vries',
    email: 'anna.de.vries@example.nl',
    street: 'Oudegracht',
    number: '112',
    city: 'Utrecht',
  },
  shopDayThisMonth(3, '10:24:13'),
  shopDayThisMonth(3, '10:26:40'),
);
const number = String(order.number);
/**
 * Its tea the shop credits today, before it calls the rest of the order off. Sold today as well (a
 * little earlier, and paid at once), so that the credit note is of the order's own month, whatever
 * day of the month the test runs on.
 */
const partlyCredited: MwwOrder = saleOf(
  974_002,
  {
    name: 'Bram Jansen',
    email: 'bram.jansen@example.nl',
    street: 'Hinthamerstraat',
    number: '20',
    city: "'s-Hertogenbosch",
  },
  shopTimeToday(45),
  shopTimeToday(43),
);
const teaCredit: MwwOrder = { ...creditOf(partlyCredited, 974_003, ['thee']), ...shopTimeToday(5) };
/**
 * A sale whose payment never came in (three days ago too, in this month): sent before payment, to be paid by bank transfer, which is
 * still awaited (the shop's payment status and its words agree). Known to the journal, not booked,
 * then called off.
 */
const unpaid: MwwOrder = {
  ...saleOf(
    974_004,
    {
      name: 'Cees Bakker',
      email: 'cees.bakker@example.nl',
      street: 'Nieuwestad',
      number: '45',
      city: 'Leeuwarden',
    },
    shopDayThisMonth(3, '16:05:40'),
    shopDayThisMonth(3, '17:12:09'),
  ),
  status: STATUS.shipped,
  payment_status: 'pending',
  payment: { gateway_name: 'basic', method_name: 'bank_transfer', status: { id: 5, text: 'In afwachting' } },
};

let demo: Demo;
let browser: LaunchedBrowser;

beforeAll(async () => {
  ensureRendererBuilt();
  demo = await startDemo({
    orderList: [order, partlyCredited, unpaid],
    // Last month's last day is within the days to book.
    startDaysAgo: 60,
    rateWindowSeconds: 2,
    logger: { log: () => {} },
  });
  expect(await syncOnce(demo.service)).toMatchObject({ outcome: 'completed', booked: 2 });
  expect(demo.runtime.store.journal.get(number)?.state).toBe('done');
  browser = await launchDutchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  demo?.moneybird.contract?.assertNone();
  await demo?.close();
});

/** Opens the app as the owner does (the address with its key), on the dashboard. */
async function openDashboard(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(demo.url);
  await page.waitForSelector('[data-testid="status-panel"][data-state="idle"]');
  return page;
}

it('marks a booked order the shop cancelled, shows what to do, and lets the owner say they settled it', async () => {
  const invoices = () => demo.moneybird.books.salesInvoices();
  const before = structuredClone(invoices());
  expect(before).toHaveLength(2);
  const invoiceNumber = demo.runtime.store.journal.get(number)?.invoiceNumber;
  expect(invoiceNumber).toBeTruthy();

  // The shop calls the order off; the next sync finds it.
  demo.mww.shop.setStatus(order.number, STATUS.cancelled);
  expect(await syncOnce(demo.service)).toMatchObject({ outcome: 'completed' });
  const status = await ask(demo.service, 'app.status', {});
  // Still booked (its invoice is in Moneybird), and told apart.
  expect(status.counts).toMatchObject({ cancelled: 1, booked: 2, parked: 0, deleted: 0 });
  const detail = await ask(demo.service, 'orders.detail', { orderNumber: number });
  expect(detail.order?.summary.state).toBe('cancelled_in_shop');
  expect(detail.order?.cancelledInShop).toMatchObject({ status: 'Geannuleerd', credited: '0' });

  // The dashboard: among what needs the owner, in the headline and the counts too: "Geboekt 2", as
  // the run that booked both said, "waarvan 1 geannuleerd in je winkel", and the headline names it.
  const page = await openDashboard();
  const panel = page.getByTestId('cancelled-orders');
  await panel.waitFor();
  expect(await panel.locator('p').first().textContent()).toBe(
    '1 geboekte bestelling is daarna in je winkel geannuleerd. In Moneybird staat ze nog als omzet. Maak in je winkel een creditorder voor de bestelling, of kies bij de bestelling "Zelf geregeld" als je het al in Moneybird hebt rechtgezet.',
  );
  expect(await page.textContent('[data-testid="app-state"]')).toBe(
    'Bijgewerkt · 1 geboekte bestelling is in je winkel geannuleerd',
  );
  expect(await page.textContent('[data-testid="count-booked"]')).toBe('2');
  expect(await page.textContent('[data-testid="count-booked-cancelled"]')).toBe(
    'waarvan 1 geannuleerd in je winkel',
  );
  expect(await page.textContent('[data-testid="count-parked"]')).toBe('0');
  expect(await page.locator('[data-testid="count-cancelled"]').count()).toBe(0);
  await recordScreen(page, 'dashboard-cancelled-in-shop');

  // Its link: the orders screen filtered on them, the order in it.
  await page.click('[data-testid="cancelled-orders-link"]');
  await page.waitForSelector(
    `[data-testid="orders-page"][data-loading="false"] [data-testid="order-row"][data-order="${number}"]`,
  );
  expect(await page.getAttribute('[data-testid="state-cancelled_in_shop"]', 'aria-pressed')).toBe('true');
  // The filter counts it among the booked too, as the dashboard does, and names it a part of them.
  expect(await page.textContent('[data-testid="state-booked"]')).toBe('Geboekt 2');
  expect(await page.textContent('[data-testid="state-cancelled_in_shop"]')).toBe(
    'waarvan geannuleerd in je winkel 1',
  );
  const rows = await page
    .locator('[data-testid="order-row"]')
    .evaluateAll((list) => list.map((r) => [r.getAttribute('data-order'), r.getAttribute('data-state')]));
  expect(rows).toEqual([[number, 'cancelled_in_shop']]);
  expect(await page.locator('[data-testid="order-row"] [data-testid="order-state"]').textContent()).toBe(
    'Geannuleerd in je winkel',
  );
  await recordScreen(page, 'orders-cancelled-in-shop');

  // The order's page: when and into which status, the invoice, and what to do.
  await page.click(`[data-testid="order-row"][data-order="${number}"] [data-testid="order-link"]`);
  const box = page.getByTestId('cancelled-box');
  await box.waitFor();
  const explain = (await page.textContent('[data-testid="cancelled-explain"]')) ?? '';
  expect(explain).toContain('in je winkel op "Geannuleerd" gezet');
  expect(explain).toContain(`factuur ${invoiceNumber} staat in Moneybird nog als omzet`);
  expect(explain).not.toContain('gecrediteerd');
  expect(await box.textContent()).toContain('Maak in je winkel een creditorder voor deze bestelling');
  expect(await box.getByRole('button').allTextContents()).toEqual(['Zelf geregeld']);
  expect(await page.textContent('[data-testid="order-detail"] [data-testid="order-state"]')).toBe(
    'Geannuleerd in je winkel',
  );
  // The shop's cancellation is a step of the order, after its booking.
  const stepsShown = () =>
    page
      .locator('[data-testid="order-step"]')
      .evaluateAll((list) =>
        list.map((step) => [step.getAttribute('data-step'), step.querySelector('span')?.textContent]),
      );
  expect((await stepsShown()).slice(-2)).toEqual([
    ['done', 'Geboekt'],
    ['cancelled_in_shop', 'Geannuleerd in je winkel'],
  ]);
  await recordScreen(page, 'order-cancelled-in-shop');

  // "Zelf geregeld": the notice goes, the order is booked as before, and that is said.
  const statuses: AppStatus[] = [];
  const unsubscribe = demo.service.subscribe((event) => {
    if (event.channel === 'status.changed') statuses.push(event.payload);
  });
  await page.click('[data-testid="settle-cancellation"]');
  await box.waitFor({ state: 'detached' });
  await page.waitForSelector('[data-testid="order-note"]');
  expect(await page.textContent('[data-testid="order-note"]')).toBe(
    `Genoteerd: je hebt de annulering van bestelling ${number} zelf in Moneybird geregeld.`,
  );
  expect(await page.textContent('[data-testid="order-detail"] [data-testid="order-state"]')).toBe('Geboekt');
  // The owner's choice is a step too, after the shop's cancellation.
  await page.locator('[data-testid="order-step"][data-step="cancellation_settled"]').waitFor();
  expect((await stepsShown()).slice(-3)).toEqual([
    ['done', 'Geboekt'],
    ['cancelled_in_shop', 'Geannuleerd in je winkel'],
    ['cancellation_settled', 'Zelf geregeld in Moneybird (jouw keuze)'],
  ]);
  await recordScreen(page, 'order-cancellation-settled');

  // The dashboard has nothing left to ask, and "Geboekt" stays 2: the number does not jump.
  await page.click('[data-testid="nav-dashboard"]');
  await expect
    .poll(() => page.textContent('[data-testid="app-state"]'))
    .toMatch(/^Alles geboekt · bijgewerkt (om|op) /);
  expect(await page.textContent('[data-testid="count-booked"]')).toBe('2');
  expect(await page.locator('[data-testid="cancelled-orders"]').count()).toBe(0);
  expect(await page.locator('[data-testid="count-booked-cancelled"]').count()).toBe(0);
  // The last run found the cancellation; beside "Alles geboekt" that is history now, not a task.
  expect(await page.textContent('[data-testid="last-run"]')).toMatch(
    / · 1 geboekte bestelling bleek in je winkel geannuleerd, inmiddels geregeld$/,
  );
  await recordScreen(page, 'dashboard-cancellation-settled');
  // The tray, which hears only the core's events, is told at once (not at the next run) and says
  // the same, by the same rule: all booked, the run's cancellation history.
  unsubscribe();
  const told = statuses.at(-1);
  expect(told?.counts.cancelled).toBe(0);
  expect(trayView(told!, 'nl').state).toBe('Alles geboekt');
  expect(trayView(told!, 'nl').lastRun).toMatch(
    /^Laatste ronde \(\d\d:\d\d\): 1 geboekte bestelling bleek in je winkel geannuleerd, inmiddels geregeld$/,
  );

  // Moneybird as it was: nothing credited, nothing changed.
  expect(invoices()).toEqual(before);
  expect(browser.errors).toEqual([]);
  await page.close();
}, 120_000);

it('says on the page of a cancelled order what credit orders credit of it already', async () => {
  const orderNumber = String(partlyCredited.number);
  // The shop credits the tea (booked as a credit note), then calls the rest of the order off.
  demo.mww.shop.addOrder({ ...teaCredit, status: STATUS.new });
  demo.mww.shop.setStatus(teaCredit.number, STATUS.credited);
  demo.mww.shop.setStatus(partlyCredited.number, STATUS.cancelled);
  expect(await syncOnce(demo.service)).toMatchObject({ outcome: 'completed', booked: 1 });
  expect(demo.runtime.store.journal.get(String(teaCredit.number))?.state).toBe('done');
  const detail = await ask(demo.service, 'orders.detail', { orderNumber });
  const creditNumber = String(teaCredit.number);
  const creditInvoice = demo.runtime.store.journal.get(creditNumber)?.invoiceNumber;
  expect(creditInvoice).toBeTruthy();
  // What is credited, by which credit order, and what Moneybird still counts (€ 29,65 less € 5,45).
  expect(detail.order?.cancelledInShop).toEqual({
    status: 'Geannuleerd',
    changed: expect.any(String),
    credited: '5.45',
    credits: [{ orderNumber: creditNumber, invoiceNumber: creditInvoice }],
    rest: '24.20',
    // Apart, from the invoice as Moneybird holds it less the credit note: the mugs at 21 %.
    restExclVat: '20.00',
    restVat: '4.20',
  });
  // The credit is a step of the order too, after its booking: partly, since € 24,20 is left.
  expect(detail.order?.steps.filter((step) => step.state === 'credited')).toEqual([
    {
      state: 'credited',
      at: new Date(demo.runtime.store.journal.get(creditNumber)!.bookedAt!).toISOString(),
      reasonCode: null,
      credit: { orderNumber: creditNumber, invoiceNumber: creditInvoice, partly: true },
    },
  ]);

  const page = await browser.newPage();
  await page.goto(demo.url);
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/orders/${orderNumber}`);
  await page.getByTestId('cancelled-box').waitFor();
  const explain = (await page.textContent('[data-testid="cancelled-explain"]')) ?? '';
  expect(explain).toContain('in je winkel op "Geannuleerd" gezet');
  expect(explain).toContain(
    ` nog als omzet. Daarvan is al €\u00a05,45 incl. btw gecrediteerd met creditorder ${creditNumber} (creditfactuur ${creditInvoice}). Nog in je boeken: €\u00a024,20 incl. btw (€\u00a020,00 omzet excl. btw en €\u00a04,20 btw). Winkelbrug crediteert niet`,
  );
  expect(await page.getByTestId('cancelled-credit-todo').textContent()).toBe(
    'Maak in je winkel een creditorder voor de rest (€\u00a024,20 incl. btw). Winkelbrug boekt die als creditfactuur bij deze factuur; daarna verdwijnt deze melding vanzelf.',
  );
  const creditStep = page.locator('[data-testid="order-step"][data-step="credited"]');
  expect(await creditStep.locator(':scope > span').textContent()).toBe(
    `Deels gecrediteerd met creditorder ${creditNumber} (creditfactuur ${creditInvoice})`,
  );
  // The credit order opens its own page, from the box and from the step.
  expect(
    await page
      .getByTestId('cancelled-explain')
      .getByRole('link', { name: creditNumber })
      .getAttribute('href'),
  ).toBe(`#/orders/${creditNumber}`);
  expect(await creditStep.getByRole('link', { name: creditNumber }).getAttribute('href')).toBe(
    `#/orders/${creditNumber}`,
  );
  await recordScreen(page, 'order-cancelled-partly-credited');

  // The month per VAT rate of the order's month: not in order while Moneybird counts it as sold.
  const month = new Date(`${partlyCredited.date}T12:00:00Z`);
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.getByTestId('dashboard-reconciliation-link').click();
  // It opens on last month, which holds no orders here.
  await page.getByTestId('period-select').waitFor();
  await page
    .getByTestId('period-select')
    .selectOption(`month:${month.getUTCFullYear()}:${month.getUTCMonth() + 1}`);
  await page.getByTestId('rate-table').waitFor();
  await expect.poll(() => page.getByTestId('reconciliation').getAttribute('aria-busy')).toBe('false');
  // Both sides still count it (no credit note exists for the rest yet), so the figures are equal;
  // the month is not in order all the same, and says so first, with what Moneybird still counts of
  // it (the order's 29.65 less the tea credited, 5.45: 24.20 incl. VAT, which is 20.00 turnover excl.
  // VAT and 4.20 VAT, as the table names them) and what to do.
  const verdict = page.getByTestId('verdict');
  expect(await verdict.getAttribute('data-standing')).toBe('attention');
  expect(await verdict.getAttribute('data-verdict')).toBe('agrees');
  expect(await page.getByTestId('verdict-headline').textContent()).toBe(
    'Niet in orde: 1 bestelling vraagt iets van je.',
  );
  expect(await verdict.textContent()).not.toContain('Klopt');
  const item = page.locator('[data-testid="verdict-item"][data-kind="cancelled_in_shop"]');
  expect(await item.getAttribute('data-count')).toBe('1');
  const itemText = (await item.textContent()) ?? '';
  // Credited in part (the tea): not "without a credit order", but how much is credited and what is left.
  expect(itemText).toMatch(
    /^1 bestelling is na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd: er is al €\s5,00 omzet excl\. btw en €\s0,45 btw van gecrediteerd\. De rest telt in je boeken nog mee: €\s20,00 omzet excl\. btw en €\s4,20 btw\./,
  );
  expect(itemText).not.toContain('zonder creditorder');
  expect(itemText).toContain('Maak in je winkel een creditorder voor de rest');
  expect(itemText).toContain('"Zelf geregeld"');
  for (const cell of await page.locator('[data-testid="total-row"] [data-testid^="difference-"]').all())
    expect(await cell.textContent()).toBe('Gelijk');
  // Among the orders to look at, with a link to its page and what Moneybird still counts of it.
  const listed = page.locator(`[data-testid="explanation"][data-order="${orderNumber}"]`);
  expect(await listed.getAttribute('data-kind')).toBe('cancelled_in_shop');
  expect(await listed.getByTestId('explanation-order').getAttribute('href')).toBe(`#/orders/${orderNumber}`);
  expect(await listed.getByTestId('explanation-text').textContent()).toMatch(
    /^Na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd: er is al €\s5,00 omzet excl\. btw en €\s0,45 btw van gecrediteerd, de rest telt in je boeken nog mee \(€\s20,00 omzet excl\. btw en €\s4,20 btw\)\. Maak in je winkel een creditorder voor de rest/,
  );
  expect(await listed.getByTestId('still-booked').textContent()).toMatch(
    /^Telt in je boeken nog mee: €\s20,00 omzet excl\. btw en €\s4,20 btw op 21% \(1a\)\.$/,
  );
  expect(await page.getByTestId('explanation').count()).toBe(1);
  expect(
    await page.locator('[data-testid="kind-filter"][data-kind="cancelled_in_shop"]').textContent(),
  ).toMatch(
    /^1 × Geannuleerd in je winkel\. Telt in je boeken nog mee: €\s20,00 omzet excl\. btw en €\s4,20 btw$/,
  );
  // The order settled by hand ("Zelf geregeld", the first test) is named too, as settled: both sides
  // still count it as sold, a credit note made by hand in Moneybird is not in this table.
  const settledNumber = String(order.number);
  const settledItem = page.locator('[data-testid="verdict-item"][data-kind="cancelled_settled"]');
  expect(await settledItem.getAttribute('data-count')).toBe('1');
  expect((await settledItem.textContent())?.replace(/\u00a0/g, ' ')).toContain(
    'Een creditfactuur die je daar zelf maakte, telt hier niet mee: hierboven staat de bestelling aan beide kanten nog als verkocht (€ 25,00 omzet excl. btw en € 4,65 btw).',
  );
  expect(
    (await page.locator('[data-testid="kind-filter"][data-kind="cancelled_settled"]').textContent())?.replace(
      /\u00a0/g,
      ' ',
    ),
  ).toBe('1 × Geannuleerd, zelf geregeld. Telt hier als verkocht: € 25,00 omzet excl. btw en € 4,65 btw');
  // The chip, the verdict and the order's sentence name the same amounts: none says € 24,20.
  expect(await page.getByTestId('reconciliation').textContent()).not.toMatch(/24,20/);
  await recordScreen(page, 'reconciliation-cancelled-in-shop');
  // Unfolded among the explained orders, with its sentence.
  await page.getByTestId('settled-toggle').click();
  const settledListed = page.locator(`[data-testid="explanation"][data-order="${settledNumber}"]`);
  await settledListed.waitFor();
  expect(await settledListed.getAttribute('data-kind')).toBe('cancelled_settled');
  expect((await settledListed.getByTestId('explanation-text').textContent())?.replace(/\u00a0/g, ' ')).toBe(
    'Geannuleerd in je winkel; je gaf aan dat je het zelf in Moneybird hebt geregeld. Een creditfactuur die je daar zelf maakte, telt hier niet mee: hier staat de bestelling nog als verkocht (€ 25,00 omzet excl. btw en € 4,65 btw).',
  );
  await recordScreen(page, 'reconciliation-cancellation-settled');
  await page.getByTestId('settled-toggle').click();
  await settledListed.waitFor({ state: 'detached' });
  // Its link opens the order's page, which says what to do.
  await listed.getByTestId('explanation-order').click();
  await page.getByTestId('cancelled-box').waitFor();
  expect(browser.errors).toEqual([]);
  await page.close();
}, 120_000);

it('sets aside an order the shop calls off before it was booked, and its page says why and what would book it', async () => {
  const orderNumber = String(unpaid.number);
  expect(demo.runtime.store.journal.get(orderNumber)?.state).toBe('discovered');
  demo.mww.shop.setStatus(unpaid.number, STATUS.cancelled);
  expect(await syncOnce(demo.service)).toMatchObject({ outcome: 'completed', booked: 0 });
  expect(demo.runtime.store.journal.get(orderNumber)?.state).toBe('skipped');

  const page = await browser.newPage();
  await page.goto(demo.url);
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/orders/${orderNumber}`);
  const reason = page.getByTestId('order-reason');
  await reason.waitFor();
  expect(await reason.textContent()).toBe(
    `Bestelling ${orderNumber} is in je winkel op "Geannuleerd" gezet voordat ze geboekt was. Er staat niets van in Moneybird en er hoeft niets geboekt te worden. Zet je haar in je winkel weer op een afgeronde status, dan boekt Winkelbrug haar alsnog zodra ze betaald is.`,
  );
  // Set aside, not waiting: nothing of it is in Moneybird, and the page promises nothing more ("nog").
  expect(await page.getByTestId('moneybird-nothing').textContent()).toBe(
    'Er staat niets van deze bestelling in Moneybird.',
  );
  // Not booked, and nobody skipped it: "Niet geboekt", with why.
  expect(await page.textContent('[data-testid="order-detail"] [data-testid="order-state"]')).toBe(
    'Niet geboekt',
  );
  expect(await page.getByTestId('held-box').locator('h3').textContent()).toBe('Waarom niet geboekt');
  expect(await page.locator('[data-testid="order-step"][data-step="skipped"] > span').textContent()).toBe(
    'Niet geboekt',
  );
  expect(await page.getByTestId('order-detail').textContent()).not.toMatch(/overgeslagen/i);
  expect(await page.getByTestId('cancelled-box').count()).toBe(0);
  // Never paid (it waited for its bank transfer before the shop called it off): the page says so,
  // the shop's own words ("In afwachting") agreeing and so not repeated.
  // The method opens the field with a capital.
  expect(await page.getByTestId('shop-payment').textContent()).toBe('Bankoverschrijving · Nog niet betaald');
  // "Opnieuw proberen" would only set it aside again: the shop's status decides, so none is offered.
  expect(await page.getByTestId('held-box').getByRole('button').count()).toBe(0);
  await recordScreen(page, 'order-cancelled-before-booked');
  expect(browser.errors).toEqual([]);
  await page.close();
}, 120_000);

it("names a credit note of this month in the cancelled order's own month as this month's, the order whole there", async () => {
  // Sold on the last day of last month and booked; this month the shop credits its tea, then calls
  // the rest off.
  const today = shopToday();
  const lastDay = isoDay(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1) - DAY);
  const earlier: MwwOrder = saleOf(
    974_005,
    { name: 'Dirk Smit', email: 'dirk.smit@example.nl', street: 'Diezerstraat', number: '7', city: 'Zwolle' },
    { date: lastDay, time: '19:48:02' },
    { date: lastDay, time: '19:48:02' },
  );
  demo.mww.shop.addOrder(earlier);
  // Paid just now: the shop's status changes today, where the sync looks.
  demo.mww.shop.setStatus(earlier.number, STATUS.paid);
  expect(await syncOnce(demo.service)).toMatchObject({ outcome: 'completed', booked: 1 });
  const credit: MwwOrder = { ...creditOf(earlier, 974_006, ['thee']), ...shopTimeToday(2) };
  demo.mww.shop.addOrder({ ...credit, status: STATUS.new });
  demo.mww.shop.setStatus(credit.number, STATUS.credited);
  demo.mww.shop.setStatus(earlier.number, STATUS.cancelled);
  expect(await syncOnce(demo.service)).toMatchObject({ outcome: 'completed', booked: 1 });
  const orderNumber = String(earlier.number);
  // The order's page adds every credit note up, whatever its month: the month view says the same.
  const detail = await ask(demo.service, 'orders.detail', { orderNumber });
  expect(detail.order?.cancelledInShop).toMatchObject({ credited: '5.45', rest: '24.20' });

  const page = await browser.newPage();
  await page.goto(demo.url);
  await page.getByTestId('dashboard-reconciliation-link').click();
  // It opens on last month: the order's own.
  await page.getByTestId('rate-table').waitFor();
  await expect.poll(() => page.getByTestId('reconciliation').getAttribute('aria-busy')).toBe('false');
  const month = new Date(`${lastDay}T12:00:00Z`);
  expect(await page.getByTestId('period-select').inputValue()).toBe(
    `month:${month.getUTCFullYear()}:${month.getUTCMonth() + 1}`,
  );
  const monthName = new Intl.DateTimeFormat('nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(today);
  // Last month's VAT return holds the whole order (€ 25,00 turnover excl. VAT, € 4,65 VAT); the tea's
  // credit note counts in this month's, and is named so.
  const item = page.locator('[data-testid="verdict-item"][data-kind="cancelled_in_shop"]');
  expect((await item.textContent())?.replace(/\u00a0/g, ' ')).toBe(
    `1 bestelling is na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd. Er is al een deel van gecrediteerd: in ${monthName} € 5,00 omzet excl. btw en € 0,45 btw. Een creditfactuur telt in Moneybird mee in de periode van haar eigen datum; in deze periode telt de bestelling nog mee: € 25,00 omzet excl. btw en € 4,65 btw. Daarom staat ze hierboven aan beide kanten nog als verkocht. Nog te crediteren: € 20,00 omzet excl. btw en € 4,20 btw (€ 24,20 incl. btw). Maak in je winkel een creditorder voor wat nog niet gecrediteerd is, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.`,
  );
  const listed = page.locator(`[data-testid="explanation"][data-order="${orderNumber}"]`);
  expect((await listed.getByTestId('explanation-text').textContent())?.replace(/\u00a0/g, ' ')).toContain(
    `Er is al een deel van gecrediteerd: in ${monthName} € 5,00 omzet excl. btw en € 0,45 btw.`,
  );
  expect((await listed.getByTestId('still-booked').textContent())?.replace(/\u00a0/g, ' ')).toBe(
    'Telt in je boeken nog mee: € 20,00 omzet excl. btw en € 4,20 btw op 21% (1a); € 5,00 omzet excl. btw en € 0,45 btw op 9% (1b).',
  );
  await recordScreen(page, 'reconciliation-cancelled-credited-later');
  expect(browser.errors).toEqual([]);
  await page.close();
}, 120_000);
