// Credit orders booked as real credit notes (#11 items 2 and 9), against both simulators: a booked
// order the shop later credits gets a credit note made from its invoice (linked by
// original_sales_invoice_id), holding only the credited lines, paid by the shop's own refund record
// (its day, its transaction reference, the account of the original payment method). A credit the
// shop has not refunded yet stays open, awaiting the refund, until a later run finds it. Several
// credits of one order never credit more than it; a lost answer or a crash between the duplicate
// and its update leaves one credit note; an external credit names the original's reference. A credit
// refunded in parts is paid by each part, once all are recorded, each part exactly once.
import { describe, expect, it } from 'vitest';
import { summaryOfEntry } from '../../../src/main/core/app-service/order-views';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { creditOf, sale } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const HOUR = 60 * 60 * 1000;

const isDuplicate = (e: { method: string; path: string }) =>
  e.method === 'PATCH' && /\/duplicate_creditinvoice(\.json)?$/.test(e.path);
const isDraftUpdate = (e: { method: string; path: string }) =>
  e.method === 'PATCH' && /\/sales_invoices\/\d+(\.json)?$/.test(e.path);

/** The shop sells (and the run books) an order. */
async function bookSale(w: SyncWorld, order: MwwOrder): Promise<void> {
  w.mww.shop.addOrder({ ...order, status: 1 });
  w.mww.shop.setStatus(order.number, 3);
  const report = await w.runtime.engine.run('scheduled');
  expect(report.orders.find((o) => o.orderNumber === String(order.number))?.outcome).toBe('booked');
}

/** The shop credits `lines` of `original` (a credit order, status Credited, processed now). */
function shopCredits(
  w: SyncWorld,
  credit: MwwOrder,
  options: { refundPending?: boolean; refundParts?: MwwOrder['sim_refund_parts'] } = {},
): void {
  w.mww.shop.addOrder({
    ...credit,
    status: 1,
    ...(options.refundPending && { sim_refund_pending: true }),
    ...(options.refundParts && { sim_refund_parts: options.refundParts }),
  });
  w.mww.shop.setStatus(credit.number, 10);
}

function salesInvoiceOf(w: SyncWorld, orderNumber: number) {
  const entry = w.runtime.store.journal.get(String(orderNumber))!;
  return w.moneybird.books.salesInvoices().find((i) => i.id === entry.moneybird.invoiceId);
}

/** The sale's payment in Moneybird: the capture the shop recorded, its reference and account. */
function paymentOfSale(w: SyncWorld, orderNumber: number) {
  return salesInvoiceOf(w, orderNumber)!.payments[0];
}

