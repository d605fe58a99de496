// Orders seen unpaid are read again from the shop, since a payment can come in without a status
// change, but gently: at every run while the order is at most two days old, then every six hours
// until it is two weeks old, then once a day. A status change brings it to the next run whatever
// its age (the status window), and so does the owner opening its page; an old order's payment is
// booked when its turn comes.
import { describe, expect, it } from 'vitest';
import { createOrderChannels } from '../../../src/main/core/app-service/order-channels';
import { monthPerVatRate } from '../../../src/main/core/reconciliation/month-per-vat-rate';
import { type Period, periodRange } from '../../../src/main/core/reconciliation/period';
import { startDateSetting } from '../../../src/main/core/sync/sync-settings';
import { shopLocalTime } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { creditOf } from './shop-sales';
import { isPlainDomesticSale, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

/**
 * A year still to come. The engine's clock in these worlds never runs behind the real one (it is the
 * later of the two: support.ts), so the moments these tests set must be ahead of today, every day.
 */
const YEAR = new Date().getUTCFullYear() + 1;

/** 1 February, 10:00 in Amsterdam: the owner starts using Winkelbrug. */
const START = utc(YEAR, 2, 1, 9, 0);

/** A plain domestic sale, completed in the shop when it was placed (`placed`), not paid yet. */
function unpaidOrder(number: number, placed: number): MwwOrder {
  const model = generateOrders({ seed: 61, count: 60 }).find((o) => isPlainDomesticSale(o, '2024-01-01'));
  expect(model).toBeDefined();
  const text = shopLocalTime(placed);
  const [date, time] = [text.slice(0, 10), text.slice(11)];
  return {
    ...model!,
    number,
    uuid: `${model!.uuid.slice(0, 24)}${String(number).padStart(12, '0')}`,
    date,
    time,
    status: 3,
    status_changed_date: date,
    status_changed_time: time,
    payment_status: 'pending',
    credit_order_numbers: [],
  };
}

/** A world with these orders journalled unpaid, as after the owner's import of January. */
async function watchedUnpaid(orders: MwwOrder[]): Promise<SyncWorld> {
  const w = await worlds.start({ orders });
  w.clock.now = START;
  await w.runtime.engine.run('manual'); // the start date: today
  w.clock.now = START + 5 * MINUTE;
  const imported = await w.runtime.engine.run('import', { importSince: `${YEAR}-01-01` });
  expect(imported.counts.booked).toBe(0);
  for (const order of orders)
    expect(w.runtime.store.journal.get(String(order.number))?.state).toBe('discovered');
  return w;
}

/** A regular run at `at`; how often it read each order alone from the shop (`GET /v1/orders/{n}`). */
async function runAt(w: SyncWorld, at: number): Promise<Map<string, number>> {
  w.clock.now = at;
  const from = w.mww.server.log.entries.length;
  const run = await w.runtime.engine.run('manual');
  expect(run.outcome).toBe('completed');
  const reads = new Map<string, number>();
  for (const entry of w.mww.server.log.entries.slice(from)) {
    const number = /^\/v1\/orders\/(\d+)$/.exec(entry.path)?.[1];
    if (number) reads.set(number, (reads.get(number) ?? 0) + 1);
  }
  return reads;
}

describe('orders seen unpaid are read again gently as they age', () => {
  it("reads a young one at every run and an old one once a day, and books the old one's payment at its turn", async () => {
    // Placed four weeks ago, and yesterday.
    const old = unpaidOrder(51_001, utc(YEAR, 1, 4, 11, 0));
    const young = unpaidOrder(51_002, utc(YEAR, 1, 31, 11, 0));
    const w = await watchedUnpaid([old, young]);
    const journal = w.runtime.store.journal;

    // The import read both just now (in its listing): the next runs read the young one only.
    for (const at of [START + 20 * MINUTE, START + 35 * MINUTE, START + 50 * MINUTE]) {
      const reads = await runAt(w, at);
      expect(reads.get('51002')).toBe(1);
      expect(reads.get('51001')).toBeUndefined();
    }

    // The old one is paid by bank transfer; the shop records it without changing the status.
    w.mww.shop.updateOrder(old.number, { payment_status: 'captured' });
    const sixHoursOn = await runAt(w, START + 6 * HOUR);
    expect(sixHoursOn.get('51001')).toBeUndefined();
    expect(journal.get('51001')?.state).toBe('discovered');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(0);

    // A day after the import read it, its turn comes: read once, and booked.
    const dayOn = await runAt(w, START + 5 * MINUTE + DAY + MINUTE);
    expect(dayOn.get('51001')).toBe(1);
    expect(dayOn.get('51002')).toBe(1);
    const booked = journal.get('51001');
    expect(booked?.state).toBe('done');
    expect(w.moneybird.books.salesInvoices().map((i) => i.reference)).toEqual([booked!.reference]);

    // Booked, it is not read again; the young one (two days old now) still is, at every run.
    const after = await runAt(w, START + 5 * MINUTE + DAY + 16 * MINUTE);
    expect(after.get('51001')).toBeUndefined();
    expect(after.get('51002')).toBe(1);
  });

  it('reads an order between three days and two weeks old every six hours', async () => {
    const recent = unpaidOrder(52_001, utc(YEAR, 1, 25, 11, 0)); // a week old
    const w = await watchedUnpaid([recent]);
    const readAt = async (at: number) => (await runAt(w, at)).get('52001') ?? 0;
    expect(await readAt(START + 20 * MINUTE)).toBe(0);
    expect(await readAt(START + 5 * HOUR)).toBe(0);
    // Six hours after the import's look: due.
    expect(await readAt(START + 5 * MINUTE + 6 * HOUR + MINUTE)).toBe(1);
    expect(await readAt(START + 6 * HOUR + 30 * MINUTE)).toBe(0);
    expect(await readAt(START + 5 * MINUTE + 12 * HOUR + 2 * MINUTE)).toBe(1);
  });

  it('finds an old order whose status changed at the next run, due or not', async () => {
    const old = unpaidOrder(53_001, utc(YEAR, 1, 2, 11, 0));
    const w = await watchedUnpaid([old]);
    // Paid, and moved on to another completed status an hour after the import.
    w.mww.shop.updateOrder(old.number, { payment_status: 'captured' });
    w.mww.shop.setStatus(old.number, 2, new Date(START + HOUR));
    const reads = await runAt(w, START + HOUR + 15 * MINUTE);
    // The status window's listing finds it: no read of its own, and booked at once.
    expect(reads.get('53001')).toBeUndefined();
    expect(w.runtime.store.journal.get('53001')?.state).toBe('done');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);
  });

  it('reads an old order at the next run once the owner opened its page', async () => {
    const old = unpaidOrder(54_001, utc(YEAR, 1, 2, 11, 0));
    const w = await watchedUnpaid([old]);
    expect((await runAt(w, START + 20 * MINUTE)).get('54001')).toBeUndefined();

    // Paid without a status change; the owner sees it so in the shop and opens it in Winkelbrug.
    w.mww.shop.updateOrder(old.number, { payment_status: 'captured' });
    const channels = createOrderChannels(w.runtime.store, () => ({
      mijnwebwinkel: w.runtime.mijnwebwinkel,
      moneybird: null,
    }));
    const { order } = await channels['orders.detail']({ orderNumber: '54001' });
    expect(order?.journalState).toBe('discovered');
    expect(order?.shop?.ok).toBe(true);

    const next = await runAt(w, START + 35 * MINUTE);
    expect(next.get('54001')).toBe(1);
    expect(w.runtime.store.journal.get('54001')?.state).toBe('done');
  });
});

