// Orders the shop calls off after Winkelbrug met them, as the owner and their accountant go round
// them. The situations (none of them in cancelled-in-shop.test.ts):
//  1. an external invoice called off, then credited in full by a negative external invoice;
//  2. a credit note sent but awaiting its refund covers the called-off order (the revenue is out);
//  3. two credit orders after the cancellation, in two runs: the first leaves the mark (telling how
//     much is credited, without a second notice), the second takes it off;
//  4. settled by the owner, then the shop makes the credit order anyway: asked first, then one
//     credit note;
//  5. called off while its booking was half-way (the invoice create's answer lost): the draft that
//     create left is found and recorded, never sent, and the owner is told to delete it;
//  6. called off while its invoice create waited for a retry (Moneybird refused it, nothing landed):
//     set aside, nothing created;
//  7. the shop credits and calls off together, and the credit note waits for a retry: the owner is
//     not told to make a credit order that exists;
//  8. a hundred and fifty called off at once: every page read, all marked, one notification;
//  9. the run stopped in the middle of the look: the next run still finds the cancellation;
// 10. called off in a month the accountant locked: the credit dated in it parks, the mark stays, and
//     booked on the first open day it takes the mark off;
// 11. a booking adopted from Moneybird (a new data folder) then called off: brought up, no writes;
// 12. the data folder lost after the cancellation: nothing booked again, still before the owner;
// 13. set aside, then put back in a completed status in the shop: not left out of the books;
// 14. the English texts say as much as the Dutch ones (log, notification, command line);
// 15. parked over a draft (totals differ), then called off: set aside, the draft left unsent for the
//     owner to delete, not a credit order asked for that cannot settle it.
// Six of them found defects in the first version of the look, fixed since.
// Each runs both simulators and the real core end to end.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notificationForRun } from '../../../src/main/core/app-service/run-notification';
import { runCli } from '../../../src/main/core/cli/cli-commands';
import { EnvSecretSource } from '../../../src/main/core/secrets/keychain';
import type { RunReport } from '../../../src/main/core/sync/run-report';
import { CANCELLED_IN_SHOP } from '../../../src/main/core/sync/set-aside-reasons';
import { CANCELLATIONS_CURSOR } from '../../../src/main/core/sync/shop-cancellations';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { CANCELLED, listingsOf, logOf, markOf, settle } from './called-off-orders';
import {
  bookedIn,
  completeInShop,
  entryOf,
  invoiceOf,
  NOVEMBER,
  SINCE,
  saleOn,
  screensOf,
  shopCredits,
  writesIn,
} from './deleted-bookings';
import { creditOf, sale } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const booked = bookedIn(worlds);
const MINUTE = 60 * 1000;

const warningsOf = (w: SyncWorld, orderNumber: number | string) =>
  logOf(w, orderNumber).filter((l) => l.level === 'warn');
/** The notice that a booked order was called off (the only warning of its kind). */
const noticesOf = (w: SyncWorld, orderNumber: number | string) =>
  warningsOf(w, orderNumber).filter((l) => l.nl.includes('Winkelbrug crediteert niet op de gok'));

/** The command line's `status`, in the owner's language. */
const cliStatus = (w: SyncWorld, language: 'nl' | 'en' = 'nl') => {
  const env = { ...w.env, WINKELBRUG_DATA_DIR: w.dataDir, WINKELBRUG_LANG: language };
  return runCli({ name: 'status' }, { env, secrets: new EnvSecretSource(env) });
};
/** The notification the app shows for a finished run (the controller's facts of it). */
const notificationOf = (report: RunReport) =>
  notificationForRun({
    runId: report.runId,
    kind: report.kind,
    parkedOrders: report.orders.filter((o) => o.outcome === 'parked').map((o) => o.orderNumber),
    calledOffOrders: report.calledOff ?? [],
    error: report.error,
    previousErrorCode: null,
    importCompleted: null,
  });