describe('credit orders as credit notes (sales invoices)', () => {
  it('a booked order the shop credits gets a linked credit note of the credited lines, paid by the shop refund', async () => {
    const world = await worlds.startKnown();
    // iDEAL money goes to an account of its own: the refund must go back through it.
    const accounts = (await (
      await fetch(
        `${world.moneybird.apiBaseUrl}/${world.moneybird.administrationId}/financial_accounts.json`,
        {
          headers: { authorization: `Bearer ${world.moneybird.token}` },
        },
      )
    ).json()) as Array<{ id: string; name: string; active?: boolean }>;
    const mapping = world.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
    const idealAccount = accounts.find((a) => a.id !== mapping.financialAccountId && a.active !== false)!.id;
    world.runtime.store.settings.set(bookkeepingMappingSetting, {
      ...mapping,
      financialAccountByPaymentMethod: { ideal: idealAccount },
    });

    const order = sale(930_001, 'credit-1@example.nl');
    await bookSale(world, order);
    const original = salesInvoiceOf(world, 930_001)!;
    expect(original.state).toBe('paid');

    // Later the customer sends the tea back: the shop makes a credit order and refunds it.
    shopCredits(world, creditOf(order, 930_002, ['thee']));
    const from = world.moneybird.server.log.entries.length;
    const report = await world.runtime.engine.run('scheduled');
    expect(report.orders.find((o) => o.orderNumber === '930002')?.outcome).toBe('booked');

    const entry = world.runtime.store.journal.get('930002')!;
    expect(entry.state).toBe('done');
    const note = salesInvoiceOf(world, 930_002)!;
    expect(note.id).not.toBe(original.id);
    expect(note.original_sales_invoice_id).toBe(original.id);
    expect(note.reference).toBe(entry.reference);
    expect(note.state).toBe('paid');
    expect(note.total_price_incl_tax).toMatch(/^-5\.45/);
    // Only the credited line, under a heading naming the original; none of the duplicated lines.
    const lines = note.details.map((d: { description: string; price: string; amount_decimal: string }) => [
      d.description,
      Number(d.price) * Number(d.amount_decimal),
    ]);
    expect(lines).toEqual([
      // The invoice it corrects by its number, as an accountant looks it up, and its reference.
      [
        `Creditering van factuur ${original.invoice_id} (bestelling 930001, referentie ${original.reference})`,
        0,
      ],
      ['Thee', -5.45],
    ]);
    // One duplicate, one update: nothing made twice.
    const requests = moneybirdRequestsSince(world, from);
    expect(requests.filter(isDuplicate)).toHaveLength(1);
    expect(requests.filter(isDraftUpdate)).toHaveLength(1);

    // The refund as the shop recorded it: processed today, the provider's reference, iDEAL's account.
    expect(note.payments).toHaveLength(1);
    const refund = note.payments[0];
    const capture = paymentOfSale(world, 930_001);
    expect(refund.price).toMatch(/^-5\.45/);
    expect(refund.payment_date).toBe(shopLocalDate(Date.now()));
    expect(refund.payment_date).not.toBe(order.date);
    expect(refund.transaction_identifier).toMatch(/^tr_/);
    expect(refund.transaction_identifier).toBe(capture.transaction_identifier);
    expect(refund.financial_account_id).toBe(idealAccount);
    expect(capture.financial_account_id).toBe(idealAccount);
  });

  it('a credit without a refund record is sent but stays open, awaiting the refund, until a later run finds it', async () => {
    const world = await worlds.startKnown();
    const order = sale(931_001, 'credit-2@example.nl');
    await bookSale(world, order);
    shopCredits(world, creditOf(order, 931_002, ['mok']), { refundPending: true });

    const first = await world.runtime.engine.run('scheduled');
    const report = first.orders.find((o) => o.orderNumber === '931002')!;
    expect(report.outcome).toBe('waiting');
    expect(report.reasonCode).toBe('awaiting_refund');
    expect(first.counts.parked).toBe(0);
    const waiting = world.runtime.store.journal.get('931002')!;
    expect(waiting.state).toBe('waiting_transient');
    expect(waiting.progress).toBe('sent');
    // A credit order of today: the shop is asked again in an hour (older ones less often).
    expect(Math.abs(waiting.nextAttemptAt! - waiting.updatedAt - HOUR)).toBeLessThan(1000);
    expect(waiting.reason?.message.nl).toMatch(/^Wacht op terugbetaling/);
    expect(waiting.reason?.message.en).toMatch(/^Awaiting refund/);
    expect(waiting.reason?.message.nl).toContain('€\u00a024,20');
    // The orders screen lists it among the waiting orders with that text, not among the parked ones.
    const shown = summaryOfEntry(waiting);
    expect(shown.state).toBe('waiting');
    expect(shown.reason?.nl).toBe(waiting.reason?.message.nl);
    // Booked and sent, linked to the original, and never paid with an invented payment.
    const note = salesInvoiceOf(world, 931_002)!;
    expect(note.original_sales_invoice_id).toBe(salesInvoiceOf(world, 931_001)!.id);
    expect(note.state).toBe('open');
    expect(note.invoice_id).toMatch(/\S/);
    expect(note.payments).toEqual([]);

    // An hour on, still no refund in the shop: it waits on, without a Moneybird request of its own
    // (the run reads only its reference data and contacts, as every run does).
    world.clock.now = Date.now() + HOUR + 60_000;
    const from = world.moneybird.server.log.entries.length;
    const second = await world.runtime.engine.run('scheduled');
    expect(second.orders.find((o) => o.orderNumber === '931002')?.outcome).toBe('waiting');
    const invoiceRequests = moneybirdRequestsSince(world, from).filter((e) => /invoices/.test(e.path));
    expect(invoiceRequests).toEqual([]);
    const still = world.runtime.store.journal.get('931002')!;
    expect(still.reason?.code).toBe('awaiting_refund');
    expect(still.attempts).toBe(1);

    // The shop records the refund: the next look registers it, once.
    world.mww.shop.updateOrder(931_002, { sim_refund_pending: false });
    world.clock.now += HOUR + 60_000;
    const third = await world.runtime.engine.run('scheduled');
    expect(third.orders.find((o) => o.orderNumber === '931002')?.outcome).toBe('booked');
    const paid = salesInvoiceOf(world, 931_002)!;
    expect(paid.state).toBe('paid');
    expect(paid.payments).toHaveLength(1);
    expect(paid.payments[0].price).toMatch(/^-24\.2/);
    expect(world.runtime.store.journal.get('931002')!.state).toBe('done');
    world.clock.now += 2 * HOUR;
    await world.runtime.engine.run('scheduled');
    expect(salesInvoiceOf(world, 931_002)!.payments).toHaveLength(1);
  });

  it('two credits of one order are both credit notes of it; a third beyond the order is refused with the figures', async () => {
    const world = await worlds.startKnown();
    const order = sale(932_001, 'credit-3@example.nl');
    await bookSale(world, order);
    shopCredits(world, creditOf(order, 932_002, ['thee']));
    shopCredits(world, creditOf(order, 932_003, ['mok']));
    await world.runtime.engine.run('scheduled');

    const original = salesInvoiceOf(world, 932_001)!;
    for (const [number, total] of [
      [932_002, /^-5\.45/],
      [932_003, /^-24\.2/],
    ] as const) {
      expect(world.runtime.store.journal.get(String(number))!.state).toBe('done');
      const note = salesInvoiceOf(world, number)!;
      expect(note.original_sales_invoice_id).toBe(original.id);
      expect(note.total_price_incl_tax).toMatch(total);
      expect(note.payments).toHaveLength(1);
      expect(note.payments[0].price).toBe(note.total_price_incl_tax);
    }

    // The whole order is credited now: one more credit would credit more than was sold.
    shopCredits(world, creditOf(order, 932_004, ['thee']));
    const report = await world.runtime.engine.run('scheduled');
    const refused = report.orders.find((o) => o.orderNumber === '932004')!;
    expect(refused.outcome).toBe('parked');
    expect(refused.reasonCode).toBe('credit_exceeds_original');
    expect(refused.reason?.en).toContain('credits €5.45');
    expect(refused.reason?.en).toContain('(€29.65)');
    const notes = world.moneybird.books
      .salesInvoices()
      .filter((i) => i.original_sales_invoice_id === original.id);
    expect(notes).toHaveLength(2);
  });

  it('a credit booked in the run that books its original is numbered in the shop’s order, before the later sales', async () => {
    const world = await worlds.startKnown();
    // One run finds a sale, its credit and a later sale: the credit follows its original in place.
    const first = sale(934_001, 'credit-5@example.nl');
    const later = sale(934_003, 'credit-6@example.nl');
    world.mww.shop.addOrder({ ...first, status: 1 });
    world.mww.shop.setStatus(first.number, 3);
    shopCredits(world, creditOf(first, 934_002, ['thee']));
    world.mww.shop.addOrder({ ...later, status: 1 });
    world.mww.shop.setStatus(later.number, 3);
    const mwwBefore = world.mww.server.log.entries.length;
    const report = await world.runtime.engine.run('scheduled');
    expect(report.orders.map((o) => [o.orderNumber, o.outcome])).toEqual([
      ['934001', 'booked'],
      ['934002', 'booked'],
      ['934003', 'booked'],
    ]);

    // Moneybird numbers invoices as they are sent: the credit note sits between the two sales.
    const numbers = [934_001, 934_002, 934_003].map((n) => salesInvoiceOf(world, n)!.invoice_id!);
    expect([...numbers].sort()).toEqual(numbers);
    expect(salesInvoiceOf(world, 934_002)!.original_sales_invoice_id).toBe(
      salesInvoiceOf(world, 934_001)!.id,
    );
    // Booked from the page that listed it: the credit order is not read from the shop a second time.
    const reads = world.mww.server.log.entries
      .slice(mwwBefore)
      .filter((e) => e.method === 'GET' && /\/orders\/934002$/.test(e.path));
    expect(reads).toEqual([]);
  });

  it('a credit whose original could not be booked in its page is not booked before it', async () => {
    const world = await worlds.startKnown();
    const first = sale(935_001, 'credit-7@example.nl');
    world.mww.shop.addOrder({ ...first, status: 1 });
    world.mww.shop.setStatus(first.number, 3);
    shopCredits(world, creditOf(first, 935_002, ['thee']));
    // Moneybird is away for the sale's invoice: it waits for a retry, and its credit with it.
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'status', status: 503 },
      times: Number.POSITIVE_INFINITY,
    });
    const report = await world.runtime.engine.run('scheduled');
    expect(report.orders.find((o) => o.orderNumber === '935001')?.outcome).toBe('waiting');
    // Taken up after the pages, as before: it waits for its original, with nothing in Moneybird.
    const credit = report.orders.find((o) => o.orderNumber === '935002');
    expect(credit?.outcome).not.toBe('booked');
    expect(world.runtime.store.journal.get('935002')!.moneybird.invoiceId).toBeNull();
    expect(world.moneybird.books.salesInvoices()).toEqual([]);
  });
});