describe('an order seen unpaid that the start date has moved past', () => {
  it('is set aside with the reason and not read again, until an import of its days brings it back', async () => {
    const old = unpaidOrder(55_001, utc(YEAR, 1, 4, 11, 0));
    const w = await watchedUnpaid([old]);
    const journal = w.runtime.store.journal;

    // Its month, as the accountant sees it while it waits: never taken up for booking, it is in none
    // of the month's figures.
    const january: Period = { kind: 'month', year: YEAR, index: 1 };
    const monthView = () => {
      const { from, to } = periodRange(january);
      return monthPerVatRate(january, w.runtime.store.vatFigures.period(from, to));
    };
    const waiting = monthView();
    expect(waiting.counts.orders).toBe(0);

    // The owner moves the start date on past it (Settings allows a later day).
    w.runtime.store.settings.set(startDateSetting, `${YEAR}-01-20`);
    // At its turn, a day after the import's look, it is read once and set aside.
    expect((await runAt(w, START + 5 * MINUTE + DAY + MINUTE)).get('55001')).toBe(1);
    const setAside = journal.get('55001');
    expect(setAside?.state).toBe('skipped');
    expect(setAside?.reason?.code).toBe('before_start_date');
    expect(setAside?.reason?.message.nl).toContain(`20 januari ${YEAR}`);
    expect(setAside?.reason?.message.nl).toContain('Eerdere bestellingen boeken');
    // Set aside, it is still in none of them: not an order "booked before the figures were kept".
    const aside = monthView();
    expect(aside.verdict).toBe(waiting.verdict);
    expect(aside.counts).toEqual(waiting.counts);
    expect(aside.explanations.items).toEqual([]);

    // The orders screen says so: skipped with its reason, not waiting for a payment; a retry
    // would only set it aside again, so none is offered.
    const channels = createOrderChannels(w.runtime.store, () => ({ mijnwebwinkel: null, moneybird: null }));
    const { order } = await channels['orders.detail']({ orderNumber: '55001' });
    expect(order?.summary.state).toBe('skipped');
    expect(order?.summary.reason?.en).toContain('before your start date');
    expect(order?.canRetry).toBe(false);

    // The shop credits it later: the credit says why there is nothing to credit, not that the
    // owner skipped the order.
    w.mww.shop.addOrder({ ...creditOf(old, 55_002, ['mok']), date: `${YEAR}-01-25`, status: 1 });
    w.mww.shop.setStatus(55_002, 10, new Date(START + DAY + 2 * MINUTE));
    await runAt(w, START + DAY + 20 * MINUTE);
    expect(journal.get('55002')?.reason).toMatchObject({ code: 'original_skipped' });
    expect(journal.get('55002')?.reason?.message.nl).toContain(
      'van vóór je startdatum en daarom niet geboekt',
    );

    // Days on, and paid meanwhile without a status change: never read again, nothing booked.
    w.mww.shop.updateOrder(old.number, { payment_status: 'captured' });
    for (const at of [START + 3 * DAY, START + 9 * DAY])
      expect((await runAt(w, at)).get('55001')).toBeUndefined();
    expect(journal.get('55001')?.state).toBe('skipped');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(0);

    // The owner books earlier orders from January: the import's listing brings it back, paid now.
    w.clock.now = START + 9 * DAY + HOUR;
    const imported = await w.runtime.engine.run('import', { importSince: `${YEAR}-01-01` });
    expect(imported.outcome).toBe('completed');
    expect(journal.get('55001')?.state).toBe('done');
    // Its credit follows it, as its reason promised: the invoice and its credit note.
    expect(journal.get('55002')?.state).toBe('done');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(2);
  });
});

