// The owner changes a booking in Moneybird's own app after Winkelbrug booked it (or while it was
// parked), and the shop then goes on with the order: it credits it, or cancels it. What Moneybird
// holds is the oracle; what the app tells the owner is read where the owner reads it (the park
// reason, the order's page, the month per VAT rate). What is right is what the owner's accountant
// would accept: no credit note against an invoice that is not there, never a credit of more than
// the invoice it credits, nothing booked twice, and no "everything agrees" over books that differ.
// (behind-the-back.test.ts covers an order changed in Moneybird while it waits between two steps.)
import { describe, expect, it } from 'vitest';
import { createOrderChannels } from '../../../src/main/core/app-service/order-channels';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { creditOf, sale, tomorrow } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const EVERYTHING = ['2000-01-01', '2100-01-01'] as const;

/** The shop completes an order now (the status-changed window finds it); one run books it. */
async function shopCompletes(w: SyncWorld, order: MwwOrder) {
  w.mww.shop.addOrder({ ...order, status: 1 });
  w.mww.shop.setStatus(order.number, 3);
  const report = await w.runtime.engine.run('scheduled');
  return report.orders.find((o) => o.orderNumber === String(order.number));
}

async function bookSale(w: SyncWorld, order: MwwOrder) {
  expect((await shopCompletes(w, order))?.outcome).toBe('booked');
  return w.runtime.store.journal.get(String(order.number))!;
}

/** The shop credits `lines` of `original` (a credit order, status Gecrediteerd, processed now). */
function shopCredits(w: SyncWorld, credit: MwwOrder): void {
  w.mww.shop.addOrder({ ...credit, status: 1 });
  w.mww.shop.setStatus(credit.number, 10);
}

/** Every invoice Moneybird holds, sales and external. */
// biome-ignore lint/suspicious/noExplicitAny: the simulator hands over plain API JSON
function invoices(w: SyncWorld): any[] {
  return [...w.moneybird.books.salesInvoices(), ...w.moneybird.books.externalSalesInvoices()];
}

/** Writes Moneybird accepted since `from` (synchronization lists are reads). */
function acceptedWrites(w: SyncWorld, from: number) {
  return moneybirdRequestsSince(w, from).filter(
    (e) => e.method !== 'GET' && !/\/synchronization(\.json)?$/.test(e.path) && (e.status ?? 500) < 300,
  );
}

const isCreate = (e: { method: string; path: string }) =>
  (e.method === 'POST' && /\/(external_)?sales_invoices(\.json)?$/.test(e.path)) ||
  (e.method === 'PATCH' && /\/duplicate_creditinvoice(\.json)?$/.test(e.path));

/** The order's page as the app shows it (the shop's order, the invoice as Moneybird holds it now). */
async function orderPage(w: SyncWorld, orderNumber: string) {
  const channels = createOrderChannels(w.runtime.store, () => ({
    mijnwebwinkel: w.runtime.mijnwebwinkel,
    moneybird: w.runtime.moneybird,
  }));
  const { order } = await channels['orders.detail']({ orderNumber });
  expect(order, orderNumber).not.toBeNull();
  return order!;
}

/**
 * The month per VAT rate may only say that everything agrees when the app's Moneybird column is what
 * Moneybird holds (euros, incl. VAT, invoices in the books); otherwise it must list an order that
 * explains the difference.
 */
function expectNoFalseAgreement(w: SyncWorld) {
  const period = w.runtime.store.vatFigures.period(...EVERYTHING);
  const appSays = period.sums.filter((s) => s.source === 'booked').reduce((s, r) => s + r.inclTax, 0n);
  const held = invoices(w)
    .filter((i) => i.state !== 'draft' && i.currency === 'EUR')
    .reduce((s, i) => s + parseDecimal(String(i.total_price_incl_tax)), 0n);
  if (appSays !== held) {
    expect(
      period.orders.map((o) => o.orderNumber),
      `the app's Moneybird column says ${appSays / 10_000n} cents, Moneybird holds ${held / 10_000n}; ` +
        'the month lists no order to explain it',
    ).not.toEqual([]);
  }
}