/** Moves the engine's clock on (the shop's status moments follow it where a test says so). */
const later = (w: SyncWorld, ms: number) => {
  w.clock.now = Math.max(w.clock.now, Date.now()) + ms;
};
/** The shop calls the order off at the engine's now. */
const callOff = (w: SyncWorld, orderNumber: number) =>
  w.mww.shop.setStatus(orderNumber, CANCELLED, new Date(Math.max(w.clock.now, Date.now())));
const salesInvoicesOf = (w: SyncWorld, reference: string) =>
  w.moneybird.books.salesInvoices().filter((i) => i.reference === reference);

describe('credits that cover a called-off order', () => {
  it('1. an external invoice called off, then credited in full by a negative external invoice: the mark goes', async () => {
    const order = saleOn(996_001, '2026-11-02');
    const { w, status, screenCounts, detail, view } = await booked([order, saleOn(996_002, '2026-11-03')], {
      style: 'external',
    });
    const invoice = invoiceOf(w, 996_001)!;
    expect(w.moneybird.books.externalSalesInvoices()).toHaveLength(2);
    const before = w.moneybird.server.log.entries.length;

    callOff(w, 996_001);
    const report = await w.runtime.engine.run('scheduled');
    expect(report.calledOff).toEqual(['996001']);
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(status()).toMatchObject({ booked: 2, cancelled: 1 });
    expect(screenCounts()).toMatchObject({ booked: 2, cancelled_in_shop: 1 });
    expect(view(NOVEMBER).counts).toMatchObject({ inBooks: 2, cancelledInShop: 1 });
    const page = await detail(996_001);
    expect(page.summary.state).toBe('cancelled_in_shop');
    expect(page.links.invoice).toContain('/external_sales_invoices/');
    // The notice names the invoice as the owner finds it in Moneybird (its reference), and the amount.
    const [notice] = noticesOf(w, 996_001);
    expect(notice).toBeDefined();
    expect(notice!.nl).toContain(invoice.reference);
    expect(notice!.nl).toMatch(/€\s29,65/);

    shopCredits(w, creditOf(order, 996_003, ['mok', 'thee']));
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_003).state).toBe('done');
    const credit = invoiceOf(w, 996_003)!;
    expect(credit.total_price_incl_tax).toMatch(/^-29\.65/);
    expect(credit.state).toBe('paid');
    expect(markOf(w, 996_001)).toBeUndefined();
    expect(status()).toMatchObject({ booked: 3, cancelled: 0 });
    expect(screenCounts()).toMatchObject({ booked: 3, cancelled_in_shop: 0 });
    expect(view(NOVEMBER).counts.cancelledInShop).toBe(0);
    expect((await detail(996_001)).cancelledInShop).toBeNull();
    expect(logOf(w, 996_001).at(-1)!.nl).toContain('helemaal gecrediteerd');
    // Booked once: the sale's invoice and one credit invoice, nothing else.
    expect(w.moneybird.books.externalSalesInvoices()).toHaveLength(3);
    expect(w.moneybird.books.salesInvoices()).toEqual([]);
  });

  it('2. a credit note sent but awaiting its refund covers the order: the revenue is out of the books, the refund is another matter', async () => {
    const order = saleOn(996_011, '2026-11-02');
    const { w, status, detail, view } = await booked([order]);
    callOff(w, 996_011);
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 996_011)).toBeDefined();

    // The shop makes the credit order; the refund is not recorded yet.
    const credit = creditOf(order, 996_012, ['mok', 'thee']);
    w.mww.shop.addOrder({ ...credit, status: 1, sim_refund_pending: true });
    w.mww.shop.setStatus(996_012, 10, new Date(Math.max(w.clock.now, Date.now())));
    await w.runtime.engine.run('scheduled');
    const waiting = entryOf(w, 996_012);
    expect(waiting).toMatchObject({ state: 'waiting_transient', reason: { code: 'awaiting_refund' } });
    const note = invoiceOf(w, 996_012)!;
    expect(note.original_sales_invoice_id).toBe(invoiceOf(w, 996_011)!.id);
    expect(note.state).toBe('open');

    // The accountant: the credit note is in the books, so the sale is cancelled out; nothing to ask.
    expect(markOf(w, 996_011)).toBeUndefined();
    expect((await detail(996_011)).cancelledInShop).toBeNull();
    expect(status()).toMatchObject({ booked: 1, cancelled: 0, waiting: 1 });
    expect(view(NOVEMBER).counts.cancelledInShop).toBe(0);
    expect(logOf(w, 996_011).at(-1)!.nl).toContain('helemaal gecrediteerd');
    expect(salesInvoicesOf(w, entryOf(w, 996_012).reference!)).toHaveLength(1);
  });

  it('3. two credit orders after the cancellation, two runs apart: the first keeps the mark and says how much, the second takes it off', async () => {
    const order = saleOn(996_021, '2026-11-02');
    const { w, status, screenCounts, detail, view } = await booked([order]);
    callOff(w, 996_021);
    const first = await w.runtime.engine.run('scheduled');
    expect(first.calledOff).toEqual(['996021']);
    expect((await detail(996_021)).cancelledInShop).toMatchObject({ credited: '0' });

    // The tea came back first: part credited, still before the owner, not brought up a second time.
    later(w, 10 * MINUTE);
    shopCredits(w, creditOf(order, 996_022, ['thee']));
    const second = await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_022).state).toBe('done');
    expect(second.calledOff).toEqual([]);
    expect(notificationOf(second)).toBeNull();
    expect(markOf(w, 996_021)).toBeDefined();
    expect((await detail(996_021)).cancelledInShop).toMatchObject({ credited: '5.45' });
    expect(status()).toMatchObject({ booked: 2, cancelled: 1 });
    expect(noticesOf(w, 996_021)).toHaveLength(1);

    // Then the mugs: credited in full, the mark goes.
    later(w, 10 * MINUTE);
    shopCredits(w, creditOf(order, 996_023, ['mok']));
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_023).state).toBe('done');
    expect(markOf(w, 996_021)).toBeUndefined();
    expect(status()).toMatchObject({ booked: 3, cancelled: 0 });
    expect(screenCounts()).toMatchObject({ booked: 3, cancelled_in_shop: 0 });
    expect(view(NOVEMBER).counts.cancelledInShop).toBe(0);
    // Two credit notes, each against the sale's invoice, together exactly the sale.
    const notes = w.moneybird.books
      .salesInvoices()
      .filter((i) => i.original_sales_invoice_id === invoiceOf(w, 996_021)!.id);
    expect(notes).toHaveLength(2);
    const credited = notes.reduce((s, n) => s + Number(n.total_price_incl_tax), 0);
    expect(credited.toFixed(2)).toBe('-29.65');
    expect(noticesOf(w, 996_021)).toHaveLength(1);
  });

  it("4. settled by the owner, then the shop makes the credit order anyway: asked first (Moneybird may hold the owner's own credit), then booked once as a credit note", async () => {
    const order = saleOn(996_031, '2026-11-02');
    const { w, status } = await booked([order]);
    callOff(w, 996_031);
    await w.runtime.engine.run('scheduled');
    expect((await settle(w, 996_031)).accepted).toBe(true);
    expect(status()).toMatchObject({ booked: 1, cancelled: 0 });

    later(w, 10 * MINUTE);
    shopCredits(w, creditOf(order, 996_032, ['mok', 'thee']));
    const before = w.moneybird.server.log.entries.length;
    const report = await w.runtime.engine.run('scheduled');
    // Not booked on its own: the owner may have credited the sale by hand in Moneybird already.
    expect(report.calledOff).toEqual([]);
    expect(entryOf(w, 996_032)).toMatchObject({
      state: 'parked',
      reason: { code: 'credit_after_owner_settled' },
    });
    expect(entryOf(w, 996_032).reason!.message.nl).toContain('zou deze creditorder dubbel crediteren');
    expect(entryOf(w, 996_032).reason!.message.en).toContain('would credit it twice');
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(status()).toMatchObject({ parked: 1 });
    // A later run asks nothing again and books nothing.
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_032).state).toBe('parked');

    // The owner says it belongs: booked once as a credit note, and not asked again.
    w.runtime.engine.retry('996032');
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 996_032).state).toBe('done');
    const notes = w.moneybird.books
      .salesInvoices()
      .filter((i) => i.original_sales_invoice_id === invoiceOf(w, 996_031)!.id);
    expect(notes).toHaveLength(1);
    expect(notes[0].state).toBe('paid');
    expect(notes[0].payments).toHaveLength(1);
    expect(markOf(w, 996_031)).toBeUndefined();
    expect(noticesOf(w, 996_031)).toHaveLength(1);
    expect(status()).toMatchObject({ booked: 2, cancelled: 0, parked: 0 });
  });
});

