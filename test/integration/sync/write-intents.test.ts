// A write intent left in the journal (a create whose answer was lost, and whose look-up failed too)
// is settled on the next attempt by finding the booking by its reference, never by creating again.
// This is the normal path of a journal that knows its orders: no adoption look-up stands in for it.
import { describe, expect, it } from 'vitest';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { moneybirdRequestsSince, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';
const isInvoiceCreate = (e: { method: string; path: string }) =>
  e.method === 'POST' && /\/sales_invoices(\.json)?$/.test(e.path);
const isFindByReference = (e: { method: string; path: string }) => /find_by_reference/.test(e.path);

/** A paid domestic order placed tomorrow (as the shop counts days): after the journal was made. */
function freshOrder(): MwwOrder {
  const order = generateOrders({ seed: 31, count: 60 }).find(
    (o) =>
      o.payment_status === 'captured' &&
      !o.sim_test_order &&
      !o.credited_order_number &&
      o.currency === 'EUR' &&
      !o.tax_strategy &&
      (!o.tax_region || o.tax_region === 'NL'),
  );
  expect(order).toBeDefined();
  const date = shopLocalDate(Date.now() + 24 * 60 * 60 * 1000);
  return { ...order!, number: 910_001, uuid: `${order!.uuid}-910001`, date, credit_order_numbers: [] };
}

describe('write intents', () => {
  it('an invoice create whose outcome stayed unknown is found by reference on the retry, not created again', async () => {
    const world = await worlds.start({ orders: [] });
    // A journal that knows its orders: an import, then a regular run.
    await world.runtime.engine.run('import', { importSince: SINCE });
    await world.runtime.engine.run('manual');
    const order = freshOrder();
    world.mww.shop.addOrder({ ...order, status: 1 });
    world.mww.shop.setStatus(order.number, 3);

    // The create lands but its answer is lost, and the look-up right after it says "not there (yet)".
    world.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
      fault: { kind: 'commit-then-drop' },
    });
    world.moneybird.server.faults.add({
      method: 'GET',
      path: /find_by_reference/,
      fault: { kind: 'status', status: 404, body: { error: 'record not found' } },
    });
    const from = world.moneybird.server.log.entries.length;
    const first = await world.runtime.engine.run('scheduled');
    expect(first.counts.waiting).toBe(1);
    const waiting = world.runtime.store.journal.get(String(order.number))!;
    expect(waiting.state).toBe('waiting_transient');
    expect(waiting.writeIntent).toBe('invoice');
    expect(waiting.adoption).toBeNull();
    expect(world.moneybird.books.salesInvoices()).toHaveLength(1);

    // The retry is due (well within the hour that keeps the journal vouching for its orders).
    world.clock.now = Date.now() + 10 * 60 * 1000;
    const retryFrom = world.moneybird.server.log.entries.length;
    const second = await world.runtime.engine.run('scheduled');
    expect(second.counts.booked).toBe(1);
    const retried = moneybirdRequestsSince(world, retryFrom);
    expect(retried.filter(isFindByReference)).toHaveLength(1);
    expect(retried.filter(isInvoiceCreate)).toEqual([]);

    const invoices = world.moneybird.books.salesInvoices();
    expect(invoices).toHaveLength(1);
    expect(invoices[0].state).toBe('paid');
    const entry = world.runtime.store.journal.get(String(order.number))!;
    expect(entry.state).toBe('done');
    expect(entry.moneybird.invoiceId).toBe(invoices[0].id);
    expect(moneybirdRequestsSince(world, from).filter(isInvoiceCreate)).toHaveLength(1);
  });
});
