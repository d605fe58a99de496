// Dates and time zones. The shop's times carry no zone (they are Europe/Amsterdam), regular runs
// ask for orders whose status changed since the last run (minus an overlap), invoices and payments
// are dated, and the month per VAT rate groups orders by date. A Dutch VAT period follows the
// invoice date, and the invoice date is the shop's day, never the UTC day. These tests put orders
// on the edges: just before and after midnight at a month's, quarter's and year's end, during the
// daylight-saving switches, with the shop's clock a few minutes off ours, with a payment captured
// on another day than the order, and on the start date of an import.
import { describe, expect, it } from 'vitest';
import { createEngineSyncController } from '../../../src/main/core/app-service/engine-sync-controller';
import { ManualClock } from '../../../src/main/core/sync/clock';
import { STATUS_CHANGED_CURSOR } from '../../../src/main/core/sync/order-admission';
import { shopLocalDate, shopLocalTime } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

/** `count` plain Dutch sales in euros that book without any question, to be dated by the test. */
function plainOrders(count: number): MwwOrder[] {
  const plain = generateOrders({ seed: 5, count: 200 }).filter(
    (o) => isPlainDomesticSale(o, '2000-01-01') && (o.currency ?? 'EUR') === 'EUR',
  );
  expect(plain.length).toBeGreaterThanOrEqual(count);
  return plain.slice(0, count);
}

/** Shop time (Amsterdam) of a moment, as the shop writes it. */
const stamp = (at: number) => {
  const text = shopLocalTime(at);
  return { date: text.slice(0, 10), time: text.slice(11) };
};

/**
 * An order placed, completed and paid at `placed` (a moment); completed at `changed` if given (a
 * bank transfer, see byBankTransfer, is then captured at `changed`).
 */
function datedOrder(base: MwwOrder, placed: number, changed = placed, status = 3): MwwOrder {
  const p = stamp(placed);
  const c = stamp(changed);
  return {
    ...base,
    date: p.date,
    time: p.time,
    status,
    status_changed_date: c.date,
    status_changed_time: c.time,
  };
}

/**
 * The order paid by bank transfer: the shop records the capture when the money arrives and it marks
 * the order paid (its status change). An iDEAL or card payment is captured when the order is placed.
 */
const byBankTransfer = (order: MwwOrder): MwwOrder => ({
  ...order,
  payment: { gateway_name: 'basic', method_name: 'bank_transfer', status: { id: 1, text: 'Succesvol' } },
});

const invoiceOf = (w: SyncWorld, orderNumber: number | string) => {
  const entry = w.runtime.store.journal.get(String(orderNumber));
  expect(entry, `order ${orderNumber} is in the journal`).toBeDefined();
  const invoices = w.moneybird.books.salesInvoices().filter((i) => i.reference === entry!.reference);
  return { entry: entry!, invoices };
};

/** The days the invoice's payments are dated on. */
const paymentDates = (invoice: { payments: Array<{ payment_date: string }> }) =>
  invoice.payments.map((p) => p.payment_date);

/**
 * A year still to come. The engine's clock in these worlds never runs behind the real one (it is the
 * later of the two: support.ts), so a test that sets it to a moment needs that moment ahead of today,
 * every day the suite runs.
 */
const YEAR = new Date().getUTCFullYear() + 1;

/** The day of the last Sunday of a month (1-based) of `year`: when Europe switches summer time. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}
const march = lastSunday(YEAR, 3);
const marchDay = `${YEAR}-03-${march}`;
const october = lastSunday(YEAR, 10);
const octoberDay = `${YEAR}-10-${october}`;

/** A moment given as UTC parts (month 1-based), in ms. */
const utc = (y: number, m: number, d: number, h: number, min = 0, s = 0) => Date.UTC(y, m - 1, d, h, min, s);

