// An order the shop sends but Winkelbrug cannot read is parked with the fields that are wrong; the
// run that parks it says so: it counts in the run's summary (also as stored) and is listed among
// the run's parked orders, whether it is found on a page or when an unpaid order is looked at again.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/** Plain paid orders in a completed status, no credits (so nothing else parks by design). */
function plainOrders(count: number): MwwOrder[] {
  return generateOrders({ seed: 5, count: count * 3 })
    .filter((o) => !o.credited_order_number && !o.sim_test_order && [2, 3, 6].includes(Number(o.status)))
    .slice(0, count)
    .map((o) => ({ ...o, payment_status: 'captured' as const, credit_order_numbers: [] }));
}

describe('orders that cannot be read', () => {
  it('count as parked in the run that finds them, and appear in its list of parked orders', async () => {
    const orders = plainOrders(4);
    const bad = String(orders[1]!.number);
    orders[1] = { ...orders[1]!, currency: 'EURO' };
    const world = await worlds.start({ orders });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });

    expect(report.outcome).toBe('completed');
    const parked = report.orders.filter((o) => o.outcome === 'parked');
    expect(parked.map((o) => o.orderNumber)).toContain(bad);
    const line = parked.find((o) => o.orderNumber === bad)!;
    expect(line.reasonCode).toBe('order_unreadable');
    expect(line.reason?.en).toContain('currency');
    expect(report.counts.parked).toBe(parked.length);
    expect(report.counts.parked).toBeGreaterThanOrEqual(1);
    // The stored run says the same, so the app's history agrees with the run's own report.
    const stored = world.runtime.store.runs.latest()!;
    expect(stored.counts.parked).toBe(report.counts.parked);
    expect(stored.outcome).toBe('completed_with_parked');
    expect(world.runtime.store.journal.get(bad)?.state).toBe('parked');
  });

  it('count when an unpaid order looked at again turns out unreadable', async () => {
    const orders = plainOrders(3);
    const waiting = String(orders[0]!.number);
    orders[0] = { ...orders[0]!, payment_status: 'pending' };
    const world = await worlds.start({ orders });
    const first = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(first.counts.parked).toBe(0);
    expect(world.runtime.store.journal.get(waiting)?.state).toBe('discovered');

    // No status change: the next run finds it only by looking at the unpaid orders again.
    world.mww.shop.updateOrder(waiting, { currency: 'EURO' });
    const second = await world.runtime.engine.run('manual');
    expect(second.outcome).toBe('completed');
    expect(second.orders).toContainEqual(
      expect.objectContaining({ orderNumber: waiting, outcome: 'parked', reasonCode: 'order_unreadable' }),
    );
    expect(second.counts.parked).toBe(1);
    expect(world.runtime.store.runs.latest()!.counts.parked).toBe(1);
  });
});