describe('called off while its booking is on its way', () => {
  it('5. the invoice create landed but its answer was lost: the draft it left is found, never sent, and the owner told to delete it', async () => {
    const w = await worlds.startKnown();
    const { status, screenCounts, detail } = screensOf(w);
    const order = sale(996_041, 'halfweg@example.nl');
    completeInShop(w, order);
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    w.moneybird.server.faults.add({
      method: 'GET',
      path: /find_by_reference/,
      fault: { kind: 'status', status: 404, body: { error: 'record not found' } },
    });
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_041)).toMatchObject({ state: 'waiting_transient', writeIntent: 'invoice' });
    expect(salesInvoicesOf(w, entryOf(w, 996_041).reference!)).toHaveLength(1);

    later(w, 10 * MINUTE);
    callOff(w, 996_041);
    const report = await w.runtime.engine.run('scheduled');

    // Only a draft of it is in Moneybird, no revenue: it is not sent now (a sent and paid invoice
    // would need a credit order and a credit note to undo). The journal records the draft it found,
    // and the owner is told to delete it.
    const invoices = salesInvoicesOf(w, entryOf(w, 996_041).reference!);
    expect(invoices).toHaveLength(1);
    expect(invoices[0].state).toBe('draft');
    expect(invoices[0].payments ?? []).toHaveLength(0);
    const entry = entryOf(w, 996_041);
    expect(entry).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
    expect(entry.moneybird.invoiceId).toBe(invoices[0].id);
    expect(report.calledOff).toEqual([]);
    expect(markOf(w, 996_041)).toBeUndefined();
    expect(status()).toMatchObject({ booked: 0, cancelled: 0 });
    expect(screenCounts()).toMatchObject({ cancelled_in_shop: 0 });
    expect((await detail(996_041)).summary.state).toBe('skipped');
    expect(entry.reason?.message.nl).toContain(`concept van de factuur met referentie ${entry.reference}`);

    // Left so: the next run writes nothing and says nothing again.
    const before = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('scheduled');
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(salesInvoicesOf(w, entry.reference!).map((i) => i.state)).toEqual(['draft']);
  });

  it('6. its invoice create refused by Moneybird and waiting for a retry (nothing landed): set aside, nothing created', async () => {
    const w = await worlds.startKnown();
    const { status } = screensOf(w);
    const order = sale(996_051, 'nooit-geboekt@example.nl');
    completeInShop(w, order);
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'status', status: 503 },
      times: Infinity,
    });
    await w.runtime.engine.run('scheduled');
    const waiting = entryOf(w, 996_051);
    expect(waiting.state).toBe('waiting_transient');
    expect(waiting.moneybird.invoiceId).toBeNull();
    expect(w.moneybird.books.salesInvoices()).toEqual([]);

    w.moneybird.server.faults.clear();
    later(w, 10 * MINUTE);
    callOff(w, 996_051);
    const report = await w.runtime.engine.run('scheduled');

    // An invoice create whose outcome is not known is looked up first; Moneybird holding none, the
    // order is set aside and no invoice is made for an order the shop called off.
    expect(w.moneybird.books.salesInvoices()).toEqual([]);
    expect(entryOf(w, 996_051)).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
    expect(report.calledOff).toEqual([]);
    expect(markOf(w, 996_051)).toBeUndefined();
    expect(noticesOf(w, 996_051)).toEqual([]);
    expect(status()).toMatchObject({ booked: 0, cancelled: 0, waiting: 0 });
  });

  it('7. the shop credits and calls off together, and the credit note waits for a retry: the owner is not told to make a credit order that exists', async () => {
    const order = saleOn(996_061, '2026-11-02');
    const { w, status } = await booked([order]);
    w.moneybird.server.faults.add({
      method: 'PATCH',
      path: /duplicate_creditinvoice/,
      fault: { kind: 'status', status: 503 },
      times: Infinity,
    });
    shopCredits(w, creditOf(order, 996_062, ['mok', 'thee']));
    callOff(w, 996_061);
    const report = await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_062).state).toBe('waiting_transient');

    // A credit order on its way covers it for now: the owner is told only if its credit note does
    // not land (parked or skipped), never asked for a credit order that exists.
    expect(report.calledOff).toEqual([]);
    expect(notificationOf(report)).toBeNull();
    expect(noticesOf(w, 996_061)).toEqual([]);

    w.moneybird.server.faults.clear();
    later(w, 10 * MINUTE);
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_062).state).toBe('done');
    expect(markOf(w, 996_061)).toBeUndefined();
    expect(status()).toMatchObject({ booked: 2, cancelled: 0 });
    expect(
      w.moneybird.books
        .salesInvoices()
        .filter((i) => i.original_sales_invoice_id === invoiceOf(w, 996_061)!.id),
    ).toHaveLength(1);
  });
  it('15. parked over a draft whose totals differ, then called off: set aside, the draft left unsent for the owner to delete, no credit order asked for', async () => {
    const order = saleOn(996_121, '2026-11-02');
    const w = await worlds.start({ orders: [order], distortTotals: { by: 'cent' } });
    await w.runtime.engine.run('import', { importSince: SINCE });
    expect(entryOf(w, 996_121)).toMatchObject({ state: 'parked', reason: { code: 'totals_differ' } });
    const [draft] = w.moneybird.books.salesInvoices();
    expect(draft.state).toBe('draft');
    const { status } = screensOf(w);
    const before = w.moneybird.server.log.entries.length;

    callOff(w, 996_121);
    const report = await w.runtime.engine.run('scheduled');
    // A draft is no revenue: nothing is sent or written, and the order leaves what needs the owner
    // but for the draft to delete, which its reason and the log say.
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);
    expect(w.moneybird.books.salesInvoices()[0].state).toBe('draft');
    expect(entryOf(w, 996_121)).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });
    expect(status()).toMatchObject({ parked: 0, booked: 0, cancelled: 0 });
    expect(markOf(w, 996_121)).toBeUndefined();
    expect(report.calledOff).toEqual([]);
    expect(notificationOf(report)).toBeNull();
    const notices = warningsOf(w, 996_121).filter((l) => l.nl.includes('Geannuleerd'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.nl).not.toContain('creditorder');
    expect(notices[0]!.nl).toContain(
      `concept van de factuur met referentie ${entryOf(w, 996_121).reference}`,
    );
    expect(notices[0]!.en).toContain('Delete that draft in Moneybird');

    // A later run does not send the draft either.
    later(w, 10 * MINUTE);
    await w.runtime.engine.run('scheduled');
    expect(w.moneybird.books.salesInvoices()[0].state).toBe('draft');
  });
});