/** A reason the owner can act on: it names `order`, no request's URL, and a choice the app offers. */
function expectClearReason(
  reason: { code: string; message: { nl: string; en: string } } | null | undefined,
  order: string,
) {
  expect(reason, 'a reason').toBeTruthy();
  // A bare "Moneybird refused" (moneybird_not-found, moneybird_validation) says nothing of the cause.
  expect(reason!.code).not.toMatch(/^moneybird_/);
  for (const language of ['nl', 'en'] as const) {
    const text = reason!.message[language];
    expect(text, language).toContain(order);
    expect(text, language).not.toMatch(/https?:\/\//);
  }
  expect(reason!.message.nl).toMatch(/Overslaan|Opnieuw proberen/);
  expect(reason!.message.en).toMatch(/Skip|Retry/);
}

describe('1. an invoice the owner deleted in Moneybird, and the shop then credits the order', () => {
  it.each(['sales', 'external'] as const)(
    '%s: no credit note against the missing invoice; the credit parks with a reason naming the original',
    async (style) => {
      const world = await worlds.startKnown({ style });
      const order = sale(940_001, 'deleted@example.nl');
      const booked = await bookSale(world, order);
      world.moneybird.owner.deleteInvoice(booked.moneybird.invoiceId!);
      expect(invoices(world)).toEqual([]);

      // Later the customer returns everything: the shop makes a credit order and refunds it.
      shopCredits(world, creditOf(order, 940_002, ['mok', 'thee']));
      const from = world.moneybird.server.log.entries.length;
      const report = await world.runtime.engine.run('scheduled');
      expect(report.outcome).toBe('completed');
      expect(report.orders.find((o) => o.orderNumber === '940002')?.outcome).toBe('parked');
      const credit = world.runtime.store.journal.get('940002')!;
      expect(credit.state).toBe('parked');
      // Nothing in Moneybird: no credit note, no refund of a sale that is not in the books.
      expect(invoices(world)).toEqual([]);
      expect(world.moneybird.books.payments()).toEqual([]);
      expect(acceptedWrites(world, from)).toEqual([]);
      expectClearReason(credit.reason, '940001');
      expectNoFalseAgreement(world);

      // A retry (the owner did not restore the invoice) changes nothing.
      world.runtime.engine.retry('940002');
      await world.runtime.engine.run('manual');
      expect(world.runtime.store.journal.get('940002')!.state).toBe('parked');
      expect(invoices(world)).toEqual([]);
    },
  );

  it.each(['sales', 'external'] as const)(
    "%s: the original's page says the invoice is gone, and offers what its advice names",
    async (style) => {
      const world = await worlds.startKnown({ style });
      const booked = await bookSale(world, sale(940_101, 'gone@example.nl'));
      world.moneybird.owner.deleteInvoice(booked.moneybird.invoiceId!);

      const page = await orderPage(world, '940101');
      expect(page.journalState).toBe('done');
      expect(page.moneybird).toMatchObject({ ok: false });
      const problem = (page.moneybird as { ok: false; problem: { nl: string; en: string } }).problem;
      // The card points up to the page's deleted-invoice box, which says what happened and what to do.
      expect(problem.nl).toMatch(/verwijderd, zie hierboven/);
      expect(page.summary.state).toBe('deleted_in_moneybird');
      // "Kies Opnieuw proberen" is advice the owner can only follow when the page offers the button
      // (and the app then books the order again).
      if (/Opnieuw proberen/.test(problem.nl)) expect(page.canRetry).toBe(true);
      if (/\bRetry\b/.test(problem.en)) expect(page.canRetry).toBe(true);
    },
  );
});

describe('2. an invoice line the owner changed in Moneybird after booking', () => {
  /** Books 2 × Mok and Thee (29.65); the owner then lowers Mok to 7.10 a piece: 19.65 in Moneybird. */
  async function bookedThenLowered(style: 'sales' | 'external', number: number) {
    const world = await worlds.startKnown({ style });
    const order = sale(number, `edited-${number}@example.nl`);
    const booked = await bookSale(world, order);
    const invoiceId = booked.moneybird.invoiceId!;
    const invoice = () => invoices(world).find((i) => i.id === invoiceId);
    const mok = invoice().details.findIndex((d: { description: string }) => d.description === 'Mok');
    expect(mok).toBeGreaterThanOrEqual(0);
    world.moneybird.owner.editInvoiceLine(invoiceId, mok, { price: '7.10' });
    expect(invoice().total_price_incl_tax).toMatch(/^19\.65/);
    return { world, order, invoiceId, invoice };
  }

  it.each(['sales', 'external'] as const)(
    "%s: the order's page shows Moneybird's changed invoice beside the shop's order; no run writes to it",
    async (style) => {
      const { world, invoiceId, invoice } = await bookedThenLowered(style, 941_001);
      const from = world.moneybird.server.log.entries.length;
      await world.runtime.engine.run('manual');
      expect(acceptedWrites(world, from)).toEqual([]);
      expect(invoice().total_price_incl_tax).toMatch(/^19\.65/);

      const page = await orderPage(world, '941001');
      expect(page.summary.total).toBe('29.65');
      expect(page.shop).toMatchObject({ ok: true, value: { total: '29.65' } });
      expect(page.moneybird).toMatchObject({ ok: true, value: { totalInclVat: '19.65' } });
      expect(world.runtime.store.journal.get('941001')!.moneybird.invoiceId).toBe(invoiceId);
    },
  );

  it.each(['sales', 'external'] as const)(
    '%s: a later credit of the whole order never credits more than the invoice holds, nor hides it',
    async (style) => {
      const { world, order, invoiceId, invoice } = await bookedThenLowered(style, 941_101);
      shopCredits(world, creditOf(order, 941_102, ['mok', 'thee']));
      await world.runtime.engine.run('scheduled');

      // What is credited of the original in Moneybird: every other invoice in the books is a credit
      // of it (a linked credit note, or a negative external invoice naming it).
      const credited = invoices(world)
        .filter((i) => i.id !== invoiceId && i.state !== 'draft')
        .reduce((s, i) => s - parseDecimal(String(i.total_price_incl_tax)), 0n);
      const held = parseDecimal(String(invoice().total_price_incl_tax));
      expect(
        credited,
        `credit notes of ${credited / 10_000n} cents against an invoice of ${held / 10_000n} cents`,
      ).toBeLessThanOrEqual(held);
      const credit = world.runtime.store.journal.get('941102')!;
      expect(credit.state).toBe('parked');
      expectClearReason(credit.reason, '941101');
      expectNoFalseAgreement(world);
    },
  );
});

describe('3. an order parked, then booked by hand in Moneybird, then the rate mapped and retried', () => {
  /** Mok (21 %) and stamps (0 %): 34.20; parked while 0 % has no Moneybird rate. */
  async function parkedForItsZeroRate(style: 'sales' | 'external') {
    const world = await worlds.startKnown({ style, omit: ['taxRates.domestic.0'] });
    const order = sale(942_001, 'by-hand@example.nl', ['mok', 'zegels']);
    const parked = await shopCompletes(world, order);
    expect(parked).toMatchObject({ outcome: 'parked', reasonCode: 'unmapped_tax_rate' });
    expect(invoices(world)).toEqual([]);
    return { world, order };
  }

  /** The owner maps 0 % (to Moneybird's plain 0 % rate) and retries the order. */
  async function mapAndRetry(w: SyncWorld) {
    const mapping = structuredClone(w.runtime.store.settings.get(bookkeepingMappingSetting)) as {
      rounding: { taxRateId: string };
      taxRates: Record<string, Record<string, string>>;
    };
    mapping.taxRates.domestic = { ...mapping.taxRates.domestic, '0': mapping.rounding.taxRateId };
    w.runtime.store.settings.set(bookkeepingMappingSetting, mapping);
    w.runtime.engine.retry('942001');
    const from = w.moneybird.server.log.entries.length;
    const report = await w.runtime.engine.run('manual');
    return { report, requests: moneybirdRequestsSince(w, from) };
  }

  const BY_HAND = [
    ['sales', 'paid'],
    ['sales', 'open'],
    ['sales', 'draft'],
    ['external', 'paid'],
    ['external', 'open'],
  ] as const;

  it.each(BY_HAND)(
    '%s, booked by hand %s: adopted and carried on to paid; nothing booked twice',
    async (style, state) => {
      const { world } = await parkedForItsZeroRate(style);
      // Meanwhile the owner books it by hand, under the order's reference, on the customer's contact.
      const contact = world.moneybird.owner.addContact({
        firstname: 'Anh',
        lastname: 'Nguyen',
        send_invoices_to_email: 'by-hand@example.nl',
      });
      const hand = world.moneybird.owner.addInvoice({
        kind: style,
        contactId: contact.id,
        reference: 'MWW-942001',
        date: tomorrow(),
        state,
        lines: [
          { description: 'Mok', price: '12.10', amount: '2', taxRate: '21% btw' },
          { description: 'Postzegels', price: '10.00', taxRate: '0% btw' },
        ],
      });
      const paymentsBefore = hand.payments?.length ?? 0;

      const { report, requests } = await mapAndRetry(world);
      expect(report.orders.find((o) => o.orderNumber === '942001')).toMatchObject({
        outcome: 'booked',
        adopted: true,
      });
      const entry = world.runtime.store.journal.get('942001')!;
      expect(entry).toMatchObject({ state: 'done', adoption: 'adopted' });
      expect(entry.moneybird.invoiceId).toBe(hand.id);
      // Nothing created: the one invoice is the owner's, paid once.
      expect(requests.filter(isCreate)).toEqual([]);
      const held = invoices(world);
      expect(held).toHaveLength(1);
      expect(held[0].id).toBe(hand.id);
      expect(held[0].state).toBe('paid');
      expect(held[0].payments).toHaveLength(state === 'paid' ? paymentsBefore : 1);
      // The month per VAT rate: the shop's 21 % and 0 % are what is booked.
      const period = world.runtime.store.vatFigures.period(...EVERYTHING);
      const side = (source: 'shop' | 'booked') =>
        period.sums
          .filter((s) => s.source === source)
          .map((s) => [s.rate, s.inclTax, s.vat])
          .sort();
      expect(side('booked')).toEqual(side('shop'));
      expect(period.orders).toEqual([]);
    },
  );

  it('sales, booked by hand for another amount: parked as not the order’s, and not booked beside it', async () => {
    const { world } = await parkedForItsZeroRate('sales');
    const contact = world.moneybird.owner.addContact({
      firstname: 'Anh',
      lastname: 'Nguyen',
      send_invoices_to_email: 'by-hand@example.nl',
    });
    // The owner forgot the stamps.
    const hand = world.moneybird.owner.addInvoice({
      kind: 'sales',
      contactId: contact.id,
      reference: 'MWW-942001',
      date: tomorrow(),
      lines: [{ description: 'Mok', price: '12.10', amount: '2', taxRate: '21% btw' }],
    });
    const { report, requests } = await mapAndRetry(world);
    expect(report.orders.find((o) => o.orderNumber === '942001')).toMatchObject({
      outcome: 'parked',
      reasonCode: 'booking_not_ours',
    });
    expect(acceptedWrites(world, 0).filter(isCreate)).toEqual([]);
    expect(requests.filter((e) => e.method !== 'GET' && !/synchronization/.test(e.path))).toEqual([]);
    expect(invoices(world).map((i) => i.id)).toEqual([hand.id]);
    const reason = world.runtime.store.journal.get('942001')!.reason!;
    expect(reason.message.nl).toContain('MWW-942001');
    expect(reason.message.nl).toContain('€\u00a024,20');
    expect(reason.message.nl).toContain('€\u00a034,20');
  });
});

describe('4. the shop cancels an order after it was booked', () => {
  it.each(['sales', 'external'] as const)(
    '%s: with a credit order, the whole invoice is credited through the credit-note path, once',
    async (style) => {
      const world = await worlds.startKnown({ style });
      const order = sale(943_001, 'cancelled@example.nl');
      const booked = await bookSale(world, order);
      // The shop cancels the order (Geannuleerd) and credits it in full; the refund is on its payment.
      world.mww.shop.setStatus(943_001, 7);
      shopCredits(world, creditOf(order, 943_002, ['mok', 'thee']));
      const report = await world.runtime.engine.run('scheduled');
      expect(report.orders.find((o) => o.orderNumber === '943002')?.outcome).toBe('booked');
      expect(report.orders.find((o) => o.orderNumber === '943001')).toBeUndefined();

      const credit = world.runtime.store.journal.get('943002')!;
      expect(credit.state).toBe('done');
      const note = invoices(world).find((i) => i.id === credit.moneybird.invoiceId)!;
      expect(note.total_price_incl_tax).toMatch(/^-29\.65/);
      expect(note.state).toBe('paid');
      expect(note.payments).toHaveLength(1);
      expect(note.payments[0].price).toMatch(/^-29\.65/);
      if (style === 'sales') expect(note.original_sales_invoice_id).toBe(booked.moneybird.invoiceId);
      else expect(note.details[0].description).toContain(booked.reference!);
      // The original stays as booked, paid; the two together are nil.
      const original = invoices(world).find((i) => i.id === booked.moneybird.invoiceId)!;
      expect(original.state).toBe('paid');
      expect(invoices(world)).toHaveLength(2);
      const period = world.runtime.store.vatFigures.period(...EVERYTHING);
      for (const sum of period.sums) expect(sum.inclTax, `${sum.source} ${sum.rate}%`).toBe(0n);
      expect(period.orders).toEqual([]);
      expectNoFalseAgreement(world);

      // Later runs leave it be.
      const from = world.moneybird.server.log.entries.length;
      world.clock.now = Date.now() + 2 * 60 * 60 * 1000;
      await world.runtime.engine.run('scheduled');
      expect(acceptedWrites(world, from)).toEqual([]);
    },
  );

  it('sales: a cancellation by status alone (no credit order) writes nothing to Moneybird', async () => {
    const world = await worlds.startKnown({ style: 'sales' });
    const booked = await bookSale(world, sale(943_101, 'status-only@example.nl'));
    world.mww.shop.updateOrder(943_101, { payment_status: 'refunded' });
    world.mww.shop.setStatus(943_101, 7);
    const from = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('scheduled');
    // No credit note is invented without the shop's credit order.
    expect(acceptedWrites(world, from)).toEqual([]);
    expect(invoices(world)).toHaveLength(1);
    expect(world.runtime.store.journal.get('943101')!.moneybird.invoiceId).toBe(booked.moneybird.invoiceId);
  });
});