describe('an order late at night on the last day of a month, quarter or year', () => {
  it("dates the invoice, the payment and the VAT month on the shop's day, not the UTC day", async () => {
    const [a, b, c, d] = plainOrders(4);
    const cases = [
      // 31 December 23:30 in Amsterdam (22:30 UTC): the old year.
      { order: datedOrder(a!, utc(2025, 12, 31, 22, 30)), day: '2025-12-31' },
      // 1 January 00:30 in Amsterdam (23:30 UTC on 31 December): the new year.
      { order: datedOrder(b!, utc(2025, 12, 31, 23, 30)), day: '2026-01-01' },
      // 31 March 23:30 in Amsterdam, summer time (21:30 UTC): the first quarter.
      { order: datedOrder(c!, utc(2026, 3, 31, 21, 30)), day: '2026-03-31' },
      // 1 April 01:30 in Amsterdam (23:30 UTC on 31 March): the second quarter.
      { order: datedOrder(d!, utc(2026, 3, 31, 23, 30)), day: '2026-04-01' },
    ];
    for (const { order, day } of cases) expect(order.date).toBe(day);
    const world = await worlds.start({ orders: cases.map((c) => c.order) });

    const run = await world.runtime.engine.run('import', { importSince: '2025-12-01' });
    expect(run.outcome).toBe('completed');
    for (const { order, day } of cases) {
      const { entry, invoices } = invoiceOf(world, order.number);
      expect(entry.state, `order ${order.number}`).toBe('done');
      expect(invoices).toHaveLength(1);
      expect(invoices[0]!.invoice_date, `invoice of the order placed ${order.date} ${order.time}`).toBe(day);
      // Paid at the moment it was placed: the payment carries the same day.
      expect(paymentDates(invoices[0]!)).toEqual([day]);
      expect(entry.orderDate).toBe(day);
    }

    // The month per VAT rate: each order in the month (and quarter) of its shop day.
    const figures = world.runtime.store.vatFigures;
    const inPeriod = (from: string, to: string) => figures.period(from, to).counts.inBooks;
    expect(inPeriod('2025-12-01', '2026-01-01')).toBe(1);
    expect(inPeriod('2026-01-01', '2026-02-01')).toBe(1);
    expect(inPeriod('2026-01-01', '2026-04-01')).toBe(2); // 1 January and 31 March
    expect(inPeriod('2026-04-01', '2026-07-01')).toBe(1);
    const q1 = figures.period('2026-01-01', '2026-04-01');
    expect(q1.orders, 'nothing unexplained in the first quarter').toEqual([]);
  });
});

describe('the daylight-saving switches', () => {
  /**
   * Three orders waiting (not completed) on the switch day; a first regular run in the evening
   * before sets the start date and the status window; then each order is completed and a run
   * follows, the moments given in UTC.
   */
  async function throughTheSwitch(steps: Array<{ completeAt: number; runAt: number }>, day: string) {
    const orders = plainOrders(steps.length).map((o, i) =>
      datedOrder(o, Date.parse(`${day}T00:0${i}:00Z`) - 2 * 3600_000, undefined, 1),
    );
    // Placed in the first minutes of the switch day (the order's own date is what is booked).
    for (const o of orders) o.date = day;
    const w = await worlds.start({ orders });
    w.clock.now = Date.parse(`${day}T00:00:00Z`) - 4 * 3600_000; // the evening before
    await w.runtime.engine.run('manual');
    const cursors: string[] = [];
    for (const [i, step] of steps.entries()) {
      w.mww.shop.setStatus(orders[i]!.number, 3, new Date(step.completeAt));
      w.clock.now = step.runAt;
      const run = await w.runtime.engine.run('manual');
      expect(run.outcome).toBe('completed');
      cursors.push(w.runtime.store.cursors.get(STATUS_CHANGED_CURSOR)!);
      // Found by the run right after it was completed: a status window that missed it would leave
      // it to chance (a later window never reaches back).
      expect(w.runtime.store.journal.get(String(orders[i]!.number))?.state, `order ${i} after its run`).toBe(
        'done',
      );
    }
    // Some more runs over the next hours: nothing is booked twice.
    for (let k = 1; k <= 4; k++) {
      w.clock.now = steps.at(-1)!.runAt + k * 15 * 60_000;
      await w.runtime.engine.run('manual');
    }
    for (const o of orders) {
      const { entry, invoices } = invoiceOf(w, o.number);
      expect(entry.state).toBe('done');
      expect(invoices, `order ${o.number} is booked once`).toHaveLength(1);
      expect(invoices[0]!.invoice_date).toBe(day);
    }
    return cursors;
  }

  it('October (clocks back 03:00 → 02:00): a status change in the repeated hour, stamped before the last run, is found', async () => {
    // The last Sunday of October: 01:00 UTC is 03:00 summer time, which becomes 02:00 winter time.
    const cursors = await throughTheSwitch(
      [
        // 02:30 summer time, run at 02:45 summer time.
        { completeAt: utc(YEAR, 10, october, 0, 30), runAt: utc(YEAR, 10, october, 0, 45) },
        // 02:10 winter time: its shop time is 35 minutes *before* the cursor the last run left.
        { completeAt: utc(YEAR, 10, october, 1, 10), runAt: utc(YEAR, 10, october, 1, 20) },
        // 02:59 winter time, run at 03:05.
        { completeAt: utc(YEAR, 10, october, 1, 59), runAt: utc(YEAR, 10, october, 2, 5) },
      ],
      octoberDay,
    );
    expect(cursors).toEqual([`${octoberDay} 02:45:00`, `${octoberDay} 02:20:00`, `${octoberDay} 03:05:00`]);
  });

  it('March (clocks forward 02:00 → 03:00): a status change just around the skipped hour is found', async () => {
    // The last Sunday of March: 01:00 UTC is 02:00 winter time, which becomes 03:00 summer time.
    const cursors = await throughTheSwitch(
      [
        // 01:50 winter time, run at 01:55.
        { completeAt: utc(YEAR, 3, march, 0, 50), runAt: utc(YEAR, 3, march, 0, 55) },
        // 01:59:30 winter time (after that run started), run at 03:05 summer time.
        { completeAt: utc(YEAR, 3, march, 0, 59, 30), runAt: utc(YEAR, 3, march, 1, 5) },
        // 03:00:10 summer time, run at 03:20.
        { completeAt: utc(YEAR, 3, march, 1, 0, 10), runAt: utc(YEAR, 3, march, 1, 20) },
      ],
      marchDay,
    );
    expect(cursors).toEqual([`${marchDay} 01:55:00`, `${marchDay} 03:05:00`, `${marchDay} 03:20:00`]);
  });
});

