// Only paid orders are booked: a completed order whose payment is not in (or only authorized, while
// the owner did not choose to count that as paid) waits, unbooked, and is booked once it is paid.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder, MwwPaymentStatus } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/** A completed Dutch order with something to pay, as the shop reports it with this payment status. */
function completedOrder(paymentStatus: MwwPaymentStatus): MwwOrder {
  const order = generateOrders({ seed: 41, count: 60 }).find(
    (o) => Number(o.status) === 3 && isPlainDomesticSale(o, SINCE),
  );
  expect(order).toBeDefined();
  return { ...order!, payment_status: paymentStatus };
}

describe('eligibility: only paid orders are booked', () => {
  it('a completed order that is not paid yet is not booked, and is booked once the payment is in', async () => {
    const order = completedOrder('pending');
    const world = await worlds.start({ orders: [order] });
    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.outcome).toBe('completed');
    expect(first.counts.booked).toBe(0);
    expect(first.orders).toEqual([
      expect.objectContaining({
        orderNumber: String(order.number),
        outcome: 'skipped',
        reasonCode: 'unpaid',
      }),
    ]);
    expect(world.runtime.store.journal.get(String(order.number))?.state).toBe('discovered');
    expect(world.moneybird.books.salesInvoices()).toHaveLength(0);
    expect(world.moneybird.books.contacts().filter((c) => c.send_invoices_to_email)).toHaveLength(0);

    // The payment comes in without a status change: the next run looks at the order again.
    world.mww.shop.updateOrder(order.number, { payment_status: 'captured' });
    const second = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(second.counts.booked).toBe(1);
    expect(world.moneybird.books.salesInvoices()).toHaveLength(1);
  });

  it('an authorized payment is not paid unless the owner counts it as paid', async () => {
    const order = completedOrder('authorized');
    const world = await worlds.start({ orders: [order] });
    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.counts.booked).toBe(0);
    expect(first.orders[0]).toMatchObject({ outcome: 'skipped', reasonCode: 'unpaid' });
    expect(world.moneybird.books.salesInvoices()).toHaveLength(0);
  });
});
