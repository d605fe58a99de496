// An order the journal holds that the shop can no longer give (deleted there: 404; an error of the
// shop's on that one order: 500, every time) is that order's problem, not the run's: it parks or
// waits, and every other order is booked and the run's window moves on.
import { describe, expect, it } from 'vitest';
import { STATUS_CHANGED_CURSOR } from '../../../src/main/core/sync/order-admission';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const SINCE = '2024-01-01';
const DAY = 24 * 60 * 60 * 1000;

function plain(count: number): MwwOrder[] {
  return generateOrders({ seed: 17, count: count * 4 })
    .filter((o) => isPlainDomesticSale(o, SINCE))
    .slice(0, count)
    .map((o) => ({ ...o, credit_order_numbers: [] }));
}

/** From now on the shop answers this order with `status`, in its own error format. */
const shopAnswers = (w: SyncWorld, number: string, status: 404 | 500) =>
  w.mww.server.faults.add({
    method: 'GET',
    path: new RegExp(`^/v1/orders/${number}$`),
    fault: {
      kind: 'status',
      status,
      body: { code: status, message: 'Error', description: `Order ${number}` },
    },
    times: Infinity,
  });

const stateOf = (w: SyncWorld, number: string) => w.runtime.store.journal.get(number)?.state;

/** Both orders' invoice creates fail with an unknown outcome, so both wait for a retry. */
async function twoWaiting(w: SyncWorld, a: MwwOrder, b: MwwOrder) {
  w.moneybird.server.faults.add({
    method: 'POST',
    path: /\/sales_invoices\.json$/,
    fault: { kind: 'status', status: 500 },
    times: 2,
  });
  await w.runtime.engine.run('import', { importSince: SINCE });
  expect([stateOf(w, String(a.number)), stateOf(w, String(b.number))]).toEqual([
    'waiting_transient',
    'waiting_transient',
  ]);
}

describe('an order the shop can no longer give', () => {
  it('seen unpaid, then deleted in the shop: parked with the reason; the run books the rest', async () => {
    const [a, b, c] = plain(3);
    const unpaid = { ...a!, payment_status: 'pending' as const };
    const w = await worlds.start({ orders: [unpaid, b!] });
    const imported = await w.runtime.engine.run('import', { importSince: SINCE });
    expect(imported.outcome, JSON.stringify(imported.error)).toBe('completed');
    const A = String(unpaid.number);
    expect(stateOf(w, A)).toBe('discovered');
    expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
    const cursorBefore = w.runtime.store.cursors.get(STATUS_CHANGED_CURSOR);

    shopAnswers(w, A, 404);
    w.mww.shop.addOrder({ ...c!, number: 990_001, uuid: `${c!.uuid.slice(0, 24)}000000990001` });
    w.mww.shop.setStatus(990_001, 3);
    w.clock.now = Date.now() + 2 * DAY; // the unpaid order's next look has come
    const report = await w.runtime.engine.run('manual');

    expect(report.outcome).toBe('completed');
    expect(stateOf(w, '990001')).toBe('done');
    expect(w.runtime.store.cursors.get(STATUS_CHANGED_CURSOR)).not.toBe(cursorBefore);
    const parked = w.runtime.store.journal.get(A)!;
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('order_gone_from_shop');
    expect(parked.reason?.message.nl).toContain(`Bestelling ${A} staat niet meer in je winkel`);
    expect(parked.reason?.message.nl).toContain('Overslaan');
    expect(parked.reason?.message.en).toContain('no longer in your shop');
    expect(report.orders.find((o) => o.orderNumber === A)?.outcome).toBe('parked');
  }, 120_000);

  it('due again, then deleted in the shop: parked, and the other order due is booked', async () => {
    const [p1, p2] = plain(2);
    const w = await worlds.start({ orders: [p1!, p2!] });
    await twoWaiting(w, p1!, p2!);
    shopAnswers(w, String(p1!.number), 404);
    w.clock.now = Date.now() + 2 * DAY;
    const report = await w.runtime.engine.run('manual');
    expect(report.outcome).toBe('completed');
    expect(stateOf(w, String(p1!.number))).toBe('parked');
    expect(w.runtime.store.journal.get(String(p1!.number))?.reason?.code).toBe('order_gone_from_shop');
    expect(stateOf(w, String(p2!.number))).toBe('done');
    // Nothing of the gone order was written: the one booking in Moneybird is the other order's.
    expect(w.moneybird.books.salesInvoices().map((i) => i.reference)).toEqual([
      w.runtime.store.journal.get(String(p2!.number))!.reference,
    ]);
  }, 120_000);

  it('due again, and the shop fails on that one order every time: it waits, the other is booked', async () => {
    const [p1, p2] = plain(2);
    const w = await worlds.start({ orders: [p1!, p2!] });
    await twoWaiting(w, p1!, p2!);
    const P1 = String(p1!.number);
    shopAnswers(w, P1, 500);
    w.clock.now = Date.now() + 2 * DAY;
    const report = await w.runtime.engine.run('manual');
    expect(report.outcome).toBe('completed');
    expect(stateOf(w, String(p2!.number))).toBe('done');
    const waiting = w.runtime.store.journal.get(P1)!;
    expect(waiting.state).toBe('waiting_transient');
    expect(waiting.reason?.code).toBe('mijnwebwinkel_transient');
    expect(waiting.reason?.message.nl).toContain(`Bestelling ${P1} kon nu niet worden geboekt`);
    expect(waiting.nextAttemptAt).toBeGreaterThan(w.clock.now);
  }, 120_000);
});