describe("just after midnight, with the shop's clock a few minutes off ours", () => {
  it("finds an order the shop stamps 23:59 though our clock already said past midnight (shop's clock behind)", async () => {
    const [base] = plainOrders(1);
    // Placed at 23:50 on 15 January (Amsterdam), waiting for its bank transfer.
    const order = byBankTransfer(datedOrder(base!, utc(YEAR, 1, 15, 22, 50), undefined, 1));
    const w = await worlds.start({ orders: [order] });
    w.clock.now = utc(YEAR, 1, 15, 12, 0);
    await w.runtime.engine.run('manual'); // start date 15 January, status window from now on

    // Our clock: 00:01 on the 16th. The shop's clock runs four minutes behind.
    w.clock.now = utc(YEAR, 1, 15, 23, 1);
    await w.runtime.engine.run('manual');
    expect(w.runtime.store.cursors.get(STATUS_CHANGED_CURSOR)).toBe(`${YEAR}-01-16 00:01:00`);
    // A minute later (00:02 ours), the order is completed; the shop writes 23:58 on the 15th.
    w.mww.shop.setStatus(order.number, 3, new Date(utc(YEAR, 1, 15, 22, 58)));
    w.clock.now = utc(YEAR, 1, 15, 23, 16); // the next run, 00:16 ours
    await w.runtime.engine.run('manual');
    const { entry, invoices } = invoiceOf(w, order.number);
    expect(entry.state).toBe('done');
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.invoice_date).toBe(`${YEAR}-01-15`);
    // The payment is captured on the shop's day it says: the 15th.
    expect(paymentDates(invoices[0]!)).toEqual([`${YEAR}-01-15`]);
  });

  it("finds an order completed just after a run whose shop stamp is minutes ahead (shop's clock ahead)", async () => {
    const [base] = plainOrders(1);
    // Placed at 23:50 on 15 January (Amsterdam), waiting for its bank transfer.
    const order = byBankTransfer(datedOrder(base!, utc(YEAR, 1, 15, 22, 50), undefined, 1));
    const w = await worlds.start({ orders: [order] });
    w.clock.now = utc(YEAR, 1, 15, 12, 0);
    await w.runtime.engine.run('manual');
    // Our clock 23:59:00 on the 15th: a run.
    w.clock.now = utc(YEAR, 1, 15, 22, 59);
    await w.runtime.engine.run('manual');
    // Completed at 23:59:30 ours; the shop, five minutes ahead, writes 00:04:30 on the 16th.
    w.mww.shop.setStatus(order.number, 3, new Date(utc(YEAR, 1, 15, 23, 4, 30)));
    w.clock.now = utc(YEAR, 1, 15, 23, 14);
    await w.runtime.engine.run('manual');
    const { entry, invoices } = invoiceOf(w, order.number);
    expect(entry.state).toBe('done');
    expect(invoices).toHaveLength(1);
    // The order's date is the 15th; the capture, per the shop, the 16th.
    expect(invoices[0]!.invoice_date).toBe(`${YEAR}-01-15`);
    expect(paymentDates(invoices[0]!)).toEqual([`${YEAR}-01-16`]);
  });
});