describe('many at once, and a look cut short', () => {
  it('8. a hundred and fifty booked orders called off at once: every page read, all before the owner, one notification naming the count', async () => {
    const numbers = Array.from({ length: 150 }, (_, i) => 996_200 + i);
    // Moneybird's request budget compressed to a second, so booking them first takes seconds.
    const w = await worlds.start({
      orders: numbers.map((n, i) => saleOn(n, `2026-11-${String(2 + (i % 20)).padStart(2, '0')}`)),
      rateWindowSeconds: 1,
    });
    await w.runtime.engine.run('import', { importSince: SINCE });
    await w.runtime.engine.run('manual');
    expect(w.runtime.store.journal.counts().done).toBe(150);
    const { status, screenCounts, view } = screensOf(w);
    const listings = listingsOf(w, CANCELLED).length;
    const before = w.moneybird.server.log.entries.length;
    for (const n of numbers) callOff(w, n);

    const report = await w.runtime.engine.run('scheduled');
    expect(report.outcome).toBe('completed');
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect([...(report.calledOff ?? [])].sort()).toEqual(numbers.map(String));
    // More than a page of the shop's (100): the look read on to the end.
    expect(listingsOf(w, CANCELLED).length - listings).toBeGreaterThanOrEqual(2);
    expect(w.runtime.store.cancelledInShop.marked()).toHaveLength(150);
    expect(status()).toMatchObject({ booked: 150, cancelled: 150 });
    expect(screenCounts()).toMatchObject({ booked: 150, cancelled_in_shop: 150 });
    expect(view(NOVEMBER).counts).toMatchObject({ inBooks: 150, cancelledInShop: 150 });
    const notification = notificationOf(report)!;
    expect(notification.kind).toBe('orders-cancelled-in-shop');
    expect(notification.title.nl).toBe('150 bestellingen geannuleerd in je winkel');
    expect(notification.title.en).toBe('150 orders cancelled in your shop');
    const cli = await cliStatus(w);
    expect((cli.json as { cancelledInShop: number }).cancelledInShop).toBe(150);
    expect(cli.lines.join('\n')).toContain('150 geboekte bestelling(en)');

    // The next run's overlapping window brings none of them up again.
    const again = await w.runtime.engine.run('scheduled');
    expect(again.calledOff).toEqual([]);
    expect(notificationOf(again)).toBeNull();
    expect(noticesOf(w, 996_349)).toHaveLength(1);
  });

  it('9. the run stopped in the middle of the look: nothing is lost, the next run finds the cancellation once', async () => {
    const order = saleOn(999_001, '2026-11-02');
    const { w, status } = await booked([order]);
    // Two hundred and fifty orders the shop called off that Winkelbrug never booked: three pages,
    // the booked one on the last.
    for (let n = 997_000; n < 997_250; n++) {
      w.mww.shop.addOrder({ ...saleOn(n, '2026-11-05'), status: 1 });
      callOff(w, n);
    }
    callOff(w, 999_001);
    const cursor = w.runtime.store.cursors.get(CANCELLATIONS_CURSOR);
    // The owner pauses while the look reads its second page.
    w.mww.shop.changeWhilePaging(() => w.runtime.engine.cancel(), { statusId: CANCELLED });
    const stopped = await w.runtime.engine.run('scheduled');
    expect(stopped.calledOff).toEqual([]);
    expect(markOf(w, 999_001)).toBeUndefined();
    // The look did not finish: its cursor stays where the last finished look began.
    expect(w.runtime.store.cursors.get(CANCELLATIONS_CURSOR)).toBe(cursor);

    later(w, 10 * MINUTE);
    const next = await w.runtime.engine.run('scheduled');
    expect(next.calledOff).toEqual(['999001']);
    expect(markOf(w, 999_001)).toBeDefined();
    expect(status()).toMatchObject({ booked: 1, cancelled: 1 });
    // The orders never booked are none of Winkelbrug's business: not in the journal, nothing skipped.
    expect(w.runtime.store.journal.get('997000')).toBeUndefined();
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);
    await w.runtime.engine.run('scheduled');
    expect(noticesOf(w, 999_001)).toHaveLength(1);
  });
});

