// Credit orders, credit notes and refunds across several sync runs, as a demanding shop owner and
// their accountant meet them. The situations:
//  1. a return refunded in two parts over two runs: two credit orders, each its own refund record;
//  2. a refund the shop records days after the credit order: the credit note waits, open, "awaiting
//     refund" (and the screens say so), and a later run pays it on the refund's own day, on the
//     account of the original payment method;
//  3. the refund recorded while the app was closed for a week: paid once on the refund's day;
//  4. two credits processed together that would credit more than the original: one credit note, the
//     other parked with the figures;
//  5. a credit of an order still parked (dated in a locked period): no credit note until the owner
//     books the original, then it follows by itself, against that invoice;
//  6. a credit of a sale whose month the accountant has since locked: a credit note in the open
//     month, the locked month untouched;
//  7. a credit dated in the locked month itself: parked as locked, booked on the first open day when
//     the owner chooses, and explained in both months;
//  8. a credit of shipping costs only;
//  9. a whole return of an order with a discount line: the discount comes back positive;
// 10. a credit on another VAT mix than the original (21 %, 9 % and 0 % sold, only the 9 % returned):
//     the credit note and the month per VAT rate go down by the credited VAT of that rate only;
// 11. the refund payment's answer lost, and the answers of two duplicates lost in one run: booked once;
// 12. an external credit whose create answer was lost: one credit invoice, naming the original;
// 13. the refund paid by bank outside the shop, registered by hand and the credit skipped: a shop
//     refund record that appears later pays nothing more, and the month still agrees.
// Each test runs end to end through both simulators and the real core, and asserts what the owner and
// the accountant must rely on: never credited beyond the sale, never an invented payment, a refund
// on its own day and account, booked once, and screens that say what is true.
import { describe, expect, it } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { entryOf, invoiceOf, NOVEMBER, OCTOBER, saleOn, screensOf } from './deleted-bookings';
import { creditOf, sale } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

const isDuplicate = (e: { method: string; path: string }) =>
  e.method === 'PATCH' && /\/duplicate_creditinvoice(\.json)?$/.test(e.path);