describe('a payment captured on another day than the order', () => {
  it('dates the payment on the day of the capture (the next day, here in the next month), the invoice on the order day', async () => {
    const [base] = plainOrders(1);
    // Placed 31 March 23:30, the bank transfer captured 1 April 00:10 (Amsterdam, summer time).
    const order = byBankTransfer(datedOrder(base!, utc(2026, 3, 31, 21, 30), utc(2026, 3, 31, 22, 10)));
    const world = await worlds.start({ orders: [order] });
    await world.runtime.engine.run('import', { importSince: '2026-03-01' });
    const { entry, invoices } = invoiceOf(world, order.number);
    expect(entry.state).toBe('done');
    expect(invoices[0]!.invoice_date).toBe('2026-03-31');
    expect(paymentDates(invoices[0]!)).toEqual(['2026-04-01']);
    // The VAT is in March (the invoice's month), whatever day the money came.
    expect(world.runtime.store.vatFigures.period('2026-03-01', '2026-04-01').counts.inBooks).toBe(1);
    expect(world.runtime.store.vatFigures.period('2026-04-01', '2026-05-01').counts.orders).toBe(0);
  });

  it('books an order whose capture the shop dates the day before the order (the simulator, like the spec, has no rule against it)', async () => {
    const [base] = plainOrders(1);
    // Placed 1 February 00:05, the bank transfer's capture stamped 31 January 23:58 (Amsterdam).
    const order = byBankTransfer(datedOrder(base!, utc(2026, 1, 31, 23, 5), utc(2026, 1, 31, 22, 58)));
    const world = await worlds.start({ orders: [order] });
    await world.runtime.engine.run('import', { importSince: '2026-01-01' });
    const { entry, invoices } = invoiceOf(world, order.number);
    expect(entry.state).toBe('done');
    expect(invoices[0]!.invoice_date).toBe('2026-02-01');
    expect(paymentDates(invoices[0]!)).toEqual(['2026-01-31']);
  });

  it('books the payment of an order on the first open day when its capture is dated in the locked period though the order is not', async () => {
    const [base] = plainOrders(1);
    // The books are locked up to 31 January (the VAT return is in). The order is of 1 February
    // 00:05, the bank transfer's capture stamped 31 January 23:58.
    const order = byBankTransfer(datedOrder(base!, utc(2026, 1, 31, 23, 5), utc(2026, 1, 31, 22, 58)));
    const world = await worlds.start({ orders: [order] });
    world.moneybird.owner.lockPeriodUntil('2026-01-31');
    await world.runtime.engine.run('import', { importSince: '2026-01-01' });
    const { entry, invoices } = invoiceOf(world, order.number);
    // Correct: the invoice is open (1 February), so it is booked and paid; a payment cannot be
    // dated in the locked period, so it goes on the invoice's day, as when a booking is moved.
    expect(entry.state, `${entry.reason?.code}: ${entry.reason?.message.en}`).toBe('done');
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.invoice_date).toBe('2026-02-01');
    expect(paymentDates(invoices[0]!)).toEqual(['2026-02-01']);
  });
});