describe('a credit refunded in parts', () => {
  it('waits while only a part is recorded, then registers each part as its own payment, on its own day', async () => {
    const world = await worlds.startKnown();
    const order = sale(938_001, 'credit-9@example.nl');
    await bookSale(world, order);
    // The mugs (24.20) are refunded in two parts: 20.00 now, 4.20 two days on.
    const parts = [{ amount: '20.00' }, { amount: '4.20', daysLater: 2 }];
    shopCredits(world, creditOf(order, 938_002, ['mok']), { refundParts: parts.slice(0, 1) });
    const first = await world.runtime.engine.run('scheduled');
    const waiting = first.orders.find((o) => o.orderNumber === '938002')!;
    expect(waiting.outcome).toBe('waiting');
    expect(waiting.reasonCode).toBe('awaiting_refund');
    expect(salesInvoiceOf(world, 938_002)!.payments).toEqual([]);

    // The rest is recorded: the next look registers both parts, each once.
    world.mww.shop.updateOrder(938_002, { sim_refund_parts: parts });
    world.clock.now = Date.now() + HOUR + 60_000;
    const second = await world.runtime.engine.run('scheduled');
    expect(second.orders.find((o) => o.orderNumber === '938002')?.outcome).toBe('booked');
    const note = salesInvoiceOf(world, 938_002)!;
    expect(note.state).toBe('paid');
    const capture = paymentOfSale(world, 938_001);
    const today = shopLocalDate(Date.now());
    const inTwoDays = new Date(Date.parse(`${today}T12:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(
      note.payments.map((p: { price: string; payment_date: string; financial_account_id: string }) => [
        Number(p.price),
        p.payment_date,
        p.financial_account_id,
      ]),
    ).toEqual([
      [-20, today, capture.financial_account_id],
      [-4.2, inTwoDays, capture.financial_account_id],
    ]);
    for (const payment of note.payments)
      expect(payment.transaction_identifier).toBe(capture.transaction_identifier);
    expect(world.runtime.store.journal.get('938002')!.state).toBe('done');
    // The records it was paid with are kept: no later credit of the order is given one of them.
    expect(world.runtime.store.creditRefundsUsed.ofCreditsOf('938001').get('938002')).toHaveLength(2);

    world.clock.now += 2 * HOUR;
    await world.runtime.engine.run('scheduled');
    expect(salesInvoiceOf(world, 938_002)!.payments).toHaveLength(2);
  });

  it('two equal parts, the answer to the second lost before it landed: registered once each, not taken as paid', async () => {
    const world = await worlds.startKnown();
    const order = sale(939_001, 'credit-10@example.nl');
    await bookSale(world, order);
    shopCredits(world, creditOf(order, 939_002, ['mok']), {
      refundParts: [{ amount: '12.10' }, { amount: '12.10', daysLater: 1 }],
    });
    // The first part is registered; the second's connection breaks before Moneybird applies it. The
    // invoice then holds one payment just like the second: that is no sign the second landed.
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/payments(\.json)?$/,
      fault: { kind: 'reset' },
      after: 1,
    });
    const first = await world.runtime.engine.run('scheduled');
    expect(first.orders.find((o) => o.orderNumber === '939002')?.outcome).toBe('waiting');
    const held = world.runtime.store.journal.get('939002')!;
    expect(held.state).not.toBe('done');
    expect(salesInvoiceOf(world, 939_002)!.payments).toHaveLength(1);

    world.clock.now = Date.now() + HOUR;
    await world.runtime.engine.run('scheduled');
    const note = salesInvoiceOf(world, 939_002)!;
    expect(world.runtime.store.journal.get('939002')!.state).toBe('done');
    expect(note.state).toBe('paid');
    expect(note.payments.map((p: { price: string }) => Number(p.price))).toEqual([-12.1, -12.1]);
    expect(new Set(note.payments.map((p: { payment_date: string }) => p.payment_date)).size).toBe(2);
  });
});

describe('credit notes exactly once', () => {
  it('a crash after the duplicate, before its update, updates that draft on the next run', async () => {
    const world = await worlds.startKnown();
    const order = sale(933_001, 'credit-4@example.nl');
    await bookSale(world, order);
    shopCredits(world, creditOf(order, 933_002, ['thee']));
    // Every attempt at the update fails this run, as if the app stopped right after the duplicate.
    world.moneybird.server.faults.add({
      method: 'PATCH',
      path: /\/sales_invoices\/\d+(\.json)?$/,
      fault: { kind: 'status', status: 503, body: { error: 'unavailable' } },
      times: 4,
    });
    const first = await world.runtime.engine.run('scheduled');
    expect(first.orders.find((o) => o.orderNumber === '933002')?.outcome).toBe('waiting');
    const held = world.runtime.store.journal.get('933002')!;
    expect(held.progress).toBe('invoice_created');
    const draft = world.moneybird.books.salesInvoices().find((i) => i.id === held.moneybird.invoiceId)!;
    expect(draft.state).toBe('draft');
    expect(draft.original_sales_invoice_id).toBe(salesInvoiceOf(world, 933_001)!.id);

    world.clock.now = Date.now() + 10 * 60 * 1000;
    const from = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('scheduled');
    expect(moneybirdRequestsSince(world, from).filter(isDuplicate)).toEqual([]);
    const entry = world.runtime.store.journal.get('933002')!;
    expect(entry.state).toBe('done');
    expect(entry.moneybird.invoiceId).toBe(draft.id);
    const original = salesInvoiceOf(world, 933_001)!;
    const notes = world.moneybird.books
      .salesInvoices()
      .filter((i) => i.original_sales_invoice_id === original.id);
    expect(notes).toHaveLength(1);
    expect(notes[0].state).toBe('paid');
    expect(notes[0].total_price_incl_tax).toMatch(/^-5\.45/);
  });

  it('an update whose answer was lost is not applied twice: the draft shows it landed', async () => {
    const world = await worlds.startKnown();
    const order = sale(937_001, 'credit-8@example.nl');
    await bookSale(world, order);
    shopCredits(world, creditOf(order, 937_002, ['thee']));
    // The update lands, its answer is lost; the client's retry names lines already removed.
    world.moneybird.server.faults.add({
      method: 'PATCH',
      path: /\/sales_invoices\/\d+(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    const from = world.moneybird.server.log.entries.length;
    const report = await world.runtime.engine.run('scheduled');
    expect(report.orders.find((o) => o.orderNumber === '937002')?.outcome).toBe('booked');
    expect(moneybirdRequestsSince(world, from).filter(isDraftUpdate).length).toBeGreaterThanOrEqual(2);
    const note = salesInvoiceOf(world, 937_002)!;
    expect(note.state).toBe('paid');
    expect(note.details.map((d: { description: string }) => d.description)).toEqual([
      expect.stringContaining('(bestelling 937001, referentie'),
      'Thee',
    ]);
    expect(note.total_price_incl_tax).toMatch(/^-5\.45/);
  });

  it('a duplicate whose answer was lost is found among the original contact drafts, not made again', async () => {
    const world = await worlds.startKnown();
    const order = sale(934_001, 'credit-5@example.nl');
    await bookSale(world, order);
    shopCredits(world, creditOf(order, 934_002, ['mok']));
    // The duplicate lands but its answer is lost; the look-up of the drafts fails too: the order
    // waits with the create announced and no id known.
    world.moneybird.server.faults.add({
      method: 'PATCH',
      path: /\/duplicate_creditinvoice(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    world.moneybird.server.faults.add({
      method: 'GET',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'status', status: 503, body: { error: 'unavailable' } },
      times: 4,
    });
    const first = await world.runtime.engine.run('scheduled');
    expect(first.orders.find((o) => o.orderNumber === '934002')?.outcome).toBe('waiting');
    const held = world.runtime.store.journal.get('934002')!;
    expect(held.progress).toBe('contact_ok');
    expect(held.writeIntent).toBe('invoice');
    expect(held.moneybird.invoiceId).toBeNull();
    const original = salesInvoiceOf(world, 934_001)!;
    const linked = () =>
      world.moneybird.books.salesInvoices().filter((i) => i.original_sales_invoice_id === original.id);
    expect(linked()).toHaveLength(1);

    world.clock.now = Date.now() + 10 * 60 * 1000;
    const from = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('scheduled');
    expect(moneybirdRequestsSince(world, from).filter(isDuplicate)).toEqual([]);
    const entry = world.runtime.store.journal.get('934002')!;
    expect(entry.state).toBe('done');
    expect(linked()).toHaveLength(1);
    expect(linked()[0].id).toBe(entry.moneybird.invoiceId);
    expect(linked()[0].reference).toBe(entry.reference);
    expect(linked()[0].state).toBe('paid');
  });

  it('a lost duplicate answer settled in the same run by the look-up', async () => {
    const world = await worlds.startKnown();
    const order = sale(935_001, 'credit-6@example.nl');
    await bookSale(world, order);
    shopCredits(world, creditOf(order, 935_002, ['thee']));
    world.moneybird.server.faults.add({
      method: 'PATCH',
      path: /\/duplicate_creditinvoice(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    const from = world.moneybird.server.log.entries.length;
    const report = await world.runtime.engine.run('scheduled');
    expect(report.orders.find((o) => o.orderNumber === '935002')?.outcome).toBe('booked');
    expect(moneybirdRequestsSince(world, from).filter(isDuplicate)).toHaveLength(1);
    const original = salesInvoiceOf(world, 935_001)!;
    const notes = world.moneybird.books
      .salesInvoices()
      .filter((i) => i.original_sales_invoice_id === original.id);
    expect(notes).toHaveLength(1);
    expect(notes[0].state).toBe('paid');
  });
});

describe('credit orders as external invoices', () => {
  it('an external credit is a negative invoice naming the original reference, paid by the shop refund', async () => {
    const world = await worlds.startKnown({ style: 'external' });
    const order = sale(936_001, 'credit-7@example.nl');
    await bookSale(world, order);
    shopCredits(world, creditOf(order, 936_002, ['thee']));
    await world.runtime.engine.run('scheduled');

    const original = world.runtime.store.journal.get('936001')!;
    const entry = world.runtime.store.journal.get('936002')!;
    expect(entry.state).toBe('done');
    const credit = world.moneybird.books
      .externalSalesInvoices()
      .find((i) => i.id === entry.moneybird.invoiceId)!;
    expect(credit.reference).toBe(entry.reference);
    expect(credit.total_price_incl_tax).toMatch(/^-5\.45/);
    expect(credit.details[0].description).toContain(original.reference!);
    expect(credit.state).toBe('paid');
    expect(credit.payments).toHaveLength(1);
    expect(credit.payments[0].payment_date).toBe(shopLocalDate(Date.now()));
    expect(credit.payments[0].transaction_identifier).toMatch(/^tr_/);
    expect(world.moneybird.books.salesInvoices()).toHaveLength(0);
  });
});