async function getJson<T>(w: SyncWorld, path: string): Promise<T> {
  const response = await fetch(`${w.moneybird.apiBaseUrl}/${w.moneybird.administrationId}/${path}`, {
    headers: { authorization: `Bearer ${w.moneybird.token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** iDEAL money goes to an account of its own (not the default Mollie one); returns that account. */
async function idealOnItsOwnAccount(w: SyncWorld): Promise<string> {
  const accounts = await getJson<Array<{ id: string; active?: boolean }>>(w, 'financial_accounts.json');
  const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
  const ideal = accounts.find((a) => a.id !== mapping.financialAccountId && a.active !== false)!.id;
  w.runtime.store.settings.set(bookkeepingMappingSetting, {
    ...mapping,
    financialAccountByPaymentMethod: { ideal },
  });
  return ideal;
}

/** The shop sells an order (status Paid) now; the next run books it. */
async function sells(w: SyncWorld, order: MwwOrder) {
  w.mww.shop.addOrder({ ...order, status: 1 });
  w.mww.shop.setStatus(order.number, 3, new Date(w.clock.now));
  await w.runtime.engine.run('scheduled');
  expect(entryOf(w, order.number).state, `sale ${order.number}`).toBe('done');
}

/**
 * The shop processes a credit order at `at` (default the engine's now); its refund is recorded at
 * that moment, unless `refundPending`.
 */
function credits(w: SyncWorld, credit: MwwOrder, options: { at?: number; refundPending?: boolean } = {}) {
  w.mww.shop.addOrder({ ...credit, status: 1, ...(options.refundPending && { sim_refund_pending: true }) });
  w.mww.shop.setStatus(credit.number, 10, new Date(options.at ?? w.clock.now));
}

/** The shop records the refund of a credit order at `at`: its refund mutation is dated then. */
function refundRecorded(w: SyncWorld, creditNumber: number, at: number) {
  w.mww.shop.updateOrder(creditNumber, { sim_refund_pending: false });
  w.mww.shop.setStatus(creditNumber, 10, new Date(at));
}

/** Moves the engine's clock on. */
function later(w: SyncWorld, ms: number) {
  w.clock.now = Math.max(w.clock.now, Date.now()) + ms;
}

/** Every sales invoice crediting `originalId`. */
const notesOf = (w: SyncWorld, originalId: string) =>
  w.moneybird.books.salesInvoices().filter((i) => i.original_sales_invoice_id === originalId);

/** The lines that carry money: [description, line total incl. VAT as a number]. */
const moneyLines = (invoice: {
  details: Array<{ description: string; price: string; amount_decimal: string }>;
}) =>
  invoice.details
    .map((d) => [d.description, Math.round(Number(d.price) * Number(d.amount_decimal) * 100) / 100] as const)
    .filter(([, total]) => total !== 0);

/** VAT per percentage of an invoice, from Moneybird's own tax totals: { "21": "-4.20" }. */
async function vatPerRate(
  w: SyncWorld,
  invoice: { tax_totals: Array<{ tax_rate_id: string; tax_amount: string }> },
): Promise<Record<string, string>> {
  const rates = await getJson<Array<{ id: string; percentage: string }>>(w, 'tax_rates.json');
  const percentage = new Map(rates.map((r) => [r.id, String(Number(r.percentage))]));
  const out: Record<string, string> = {};
  for (const t of invoice.tax_totals) {
    const key = percentage.get(t.tax_rate_id)!;
    out[key] = (Number(out[key] ?? 0) + Number(t.tax_amount)).toFixed(2);
  }
  return out;
}

/** The calendar period (month) a YYYY-MM-DD day falls in. */
const monthOf = (day: string) => ({
  kind: 'month' as const,
  year: Number(day.slice(0, 4)),
  index: Number(day.slice(5, 7)),
});

/** A line of the shop's order, with its amounts in cents (line totals). */
interface ShopLine {
  type: 'article' | 'shipping' | 'discount';
  description: string;
  quantity: number;
  incl: number;
  vat: number;
  rate: '21.00' | '9.00' | '0.00';
}
const MOK: ShopLine = {
  type: 'article',
  description: 'Mok',
  quantity: 2,
  incl: 2420,
  vat: 420,
  rate: '21.00',
};
const THEE: ShopLine = {
  type: 'article',
  description: 'Thee',
  quantity: 1,
  incl: 545,
  vat: 45,
  rate: '9.00',
};
const VERZENDING: ShopLine = {
  type: 'shipping',
  description: 'Verzendkosten',
  quantity: 1,
  incl: 605,
  vat: 105,
  rate: '21.00',
};
const KORTING: ShopLine = {
  type: 'discount',
  description: 'Korting 10% op mokken',
  quantity: 1,
  incl: -242,
  vat: -42,
  rate: '21.00',
};

/** `order` with exactly these lines, and the shop's total and VAT per rate of them. */
function withLines(order: MwwOrder, lines: readonly ShopLine[]): MwwOrder {
  const rates = [...new Set(lines.map((l) => l.rate))];
  const cents = (n: number) => (n / 100).toFixed(2);
  return {
    ...order,
    price: {
      total: cents(lines.reduce((s, l) => s + l.incl, 0)),
      tax: rates.map((rate) => ({
        rate,
        amount: cents(lines.filter((l) => l.rate === rate).reduce((s, l) => s + l.vat, 0)),
      })),
    },
    orderlines: lines.map((l, i) => ({
      id: `${order.uuid.slice(0, 24)}${String(Number(order.number) * 10 + i).padStart(12, '0')}`,
      type: l.type,
      quantity: l.quantity,
      description: l.description,
      price: {
        amount: ((l.incl - l.vat) / 100).toFixed(6),
        amount_including_tax: cents(l.incl),
        rate: l.rate,
      },
    })),
  } as MwwOrder;
}

describe('a return refunded in parts, over several runs', () => {
  it('two credit orders two runs apart: two credit notes of the sale, each paid by its own refund on its own day', async () => {
    const w = await worlds.startKnown();
    const ideal = await idealOnItsOwnAccount(w);
    const { status, view } = screensOf(w);
    const sold = sale(990_001, 'deels-retour@example.nl');
    await sells(w, sold);
    const original = invoiceOf(w, 990_001)!;
    const capture = original.payments[0];

    // Monday: the tea comes back and is refunded.
    credits(w, creditOf(sold, 990_002, ['thee']));
    await w.runtime.engine.run('scheduled');
    const firstDay = shopLocalDate(w.clock.now);
    // Two days later: the mugs come back too, refunded that day.
    later(w, 2 * DAY);
    const secondDay = shopLocalDate(w.clock.now);
    credits(w, creditOf(sold, 990_003, ['mok']));
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    // Only the new credit was duplicated in the second run.
    expect(moneybirdRequestsSince(w, from).filter(isDuplicate)).toHaveLength(1);
    // A third run later changes nothing.
    later(w, 2 * HOUR);
    await w.runtime.engine.run('scheduled');

    const notes = notesOf(w, original.id);
    expect(notes).toHaveLength(2);
    for (const [number, total, day] of [
      [990_002, '-5.45', firstDay],
      [990_003, '-24.20', secondDay],
    ] as const) {
      const entry = entryOf(w, number);
      expect(entry.state, `credit ${number}`).toBe('done');
      const note = invoiceOf(w, number)!;
      expect(note.original_sales_invoice_id).toBe(original.id);
      expect(Number(note.total_price_incl_tax).toFixed(2)).toBe(total);
      expect(note.state).toBe('paid');
      expect(note.payments).toHaveLength(1);
      expect(Number(note.payments[0].price).toFixed(2)).toBe(total);
      expect(note.payments[0].payment_date).toBe(day);
      expect(note.payments[0].financial_account_id).toBe(ideal);
      expect(note.payments[0].transaction_identifier).toBe(capture.transaction_identifier);
    }
    // The sale stays as it was: paid once, by the capture.
    const still = invoiceOf(w, 990_001)!;
    expect(still.payments).toHaveLength(1);
    expect(still.total_price_incl_tax).toBe(original.total_price_incl_tax);
    expect(secondDay > firstDay).toBe(true);

    // Everything returned: the sale's month holds nothing of it any more, and agrees with the shop.
    expect(status()).toMatchObject({ booked: 3, parked: 0, waiting: 0 });
    const month = view(monthOf(sold.date));
    expect(month.verdict).toBe('agrees');
    expect(month.total.booked).toEqual(month.total.shop);
    expect(month.total.booked.inclTax).toBe('0.00');
  });
});

describe('the refund recorded after the credit order', () => {
  it('waits "awaiting refund" (open, unpaid, shown as waiting), and is paid on the refund’s own day and account when the shop records it', async () => {
    const w = await worlds.startKnown();
    const ideal = await idealOnItsOwnAccount(w);
    const { status, screenCounts, detail, view } = screensOf(w);
    const sold = sale(991_001, 'later-terug@example.nl');
    await sells(w, sold);
    const original = invoiceOf(w, 991_001)!;

    credits(w, creditOf(sold, 991_002, ['mok']), { refundPending: true });
    await w.runtime.engine.run('scheduled');
    const waiting = entryOf(w, 991_002);
    expect(waiting.state).toBe('waiting_transient');
    expect(waiting.reason?.code).toBe('awaiting_refund');
    const open = invoiceOf(w, 991_002)!;
    expect(open.original_sales_invoice_id).toBe(original.id);
    expect(open.state).toBe('open');
    expect(open.payments).toEqual([]);

    // What the owner sees meanwhile: one order waiting, nothing parked; the page names the refund.
    expect(status()).toMatchObject({ booked: 1, waiting: 1, parked: 0 });
    expect(screenCounts()).toMatchObject({ booked: 1, parked: 0 });
    const page = await detail(991_002);
    expect(page.summary.state).toBe('waiting');
    expect(page.summary.creditedOrderNumber).toBe('991001');
    expect(page.summary.reason?.nl).toMatch(/^Wacht op terugbetaling/);
    expect(page.summary.invoiceNumber).toBe(open.invoice_id);
    // The accountant's month: the credit note is in the books (not "waiting"), and agrees.
    const month = view(monthOf(sold.date));
    expect(month.counts.waiting).toBe(0);
    expect(month.counts.inBooks).toBe(2);
    expect(month.verdict).toBe('agrees');

    // Three days later the shop records the refund; the next look registers it, on that day.
    later(w, 3 * DAY);
    const refundDay = shopLocalDate(w.clock.now);
    refundRecorded(w, 991_002, w.clock.now);
    const report = await w.runtime.engine.run('scheduled');
    expect(report.orders.find((o) => o.orderNumber === '991002')?.outcome).toBe('booked');
    const paid = invoiceOf(w, 991_002)!;
    expect(paid.id).toBe(open.id);
    expect(paid.state).toBe('paid');
    expect(paid.payments).toHaveLength(1);
    expect(paid.payments[0]).toMatchObject({
      payment_date: refundDay,
      financial_account_id: ideal,
      transaction_identifier: original.payments[0].transaction_identifier,
    });
    expect(Number(paid.payments[0].price).toFixed(2)).toBe('-24.20');
    expect(paid.payments[0].payment_date).not.toBe(open.invoice_date);
    expect(entryOf(w, 991_002).state).toBe('done');
    expect(status()).toMatchObject({ booked: 2, waiting: 0, parked: 0 });
    expect((await detail(991_002)).summary.state).toBe('booked');
  });

  it('a refund recorded while the app was closed for a week is registered once, on the day the shop refunded', async () => {
    const w = await worlds.startKnown();
    const sold = sale(992_001, 'week-dicht@example.nl');
    await sells(w, sold);
    credits(w, creditOf(sold, 992_002, ['thee']), { refundPending: true });
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 992_002).reason?.code).toBe('awaiting_refund');
    const open = invoiceOf(w, 992_002)!;

    // The laptop is closed; two days on the shop refunds; a week on the app is opened again.
    const refundAt = Math.max(w.clock.now, Date.now()) + 2 * DAY;
    await w.whileClosed(() => {
      refundRecorded(w, 992_002, refundAt);
    });
    later(w, 7 * DAY);
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    later(w, 2 * HOUR);
    await w.runtime.engine.run('scheduled');

    expect(moneybirdRequestsSince(w, from).filter(isDuplicate)).toEqual([]);
    const original = invoiceOf(w, 992_001)!;
    const notes = notesOf(w, original.id);
    expect(notes.map((n) => n.id)).toEqual([open.id]);
    expect(notes[0].state).toBe('paid');
    expect(notes[0].payments).toHaveLength(1);
    expect(notes[0].payments[0].payment_date).toBe(shopLocalDate(refundAt));
    expect(Number(notes[0].payments[0].price).toFixed(2)).toBe('-5.45');
    expect(entryOf(w, 992_002).state).toBe('done');
  });
});

describe('refunded outside the shop', () => {
  it('the owner paid the refund by bank, registered it in Moneybird and skipped the credit: a refund record the shop adds later pays nothing more', async () => {
    const w = await worlds.startKnown();
    const { status, view } = screensOf(w);
    const sold = sale(986_001, 'bank-terug@example.nl');
    await sells(w, sold);
    credits(w, creditOf(sold, 986_002, ['mok']), { refundPending: true });
    await w.runtime.engine.run('scheduled');
    const open = invoiceOf(w, 986_002)!;
    expect(open.state).toBe('open');

    // The owner transfers 24.20 from the bank, registers it on the credit note in Moneybird's app,
    // and skips the order in Winkelbrug, as the awaiting-refund text tells them.
    const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
    const today = shopLocalDate(w.clock.now);
    const response = await fetch(
      `${w.moneybird.apiBaseUrl}/${w.moneybird.administrationId}/sales_invoices/${open.id}/payments.json`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${w.moneybird.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          payment: {
            payment_date: today,
            price: '-24.20',
            financial_account_id: mapping.financialAccountId,
          },
        }),
      },
    );
    expect(response.status).toBe(201);
    w.runtime.engine.skip('986002');
    expect(entryOf(w, 986_002).state).toBe('skipped');

    // A week later the shop's own refund record appears anyway (entered afterwards in the shop).
    later(w, 7 * DAY);
    refundRecorded(w, 986_002, w.clock.now);
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    later(w, 2 * HOUR);
    await w.runtime.engine.run('scheduled');

    const note = invoiceOf(w, 986_002)!;
    expect(note.state).toBe('paid');
    expect(note.payments).toHaveLength(1);
    expect(note.payments[0].payment_date).toBe(today);
    expect(
      moneybirdRequestsSince(w, from).filter((r) => r.method === 'POST' && r.path.includes('/payments')),
    ).toEqual([]);
    expect(entryOf(w, 986_002).state).toBe('skipped');
    // The credit note is in the books: the month judges it by them and agrees; nothing is waiting.
    const month = view(monthOf(sold.date));
    expect(month.verdict).toBe('agrees');
    expect(month.total.booked).toEqual(month.total.shop);
    expect(month.total.booked.inclTax).toBe('5.45');
    expect(status()).toMatchObject({ parked: 0, waiting: 0 });
  });
});

describe('never credited beyond the sale', () => {
  it('two credits processed together that exceed the sale: one credit note, the other parked with the figures', async () => {
    const w = await worlds.startKnown();
    const { status } = screensOf(w);
    const sold = sale(993_001, 'dubbel-retour@example.nl');
    await sells(w, sold);
    // The shop credits the mugs twice by mistake (two credit orders, each refunded): 48.40 of 29.65.
    credits(w, creditOf(sold, 993_002, ['mok']));
    credits(w, creditOf(sold, 993_003, ['mok']));
    await w.runtime.engine.run('scheduled');
    later(w, 2 * HOUR);
    await w.runtime.engine.run('scheduled');

    const original = invoiceOf(w, 993_001)!;
    const notes = notesOf(w, original.id);
    expect(notes).toHaveLength(1);
    expect(Number(notes[0].total_price_incl_tax).toFixed(2)).toBe('-24.20');
    expect(notes[0].state).toBe('paid');
    expect(notes[0].payments).toHaveLength(1);
    const states = [entryOf(w, 993_002), entryOf(w, 993_003)];
    const booked = states.filter((e) => e.state === 'done');
    const refused = states.filter((e) => e.state === 'parked');
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(booked[0]!.moneybird.invoiceId).toBe(notes[0].id);
    expect(refused[0]!.reason?.code).toBe('credit_exceeds_original');
    // The owner is told why, with the figures: 24.20 now, 24.20 credited before, 29.65 sold.
    expect(refused[0]!.reason?.message.en).toContain('€24.20');
    expect(refused[0]!.reason?.message.en).toContain('€29.65');
    expect(refused[0]!.reason?.message.nl).toContain('€\u00a029,65');
    expect(refused[0]!.moneybird.invoiceId).toBeNull();
    expect(status()).toMatchObject({ booked: 2, parked: 1 });
  });
});

describe('a credit of a sale that is not in the books yet', () => {
  it('the original is parked (dated in a locked month): no credit note; once the owner books it, the credit follows against that invoice', async () => {
    const sold = saleOn(994_001, '2026-10-05');
    const other = saleOn(994_003, '2026-11-03');
    const w = await worlds.start({ orders: [sold, other] });
    const { bookInOpenPeriod, status, detail } = screensOf(w);
    w.moneybird.owner.lockPeriodUntil('2026-10-31');
    await w.runtime.engine.run('import', { importSince: '2026-01-01' });
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 994_001)).toMatchObject({ state: 'parked', reason: { code: 'period_locked' } });

    // The customer returns the tea in November; the shop credits and refunds it.
    const credit = { ...creditOf(sold, 994_002, ['thee']), date: '2026-11-20' };
    credits(w, credit);
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    // No credit note of a sale that is not in the books; the credit says which order it waits for.
    expect(moneybirdRequestsSince(w, from).filter(isDuplicate)).toEqual([]);
    expect(w.moneybird.books.salesInvoices().filter((i) => i.original_sales_invoice_id)).toEqual([]);
    const held = entryOf(w, 994_002);
    expect(held.state).not.toBe('done');
    expect(held.moneybird.invoiceId).toBeNull();
    // Parked, not silently pending: the owner sees that the credit waits for the sale, and that it
    // follows by itself once the sale is booked.
    expect(held.state).toBe('parked');
    expect(held.reason?.code).toBe('original_missing');
    expect(held.reason?.message.nl ?? '').toContain('994001');
    expect(held.reason?.message.en ?? '').toContain('994001');
    const shown = (await detail(994_002)).summary;
    expect(shown.reason?.nl ?? '').toContain('994001');

    // The owner books the sale on the first open day; the credit follows without being asked.
    expect((await bookInOpenPeriod(994_001)).accepted).toBe(true);
    await w.runtime.engine.run('manual');
    const original = invoiceOf(w, 994_001)!;
    expect(original.invoice_date).toBe('2026-11-01');
    const notes = notesOf(w, original.id);
    expect(notes).toHaveLength(1);
    expect(entryOf(w, 994_002)).toMatchObject({ state: 'done', moneybird: { invoiceId: notes[0].id } });
    expect(notes[0].invoice_date).toBe('2026-11-20');
    expect(Number(notes[0].total_price_incl_tax).toFixed(2)).toBe('-5.45');
    expect(notes[0].state).toBe('paid');
    expect(notes[0].payments).toHaveLength(1);
    expect(status()).toMatchObject({ booked: 3, parked: 0, waiting: 0 });
  });
});

describe('a credit of a sale in a month the accountant locked since', () => {
  it('a November return of an October sale: a credit note in November linked to the October invoice; October stays as filed', async () => {
    const sold = saleOn(995_001, '2026-10-05');
    const other = saleOn(995_003, '2026-10-06', ['thee']);
    const w = await worlds.start({ orders: [sold, other] });
    const { view } = screensOf(w);
    await w.runtime.engine.run('import', { importSince: '2026-01-01' });
    await w.runtime.engine.run('manual');
    const octoberFiled = view(OCTOBER);
    expect(octoberFiled.verdict).toBe('agrees');
    // The accountant files October's VAT return and locks it.
    w.moneybird.owner.lockPeriodUntil('2026-10-31');

    credits(w, { ...creditOf(sold, 995_002, ['mok']), date: '2026-11-20' });
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    const requests = moneybirdRequestsSince(w, from);
    expect(requests.filter((r) => r.status === 422)).toEqual([]);

    const entry = entryOf(w, 995_002);
    expect(entry.state).toBe('done');
    const original = invoiceOf(w, 995_001)!;
    const [note, ...more] = notesOf(w, original.id);
    expect(more).toEqual([]);
    expect(note.id).toBe(entry.moneybird.invoiceId);
    expect(note.invoice_date).toBe('2026-11-20');
    expect(Number(note.total_price_incl_tax).toFixed(2)).toBe('-24.20');
    expect(await vatPerRate(w, note)).toEqual({ '21': '-4.20' });
    expect(note.state).toBe('paid');
    // October's books are what was filed; November holds the credit, and agrees with the shop.
    expect(view(OCTOBER)).toEqual(octoberFiled);
    const november = view(NOVEMBER);
    expect(november.verdict).toBe('agrees');
    expect(november.rates.find((r) => r.rate === '21')?.booked).toEqual({
      inclTax: '-24.20',
      exclTax: '-20.00',
      vat: '-4.20',
    });
  });

  it('a credit dated in the locked month itself parks as locked, and on the owner’s choice is a credit note on the first open day, explained in both months', async () => {
    const sold = saleOn(996_001, '2026-10-05');
    const other = saleOn(996_003, '2026-10-06', ['thee']);
    const w = await worlds.start({ orders: [sold, other] });
    const { view, bookInOpenPeriod } = screensOf(w);
    await w.runtime.engine.run('import', { importSince: '2026-01-01' });
    await w.runtime.engine.run('manual');
    w.moneybird.owner.lockPeriodUntil('2026-10-31');

    // The shop dated the credit order in October, but processed (and refunded) it only now.
    credits(w, { ...creditOf(sold, 996_002, ['thee']), date: '2026-10-28' });
    const from = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    const parked = entryOf(w, 996_002);
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('period_locked');
    expect(moneybirdRequestsSince(w, from).filter((r) => r.status === 422)).toEqual([]);
    expect(moneybirdRequestsSince(w, from).filter(isDuplicate)).toEqual([]);

    expect((await bookInOpenPeriod(996_002)).accepted).toBe(true);
    await w.runtime.engine.run('manual');
    const original = invoiceOf(w, 996_001)!;
    const [note, ...more] = notesOf(w, original.id);
    expect(more).toEqual([]);
    expect(entryOf(w, 996_002)).toMatchObject({ state: 'done', moneybird: { invoiceId: note.id } });
    expect(note.invoice_date).toBe('2026-11-01');
    expect(Number(note.total_price_incl_tax).toFixed(2)).toBe('-5.45');
    expect(note.state).toBe('paid');
    expect(note.payments[0].payment_date > '2026-10-31').toBe(true);
    expect(view(OCTOBER).explanations.items.filter((i) => i.orderNumber === '996002')).toMatchObject([
      { kind: 'booked_in_other_period', bookedDate: '2026-11-01', credit: true },
    ]);
    expect(view(NOVEMBER).explanations.items.filter((i) => i.orderNumber === '996002')).toMatchObject([
      { kind: 'booked_from_other_period', credit: true },
    ]);
  });
});

describe('what a credit holds', () => {
  it('shipping costs refunded on their own: a credit note of the shipping line only, at 21 %', async () => {
    const w = await worlds.startKnown();
    const sold = withLines(sale(997_001, 'verzending-terug@example.nl'), [MOK, THEE, VERZENDING]);
    await sells(w, sold);
    const original = invoiceOf(w, 997_001)!;
    expect(Number(original.total_price_incl_tax).toFixed(2)).toBe('35.70');
    // The parcel arrived late: the shop refunds the shipping costs.
    credits(w, withLines({ ...creditOf(sold, 997_002, ['mok']) }, [VERZENDING]));
    await w.runtime.engine.run('scheduled');

    expect(entryOf(w, 997_002).state).toBe('done');
    const [note, ...more] = notesOf(w, original.id);
    expect(more).toEqual([]);
    expect(moneyLines(note)).toEqual([['Verzendkosten', -6.05]]);
    expect(Number(note.total_price_incl_tax).toFixed(2)).toBe('-6.05');
    expect(await vatPerRate(w, note)).toEqual({ '21': '-1.05' });
    expect(note.state).toBe('paid');
    expect(Number(note.payments[0].price).toFixed(2)).toBe('-6.05');
  });

  it('a whole return of an order with a discount: the discount comes back as a positive line, the VAT per rate is the sale’s, negated', async () => {
    const w = await worlds.startKnown();
    const lines = [MOK, THEE, KORTING];
    const sold = withLines(sale(998_001, 'korting-retour@example.nl'), lines);
    await sells(w, sold);
    const original = invoiceOf(w, 998_001)!;
    expect(Number(original.total_price_incl_tax).toFixed(2)).toBe('27.23');
    credits(w, withLines(creditOf(sold, 998_002, ['mok']), lines));
    await w.runtime.engine.run('scheduled');

    expect(entryOf(w, 998_002).state).toBe('done');
    const [note, ...more] = notesOf(w, original.id);
    expect(more).toEqual([]);
    expect(moneyLines(note)).toEqual([
      ['Mok', -24.2],
      ['Thee', -5.45],
      ['Korting 10% op mokken', 2.42],
    ]);
    expect(Number(note.total_price_incl_tax).toFixed(2)).toBe('-27.23');
    // 21 %: 4.20 − 0.42 on the mugs after the discount; 9 %: the tea.
    expect(await vatPerRate(w, note)).toEqual({ '21': '-3.78', '9': '-0.45' });
    expect(await vatPerRate(w, original)).toEqual({ '21': '3.78', '9': '0.45' });
    expect(note.state).toBe('paid');
    expect(note.payments).toHaveLength(1);
    expect(Number(note.payments[0].price).toFixed(2)).toBe('-27.23');
  });

  it('21 %, 9 % and 0 % sold, only the 9 % returned: the credit note and the month go down by that rate only', async () => {
    const w = await worlds.startKnown();
    const { view } = screensOf(w);
    const sold = sale(999_001, 'btw-mix@example.nl', ['mok', 'thee', 'zegels']);
    await sells(w, sold);
    const period = monthOf(sold.date);
    const before = view(period);
    expect(before.verdict).toBe('agrees');

    credits(w, creditOf(sold, 999_002, ['thee']));
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 999_002).state).toBe('done');
    const original = invoiceOf(w, 999_001)!;
    const [note, ...more] = notesOf(w, original.id);
    expect(more).toEqual([]);
    expect(moneyLines(note)).toEqual([['Thee', -5.45]]);
    expect(await vatPerRate(w, note)).toEqual({ '9': '-0.45' });

    const after = view(period);
    expect(after.verdict).toBe('agrees');
    const rate = (v: typeof after, r: string) => v.rates.find((x) => x.rate === r)!;
    // 9 %: down by the tea (5.45, of which 0.45 VAT); 21 % and 0 % as before.
    expect(rate(after, '9').booked).toEqual({
      inclTax: (Number(rate(before, '9').booked.inclTax) - 5.45).toFixed(2),
      exclTax: (Number(rate(before, '9').booked.exclTax) - 5.0).toFixed(2),
      vat: (Number(rate(before, '9').booked.vat) - 0.45).toFixed(2),
    });
    expect(rate(after, '9').shop).toEqual(rate(after, '9').booked);
    expect(rate(after, '21')).toEqual(rate(before, '21'));
    expect(rate(after, '0')).toEqual(rate(before, '0'));
  });
});

describe('answers lost on the way back', () => {
  it('the refund payment’s answer is lost: the next run finds it on the credit note and pays nothing twice', async () => {
    const w = await worlds.startKnown();
    const sold = sale(989_001, 'betaling-kwijt@example.nl');
    await sells(w, sold);
    credits(w, creditOf(sold, 989_002, ['mok']), { refundPending: true });
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 989_002).reason?.code).toBe('awaiting_refund');

    // The refund is recorded; the run registers it, but its answer never arrives, nor its retries'.
    later(w, HOUR + 60_000);
    refundRecorded(w, 989_002, w.clock.now);
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices\/\d+\/payments(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices\/\d+\/payments(\.json)?$/,
      fault: { kind: 'status', status: 503, body: { error: 'unavailable' } },
      times: 6,
    });
    w.moneybird.server.faults.add({
      method: 'GET',
      path: /\/sales_invoices\/\d+(\.json)?$/,
      fault: { kind: 'status', status: 503, body: { error: 'unavailable' } },
      times: 6,
    });
    await w.runtime.engine.run('scheduled');
    for (let runs = 0; runs < 4 && entryOf(w, 989_002).state !== 'done'; runs++) {
      later(w, 20 * 60 * 1000);
      await w.runtime.engine.run('scheduled');
    }
    expect(entryOf(w, 989_002).state).toBe('done');
    const note = invoiceOf(w, 989_002)!;
    expect(note.state).toBe('paid');
    expect(note.payments).toHaveLength(1);
    expect(Number(note.payments[0].price).toFixed(2)).toBe('-24.20');
  });

  it('two credits of one sale lose their duplicate answers in the same run: next run, each gets its own credit note', async () => {
    const w = await worlds.startKnown();
    const sold = sale(988_001, 'twee-kwijt@example.nl');
    await sells(w, sold);
    credits(w, creditOf(sold, 988_002, ['thee']));
    credits(w, creditOf(sold, 988_003, ['mok']));
    w.moneybird.server.faults.add({
      method: 'PATCH',
      path: /\/duplicate_creditinvoice(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
      times: 2,
    });
    // The look-ups of the drafts fail too: both wait with their create announced and no id known.
    w.moneybird.server.faults.add({
      method: 'GET',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'status', status: 503, body: { error: 'unavailable' } },
      times: 12,
    });
    await w.runtime.engine.run('scheduled');
    const original = invoiceOf(w, 988_001)!;
    // Both duplicates landed unheard: two drafts Moneybird holds, neither known to the journal.
    expect(notesOf(w, original.id)).toHaveLength(2);
    for (const number of [988_002, 988_003])
      expect(entryOf(w, number)).toMatchObject({ writeIntent: 'invoice', moneybird: { invoiceId: null } });

    for (let runs = 0; runs < 4; runs++) {
      if (entryOf(w, 988_002).state === 'done' && entryOf(w, 988_003).state === 'done') break;
      later(w, 15 * 60 * 1000);
      await w.runtime.engine.run('scheduled');
    }
    // Two credits, two credit notes: no orphan draft left, none made twice, each with its own lines.
    const notes = notesOf(w, original.id);
    expect(notes.map((n) => n.state)).toEqual(['paid', 'paid']);
    for (const [number, line] of [
      [988_002, ['Thee', -5.45]],
      [988_003, ['Mok', -24.2]],
    ] as const) {
      const entry = entryOf(w, number);
      expect(entry.state, `credit ${number}`).toBe('done');
      const note = notes.find((n) => n.id === entry.moneybird.invoiceId)!;
      expect(note.reference).toBe(entry.reference);
      expect(moneyLines(note)).toEqual([line]);
      expect(note.payments).toHaveLength(1);
      expect(note.payments[0].price).toBe(note.total_price_incl_tax);
    }
  });

  it('an external credit whose create answer was lost: one credit invoice naming the original’s reference, paid once', async () => {
    const w = await worlds.startKnown({ style: 'external' });
    const sold = sale(987_001, 'extern-kwijt@example.nl');
    await sells(w, sold);
    const originalReference = entryOf(w, 987_001).reference!;
    credits(w, creditOf(sold, 987_002, ['thee']));
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/external_sales_invoices(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    await w.runtime.engine.run('scheduled');
    for (let runs = 0; runs < 4 && entryOf(w, 987_002).state !== 'done'; runs++) {
      later(w, 15 * 60 * 1000);
      await w.runtime.engine.run('scheduled');
    }
    const entry = entryOf(w, 987_002);
    expect(entry.state).toBe('done');
    const mine = w.moneybird.books.externalSalesInvoices().filter((i) => i.reference === entry.reference);
    expect(mine).toHaveLength(1);
    expect(mine[0].id).toBe(entry.moneybird.invoiceId);
    expect(Number(mine[0].total_price_incl_tax).toFixed(2)).toBe('-5.45');
    expect(mine[0].details[0].description).toContain(originalReference);
    expect(mine[0].details[0].description).toContain('987001');
    expect(await vatPerRate(w, mine[0])).toEqual({ '9': '-0.45' });
    expect(mine[0].state).toBe('paid');
    expect(mine[0].payments).toHaveLength(1);
    expect(Number(mine[0].payments[0].price).toFixed(2)).toBe('-5.45');
  });
});
