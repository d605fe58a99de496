// Moneybird's writes can become visible late: a create that landed is not yet in the lists,
// find_by_reference or the synchronization endpoints when the app looks for it right after its
// answer was lost. The app must not take "not found (yet)" for "did not land" and write again: the
// order waits, and the retry finds the write and books nothing twice. Each write the app checks this
// way (contact, invoice, payment) is tested; the simulator's `lateVisibility` keeps it out of sight
// for exactly the one look-up that follows the lost answer.
import { describe, expect, it } from 'vitest';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import type { LateVisibility } from '../../sim/moneybird/index';
import { isPlainDomesticSale, moneybirdRequestsSince, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/** A paid domestic order of a new customer, placed tomorrow (as the shop counts days). */
function freshOrder(): MwwOrder {
  const order = generateOrders({ seed: 33, count: 60 }).find(
    (o) => isPlainDomesticSale(o, SINCE) && o.currency === 'EUR' && Boolean(o.debtor?.email),
  );
  expect(order).toBeDefined();
  const date = shopLocalDate(Date.now() + 24 * 60 * 60 * 1000);
  return {
    ...order!,
    number: 920_001,
    uuid: `${order!.uuid.slice(0, 24)}000000920001`,
    date,
    credit_order_numbers: [],
  };
}

const WRITES = {
  contact: { path: /\/contacts(\.json)?$/, kind: 'contact' },
  invoice: { path: /\/sales_invoices(\.json)?$/, kind: 'invoice' },
  payment: { path: /\/sales_invoices\/\d+\/payments(\.json)?$/, kind: 'payment' },
} as const;

/**
 * A journal that knows its orders (an import, a regular run); then a new order, whose `write` lands
 * in Moneybird but whose answer is lost, while that kind of write stays out of sight for one look-up.
 */
async function lostAnswerWhileLate(write: keyof typeof WRITES) {
  const world = await worlds.start({ orders: [] });
  await world.runtime.engine.run('import', { importSince: SINCE });
  await world.runtime.engine.run('manual');
  const order = freshOrder();
  world.mww.shop.addOrder({ ...order, status: 1 });
  world.mww.shop.setStatus(order.number, 3);
  const { path, kind } = WRITES[write];
  world.moneybird.server.faults.add({ method: 'POST', path, fault: { kind: 'commit-then-drop' } });
  const late: LateVisibility = { reads: 1, kinds: [kind] };
  world.moneybird.owner.setLateVisibility(late);
  return { world, order, path };
}

async function bookWithRetry(write: keyof typeof WRITES) {
  const { world: w, order, path } = await lostAnswerWhileLate(write);
  const from = w.moneybird.server.log.entries.length;
  const first = await w.runtime.engine.run('scheduled');
  const waiting = w.runtime.store.journal.get(String(order.number))!;
  // The look-up did not see the write: the order waits, its write intent kept.
  expect(first.counts.waiting).toBe(1);
  expect(waiting.state).toBe('waiting_transient');
  expect(waiting.writeIntent).toBe(write);
  w.moneybird.owner.setLateVisibility(null);

  // The retry is due (well within the hour that keeps the journal vouching for its orders).
  w.clock.now = Date.now() + 10 * 60 * 1000;
  const second = await w.runtime.engine.run('scheduled');
  expect(second.counts.booked).toBe(1);
  const entry = w.runtime.store.journal.get(String(order.number))!;
  expect(entry.state).toBe('done');
  const writes = moneybirdRequestsSince(w, from).filter((e) => e.method === 'POST' && path.test(e.path));
  return { world: w, order, entry, writes };
}

describe('a write whose answer was lost and that Moneybird shows late', () => {
  it('contact: found by the next synchronization, not created again', async () => {
    const { world, order, entry, writes } = await bookWithRetry('contact');
    expect(writes).toHaveLength(1);
    const contacts = world.moneybird.books
      .contacts()
      .filter((c) => c.send_invoices_to_email === order.debtor.email!.trim().toLowerCase());
    expect(contacts).toHaveLength(1);
    expect(entry.moneybird.contactId).toBe(contacts[0].id);
  });

  it('invoice: found by its reference on the retry, not created again', async () => {
    const { world, entry, writes } = await bookWithRetry('invoice');
    expect(writes).toHaveLength(1);
    const invoices = world.moneybird.books.salesInvoices();
    expect(invoices).toHaveLength(1);
    expect(invoices[0].state).toBe('paid');
    expect(entry.moneybird.invoiceId).toBe(invoices[0].id);
  });

  it('payment: seen on the invoice on the retry, not registered again', async () => {
    const { world, entry, writes } = await bookWithRetry('payment');
    expect(writes).toHaveLength(1);
    const [invoice] = world.moneybird.books.salesInvoices();
    expect(invoice.state).toBe('paid');
    expect(invoice.payments).toHaveLength(1);
    expect(world.moneybird.books.payments()).toHaveLength(1);
    expect(entry.moneybird.invoiceId).toBe(invoice.id);
  });
});
