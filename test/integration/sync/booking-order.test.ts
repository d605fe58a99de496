// An import books the shop's orders in the order the shop numbered them, across the completed
// statuses: the shop lists one status at a time, and read that way every order of one status was
// booked before the older ones of the next. Moneybird numbers sales invoices as they are sent, so
// only booking in order-number order gives invoice numbers that follow the invoice dates, as an
// accountant expects. The Moneybird simulator's numbering is the oracle.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, worldPerTest } from './support';

const SINCE = '2024-01-01';
const STATUSES = [3, 2, 6] as const;

const worlds = worldPerTest();

/** Plain paid orders, numbered by date, their completed statuses taking turns (so each status's list is spread over the whole period). */
function ordersAcrossStatuses(count: number): MwwOrder[] {
  const plain = generateOrders({ seed: 31, count: count * 3 })
    .filter((o) => isPlainDomesticSale(o, SINCE))
    .slice(0, count)
    .sort((a, b) => a.date.localeCompare(b.date));
  return plain.map((order, i) => ({ ...order, number: 5001 + i, status: STATUSES[i % STATUSES.length]! }));
}

describe('the order in which an import books', () => {
  it('books in order-number order across the statuses, so invoice numbers follow the dates', async () => {
    // More than one batch of 100: the merge of the statuses' lists goes on across batches.
    const orders = ordersAcrossStatuses(130);
    expect(orders).toHaveLength(130);
    const world = await worlds.start({ orders, rateWindowSeconds: 1 });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    expect(report.counts.booked).toBe(orders.length);

    // The order the engine worked in, and the order Moneybird numbered the invoices in.
    const worked = report.orders.map((o) => Number(o.orderNumber));
    expect(worked).toEqual([...worked].sort((a, b) => a - b));
    const sequence = (invoiceId: string) => Number(invoiceId.split('-').at(-1));
    const numbered = world.moneybird.books
      .salesInvoices()
      .map((i) => ({
        sequence: sequence(String(i.invoice_id)),
        date: String(i.invoice_date),
        ref: String(i.reference),
      }))
      .sort((a, b) => a.sequence - b.sequence);
    expect(numbered).toHaveLength(orders.length);
    expect(numbered.map((i) => i.ref)).toEqual(orders.map((o) => `MWW-${o.number}`));
    const dates = numbered.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
  });
});