describe('the accountant’s locked months and bookings from before', () => {
  it('10. called off in a locked month: the credit dated in it parks and leaves the mark; booked on the first open day it takes the mark off', async () => {
    const order = saleOn(996_071, '2026-11-02');
    const { w, status, detail, view, bookInOpenPeriod, retried } = await booked([order]);
    w.moneybird.owner.lockPeriodUntil('2026-11-15');
    const before = w.moneybird.server.log.entries.length;
    callOff(w, 996_071);
    await w.runtime.engine.run('scheduled');
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(markOf(w, 996_071)).toBeDefined();
    expect(noticesOf(w, 996_071)).toHaveLength(1);

    // The shop's credit order carries the sale's date, in the locked month: it parks as locked.
    later(w, 10 * MINUTE);
    shopCredits(w, creditOf(order, 996_072, ['mok', 'thee']));
    await w.runtime.engine.run('scheduled');
    const parked = entryOf(w, 996_072);
    expect(parked.state).toBe('parked');
    expect(parked.reason!.code).toMatch(/lock/);
    expect(markOf(w, 996_071)).toBeDefined();
    expect((await detail(996_071)).cancelledInShop).toMatchObject({ credited: '0' });
    expect(status()).toMatchObject({ parked: 1, cancelled: 1, booked: 1 });

    // The owner books it on the first open day: a credit note against the November invoice, the
    // locked month untouched, the mark gone.
    expect((await bookInOpenPeriod(996_072)).accepted).toBe(true);
    expect(retried).toContain('996072');
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 996_072).state).toBe('done');
    const note = invoiceOf(w, 996_072)!;
    expect(note.original_sales_invoice_id).toBe(invoiceOf(w, 996_071)!.id);
    expect(note.invoice_date).toBe('2026-11-16');
    expect(markOf(w, 996_071)).toBeUndefined();
    expect(status()).toMatchObject({ parked: 0, cancelled: 0, booked: 2 });
    expect(view(NOVEMBER).counts.cancelledInShop).toBe(0);
    expect(logOf(w, 996_071).at(-1)!.nl).toContain('helemaal gecrediteerd');
  });

  it('11. a booking adopted from Moneybird (a new data folder) then called off: brought up with its invoice, nothing written', async () => {
    const order = saleOn(996_081, '2026-11-02');
    const { w } = await booked([order]);
    const invoice = invoiceOf(w, 996_081)!;
    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    await w.runtime.engine.run('import', { importSince: SINCE });
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 996_081)).toMatchObject({ state: 'done', adoption: 'adopted' });
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);

    const { status, screenCounts, detail } = screensOf(w);
    const before = w.moneybird.server.log.entries.length;
    later(w, 10 * MINUTE);
    callOff(w, 996_081);
    const report = await w.runtime.engine.run('scheduled');
    expect(report.calledOff).toEqual(['996081']);
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(status()).toMatchObject({ booked: 1, cancelled: 1 });
    expect(screenCounts()).toMatchObject({ cancelled_in_shop: 1 });
    expect((await detail(996_081)).cancelledInShop).toMatchObject({ status: 'Geannuleerd', credited: '0' });
    const notices = noticesOf(w, 996_081);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.nl).toContain(`factuur ${invoice.invoice_id}`);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);
  });

  it('12. the data folder lost after the shop called a booked order off: nothing is booked again, and it is still before the owner', async () => {
    const order = saleOn(996_091, '2026-11-02');
    const { w } = await booked([order, saleOn(996_092, '2026-11-03')]);
    callOff(w, 996_091);
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 996_091)).toBeDefined();

    await w.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
    const before = w.moneybird.server.log.entries.length;
    await w.runtime.engine.run('import', { importSince: SINCE });
    await w.runtime.engine.run('manual');
    later(w, 10 * MINUTE);
    await w.runtime.engine.run('scheduled');
    // Nothing booked twice, nothing written for the called-off order.
    expect(writesIn(moneybirdRequestsSince(w, before))).toEqual([]);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(2);
    expect(entryOf(w, 996_092)).toMatchObject({ state: 'done', adoption: 'adopted' });

    // The look also looks up, in Moneybird, the called-off orders a journal that cannot vouch for
    // them does not know: one booked there is taken into the journal, taken over and brought up.
    const { status } = screensOf(w);
    expect(status()).toMatchObject({ cancelled: 1 });
    expect(markOf(w, 996_091)).toBeDefined();
    expect(((await cliStatus(w)).json as { cancelledInShop: number }).cancelledInShop).toBe(1);
  });
});

