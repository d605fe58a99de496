// The owner changes Moneybird behind the app's back while an order is between two steps (its payment
// failed for a while, so it waits with the invoice made): the invoice is deleted, or one of its lines
// is edited, in Moneybird's own app. The retry acts on the invoice as Moneybird holds it then, as
// docs/architecture.md says: a deleted invoice the order rests on at `invoice_created` is made again
// (a look-up by reference first), never paid; a numbered invoice whose totals no longer match the
// shop's parks the order at `sent`, unpaid, until it matches again.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, moneybirdRequestsSince, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

function plainOrder(): MwwOrder {
  const order = generateOrders({ seed: 81, count: 60 }).find(
    (o) => isPlainDomesticSale(o, SINCE) && o.currency === 'EUR',
  );
  expect(order).toBeDefined();
  return order!;
}

/** Books the order until its payment, which Moneybird refuses for now (a 503): the order waits. */
async function waitingForPayment(style: 'sales' | 'external') {
  const order = plainOrder();
  const world = await worlds.start({ orders: [order], style });
  world.moneybird.server.faults.add({
    method: 'POST',
    path: /\/payments(\.json)?$/,
    fault: { kind: 'status', status: 503, body: { error: 'Service unavailable' } },
    times: 10,
  });
  const first = await world.runtime.engine.run('import', { importSince: SINCE });
  expect(first.counts.waiting).toBe(1);
  world.moneybird.server.faults.clear();
  const orderNumber = String(order.number);
  const entry = world.runtime.store.journal.get(orderNumber)!;
  expect(entry.state).toBe('waiting_transient');
  expect(entry.writeIntent).toBe('payment');
  return { world, order, orderNumber, invoiceId: entry.moneybird.invoiceId! };
}

async function retry(orderNumber: string) {
  const world = worlds.current;
  world.runtime.engine.retry(orderNumber);
  const run = await world.runtime.engine.run('manual');
  return { run, entry: world.runtime.store.journal.get(orderNumber)! };
}

describe('an invoice deleted in Moneybird while its order waits', () => {
  it('external: the retry makes it again, a look-up first, and pays the new one; nothing is booked twice', async () => {
    const { world, orderNumber, invoiceId } = await waitingForPayment('external');
    const reference = world.runtime.store.journal.get(orderNumber)!.reference;
    world.moneybird.owner.deleteInvoice(invoiceId);
    expect(world.moneybird.books.externalSalesInvoices()).toEqual([]);

    const from = world.moneybird.server.log.entries.length;
    const { run, entry } = await retry(orderNumber);
    expect(run.counts.booked).toBe(1);
    expect(entry.state).toBe('done');
    const invoices = world.moneybird.books.externalSalesInvoices();
    expect(invoices).toHaveLength(1);
    expect(invoices[0].reference).toBe(reference);
    expect(invoices[0].id).not.toBe(invoiceId);
    expect(invoices[0].state).toBe('paid');
    expect(entry.moneybird.invoiceId).toBe(invoices[0].id);
    // Never a payment on the deleted invoice; exactly one create, after a look-up by listing.
    const requests = moneybirdRequestsSince(world, from);
    expect(requests.filter((e) => e.method === 'POST' && e.path.includes(invoiceId))).toEqual([]);
    const creates = requests.filter(
      (e) => e.method === 'POST' && /\/external_sales_invoices(\.json)?$/.test(e.path),
    );
    expect(creates).toHaveLength(1);
    const lookUp = requests.findIndex(
      (e) => e.method === 'GET' && /\/external_sales_invoices(\.json)?$/.test(e.path),
    );
    expect(lookUp).toBeGreaterThanOrEqual(0);
    expect(lookUp).toBeLessThan(requests.indexOf(creates[0]!));
  });
});

describe('an invoice edited in Moneybird while its order waits', () => {
  it('sales: a numbered invoice that no longer matches parks the order unpaid; corrected, it is paid', async () => {
    const { world, order, orderNumber, invoiceId } = await waitingForPayment('sales');
    const [sent] = world.moneybird.books.salesInvoices();
    expect(sent.state).toBe('open');
    const price = sent.details[0].price as string;
    // The owner raises the first line by 1.00 in Moneybird's app.
    const raised = (Number(price) + 1).toFixed(2);
    world.moneybird.owner.editInvoiceLine(invoiceId, 0, { price: raised });

    const parked = await retry(orderNumber);
    expect(parked.entry.state).toBe('parked');
    expect(parked.entry.reason?.code).toBe('totals_differ');
    const details = parked.entry.reason?.details as { total: { expected: string; invoice: string } };
    expect(Number(details.total.invoice)).toBeGreaterThan(Number(details.total.expected));
    expect(details.total.expected).toBe(Number(order.price!.total).toFixed(2));
    expect(world.moneybird.books.payments()).toEqual([]);

    // The owner puts the line back; the retry checks again and pays.
    world.moneybird.owner.editInvoiceLine(invoiceId, 0, { price });
    const booked = await retry(orderNumber);
    expect(booked.entry.state).toBe('done');
    const [invoice] = world.moneybird.books.salesInvoices();
    expect(invoice.state).toBe('paid');
    expect(invoice.payments).toHaveLength(1);
    expect(world.moneybird.books.salesInvoices()).toHaveLength(1);
  });
});