describe('the start date and the import boundary', () => {
  it('an import books the order on its since-date and not the one of the day before, even late at night', async () => {
    const [a, b, c] = plainOrders(3);
    const dayBefore = datedOrder(a!, utc(2026, 2, 28, 22, 59, 59)); // 28 February 23:59:59
    const onTheDay = datedOrder(b!, utc(2026, 2, 28, 23, 0, 0)); // 1 March 00:00:00
    const lateOnTheDay = datedOrder(c!, utc(2026, 3, 1, 22, 59, 59)); // 1 March 23:59:59
    const world = await worlds.start({ orders: [dayBefore, onTheDay, lateOnTheDay] });
    await world.runtime.engine.run('import', { importSince: '2026-03-01' });
    expect(invoiceOf(world, onTheDay.number).entry.state).toBe('done');
    expect(invoiceOf(world, lateOnTheDay.number).entry.state).toBe('done');
    expect(world.runtime.store.journal.get(String(dayBefore.number))).toBeUndefined();
    const invoices = world.moneybird.books.salesInvoices();
    expect(invoices.map((i) => i.invoice_date).sort()).toEqual(['2026-03-01', '2026-03-01']);
  });

  it("the first regular run's start date is the shop's day, also between midnight and 01:00 or 02:00", async () => {
    const [a, b] = plainOrders(2);
    // Our clock: 1 January 00:30 in Amsterdam (31 December 23:30 UTC).
    const now = utc(YEAR, 12, 31, 23, 30);
    const lastYear = datedOrder(a!, utc(YEAR, 12, 31, 22, 50)); // 31 December 23:50
    const thisYear = datedOrder(b!, utc(YEAR, 12, 31, 23, 10)); // 1 January 00:10
    const world = await worlds.start({ orders: [lastYear, thisYear] });
    world.clock.now = now;
    await world.runtime.engine.run('manual');
    expect(shopLocalDate(now)).toBe(`${YEAR + 1}-01-01`);
    expect(world.runtime.store.journal.get(String(lastYear.number))).toBeUndefined();
    const { entry, invoices } = invoiceOf(world, thisYear.number);
    expect(entry.state).toBe('done');
    expect(invoices[0]!.invoice_date).toBe(`${YEAR + 1}-01-01`);
  });

  it('an order of an imported period that is paid only after the import is booked by a later run', async () => {
    const [a] = plainOrders(1);
    // 10 January, unpaid for now; the owner started using Winkelbrug on 20 January and
    // imported the history since 1 January.
    const order = {
      ...byBankTransfer(datedOrder(a!, utc(YEAR, 1, 10, 11, 0))),
      payment_status: 'pending' as const,
    };
    const w = await worlds.start({ orders: [order] });
    w.clock.now = utc(YEAR, 1, 20, 9, 0);
    await w.runtime.engine.run('manual'); // start date 20 January
    w.clock.now = utc(YEAR, 1, 20, 9, 5);
    await w.runtime.engine.run('import', { importSince: `${YEAR}-01-01` });
    expect(w.runtime.store.journal.get(String(order.number))?.state).toBe('discovered');

    // The customer pays on the 21st (a bank transfer): the shop records the capture.
    w.mww.shop.updateOrder(order.number, { payment_status: 'captured' });
    w.mww.shop.setStatus(order.number, 3, new Date(utc(YEAR, 1, 21, 10, 0)));
    w.clock.now = utc(YEAR, 1, 21, 10, 15);
    const later = await w.runtime.engine.run('manual');
    expect(later.orders.find((o) => o.orderNumber === String(order.number))?.reasonCode ?? null).toBeNull();
    const { entry, invoices } = invoiceOf(w, order.number);
    // Correct: the owner asked for every order since 1 January; this one is of the 10th.
    expect(entry.state).toBe('done');
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.invoice_date).toBe(`${YEAR}-01-10`);
  });

  it('a history import "since today" is accepted between midnight and 01:00 (the shop\'s day, not UTC)', async () => {
    const world = await worlds.start({ orders: [] });
    // 1 January 00:30 in Amsterdam is still 31 December in UTC.
    const clock = new ManualClock(utc(YEAR, 12, 31, 23, 30));
    const controller = createEngineSyncController({
      store: world.runtime.store,
      engine: world.runtime.engine,
      clock,
      runAtStart: false,
    });
    try {
      const answer = controller.startImport(`${YEAR + 1}-01-01`);
      expect(answer.reason?.en ?? null, 'refused as a date in the future').toBeNull();
      expect(answer.accepted).toBe(true);
    } finally {
      await controller.close();
    }
  });
});

describe('the times the owner reads are Amsterdam times', () => {
  it('a waiting order says when it is tried again in Amsterdam time', async () => {
    const [base] = plainOrders(1);
    const world = await worlds.start({ orders: [datedOrder(base!, utc(2026, 7, 1, 10, 0))] });
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 503, body: { error: 'down' } },
    });
    await world.runtime.engine.run('import', { importSince: '2026-07-01' });
    const entry = world.runtime.store.journal.get(String(base!.number))!;
    expect(entry.nextAttemptAt).not.toBeNull();
    const amsterdam = shopLocalTime(entry.nextAttemptAt!).slice(11, 16);
    const utcTime = new Date(entry.nextAttemptAt!).toISOString().slice(11, 16);
    expect(amsterdam).not.toBe(utcTime);
    expect(entry.reason?.message.nl).toContain(`om ${amsterdam} vanzelf`);
  });
});