describe('set aside, and the shop changes its mind', () => {
  it('13. set aside before it was paid, then paid and completed in the shop after all: it is not left out of the books', async () => {
    const order: MwwOrder = { ...saleOn(996_101, '2026-11-02'), payment_status: 'pending' };
    const w = await worlds.start({ orders: [order] });
    await w.runtime.engine.run('import', { importSince: SINCE });
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_101).state).toBe('discovered');
    callOff(w, 996_101);
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_101)).toMatchObject({ state: 'skipped', reason: { code: CANCELLED_IN_SHOP } });

    // The customer pays after all and the shop puts the order on "Betaald".
    later(w, 10 * MINUTE);
    w.mww.shop.updateOrder(996_101, { payment_status: 'captured' });
    w.mww.shop.setStatus(996_101, 3, new Date(w.clock.now));
    await w.runtime.engine.run('scheduled');
    await w.runtime.engine.run('scheduled');

    // Its reason gone, the set-aside is undone by itself: booked once, and the log says why.
    const { status } = screensOf(w);
    expect(entryOf(w, 996_101).state).toBe('done');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);
    expect(status()).toMatchObject({ booked: 1 });
    expect(logOf(w, 996_101).some((l) => l.nl.includes('staat nu weer op een afgeronde status'))).toBe(true);
  });
});

