// A shop that ignores `offset` sends its first page for every page asked. The run stops reading at
// the second page rather than asking forever: the first page's orders are in the journal, none
// beyond, the run fails with a text saying what happened and that the next run reads again, and it
// does.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const SINCE = '2024-01-01';
const LISTING = /^\/v1\/orders$/;

/** `count` unpaid orders in status 3, numbered 5001…: the run only journals them, no Moneybird writes. */
function unpaidOrders(count: number): MwwOrder[] {
  return generateOrders({ seed: 3, count }).map((o, i) => ({
    ...o,
    number: 5001 + i,
    status: 3,
    payment_status: 'pending' as const,
    credited_order_number: undefined,
    credit_order_numbers: [],
    sim_test_order: undefined,
    date: o.date < SINCE ? SINCE : o.date,
  }));
}

const journalled = (w: SyncWorld, orders: MwwOrder[]) =>
  orders.filter((o) => w.runtime.store.journal.get(String(o.number))).map((o) => Number(o.number));

describe('a shop that ignores offset', () => {
  it('ends the reading at the second page, fails the run with its reason, and the next run reads on', async () => {
    const orders = unpaidOrders(120);
    const w = await worlds.start({ orders });
    w.mww.server.faults.add({
      path: LISTING,
      fault: { kind: 'ignore-query', names: ['offset'] },
      times: Infinity,
    });
    const report = await w.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('failed');
    expect(report.error?.code).toBe('invalid-response');
    expect(report.error?.message.nl).toContain(
      'Mijnwebwinkel gaf bij het doorbladeren van de bestellingen steeds dezelfde bestellingen',
    );
    expect(report.error?.message.en).toContain('tries again at the next sync');
    // The first page of status 3, read before the shop was found out; nothing from the pages after.
    expect(journalled(w, orders)).toEqual(orders.slice(0, 100).map((o) => Number(o.number)));
    const status3 = w.mww.server.log.filter((e) => LISTING.test(e.path) && e.query.status_id === '3');
    expect(status3).toHaveLength(2);

    w.mww.server.faults.clear();
    expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    expect(journalled(w, orders)).toHaveLength(orders.length);
  }, 60_000);
});
