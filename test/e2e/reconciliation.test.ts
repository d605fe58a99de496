// The month per VAT rate in Chromium, after the real engine synced a few hundred generated orders
// from the Mijnwebwinkel simulator into the Moneybird simulator. The figures the screen shows for
// last month and for its quarter are checked against totals this test recomputes on its own from
// the simulators' records, per line of the VAT return (a box of the Dutch return or an OSS country,
// and a rate): the shop's orders (lines and VAT per rate, credits negative, placed by their tax
// settings) and the invoices Moneybird holds (their lines, placed where Moneybird reports them, with
// Moneybird's arithmetic of VAT once per rate). No product code computes an expectation. The accountant locked the month before last in Moneybird, so
// its last days' orders are booked on the first day of last month, as the owner chooses: Moneybird's
// VAT return counts them there, and so must the screen. The CSV export is read back and must equal
// the table. An invoice deleted in Moneybird afterwards shows once the owner compares the month
// with Moneybird; the dashboard then names it, and the owner has the order booked again from its
// page. The screens pass axe-core and are saved as pictures.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/shared/contract';
import { divideRounded, parseDecimal, roundTo, toFixed } from '../sim/common/decimal';
import { DEMO_COMPLETED_STATUSES, type Demo, startDemo } from '../sim/demo';
import { generateOrders } from '../sim/mijnwebwinkel/generator';
import type { MwwOrder, MwwTaxPrice } from '../sim/mijnwebwinkel/types';
import type { LaunchedBrowser } from '../support/browser';
import { launchDutchChromium } from './support/dutch-browser';
import { ensureRendererBuilt } from './support/renderer';
import { syncOnce } from './support/runs';
import { recordScreen } from './support/screens';
import { TOWN_POSTCODES, withTownPostcodes } from './support/shop-customers';
import { shopToday } from './support/shop-day';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** Last calendar month as the owner's calendar has it (the test machine runs in UTC or close). */
const today = shopToday();
const monthStart = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1);
/** Orders from ten days before last month to yesterday; the start date five days before it. */
const ORDERS_FROM = isoDay(monthStart - 10 * DAY);
const START_DAYS_AGO = Math.ceil((Date.now() - (monthStart - 5 * DAY)) / DAY);
const START_DATE = isoDay(Date.now() - START_DAYS_AGO * DAY);

let demo: Demo;
let browser: LaunchedBrowser;

beforeAll(async () => {
  ensureRendererBuilt();
  demo = await startDemo({
    // Each Dutch address with a postcode of its own town: the order pages show them.
    orderList: generateOrders({ seed: 31, count: 320, from: ORDERS_FROM, to: isoDay(Date.now() - DAY) }).map(
      withTownPostcodes,
    ),
    startDaysAgo: START_DAYS_AGO,
    // 150 requests per two seconds: the sync of a few hundred orders takes seconds, not minutes.
    rateWindowSeconds: 2,
    logger: { log: () => {} },
  });
  browser = await launchDutchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

// ---- the expectation, from the simulators' own records ------------------------------------------

interface Figures {
  excl: bigint;
  vat: bigint;
}
/** Per line of the VAT return: "<box>|<rate>", as "NL/1a|21" or "OSS/BE|6". */
type PerRate = Map<string, Figures>;

/** "21.00" -> "21", "5.50" -> "5.5": a percentage as a key. */
function rateKey(text: string): string {
  return toFixed(parseDecimal(text), 6).replace(/\.?0+$/, '');
}

function add(map: PerRate, rate: string, excl: bigint, vat: bigint): void {
  const known = map.get(rate) ?? { excl: 0n, vat: 0n };
  map.set(rate, { excl: known.excl + excl, vat: known.vat + vat });
}

const GIFT_CARD_TYPES = new Set(['giftcard', 'gift_card', 'voucher', 'store_credit']);
const pricesOf = (price: MwwTaxPrice | MwwTaxPrice[] | undefined): MwwTaxPrice[] =>
  Array.isArray(price) ? price : price ? [price] : [];

/**
 * Whether the shop's order is one the owner's books must hold: a finished status, paid (a credit and
 * a zero order need no payment), not a test order, dated on or after the start date.
 */
function isEligible(order: MwwOrder): boolean {
  const total = parseDecimal(String(order.price?.total ?? '0'));
  return (
    DEMO_COMPLETED_STATUSES.includes(Number(order.status)) &&
    (order.credited_order_number !== undefined && order.credited_order_number !== null
      ? true
      : total === 0n || order.payment_status === 'captured') &&
    !order.sim_test_order &&
    order.date >= START_DATE
  );
}

const inEuros = (currency: string | undefined) => (currency ?? 'EUR') === 'EUR';

/**
 * Where the shop's order puts a rate in the VAT return, by Dutch rules: an intra-community supply in
 * 3b, an export in 3a, a distance sale in the OSS return of its country, a domestic sale by rate.
 * The demo's owner books the domestic 0 % (postage stamps) on Moneybird's "Geen btw", outside the
 * return, as the field's help advises (not on "0% btw", box 1e).
 */
function shopBox(order: MwwOrder, rate: string): string {
  if (order.tax_strategy === 'reverse_charged_vat') return 'NL/3b';
  if (order.tax_strategy === 'zero_percent') return 'NL/3a';
  const region = String(order.tax_region ?? 'NL').toUpperCase();
  if (region !== 'NL') return `OSS/${region}`;
  return ({ '21': 'NL/1a', '9': 'NL/1b', '0': 'none' } as Record<string, string>)[rate] ?? 'NL/1c';
}

/**
 * The eligible orders of [from, to) in another currency than the euro (counted, not summed), oldest
 * first, each as the screen names it: its number and its total in its own currency.
 */
function foreignCurrencyOrders(
  from: string,
  to: string,
): Array<{ number: string; date: string; total: string; text: string }> {
  const day = (o: MwwOrder) => o.date.slice(0, 10);
  return demo.mww.shop
    .listOrders()
    .filter((o) => o.date >= from && o.date < to && isEligible(o) && !inEuros(o.currency))
    .sort((a, b) =>
      day(a) === day(b) ? (String(a.number) < String(b.number) ? -1 : 1) : day(a) < day(b) ? -1 : 1,
    )
    .map((o) => {
      const total = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: o.currency }).format(
        Number(o.price?.total ?? 0),
      );
      return { number: String(o.number), date: o.date.slice(0, 10), total, text: `${o.number} (${total})` };
    });
}

/** The eligible orders of [from, to) in euros of € 0: booked without any amount to sum. */
function ordersAtZero(from: string, to: string): number {
  return demo.mww.shop
    .listOrders()
    .filter(
      (o) =>
        o.date >= from &&
        o.date < to &&
        isEligible(o) &&
        inEuros(o.currency) &&
        parseDecimal(String(o.price?.total ?? '0')) === 0n,
    ).length;
}

/**
 * A difference cell as the screen writes it: Moneybird minus the shop, "€ +3.062,08" or "€ -68,10",
 * the sign where every screen writes a negative amount's minus (an order page's "€ -8,95").
 */