describe('an import since a day after the start date', () => {
  it('does not set aside an order waiting for its payment as too old: the start date in force judges it', async () => {
    const waiting = unpaidOrder(56_001, utc(YEAR, 1, 4, 11, 0));
    const w = await watchedUnpaid([waiting]);
    const journal = w.runtime.store.journal;
    expect(w.runtime.store.settings.get(startDateSetting)).toBe(`${YEAR}-01-01`);

    // An import since a later day, begun when the command line still took one (now it refuses a new
    // one), paused: it goes on from its own day, and the order's turn to be read again comes during it.
    w.runtime.store.historyImport.clear();
    w.runtime.store.historyImport.start(`${YEAR}-01-20`);
    w.runtime.store.historyImport.pause(null);
    w.clock.now = START + DAY + HOUR;
    const later = await w.runtime.engine.run('import', { importSince: `${YEAR}-01-20` });
    expect(later.outcome).toBe('completed');
    expect(w.runtime.store.settings.get(startDateSetting)).toBe(`${YEAR}-01-01`);
    expect(journal.get('56001')?.state).toBe('discovered');

    // Paid without a status change: read again at its turn, and booked.
    w.mww.shop.updateOrder(waiting.number, { payment_status: 'captured' });
    await runAt(w, START + 2 * DAY + 2 * HOUR);
    expect(journal.get('56001')?.state).toBe('done');
    expect(w.moneybird.books.salesInvoices()).toHaveLength(1);
  });
});