describe('in English', () => {
  it('14. every text the owner meets says in English what the Dutch says: what happened, which invoice, how much, what to do', async () => {
    const order = saleOn(996_111, '2026-11-02');
    const { w, detail } = await booked([order, saleOn(996_112, '2026-11-03')]);
    const invoice = invoiceOf(w, 996_111)!;
    shopCredits(w, creditOf(order, 996_113, ['thee']));
    await w.runtime.engine.run('scheduled');
    callOff(w, 996_111);
    callOff(w, 996_112);
    const report = await w.runtime.engine.run('scheduled');

    const [notice] = noticesOf(w, 996_111);
    expect(notice!.en).toBe(
      `Order 996111 was set to "Geannuleerd" in your shop, but is still booked in Moneybird: invoice ${invoice.invoice_id}, €29.65. €5.45 of it is credited already. Winkelbrug does not credit on a guess. Make a credit order for this order in your shop; Winkelbrug books it as a credit note against this invoice. If you settled it in Moneybird yourself, choose "Settled myself" on the order.`,
    );
    for (const dutch of ['factuur', 'creditorder', 'Zelf geregeld', 'Bestelling', 'gecrediteerd'])
      expect(notice!.en).not.toContain(dutch);
    expect((await detail(996_111)).cancelledInShop).toMatchObject({ credited: '5.45' });

    const notification = notificationOf(report)!;
    expect(notification.title.en).toBe('2 orders cancelled in your shop');
    expect(notification.body.en).toBe(
      'Moneybird still holds them as revenue. Open Winkelbrug to see what you can do.',
    );
    const cli = await cliStatus(w, 'en');
    expect(cli.lines.join('\n')).toContain(
      '2 booked order(s) were cancelled in your shop afterwards, without a credit order: Moneybird still holds them as revenue.',
    );
    expect(cli.lines.join('\n')).not.toMatch(/geannuleerd|creditorder/);

    // Each way the mark goes says so in English too.
    await settle(w, 996_111);
    expect(logOf(w, 996_111).at(-1)!.en).toBe(
      'You said you settled the cancellation of order 996111 in Moneybird yourself.',
    );
    later(w, 10 * MINUTE);
    w.mww.shop.setStatus(996_112, 3, new Date(w.clock.now));
    await w.runtime.engine.run('scheduled');
    expect(logOf(w, 996_112).at(-1)!.en).toBe(
      'Order 996112 is back in a completed status in your shop; the notice that it was cancelled is gone.',
    );
    // And the one set aside before it was booked.
    const unpaid: MwwOrder = { ...saleOn(996_114, '2026-11-04'), payment_status: 'pending' };
    w.mww.shop.addOrder({ ...unpaid, status: 1 });
    w.mww.shop.setStatus(996_114, 3, new Date(w.clock.now));
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_114).state).toBe('discovered');
    later(w, 10 * MINUTE);
    callOff(w, 996_114);
    await w.runtime.engine.run('scheduled');
    expect(entryOf(w, 996_114).reason!.message.en).toBe(
      'Order 996114 was set to "Geannuleerd" in your shop before it was booked. Nothing of it is in Moneybird and nothing needs to be booked. If you set it to a completed status in your shop again, Winkelbrug books it after all once it is paid.',
    );
  });
});
