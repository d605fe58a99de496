// A customer is one Moneybird contact, found by its match key (the e-mail address, trimmed and
// lower-cased): a contact that is already in Moneybird is used, and orders whose addresses differ
// only in case or spaces share one contact.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/** Two paid, completed Dutch orders of different customers, both with an e-mail address. */
function twoOrders(): [MwwOrder, MwwOrder] {
  const orders = generateOrders({ seed: 51, count: 80 }).filter(
    (o) => isPlainDomesticSale(o, SINCE) && o.debtor?.email,
  );
  expect(orders.length).toBeGreaterThanOrEqual(2);
  return [orders[0]!, orders[1]!];
}

const withEmail = (order: MwwOrder, email: string): MwwOrder => ({
  ...order,
  debtor: { ...order.debtor, email },
});

describe('the contact match key', () => {
  it('uses the contact already in Moneybird, and one contact for addresses that differ only in case', async () => {
    const [a, b] = twoOrders();
    const world = await worlds.start({
      orders: [withEmail(a, 'Truus@Voorbeeld.NL'), withEmail(b, '  truus@voorbeeld.nl ')],
    });
    // The customer is in Moneybird already (entered by hand, the address as she typed it once).
    const response = await fetch(
      `${world.moneybird.apiBaseUrl}/${world.moneybird.administrationId}/contacts.json`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${world.moneybird.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          contact: {
            firstname: 'Truus',
            lastname: 'Voorbeeld',
            send_invoices_to_email: 'TRUUS@voorbeeld.nl',
          },
        }),
      },
    );
    expect(response.status).toBe(201);
    const existing = (await response.json()) as { id: string };

    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.counts.booked).toBe(2);
    expect(world.moneybird.books.contacts()).toHaveLength(1);
    const invoices = world.moneybird.books.salesInvoices();
    expect(invoices).toHaveLength(2);
    for (const invoice of invoices) expect(invoice.contact_id).toBe(existing.id);
  });
});