function signedMoney(moneybirdMinusShop: string): string {
  const value = Number(moneybirdMinusShop);
  const size = Math.abs(value).toLocaleString('nl-NL', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `€ ${value > 0 ? '+' : '-'}${size}`;
}

/** A day as the screens write it: "1 okt 2026". */
const dayInWords = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium' }).format(new Date(`${day.slice(0, 10)}T12:00:00Z`));

/**
 * The shop's turnover excl. VAT and VAT per rate over [from, to), in euros: lines incl. VAT minus
 * their VAT.
 */
function shopExpectation(from: string, to: string): PerRate {
  const result: PerRate = new Map();
  for (const order of demo.mww.shop.listOrders()) {
    if (order.date < from || order.date >= to || !isEligible(order) || !inEuros(order.currency)) continue;
    const credit = order.credited_order_number !== undefined && order.credited_order_number !== null;
    const total = parseDecimal(String(order.price?.total ?? '0'));
    const sign = credit && total > 0n ? -1n : 1n;
    const incl = new Map<string, bigint>();
    const lineVat = new Map<string, bigint>();
    for (const line of order.orderlines ?? []) {
      if (GIFT_CARD_TYPES.has(line.type)) continue;
      for (const price of pricesOf(line.price)) {
        const key = rateKey(price.rate);
        const gross = parseDecimal(price.amount_including_tax ?? '0');
        incl.set(key, (incl.get(key) ?? 0n) + gross);
        if (price.amount !== undefined)
          lineVat.set(key, (lineVat.get(key) ?? 0n) + roundTo(gross - parseDecimal(price.amount), 2));
      }
    }
    const vat = new Map<string, bigint>();
    if (order.price?.tax) {
      for (const t of pricesOf(order.price.tax as MwwTaxPrice | MwwTaxPrice[])) {
        const key = rateKey(String(t.rate));
        vat.set(key, (vat.get(key) ?? 0n) + parseDecimal(String(t.amount ?? '0')));
      }
    } else for (const [key, amount] of lineVat) vat.set(key, amount);
    for (const key of new Set([...incl.keys(), ...vat.keys()])) {
      const gross = (incl.get(key) ?? 0n) * sign;
      const tax = (vat.get(key) ?? 0n) * sign;
      if (gross !== 0n || tax !== 0n) add(result, `${shopBox(order, key)}|${key}`, gross - tax, tax);
    }
  }
  return result;
}

interface SimTaxRate {
  id: string;
  percentage: string;
  show_tax: boolean;
  country: string | null;
}

/**
 * What Moneybird's books hold for [from, to): every sent invoice (a draft is not in the books) dated
 * in the period, as Moneybird's VAT return places it, by the invoice's date. Per tax rate, Moneybird computes the VAT
 * once over the rate's lines incl. VAT; a rate without VAT on the invoice (a legal text instead)
 * carries none. Each rate's lines are in the Dutch box Moneybird reports on them, or a foreign rate's
 * in its country's OSS return.
 */
function bookedExpectation(from: string, to: string, taxRates: SimTaxRate[]): PerRate {
  const dateOf = new Map(demo.mww.shop.listOrders().map((o) => [String(o.number), o.date]));
  const result: PerRate = new Map();
  for (const invoice of demo.moneybird.books.salesInvoices()) {
    if (invoice.state === 'draft' || typeof invoice.reference !== 'string' || invoice.currency !== 'EUR')
      continue;
    const orderNumber = invoice.reference.slice(invoice.reference.lastIndexOf('-') + 1);
    expect(dateOf.has(orderNumber)).toBe(true);
    const date = String(invoice.invoice_date);
    if (date < from || date >= to) continue;
    expect(invoice.prices_are_incl_tax).toBe(true);
    const gross = new Map<string, bigint>();
    const boxOf = new Map<string, string>();
    for (const detail of invoice.details as Array<
      Record<string, string> & { tax_report_reference: string[] }
    >) {
      const line = roundTo(
        divideRounded(parseDecimal(detail.amount_decimal!) * parseDecimal(detail.price!), 1_000_000n),
        2,
      );
      gross.set(detail.tax_rate_id!, (gross.get(detail.tax_rate_id!) ?? 0n) + line);
      const dutch = (detail.tax_report_reference ?? []).find((b) => b.startsWith('NL/'));
      const country = taxRates.find((r) => r.id === detail.tax_rate_id)?.country;
      boxOf.set(detail.tax_rate_id!, dutch ?? (country ? `OSS/${country}` : 'none'));
    }
    let invoiceTotal = 0n;
    for (const [id, amount] of gross) {
      const rate = taxRates.find((r) => r.id === id);
      if (!rate)
        throw new Error(`invoice ${invoice.id} uses tax rate ${id}, which the simulator does not list`);
      const p = parseDecimal(rate.percentage);
      const tax = rate.show_tax ? roundTo(divideRounded(amount * p, 100_000_000n + p), 2) : 0n;
      add(result, `${boxOf.get(id)}|${rateKey(rate.percentage)}`, amount - tax, tax);
      invoiceTotal += amount;
    }
    // The arithmetic above is Moneybird's own: the invoice's total says so.
    expect(toFixed(invoiceTotal, 2)).toBe(toFixed(parseDecimal(invoice.total_price_incl_tax), 2));
  }
  return result;
}

// ---- what the screen shows --------------------------------------------------------------------

interface ShownRow {
  box: string;
  rate: string;
  shopExcl: string;
  shopVat: string;
  bookedExcl: string;
  bookedVat: string;
  diffExcl: string;
  diffVat: string;
}

async function shownRows(page: Page, selector: string): Promise<ShownRow[]> {
  return page.locator(selector).evaluateAll((rows) =>
    rows.map((row) => {
      const amount = (id: string) =>
        row.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-amount') ?? 'missing';
      return {
        box: row.getAttribute('data-box') ?? 'total',
        rate: row.getAttribute('data-rate') ?? 'total',
        shopExcl: amount('shop-excl'),
        shopVat: amount('shop-vat'),
        bookedExcl: amount('booked-excl'),
        bookedVat: amount('booked-vat'),
        diffExcl: amount('difference-excl'),
        diffVat: amount('difference-vat'),
      };
    }),
  );
}

/** The VAT return's order: the Dutch boxes (1a … 3b), the OSS countries, then the rest; highest rate first. */
function returnOrder(a: string, b: string): number {
  const part = (key: string) => (key.startsWith('NL/') ? 0 : key.startsWith('OSS/') ? 1 : 2);
  const [boxA, rateA] = a.split('|') as [string, string];
  const [boxB, rateB] = b.split('|') as [string, string];
  return part(boxA) - part(boxB) || (boxA < boxB ? -1 : boxA > boxB ? 1 : 0) || Number(rateB) - Number(rateA);
}

function expectedRows(shop: PerRate, booked: PerRate): ShownRow[] {
  const lines = [...new Set([...shop.keys(), ...booked.keys()])].sort(returnOrder);
  const none = { excl: 0n, vat: 0n };
  return lines.map((line) => {
    const s = shop.get(line) ?? none;
    const b = booked.get(line) ?? none;
    const [box, rate] = line.split('|') as [string, string];
    return {
      box,
      rate,
      shopExcl: toFixed(s.excl, 2),
      shopVat: toFixed(s.vat, 2),
      bookedExcl: toFixed(b.excl, 2),
      bookedVat: toFixed(b.vat, 2),
      // Moneybird minus the shop, as the screen shows it (and its data-amount keeps it).
      diffExcl: toFixed(b.excl - s.excl, 2),
      diffVat: toFixed(b.vat - s.vat, 2),
    };
  });
}

function totalRow(rows: ShownRow[]): ShownRow {
  const sum = (pick: (r: ShownRow) => string) =>
    toFixed(
      rows.reduce((s, r) => s + parseDecimal(pick(r)), 0n),
      2,
    );
  return {
    box: 'total',
    rate: 'total',
    shopExcl: sum((r) => r.shopExcl),
    shopVat: sum((r) => r.shopVat),
    bookedExcl: sum((r) => r.bookedExcl),
    bookedVat: sum((r) => r.bookedVat),
    diffExcl: sum((r) => r.diffExcl),
    diffVat: sum((r) => r.diffVat),
  };
}

/** The period the picker shows, as the first day and the first day after it. */
async function shownPeriod(page: Page): Promise<{ from: string; to: string }> {
  const [kind, year, index] = (await page.getByTestId('period-select').inputValue()).split(':') as [
    string,
    string,
    string,
  ];
  const first = kind === 'month' ? Number(index) : (Number(index) - 1) * 3 + 1;
  const months = kind === 'month' ? 1 : 3;
  const end = new Date(Date.UTC(Number(year), first - 1 + months, 1));
  return { from: `${year}-${pad(first)}-01`, to: isoDay(end.getTime()) };
}

const OWNER = ['parked', 'not_recorded', 'deleted_in_moneybird', 'cancelled_in_shop', 'other'];
const UNDERWAY = ['waiting', 'not_yet_booked'];
const groupOf = (kind: string | null) =>
  OWNER.includes(kind!) ? 'owner' : UNDERWAY.includes(kind!) ? 'underway' : 'settled';
const RANK = { owner: 0, underway: 1, settled: 2 } as const;

/**
 * Every amount of money in the text says what it is, as the table names it (turnover excl. VAT or
 * VAT), and none carries a minus sign: the direction is said in words.
 */
function expectAmountsNamed(text: string | null, where: string): void {
  const plain = (text ?? '').replace(/\u00a0/g, ' ');
  const amounts = [
    ...plain.matchAll(/€ ?(-?[\d.]*\d,\d{2})(?: (?:meer |minder )?(omzet excl\. btw|btw)\b)?/g),
  ];
  for (const [, amount, what] of amounts) {
    expect(amount!.startsWith('-'), `${where}: ${plain}`).toBe(false);
    expect(what, `${where} names ${amount}: ${plain}`).toBeDefined();
  }
  expect(plain, where).not.toMatch(/€ ?-/);
}

/**
 * The prose of the page names its amounts: the verdict, the chips and the orders' sentences and
 * lines (a parked or waiting order's own reason, from the bookkeeping, aside). Each says whose figures
 * they are by one of the page's two names, as the column's heading does: until the period is
 * compared with Moneybird, "in je boeken" (what Winkelbrug booked), never what Moneybird holds now;
 * once it is, "in Moneybird"; in a quarter compared in part, "in je boeken", and per booked order by
 * its month (an order not booked is in neither, and named as the quarter is). A booking found deleted in Moneybird is always said from Moneybird's side: a comparison
 * found it, whatever the column is called. No third name ("Winkelbrug boekte €", "Geboekt door
 * Winkelbrug", "Moneybird telt") is left.
 */
async function expectPageAmountsNamed(page: Page): Promise<void> {
  const reading = (await page.getByTestId('booked-heading').getAttribute('data-read')) ?? 'missing';
  expect(['booked', 'moneybird', 'mixed']).toContain(reading);
  const of = (kind: string | null) => (kind === 'deleted_in_moneybird' ? 'moneybird' : reading);
  const texts: Array<[string, string | null, string]> = [];
  for (const text of await page.getByTestId('verdict-headline').allTextContents())
    texts.push(['headline', text, reading]);
  for (const text of await page.getByTestId('verdict-direction').allTextContents())
    texts.push(['direction', text, reading]);
  for (const item of await page.getByTestId('verdict-item').all()) {
    const kind = await item.getAttribute('data-kind');
    texts.push([`${kind} verdict line`, await item.textContent(), of(kind)]);
  }
  for (const chip of await page.getByTestId('kind-filter').all()) {
    const kind = await chip.getAttribute('data-kind');
    texts.push([`${kind} chip`, await chip.textContent(), of(kind)]);
  }
  for (const item of await page.getByTestId('explanation').all()) {
    const kind = await item.getAttribute('data-kind');
    const read = (await item.getAttribute('data-read')) ?? 'missing';
    // An order is Moneybird's or Winkelbrug's, never both: as its period, or its month, was read.
    if (reading !== 'mixed' || kind === 'deleted_in_moneybird')
      expect(read, `${kind}`).toBe(of(kind) === 'moneybird' ? 'moneybird' : 'booked');
    if (!['parked', 'waiting', 'skipped'].includes(kind ?? ''))
      texts.push([`${kind} sentence`, await item.getByTestId('explanation-text').textContent(), read]);
    for (const text of await item.getByTestId('line-differences').allTextContents()) {
      texts.push([`${kind} lines`, text, read]);
      expect(text, `${kind} lines`).toMatch(
        read === 'moneybird'
          ? /^In Moneybird, ten opzichte van je winkel: /
          : /^In je boeken, ten opzichte van je winkel: /,
      );
    }
  }
  for (const [where, text, says] of texts) {
    expectAmountsNamed(text, where);
    const plain = (text ?? '').replace(/\u00a0/g, ' ');
    if (says !== 'moneybird') expect(plain, where).not.toMatch(/\bin Moneybird (staat )?€/i);
    else expect(plain, where).not.toMatch(/\bin je boeken (staat )?€/i);
    expect(plain, where).not.toMatch(/Winkelbrug boekte €|Geboekt door Winkelbrug|Moneybird telt €/);
  }
}

/** The listed orders' kinds, what needs the owner first: no order that needs nothing before one that does. */
async function expectOwnerFirst(page: Page): Promise<string[]> {
  const kinds = await page
    .getByTestId('explanation')
    .evaluateAll((list) => list.map((i) => i.getAttribute('data-kind') ?? ''));
  const ranks = kinds.map((kind) => RANK[groupOf(kind) as keyof typeof RANK]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  return kinds;
}

/**
 * The chart's money axis: round steps (1, 2, 2½ or 5 times a power of ten), each gridline labelled
 * with its full amount ("€ 15.000", no "€ 14K"), and the highest bar below the top gridline.
 */
async function expectExactAxis(page: Page, highest: number): Promise<void> {
  const labels = await page
    .locator('[data-testid="rate-chart"] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .allTextContents();
  expect(labels.length).toBeGreaterThanOrEqual(3);
  const values = labels.map((label) => {
    const plain = label.replace(/\u00a0/g, ' ');
    expect(plain).toMatch(/^€ -?\d{1,3}(\.\d{3})*(,\d{2})?$/);
    return Number(plain.replace('€ ', '').replaceAll('.', '').replace(',', '.'));
  });
  const steps = new Set(values.slice(1).map((v, i) => Math.round((v - values[i]!) * 100) / 100));
  expect(steps.size).toBe(1);
  const [step] = [...steps] as [number];
  const power = 10 ** Math.floor(Math.log10(step));
  expect([1, 2, 2.5, 5, 10].map((m) => Math.round(m * power * 100) / 100)).toContain(step);
  expect(values).toContain(0);
  expect(values.at(-1)!).toBeGreaterThanOrEqual(highest);
}

/**
 * The verdict fits the period's figures and kinds: which way the whole difference goes in words (the
 * amounts of the expected table), a sentence per kind of order, what needs the owner first, and a
 * headline by what the kinds mean; the orders booked from a locked period are settled.
 */
async function expectVerdictOf(page: Page, rows: ShownRow[]): Promise<string> {
  // The verdict says which way the whole difference goes, in words, with the amounts as the table
  // has them (Moneybird minus the shop above zero: the books count more). Not compared with
  // Moneybird, it says so of "je boeken", what Winkelbrug booked, as the column is named.
  const total = totalRow(rows);
  const words = (amount: string, what: string) =>
    amount === '0.00'
      ? null
      : `€ ${Math.abs(Number(amount)).toLocaleString('nl-NL', { minimumFractionDigits: 2 })} ${amount.startsWith('-') ? 'minder' : 'meer'} ${what}`;
  const parts = [words(total.diffExcl, 'omzet excl. btw'), words(total.diffVat, 'btw')].filter(Boolean);
  if (parts.length > 0)
    expect((await page.getByTestId('verdict-direction').textContent())?.replace(/\u00a0/g, ' ')).toBe(
      `In je boeken staat ${parts.join(' en ')} dan in je winkel.`,
    );
  // Each kind of order behind it has its sentence, what needs the owner first; the orders booked
  // here from the locked month are settled: nothing to do.
  const kindsShown = await page
    .getByTestId('kind-filter')
    .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-kind')));
  const items = await page
    .getByTestId('verdict-item')
    .evaluateAll((list) => list.map((i) => [i.getAttribute('data-kind'), i.getAttribute('data-group')]));
  // The chips in the verdict's order, what needs the owner first.
  expect(items.map(([kind]) => kind)).toEqual(kindsShown);
  expect(items).toEqual(items.map(([kind]) => [kind, groupOf(kind ?? null)]));
  const ranks = items.map(([, group]) => RANK[group as keyof typeof RANK]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  const moved: Record<string, string> = {
    booked_from_other_period: 'op de eerste open dag geboekt, in deze periode',
    booked_in_other_period: 'geboekt op de eerste open dag en tel',
  };
  for (const [kind, words] of Object.entries(moved))
    if (kindsShown.includes(kind))
      expect(await page.locator(`[data-testid="verdict-item"][data-kind="${kind}"]`).textContent()).toContain(
        words,
      );
  const groups = new Set(items.map(([, group]) => group));
  const standing = groups.has('owner')
    ? 'attention'
    : groups.has('underway')
      ? 'underway'
      : groups.size > 0
        ? 'explained'
        : 'equal';
  expect(await page.getByTestId('verdict').getAttribute('data-standing')).toBe(standing);
  if (standing === 'explained')
    expect(await page.getByTestId('verdict-headline').textContent()).toBe(
      'Het verschil is helemaal verklaard. Niets te doen.',
    );
  else expect(await page.getByTestId('verdict-headline').textContent()).not.toContain('Klopt');
  return standing;
}

describe('the month per VAT rate in Chromium', () => {
  it('shows last month and its quarter exactly as the simulators hold them, and exports the table', async () => {
    // The month before last is locked; its orders wait for the owner, who books them on the first
    // open day. Sync until a run books nothing more (credits follow their originals, a run later at
    // most).
    const lockedUntil = isoDay(monthStart - DAY);
    demo.moneybird.owner.lockPeriodUntil(lockedUntil);
    const syncUntilDone = async () => {
      let runs = 0;
      let summary: RunSummary;
      do {
        summary = await syncOnce(demo.service);
        runs += 1;
      } while (summary.booked > 0 && runs < 5);
    };
    await syncUntilDone();
    expect((await syncOnce(demo.service, 'orders.bookInOpenPeriod')).booked).toBeGreaterThan(0);
    await syncUntilDone();
    const moved = demo.moneybird.books
      .salesInvoices()
      .filter((i) => i.state !== 'draft' && i.invoice_date === isoDay(monthStart))
      .filter((i) => String(i.details[0]?.description ?? '').includes('afgesloten'));
    const booked = demo.moneybird.books.salesInvoices().filter((i) => i.state !== 'draft').length;
    expect(booked).toBeGreaterThan(150);

    const response = await fetch(
      `${demo.moneybird.apiBaseUrl}/${demo.moneybird.administrationId}/tax_rates.json?filter=tax_rate_type:sales_invoice`,
      { headers: { authorization: `Bearer ${demo.moneybird.token}` } },
    );
    const taxRates = (await response.json()) as SimTaxRate[];

    const page = await browser.newPage();
    await page.goto(demo.url);
    await page.getByTestId('dashboard-reconciliation-link').click();
    await page.getByTestId('rate-table').waitFor();
    await expect.poll(() => page.getByTestId('reconciliation').getAttribute('aria-busy')).toBe('false');

    // Last month by default.
    const month = await shownPeriod(page);
    expect(month.from).toBe(isoDay(monthStart));
    const monthShop = shopExpectation(month.from, month.to);
    const monthBooked = bookedExpectation(month.from, month.to, taxRates);
    const monthRows = expectedRows(monthShop, monthBooked);
    expect(monthRows.length).toBeGreaterThan(1);
    // The generated month sells at home, to EU consumers (OSS), to EU businesses (3b) and abroad
    // (3a): the lines keep them apart, Dutch 21 % and another country's 21 % too.
    const boxes = new Set(monthRows.map((r) => r.box));
    expect(boxes).toContain('NL/1a');
    expect([...boxes].some((b) => b.startsWith('OSS/'))).toBe(true);
    expect(await shownRows(page, '[data-testid="rate-row"]')).toEqual(monthRows);
    expect(await shownRows(page, '[data-testid="total-row"]')).toEqual([totalRow(monthRows)]);
    // The orders in another currency are named, each with its total in its currency and a link to
    // its page, and why they are not summed here.
    const foreign = foreignCurrencyOrders(month.from, month.to);
    if (foreign.length > 0) {
      const note = page.getByTestId('foreign-currency');
      expect(await note.getAttribute('data-count')).toBe(String(foreign.length));
      const links = note.getByTestId('foreign-order');
      const named = foreign.slice(0, 25);
      expect((await links.allTextContents()).map((t) => t.replace(/\u00a0/g, ' '))).toEqual(
        named.map((o) => o.text.replace(/\u00a0/g, ' ')),
      );
      expect(await links.evaluateAll((list) => list.map((a) => a.getAttribute('href')))).toEqual(
        named.map((o) => `#/orders/${o.number}`),
      );
      expect(await note.textContent()).toContain('Moneybird rekent ze voor je btw-aangifte om naar euro');
      // Those of the locked month before, booked here on the first open day, are named too, each with
      // its own day: Moneybird counts them in this month's return, so nothing there goes unexplained.
      const fromLocked = foreignCurrencyOrders(START_DATE, month.from);
      expect(fromLocked.length).toBeGreaterThan(0);
      expect(await note.getAttribute('data-from-earlier')).toBe(String(fromLocked.length));
      expect(
        (await note.getByTestId('foreign-order-from-earlier').allTextContents()).map((t) =>
          t.replace(/\u00a0/g, ' '),
        ),
      ).toEqual(
        fromLocked.map((o) =>
          `${o.number} (${o.total}, besteld op ${dayInWords(o.date)})`.replace(/\u00a0/g, ' '),
        ),
      );
      expect(await note.textContent()).toMatch(
        /Uit een eerdere periode (is 1 bestelling|zijn \d+ bestellingen) in een andere valuta in deze periode geboekt: /,
      );
      // The count above says it holds the orders in euros; those in another currency come on top.
      expect(await page.getByTestId('period-counts').textContent()).toMatch(
        /^\d+ bestelling(en)? in euro in deze periode, waarvan \d+ geboekt in Moneybird\.( |$)/,
      );
      expect(await note.textContent()).toMatch(
        /^Daarnaast (zijn|is) er \d+ bestelling(en)? in een andere valuta/,
      );
    } else {
      expect(await page.getByTestId('foreign-currency').count()).toBe(0);
      expect(await page.getByTestId('period-counts').textContent()).not.toContain('in euro');
    }

    // A rate whose figures agree says so; every order behind a difference is explained, with a link
    // to its page.
    const equalRows = monthRows.filter((r) => r.diffExcl === '0.00' && r.diffVat === '0.00');
    for (const row of equalRows) {
      const cell = page.locator(
        `[data-testid="rate-row"][data-box="${row.box}"][data-rate="${row.rate}"] [data-testid="difference-vat"]`,
      );
      expect(await cell.textContent()).toBe('Gelijk');
    }
    // Not compared with Moneybird yet: the booked column is "In je boeken", what Winkelbrug booked,
    // as the line under the button says, and the difference goes the way the verdict says it (+ is
    // more in the books than in the shop), as the legend says.
    expect(await page.getByTestId('booked-heading').textContent()).toBe('In je boeken');
    expect(await page.getByTestId('check-status').textContent()).toMatch(
      /^De kolom "In je boeken" toont wat Winkelbrug in Moneybird boekte\. /,
    );
    expect(await page.getByTestId('difference-heading').textContent()).toBe('Verschil met je winkel');
    expect(await page.getByTestId('difference-legend').textContent()).toBe(
      'Verschil met je winkel: + is meer in je boeken dan in je winkel, - is minder. Gelijk: geen verschil.',
    );
    for (const row of monthRows.filter((r) => r.diffExcl !== '0.00')) {
      const cell = page.locator(
        `[data-testid="rate-row"][data-box="${row.box}"][data-rate="${row.rate}"] [data-testid="difference-excl"]`,
      );
      expect((await cell.textContent())?.replace(/\u00a0/g, ' '), `${row.box} ${row.rate}`).toBe(
        signedMoney(row.diffExcl),
      );
    }
    await expectVerdictOf(page, monthRows);
    // Each line names its box in the return's words: 1a for Dutch 21 %, the country for OSS.
    expect(
      await page
        .locator('[data-testid="rate-row"][data-box="NL/1a"] [data-testid="vat-box-name"]')
        .textContent(),
    ).toBe('1a · hoog tarief');
    const ossRow = monthRows.find((r) => r.box.startsWith('OSS/'))!;
    expect(
      await page
        .locator(`[data-testid="rate-row"][data-box="${ossRow.box}"] [data-testid="vat-box-name"]`)
        .first()
        .textContent(),
    ).toBe(`OSS · ${new Intl.DisplayNames(['nl'], { type: 'region' }).of(ossRow.box.slice(4))}`);
    // A line whose rate Moneybird lacks (its orders wait until the owner adds it) says so where the
    // others name their Moneybird rate; no other line does.
    const lacking = monthRows.filter(
      (r) =>
        r.box.startsWith('OSS/') &&
        !taxRates.some((t) => t.country === r.box.slice(4) && rateKey(t.percentage) === r.rate),
    );
    expect(lacking.length).toBeGreaterThan(0);
    expect(
      await page
        .locator('[data-testid="rate-row"]:has([data-testid="tax-rate-absent"])')
        .evaluateAll((rows) =>
          rows.map((r) => `${r.getAttribute('data-box')}|${r.getAttribute('data-rate')}`),
        ),
    ).toEqual(lacking.map((r) => `${r.box}|${r.rate}`));
    for (const r of lacking)
      expect(
        await page
          .locator(
            `[data-testid="rate-row"][data-box="${r.box}"][data-rate="${r.rate}"] [data-testid="tax-rate-absent"]`,
          )
          .textContent(),
      ).toBe('geen tarief in Moneybird');
    // The orders to look at: what needs the owner first; those that need nothing (rounding, booked
    // here from the locked month) folded away until the owner asks for them, so that no page holds
    // them before one that needs the owner.
    const chipKinds = await page
      .getByTestId('kind-filter')
      .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-kind') ?? ''));
    expect(chipKinds).toContain('booked_from_other_period');
    const folded = await expectOwnerFirst(page);
    expect(folded.filter((kind) => groupOf(kind) === 'settled')).toEqual([]);
    await expectPageAmountsNamed(page);
    const toggle = page.getByTestId('settled-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toMatch(/^Toon ook de (\d+ )?verklaarde bestelling/);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByTestId('explanation').count()).toBeGreaterThan(folded.length);
    const unfolded = await expectOwnerFirst(page);
    expect(unfolded.slice(0, folded.length)).toEqual(folded);
    expect(unfolded).toContain('booked_from_other_period');
    await expectPageAmountsNamed(page);
    await recordScreen(page, 'reconciliation-explained-shown');
    await toggle.click();
    await expect.poll(() => page.getByTestId('explanation').count()).toBe(folded.length);

    // The orders booked here from the locked month are explained as such, each with both days.
    expect(moved.length).toBeGreaterThan(0);
    await page.locator('[data-testid="kind-filter"][data-kind="booked_from_other_period"]').click();
    // Wait for the filtered list itself, not for any list: the page shows the last one until it comes.
    await expect
      .poll(() =>
        page
          .getByTestId('explanation')
          .evaluateAll(
            (items) =>
              items.length > 0 &&
              items.every((i) => i.getAttribute('data-kind') === 'booked_from_other_period'),
          ),
      )
      .toBe(true);
    expect(await page.getByTestId('explanation').count()).toBeLessThanOrEqual(moved.length);
    const movedText = await page.getByTestId('explanation-text').first().textContent();
    expect(movedText).toContain('gefactureerd op 1 ');
    // What it counts here is named as the table names it, not as the invoice's total incl. VAT.
    expect(movedText?.replace(/\u00a0/g, ' ')).toMatch(
      /Telt in Moneybird hier mee \(€ [\d.]+,\d{2} omzet excl\. btw en € [\d.]+,\d{2} btw\)/,
    );
    await expectPageAmountsNamed(page);
    // The count under the verdict says these count here too, so its "geboekt" is not at odds with the
    // sums: those in euros (the others in another currency are named with theirs, below it), and
    // those of € 0, which have no amount to sum or explain.
    const countsHere = (await page.getByTestId('period-counts').textContent()) ?? '';
    const earlierInEuro = foreign.length + foreignCurrencyOrders(START_DATE, month.from).length > 0;
    expect(countsHere).toMatch(
      new RegExp(
        `Moneybird telt hier ook (1 bestelling|\\d+ bestellingen)${earlierInEuro ? ' in euro' : ''} uit een eerdere periode mee\\.`,
      ),
    );
    const zeroFromLocked = ordersAtZero(START_DATE, month.from);
    if (zeroFromLocked === 0) expect(countsHere).not.toContain('€ 0');
    else
      expect(countsHere).toMatch(
        zeroFromLocked === 1
          ? / 1 bestelling van € 0 uit een eerdere periode is hier geboekt; daarop staat geen omzet of btw\.$/
          : new RegExp(
              ` ${zeroFromLocked} bestellingen van € 0 uit een eerdere periode zijn hier geboekt; daarop staat geen omzet of btw\\.$`,
            ),
      );
    await recordScreen(page, 'reconciliation-booked-from-locked-month');
    await page.locator('[data-testid="kind-filter"][data-kind="booked_from_other_period"]').click();

    // The locked month before: its orders are counted in Moneybird in last month, each explained
    // as such, and the verdict says what that means.
    await page.getByTestId('period-previous').click();
    await expect.poll(async () => (await shownPeriod(page)).to).toBe(month.from);
    await expect.poll(() => page.getByTestId('reconciliation').getAttribute('aria-busy')).toBe('false');
    const locked = await shownPeriod(page);
    const lockedRows = expectedRows(
      shopExpectation(locked.from, locked.to),
      bookedExpectation(locked.from, locked.to, taxRates),
    );
    expect(await shownRows(page, '[data-testid="rate-row"]')).toEqual(lockedRows);
    expect(
      await page.locator('[data-testid="kind-filter"][data-kind="booked_in_other_period"]').count(),
    ).toBe(1);
    await expectVerdictOf(page, lockedRows);
    // Booked, but counted in Moneybird in the month after: the count says so beside the empty sums,
    // and it adds up: those counted later with their amounts, and those of € 0 (booked later too).
    const lockedCounts = ((await page.getByTestId('period-counts').textContent()) ?? '').replace(
      /\u00a0/g,
      ' ',
    );
    const bookedInLocked = Number(/waarvan (\d+) geboekt in Moneybird\./.exec(lockedCounts)?.[1]);
    const countedLater = Number(
      /Daarvan (?:telt|tellen) er (\d+) in Moneybird mee in een latere periode/.exec(lockedCounts)?.[1],
    );
    const zeroInLocked = ordersAtZero(locked.from, locked.to);
    const laterChip = page.locator('[data-testid="kind-filter"][data-kind="booked_in_other_period"]');
    expect(countedLater).toBe(Number(/^(\d+) ×/.exec((await laterChip.textContent()) ?? '')?.[1]));
    expect(countedLater + zeroInLocked, lockedCounts).toBe(bookedInLocked);
    if (zeroInLocked > 0)
      expect(lockedCounts).toContain(
        zeroInLocked === 1
          ? '1 bestelling van € 0 is in een latere periode geboekt; daarop staat geen omzet of btw.'
          : `${zeroInLocked} bestellingen van € 0 zijn in een latere periode geboekt; daarop staat geen omzet of btw.`,
      );
    // Its orders in another currency were booked on the first open day too: each says so, and where
    // Moneybird counts it (last month, not this one).
    const lockedForeign = foreignCurrencyOrders(locked.from, locked.to);
    if (lockedForeign.length > 0) {
      const note = page.getByTestId('foreign-currency');
      const firstOpenDay = dayInWords(month.from);
      expect(
        (await note.getByTestId('foreign-order').allTextContents()).map((t) => t.replace(/\u00a0/g, ' ')),
      ).toEqual(
        lockedForeign.map((o) =>
          `${o.number} (${o.total}, geboekt op ${firstOpenDay})`.replace(/\u00a0/g, ' '),
        ),
      );
      const monthOfBooking = new Intl.DateTimeFormat('nl-NL', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${month.from}T12:00:00Z`));
      expect(await note.textContent()).toMatch(
        lockedForeign.length === 1
          ? new RegExp(
              `Vergelijk haar daarom in Moneybird, in ${monthOfBooking}: de maand waarin ze geboekt is\\.$`,
            )
          : /Vergelijk ze daarom in Moneybird, elk in de maand waarin ze geboekt is\.$/,
      );
    }
    await recordScreen(page, 'reconciliation-booked-in-later-month');
    await page.getByTestId('period-next').click();
    await expect.poll(async () => (await shownPeriod(page)).from).toBe(month.from);
    await expect.poll(() => page.getByTestId('reconciliation').getAttribute('aria-busy')).toBe('false');

    const differs = monthRows.some((r) => r.diffExcl !== '0.00' || r.diffVat !== '0.00');
    if (differs) {
      const first = page.getByTestId('explanation').first();
      await first.waitFor();
      const order = await first.getAttribute('data-order');
      expect(await first.getByTestId('explanation-order').getAttribute('href')).toBe(`#/orders/${order}`);
      expect((await first.getByTestId('explanation-text').textContent())?.length).toBeGreaterThan(10);
    }

    // The money axis of the chart: round steps, each label its exact amount.
    await expectExactAxis(
      page,
      Math.max(...monthRows.flatMap((r) => [Number(r.shopExcl), Number(r.bookedExcl)])),
    );
    // The legend names the bars in their order, as the table's columns: the shop's, then the books'.
    expect(
      await page.locator('[data-testid="rate-chart"] .recharts-legend-item-text').allTextContents(),
    ).toEqual(['Winkel', 'In je boeken']);
    expect(await page.locator('[data-testid="rate-chart"] figcaption').textContent()).toBe(
      'Omzet excl. btw per tarief en rubriek: in je winkel en in je boeken',
    );
    // The README's picture is the top of the page, as the owner first sees it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await recordScreen(page, 'reconciliation', 'reconciliation');

    // The CSV export: the same lines and total, with decimal commas, read back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const fileName = download.suggestedFilename();
    expect(fileName).toBe(`winkelbrug-btw-per-tarief-${month.from.slice(0, 7)}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    const records = parse(csv, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    const dot = (text: string | undefined) => (text ?? 'missing').replace(',', '.');
    // The box column: "1a" for a Dutch box, "OSS <country>" for an OSS country, "Buiten de aangifte"
    // for what is outside the return (the stamps on "Geen btw").
    const ossCountries = [
      ...new Set(monthRows.filter((r) => r.box.startsWith('OSS/')).map((r) => r.box.slice(4))),
    ];
    const boxFromCsv = (text: string | undefined) => {
      if (text === 'Buiten de aangifte') return 'none';
      if (text?.startsWith('OSS ')) {
        const names = new Intl.DisplayNames(['nl'], { type: 'region' });
        const code = ossCountries.find((c) => names.of(c) === text.slice(4));
        return code ? `OSS/${code}` : `unknown ${text}`;
      }
      return `NL/${text}`;
    };
    const fromCsv = (record: Record<string, string>): ShownRow => ({
      box: record.Soort === 'Totaal' ? 'total' : boxFromCsv(record['Rubriek of OSS-land']),
      rate: record.Soort === 'Totaal' ? 'total' : dot(record['Btw-tarief (%)']),
      shopExcl: dot(record['Winkel omzet excl. btw']),
      shopVat: dot(record['Winkel btw']),
      bookedExcl: dot(record['In je boeken omzet excl. btw']),
      bookedVat: dot(record['In je boeken btw']),
      // The file's difference is Moneybird minus the shop, as the screen shows it.
      diffExcl: toFixed(parseDecimal(dot(record['Verschil omzet excl. btw (je boeken min winkel)'])), 2),
      diffVat: toFixed(parseDecimal(dot(record['Verschil btw (je boeken min winkel)'])), 2),
    });
    expect(records.filter((r) => r.Soort === 'Tarief').map(fromCsv)).toEqual(monthRows);
    expect(records.filter((r) => r.Soort === 'Totaal').map(fromCsv)).toEqual([totalRow(monthRows)]);
    expect(records.find((r) => r.Soort === 'Totaal')?.Toelichting).toContain(
      'zoals Winkelbrug boekte, niet nagelezen in Moneybird',
    );
    await page.getByTestId('exported').waitFor();
    expect(await page.getByTestId('exported').textContent()).toBe(
      `Het bestand ${fileName} is gemaakt. Je vindt het bij je downloads (meestal de map Downloads), of waar je het zelf hebt bewaard.`,
    );

    // The accountant deletes an invoice of the month in Moneybird. The screen shows what was booked
    // until the owner compares the month with Moneybird; then the invoice is missing, and says so.
    const invoices = demo.moneybird.books.salesInvoices();
    const victim = invoices.find(
      (i) =>
        i.state !== 'draft' &&
        String(i.invoice_date) >= month.from &&
        String(i.invoice_date) < month.to &&
        !i.original_sales_invoice_id &&
        Number(i.total_price_incl_tax) > 0 &&
        !invoices.some((other) => other.original_sales_invoice_id === i.id),
    )!;
    expect(victim).toBeDefined();
    demo.moneybird.owner.deleteInvoice(victim.id);
    expect(await shownRows(page, '[data-testid="rate-row"]')).toEqual(monthRows);
    expect(await page.getByTestId('check-status').getAttribute('data-state')).toBe('idle');
    const before = new Date();
    await page.getByTestId('check-moneybird').click();
    await expect.poll(() => page.getByTestId('check-status').getAttribute('data-state')).toBe('done');
    const status = (await page.getByTestId('check-status').textContent()) ?? '';
    expect(status).toContain('1 verwijderd');
    // The invoices compared add up, and say which orders they book: those of the month, those of
    // the locked month booked in this one (as many as the chip counts), those in another currency.
    const plainStatus = status.replace(/\u00a0/g, ' ');
    const countOf = (pattern: RegExp) => Number(pattern.exec(plainStatus)?.[1] ?? '0');
    const invoicesCompared = countOf(/^(\d+) facturen vergeleken/);
    const ofMonth = countOf(/(\d+) bestelling(?:en)? uit deze periode/);
    const earlier = countOf(/(\d+) bestelling(?:en)? uit een eerdere periode/);
    const otherCurrency = countOf(/(\d+) bestelling(?:en)? in een andere valuta(?! uit)/);
    const otherCurrencyEarlier = countOf(
      /(\d+) bestelling(?:en)? in een andere valuta uit een eerdere periode/,
    );
    expect(invoicesCompared).toBeGreaterThan(0);
    expect(ofMonth + earlier + otherCurrency + otherCurrencyEarlier, plainStatus).toBe(invoicesCompared);
    expect(String(earlier)).toBe(
      /^(\d+) ×/.exec(
        (await page
          .locator('[data-testid="kind-filter"][data-kind="booked_from_other_period"]')
          .textContent()) ?? '',
      )?.[1],
    );
    // Those in another currency of the month are among the ones the screen names.
    expect(otherCurrency).toBeLessThanOrEqual(foreign.length);
    // And those of the month are the booked ones the month counts: the one deleted since is no longer
    // booked, one of € 0 has nothing to compare (and is said to).
    const atZero = countOf(/(\d+) geboekte bestelling(?:en)? van deze periode (?:zijn|is) van € 0/);
    const inBooks = Number(
      /waarvan (\d+) geboekt/.exec((await page.getByTestId('period-counts').textContent()) ?? '')?.[1],
    );
    expect(ofMonth - 1 + atZero, plainStatus).toBe(inBooks);
    // Now read in Moneybird, and when (in the owner's time zone): the column, the legend and the
    // verdict say so.
    const readAt = new Intl.DateTimeFormat('nl-NL', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Amsterdam',
    });
    await expect.poll(() => page.getByTestId('booked-heading').getAttribute('data-read')).toBe('moneybird');
    const heading = (await page.getByTestId('booked-heading').textContent()) ?? '';
    expect([
      `In Moneybirdnagelezen om ${readAt.format(before)}`,
      `In Moneybirdnagelezen om ${readAt.format(new Date())}`,
    ]).toContain(heading);
    expect(await page.getByTestId('difference-legend').textContent()).toBe(
      'Verschil met je winkel: + is meer in Moneybird dan in je winkel, - is minder. Gelijk: geen verschil.',
    );
    expect(await page.getByTestId('verdict-direction').textContent()).toMatch(/^In Moneybird staat /);
    expect(
      await page.locator('[data-testid="rate-chart"] .recharts-legend-item-text').allTextContents(),
    ).toEqual(['Winkel', 'In Moneybird']);
    await expect
      .poll(async () => shownRows(page, '[data-testid="rate-row"]'))
      .toEqual(expectedRows(monthShop, bookedExpectation(month.from, month.to, taxRates)));
    // Without a filter, the deleted invoice's order is listed before every order that needs nothing.
    await expect
      .poll(() => page.locator('[data-testid="explanation"][data-kind="deleted_in_moneybird"]').count())
      .toBe(1);
    await expectOwnerFirst(page);
    await expectPageAmountsNamed(page);
    const deletedChip = page.locator('[data-testid="kind-filter"][data-kind="deleted_in_moneybird"]');
    await deletedChip.click();
    await expect.poll(() => page.getByTestId('explanation').count()).toBe(1);
    const deletedText = (await page.getByTestId('explanation-text').first().textContent()) ?? '';
    expect(deletedText).toContain('verwijderd');
    // The chip and the order's sentence name the same turnover excl. VAT and VAT (the sentence once
    // said the invoice's total incl. VAT, the chip the turnover excl. VAT).
    const namedAmounts = (text: string | null) =>
      [
        ...(text ?? '')
          .replace(/\u00a0/g, ' ')
          .matchAll(/€ ([\d.]+,\d{2}) (?:meer |minder )?(omzet excl\. btw|btw)\b/g),
      ].map(([, amount, what]) => `${amount} ${what}`);
    const sentenceAmounts = namedAmounts(deletedText);
    expect(sentenceAmounts).toHaveLength(2);
    expect(namedAmounts(await deletedChip.getByTestId('kind-amounts').textContent())).toEqual(
      sentenceAmounts,
    );
    expect(
      namedAmounts(
        await page.locator('[data-testid="verdict-item"][data-kind="deleted_in_moneybird"]').textContent(),
      ),
    ).toEqual(sentenceAmounts);
    await recordScreen(page, 'reconciliation-compared-with-moneybird');
    await page.locator('[data-testid="kind-filter"][data-kind="deleted_in_moneybird"]').click();

    // The quarter last month is in: again equal to the simulators' records.
    await page.getByTestId('period-kind-quarter').check();
    // (In a quarter's first month, last month is the quarter's last: both end on the same day.)
    await expect.poll(() => page.getByTestId('period-select').inputValue()).toMatch(/^quarter:/);
    await expect.poll(() => page.getByTestId('reconciliation').getAttribute('aria-busy')).toBe('false');
    const quarter = await shownPeriod(page);
    const quarterRows = expectedRows(
      shopExpectation(quarter.from, quarter.to),
      bookedExpectation(quarter.from, quarter.to, taxRates),
    );
    await expect.poll(() => shownRows(page, '[data-testid="rate-row"]')).toEqual(quarterRows);
    // The quarter has its own title, on the page and in the window's.
    expect(await page.locator('.reconciliation .page-title').textContent()).toBe('Kwartaal per btw-tarief');
    expect(await page.title()).toBe('Kwartaal per btw-tarief — Winkelbrug');
    // Only last month of the quarter was compared: the column is "In je boeken" (not "In Moneybird"
    // as a whole); it says which month was read, and when, and which were not. A month of the
    // quarter that has not begun yet (on the owner's calendar, Amsterdam) has nothing to compare: it
    // is not named, nor asked to be compared.
    const monthName = (from: string) =>
      new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }).format(
        new Date(`${from}T12:00:00Z`),
      );
    const quarterMonths = [0, 1, 2].map((i) => {
      const first = new Date(`${quarter.from}T12:00:00Z`);
      return isoDay(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1));
    });
    const todayInAmsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    const begun = quarterMonths.filter((from) => from <= todayInAmsterdam);
    const notBegun = quarterMonths.filter((from) => from > todayInAmsterdam).map(monthName);
    const unread = new Intl.ListFormat('nl-NL', { type: 'conjunction' }).format(
      begun.filter((from) => from !== month.from).map(monthName),
    );
    const comparedWhen = heading.slice('In Moneybirdnagelezen '.length);
    const perMonth = `${monthName(month.from)} nagelezen ${comparedWhen}; ${unread} niet`;
    expect(await page.getByTestId('booked-heading').getAttribute('data-read')).toBe('mixed');
    expect(await page.getByTestId('booked-heading').textContent()).toBe(`In je boeken${perMonth}`);
    expect(await page.getByTestId('check-status').getAttribute('data-state')).toBe('partly');
    expect(await page.getByTestId('check-status').textContent()).toBe(
      `Nog niet alles is vergeleken met Moneybird: ${perMonth}. Voor ${unread} toont de kolom "In je boeken" wat Winkelbrug boekte. Kies "Vergelijk met Moneybird" om ook ${unread} na te lezen; in Moneybird verandert niets.`,
    );
    for (const name of notBegun)
      for (const id of ['booked-heading', 'check-status', 'verdict'])
        expect(await page.getByTestId(id).textContent(), `${id} names ${name}`).not.toContain(name);
    expect(await page.getByTestId('difference-legend').textContent()).toBe(
      'Verschil met je winkel: + is meer in je boeken dan in je winkel, - is minder. Gelijk: geen verschil.',
    );
    expect(await page.getByTestId('verdict-direction').textContent()).toMatch(/^In je boeken staat /);
    // The deleted booking is said from Moneybird's side, in the quarter as in its month.
    const deletedInQuarter = page.locator('[data-testid="explanation"][data-kind="deleted_in_moneybird"]');
    expect(await deletedInQuarter.count()).toBe(1);
    expect(await deletedInQuarter.getAttribute('data-read')).toBe('moneybird');
    expect(
      (
        await page.locator('[data-testid="verdict-item"][data-kind="deleted_in_moneybird"]').textContent()
      )?.replace(/\u00a0/g, ' '),
    ).toMatch(
      /\(in Moneybird € [\d.]+,\d{2} minder omzet excl\. btw en € [\d.]+,\d{2} minder btw dan in je winkel\)/,
    );
    await expectOwnerFirst(page);
    await expectPageAmountsNamed(page);
    await expectExactAxis(
      page,
      Math.max(...quarterRows.flatMap((r) => [Number(r.shopExcl), Number(r.bookedExcl)])),
    );
    await recordScreen(page, 'reconciliation-quarter');
    // Back to a month: the quarter's last month, or the month under way while that has not begun.
    await page.getByTestId('period-kind-month').check();
    await expect
      .poll(() => page.locator('.reconciliation .page-title').textContent())
      .toBe('Maand per btw-tarief');
    const seenMonth = (begun.at(-1) ?? month.from).slice(0, 7).split('-').map(Number);
    expect(await page.getByTestId('period-select').inputValue()).toBe(
      `month:${seenMonth[0]}:${seenMonth[1]}`,
    );
    // Forward only to a month that has begun: from the month under way (the quarter's last, in its
    // last month), not at all.
    const nextMonthFirst = isoDay(Date.UTC(seenMonth[0]!, seenMonth[1]!, 1));
    expect(await page.getByTestId('period-next').isDisabled()).toBe(nextMonthFirst > todayInAmsterdam);

    // The dashboard names the deleted booking among what needs the owner; its link lists it, and the
    // order's page books it again once the owner confirms. The month then holds it again, as booked.
    // Back on the dashboard through the menu, it knows at once (no sync ran since the comparison).
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('deleted-bookings').waitFor();
    const parkedNow = demo.runtime.store.journal.counts().parked;
    expect(await page.getByTestId('app-state').textContent()).toContain(
      `${parkedNow + 1} bestellingen vragen iets van je`,
    );
    expect(await page.getByTestId('count-deleted').textContent()).toBe('1');
    expect(await page.getByTestId('deleted-bookings').textContent()).toContain('1 geboekte bestelling');
    await recordScreen(page, 'dashboard-deleted-booking');
    await page.getByTestId('deleted-bookings-link').click();
    await expect.poll(() => page.getByTestId('order-row').count()).toBe(1);
    expect(await page.getByTestId('state-deleted_in_moneybird').getAttribute('aria-pressed')).toBe('true');
    const row = page.getByTestId('order-row').first();
    expect(await row.getAttribute('data-state')).toBe('deleted_in_moneybird');
    expect(await row.getByTestId('order-state').textContent()).toBe('Verwijderd in Moneybird');
    expect(await row.locator('s').count()).toBe(1);
    await recordScreen(page, 'orders-deleted-in-moneybird');
    const orderNumber = (await row.getAttribute('data-order'))!;
    await row.getByTestId('order-link').click();
    await page.getByTestId('deleted-box').waitFor();
    expect(await page.getByTestId('booked-as').textContent()).toContain('daarna in Moneybird is verwijderd');
    // The deletion is said by the heading and the box; the Moneybird part only points up to them.
    expect(await page.getByTestId('moneybird-problem').textContent()).toBe(
      'Geen factuur meer: verwijderd, zie hierboven.',
    );
    expect(await page.getByTestId('deleted-box').textContent()).not.toContain('Deze bestelling was geboekt');
    expect(await page.getByTestId('leave-deleted').textContent()).toBe('Niet opnieuw boeken');
    // The steps end with the deletion, after the booking, not with "Geboekt" under a badge that says otherwise.
    const lastStep = page.getByTestId('order-step').last();
    expect(await lastStep.getAttribute('data-step')).toBe('deleted_in_moneybird');
    expect(await lastStep.textContent()).toContain('Gezien dat de factuur in Moneybird is verwijderd');
    // A Dutch customer's address as a Dutch reader expects it: the postcode belongs to the town.
    const address = (await page.getByTestId('shop-address').textContent()) ?? '';
    if (address.endsWith(', Nederland'))
      expect(
        Object.entries(TOWN_POSTCODES).some(([town, code]) =>
          address.endsWith(`, ${code} ${town}, Nederland`),
        ),
        address,
      ).toBe(true);
    await recordScreen(page, 'order-deleted-in-moneybird');
    await page.getByTestId('book-again').click();
    expect(await page.getByTestId('book-again-confirm').textContent()).toContain(victim.reference);
    await recordScreen(page, 'order-book-again-confirm');
    const rebooked = new Promise<RunSummary>((resolve) => {
      const stop = demo.service.subscribe((event) => {
        if (event.channel !== 'run.finished') return;
        stop();
        resolve(event.payload);
      });
    });
    await page.getByTestId('book-again-yes').click();
    expect((await rebooked).booked).toBe(1);
    await expect.poll(() => page.getByTestId('order-state').first().textContent()).toBe('Geboekt');
    expect(await page.getByTestId('deleted-box').count()).toBe(0);
    // Booked: no note that it is queued stays behind, and its steps say why it was booked twice.
    await expect.poll(() => page.getByTestId('order-note').count()).toBe(0);
    // The step between the two bookings is the owner's request, and says why: which invoice was deleted.
    expect(victim.invoice_id).toMatch(/^\d{4}-\d{4}$/);
    const steps = await page.getByTestId('order-step').allTextContents();
    const asked = steps.findIndex((step) =>
      step.endsWith(
        `Opnieuw boeken op jouw verzoek: factuur ${victim.invoice_id} was verwijderd in Moneybird`,
      ),
    );
    expect(asked).toBeGreaterThan(0);
    expect(steps[asked - 1]).toMatch(/Geboekt$/);
    expect(steps.at(-1)).toMatch(/Geboekt$/);
    const again = demo.moneybird.books.salesInvoices().filter((i) => i.reference === victim.reference);
    expect(again.map((i) => [i.id === victim.id, i.state, i.total_price_incl_tax])).toEqual([
      [false, 'paid', victim.total_price_incl_tax],
    ]);
    // The heading names the new invoice, and the deleted one it replaces, so a gap in the numbers is traced.
    expect(again[0]!.invoice_id).not.toBe(victim.invoice_id);
    expect(await page.getByTestId('booked-as').textContent()).toMatch(
      new RegExp(
        `^Geboekt op .+ als factuur ${again[0]!.invoice_id}\\. Op jouw verzoek opnieuw geboekt, omdat factuur ${victim.invoice_id} in Moneybird was verwijderd\\.$`,
      ),
    );
    expect(await page.getByTestId('order-detail').getAttribute('data-order')).toBe(orderNumber);
    await recordScreen(page, 'order-booked-again');
    await page.goto(demo.url);
    await page.getByTestId('dashboard-reconciliation-link').click();
    await page.getByTestId('rate-table').waitFor();
    await expect.poll(() => page.getByTestId('reconciliation').getAttribute('aria-busy')).toBe('false');
    expect(await shownRows(page, '[data-testid="rate-row"]')).toEqual(monthRows);
    expect(await page.getByTestId('deleted-bookings').count()).toBe(0);

    expect(browser.errors).toEqual([]);
  }, 300_000);
});
