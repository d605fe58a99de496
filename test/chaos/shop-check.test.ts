// The chaos test's check of a booked invoice against the shop's own order (support/shop-check.ts):
// silent on an invoice that books the order right, and naming each kind of mistake it exists for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MwwOrder } from '../sim/mijnwebwinkel/types';
import { type MoneybirdSim, startMoneybirdSim } from '../sim/moneybird/index';
import { invoiceDifferencesFromShop, type ShopCheckContext } from './support/shop-check';
import type { ChaosTaxRate } from './support/world';

// biome-ignore lint/suspicious/noExplicitAny: plain API JSON
type Json = any;

let sim: MoneybirdSim;
let context: ShopCheckContext;
let rates: ChaosTaxRate[];
let invoice: Json;
let revenue: string;
let rounding: string;

async function call(method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${sim.apiBaseUrl}/${sim.administrationId}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

/** Two lines at 21 % and one at 9 %; the shop rounds VAT per line (0.17 + 0.17 and 0.41). */
const order = {
  number: 5001,
  date: '2024-05-17',
  time: '10:00:00',
  status: 3,
  status_changed_date: '2024-05-18',
  currency: 'EUR',
  tax_region: 'NL',
  tax_strategy: '',
  orderlines: [
    {
      type: 'article',
      quantity: 1,
      price: { amount: '0.826446', amount_including_tax: '1.00', rate: '21.00' },
    },
    {
      type: 'article',
      quantity: 1,
      price: { amount: '0.826446', amount_including_tax: '1.00', rate: '21.00' },
    },
    {
      type: 'shipping',
      quantity: 1,
      price: { amount: '4.541284', amount_including_tax: '4.95', rate: '9.00' },
    },
  ],
  price: {
    total: '6.95',
    tax: [
      { rate: '21.00', amount: '0.34' },
      { rate: '9.00', amount: '0.41' },
    ],
  },
} as unknown as MwwOrder;

beforeAll(async () => {
  sim = await startMoneybirdSim({ seed: 9, rateLimit: null });
  const listed: Json[] = await call('GET', '/tax_rates.json?filter=tax_rate_type:sales_invoice');
  rates = listed.map((r) => ({
    id: r.id,
    name: r.name,
    percentage: r.percentage,
    country: r.country ?? null,
  }));
  const ledgers: Json[] = await call('GET', '/ledger_accounts.json');
  revenue = ledgers.find((l) => l.name === 'Omzet').id;
  rounding = ledgers.find((l) => l.name === 'Ongecategoriseerde inkomsten').id;
  context = { taxRates: rates, revenueLedgers: new Set([revenue]), roundingLedger: rounding };
  const rate = (name: string) => rates.find((r) => r.name === name)!.id;
  const contact = await call('POST', '/contacts.json', { contact: { company_name: 'Klant B.V.' } });
  const created = await call('POST', '/sales_invoices.json', {
    sales_invoice: {
      contact_id: contact.id,
      reference: 'MWW-5001',
      invoice_date: '2024-05-17',
      prices_are_incl_tax: true,
      details_attributes: [
        {
          description: 'a',
          amount: '2',
          price: '1.00',
          tax_rate_id: rate('21% btw'),
          ledger_account_id: revenue,
        },
        {
          description: 'b',
          amount: '1',
          price: '4.95',
          tax_rate_id: rate('9% btw'),
          ledger_account_id: revenue,
        },
      ],
    },
  });
  await call('PATCH', `/sales_invoices/${created.id}/send_invoice.json`, {
    sales_invoice_sending: { delivery_method: 'Manual' },
  });
  await call('POST', `/sales_invoices/${created.id}/payments.json`, {
    payment: { payment_date: '2024-05-18', price: '6.95' },
  });
  invoice = sim.books.salesInvoices().find((i: Json) => i.id === created.id);
});
afterAll(() => sim.close());

const variant = (change: (copy: Json) => void) => {
  const copy = structuredClone(invoice);
  change(copy);
  return invoiceDifferencesFromShop(order, copy, context);
};

describe('a booked invoice against the shop order', () => {
  it('finds nothing wrong with an invoice that books the order (VAT 0.35 at 21 % is rounding)', () => {
    // Moneybird: 2.00 × 21/121 = 0.347 -> 0.35; the shop's 0.34 is within per-line rounding.
    expect(invoiceDifferencesFromShop(order, invoice, context)).toEqual([]);
  });

  it('names a wrong date, a payment on a day the shop never named, and a wrong currency', () => {
    expect(variant((i) => (i.invoice_date = '2024-05-16'))).toEqual([
      "invoice date 2024-05-16, the order's date is 2024-05-17",
    ]);
    expect(variant((i) => (i.payments[0].payment_date = '2024-06-01'))[0]).toMatch(
      /payment dated 2024-06-01/,
    );
    expect(variant((i) => (i.currency = 'USD'))[0]).toMatch(/currency USD/);
  });

  it('names a shop line on a ledger the owner did not map, and a line at the wrong rate', () => {
    expect(variant((i) => (i.details[1].ledger_account_id = rounding.replace(/.$/, '9'))).join()).toMatch(
      /did not map/,
    );
    const zero = rates.find((r) => r.name === '0% btw')!.id;
    const moved = variant((i) => (i.details[1].tax_rate_id = zero));
    expect(moved.join('\n')).toMatch(/lines at 9.00 % add up to 0.00, the shop's lines to 4.95/);
    expect(moved.join('\n')).toMatch(/lines at 0.00 % add up to 4.95/);
  });

  it('names VAT beyond per-line rounding, and a total Moneybird shows that its lines do not make', () => {
    const bigger = structuredClone(order) as Json;
    bigger.price.tax[0].amount = '0.37';
    expect(invoiceDifferencesFromShop(bigger, invoice, context)).toEqual([
      "VAT at 21.00 % is 0.35, the shop's is 0.37 (2 lines)",
    ]);
    expect(variant((i) => (i.total_price_incl_tax = '7.0'))[0]).toMatch(/its lines add up to 6.95/);
  });
});
