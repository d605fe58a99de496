// The right VAT box: an intra-EU B2B order (tax_strategy reverse_charged_vat) is an intra-community
// supply, box 3b and the ICP listing. It books on the intra-community rate; booked on the domestic
// "Btw verlegd" (box 1e) the invoice Moneybird made says so on its lines, and the order is parked.
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/main/core/money';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/** A paid, completed order the shop sold reverse-charged to a business in another EU country. */
function intraEuOrder(): MwwOrder {
  const order = generateOrders({ seed: 21, count: 200 }).find(
    (o) =>
      [2, 3, 6, 10].includes(Number(o.status)) &&
      o.payment_status === 'captured' &&
      !o.sim_test_order &&
      !o.credited_order_number &&
      o.tax_strategy === 'reverse_charged_vat' &&
      o.date >= SINCE &&
      parseDecimal(String(o.price?.total ?? '0')) > 0n,
  );
  expect(order, 'the generator makes intra-EU B2B orders').toBeDefined();
  return order!;
}

async function rateId(w: SyncWorld, name: string): Promise<string> {
  const response = await fetch(
    `${w.moneybird.apiBaseUrl}/${w.moneybird.administrationId}/tax_rates.json?filter=tax_rate_type:sales_invoice`,
    { headers: { authorization: `Bearer ${w.moneybird.token}` } },
  );
  const rates = (await response.json()) as Array<{ id: string; name: string }>;
  const found = rates.find((r) => r.name === name);
  if (!found) throw new Error(`No tax rate "${name}" in the simulator`);
  return found.id;
}

describe('intra-EU B2B sales land in box 3b', () => {
  it('books an intra-EU B2B order on the intra-community rate, which Moneybird puts in NL/3b', async () => {
    const order = intraEuOrder();
    const world = await worlds.start({ orders: [order] });
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    expect(report.counts.booked).toBe(1);
    const entry = world.runtime.store.journal.get(String(order.number))!;
    expect(entry.state).toBe('done');
    const [invoice] = world.moneybird.books.salesInvoices();
    expect(invoice.state).toBe('paid');
    const icp = await rateId(world, 'Intracommunautaire levering');
    expect(invoice.details.length).toBeGreaterThan(0);
    for (const detail of invoice.details) {
      expect(detail.tax_rate_id).toBe(icp);
      expect(detail.tax_report_reference).toEqual(['NL/3b']);
    }
  });

  it('parks the order, with the rate and the box, when the invoice comes back in the wrong box', async () => {
    const order = intraEuOrder();
    const world = await worlds.start({ orders: [order] });
    // A mapping that points the reverse charge at the domestic "Btw verlegd", deliberately.
    const verlegd = await rateId(world, 'Btw verlegd');
    const mapping = world.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
    const taxRates = (mapping.taxRates ?? {}) as Record<string, unknown>;
    world.runtime.store.settings.set(bookkeepingMappingSetting, {
      ...mapping,
      taxRates: { ...taxRates, reverseCharge: verlegd },
    });

    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.orders[0]).toMatchObject({ outcome: 'parked', reasonCode: 'vat_box_wrong' });
    const entry = world.runtime.store.journal.get(String(order.number))!;
    expect(entry.state).toBe('parked');
    expect(entry.reason?.code).toBe('vat_box_wrong');
    expect(entry.reason?.message.nl).toContain('"Btw verlegd"');
    // The boxes as the aangifte names them; Moneybird's own names stay in the details, for support.
    expect(entry.reason?.message.nl).toContain('tarief "Btw verlegd" staat in rubriek 1e');
    expect(entry.reason?.message.nl).toContain('hoort de omzet in rubriek 3b en de ICP-opgaaf');
    expect(entry.reason?.message.nl).not.toContain('NL/');
    expect(entry.reason?.message.en).toContain('rate "Btw verlegd" is in box 1e');
    expect(entry.reason?.message.en).not.toContain('NL/');
    expect(entry.reason?.message.en).toContain('"Btw verlegd"');
    expect(entry.reason?.message.en).toContain('box 3b');
    expect(entry.reason?.details).toMatchObject({
      treatment: 'reverse_charge',
      boxes: [{ taxRateId: verlegd, invoiceBoxes: ['NL/1e'], requiredBoxes: ['NL/3b'] }],
    });

    // Handled as a totals difference is: the draft stays in Moneybird, unsent and unpaid, named.
    const invoices = world.moneybird.books.salesInvoices();
    expect(invoices).toHaveLength(1);
    expect(invoices[0].state).toBe('draft');
    expect(invoices[0].payments).toEqual([]);
    expect(entry.moneybird.invoiceId).toBe(invoices[0].id);
    // The draft named as the owner finds it in Moneybird: by its reference, not an internal id.
    expect(entry.reason?.message.nl).toContain(`referentie ${invoices[0].reference}`);
    expect(entry.reason?.message.nl).not.toContain(invoices[0].id);
    // The log names the order once: the reason opens with it, so no "Bestelling … wacht op jou:" before it.
    const logged = world.runtime.store.log
      .recent({ orderNumber: String(order.number), limit: 50 })
      .find((line) => line.level === 'warn');
    expect(logged?.message.nl).toMatch(new RegExp(`^Bestelling ${order.number} zou in Moneybird`));
    expect(logged?.message.en).toMatch(new RegExp(`^Order ${order.number} would land in`));

    // A retry checks the invoice as Moneybird holds it: still in box 1e, so parked again, and
    // nothing is created twice.
    world.runtime.engine.retry(String(order.number));
    const again = await world.runtime.engine.run('manual');
    expect(again.outcome).toBe('completed');
    expect(world.runtime.store.journal.get(String(order.number))!.reason?.code).toBe('vat_box_wrong');
    expect(world.moneybird.books.salesInvoices()).toHaveLength(1);
  });
});
