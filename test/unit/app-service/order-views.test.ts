// How the orders screen words what it is given: the journal's states, Moneybird links, the VAT rate
// of an invoice's lines, the customer, the activity list's invoice numbers, the period presets and
// the search request.
import { describe, expect, it } from 'vitest';
import {
  invoiceView,
  moneybirdLinks,
  ratePercentagesOf,
  summaryOfRow,
} from '../../../src/main/core/app-service/order-views';
import type { Order } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { salesInvoiceSchema } from '../../../src/main/core/moneybird/schemas';
import type { OrderOverviewRow } from '../../../src/main/core/store';
import { customerOf, numbered } from '../../../src/main/core/sync/order-overview-facts';
import { withInvoiceNumber } from '../../../src/renderer/components/orders/invoice-names';
import { periodOf, presetOf } from '../../../src/renderer/components/orders/period';
import { DEFAULT_FILTERS, searchArgsOf } from '../../../src/renderer/state/orders-store';

const row = (patch: Partial<OrderOverviewRow>): OrderOverviewRow => ({
  orderNumber: '1001',
  state: 'done',
  orderDate: '2025-03-01',
  customerName: null,
  customerEmail: null,
  shopTotal: '24.950000',
  currency: 'EUR',
  invoiceNumber: null,
  creditedOrderNumber: null,
  reasonCode: null,
  reasonNl: null,
  reasonEn: null,
  bookedAt: null,
  bookedGone: 0,
  cancelledInShop: 0,
  ...patch,
});

describe('an order in the list', () => {
  it('says why it is held, and that an unpaid order waits for its payment', () => {
    expect(
      summaryOfRow(row({ state: 'parked', reasonNl: 'Kies een tarief.', reasonEn: 'Choose a rate.' })),
    ).toMatchObject({
      state: 'parked',
      reason: { nl: 'Kies een tarief.', en: 'Choose a rate.' },
      total: '24.95',
    });
    expect(summaryOfRow(row({ state: 'discovered' })).reason?.nl).toContain('Nog niet betaald');
    expect(summaryOfRow(row({ state: 'sent', reasonNl: 'oud', reasonEn: 'old' }))).toMatchObject({
      state: 'in_progress',
      reason: null,
    });
    // A damaged amount shows as unknown rather than breaking the list.
    expect(summaryOfRow(row({ shopTotal: 'twaalf' })).total).toBeNull();
  });
});

describe('links into Moneybird', () => {
  it('open the sales or external invoice and the contact in the administration, or nothing unknown', () => {
    const ids = { contactId: '7', invoiceId: '9', paymentId: null };
    expect(moneybirdLinks('123', { bookingStyle: 'sales_invoice', moneybird: ids })).toEqual({
      invoice: 'https://moneybird.com/123/sales_invoices/9',
      contact: 'https://moneybird.com/123/contacts/7',
    });
    expect(moneybirdLinks('123', { bookingStyle: 'external_invoice', moneybird: ids }).invoice).toBe(
      'https://moneybird.com/123/external_sales_invoices/9',
    );
    expect(
      moneybirdLinks('123', { bookingStyle: 'sales_invoice', moneybird: { ...ids, invoiceId: null } })
        .invoice,
    ).toBeNull();
    expect(moneybirdLinks(undefined, { bookingStyle: 'sales_invoice', moneybird: ids })).toEqual({
      invoice: null,
      contact: null,
    });
  });
});

describe('the invoice as booked', () => {
  const invoice = salesInvoiceSchema.parse({
    id: '9',
    contact_id: '7',
    contact: {
      id: '7',
      company_name: 'Bakkerij Zo',
      firstname: 'Jan',
      lastname: 'de Vries',
      email: 'jan@example.nl',
    },
    state: 'paid',
    invoice_id: '2025-0042',
    invoice_date: '2025-03-02',
    reference: 'MWW-1001',
    currency: 'EUR',
    prices_are_incl_tax: true,
    total_price_excl_tax: '91.74',
    total_price_incl_tax: '100.40',
    details: [
      { id: '1', tax_rate_id: '21', description: 'Taart', price: '60.50', amount_decimal: '1' },
      { id: '2', tax_rate_id: '9', description: 'Koffie', price: '39.90', amount_decimal: '3' },
    ],
    tax_totals: [
      { tax_rate_id: '21', taxable_amount: '50.00', tax_amount: '10.50' },
      { tax_rate_id: '9', taxable_amount: '36.61', tax_amount: '3.29' },
    ],
    payments: [
      {
        id: '5',
        price: '100.40',
        payment_date: '2025-03-03',
        invoice_id: '9',
        financial_account_id: '3',
        transaction_identifier: ' tr_WDqYK6vllg ',
        manual_payment_action: null,
      },
    ],
  });

  it('names each line and VAT total by its percentage: the mapping’s, else worked out from the totals', () => {
    const known = ratePercentagesOf({ taxRates: { domestic: { '21': '21' } } });
    const view = invoiceView('sales_invoice', invoice, known);
    expect(view).toMatchObject({
      number: '2025-0042',
      date: '2025-03-02',
      state: 'paid',
      totalInclVat: '100.40',
      contact: { name: 'Bakkerij Zo (Jan de Vries)', email: 'jan@example.nl' },
      payments: [{ date: '2025-03-03', amount: '100.40', transaction: 'tr_WDqYK6vllg' }],
    });
    expect(view.lines.map((l) => [l.description, l.quantity, l.rate])).toEqual([
      ['Taart', '1', '21'],
      ['Koffie', '3', '9'],
    ]);
    expect(view.vat).toEqual([
      { rate: '21', name: null, amount: '10.50', taxable: '50.00' },
      { rate: '9', name: null, amount: '3.29', taxable: '36.61' },
    ]);
  });

  it('reads the mapping loosely: OSS rates per country, the 0 % rates, and skips what is not a rate', () => {
    const known = ratePercentagesOf({
      taxRates: {
        domestic: { '9': 'a', x: 'b' },
        oss: { BE: { '21': 'c' } },
        reverseCharge: 'd',
        export: 'e',
      },
    });
    expect(Object.fromEntries(known)).toEqual({ a: '9', c: '21', d: '0', e: '0' });
    expect(ratePercentagesOf({}).size).toBe(0);
  });

  it('takes a sales invoice’s number once sent, and none from a draft', () => {
    expect(numbered(invoice)).toEqual({ invoiceNumber: '2025-0042' });
    expect(numbered({ ...invoice, invoice_id: null })).toEqual({});
  });
});

describe('who ordered', () => {
  const order = (debtor: Order['debtor']) => ({ debtor }) as Order;
  it('is the invoice address’s name with the company, else what the debtor says', () => {
    expect(
      customerOf(order({ email: ' jan@example.nl ', invoiceAddress: { name: 'Jan', company: 'Zo BV' } })),
    ).toEqual({ customerName: 'Jan (Zo BV)', customerEmail: 'jan@example.nl' });
    expect(customerOf(order({ name: 'Piet' }))).toEqual({ customerName: 'Piet', customerEmail: null });
    expect(customerOf(order({ invoiceAddress: { company: 'Zo BV' } })).customerName).toBe('Zo BV');
    expect(customerOf(order({}))).toEqual({ customerName: null, customerEmail: null });
  });
});

describe('the activity list', () => {
  it('names an invoice by its number where a line names Moneybird’s id, and leaves other text alone', () => {
    const invoice = { invoiceId: '480168124895530982', invoiceNumber: '2025-0042' };
    expect(withInvoiceNumber('Bestelling 1001 geboekt (factuur 480168124895530982).', invoice)).toBe(
      'Bestelling 1001 geboekt (factuur 2025-0042).',
    );
    expect(withInvoiceNumber('Bestelling 1001 geparkeerd.', invoice)).toBe('Bestelling 1001 geparkeerd.');
    expect(withInvoiceNumber('factuur 48', { invoiceId: '48', invoiceNumber: null })).toBe('factuur 48');
    expect(withInvoiceNumber('factuur 48', undefined)).toBe('factuur 48');
  });
});

describe('the period filter', () => {
  const today = new Date(2025, 2, 15); // 15 March 2025, local time
  it('turns presets into order dates, both ends included, and recognises them again', () => {
    expect(periodOf('thisMonth', today)).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(periodOf('lastMonth', today)).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(periodOf('lastMonth', new Date(2025, 0, 10))).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(periodOf('thisYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetOf('2025-02-01', '2025-02-28', today)).toBe('lastMonth');
    expect(presetOf(null, null, today)).toBe('all');
    expect(presetOf('2025-02-02', null, today)).toBe('custom');
  });

  it('asks the core only for what is chosen', () => {
    expect(searchArgsOf(DEFAULT_FILTERS)).toEqual({ page: 1, pageSize: 50 });
    expect(
      searchArgsOf({ ...DEFAULT_FILTERS, query: '  jan ', states: ['parked'], from: '2025-01-01', page: 3 }),
    ).toEqual({ query: 'jan', states: ['parked'], from: '2025-01-01', page: 3, pageSize: 50 });
  });

  it('asks for the next pages as of the list the screen shows, and for page 1 as it is now', () => {
    const shown = { asOf: 4711 };
    expect(searchArgsOf({ ...DEFAULT_FILTERS, page: 2 }, shown)).toEqual({
      page: 2,
      pageSize: 50,
      asOf: 4711,
    });
    expect(searchArgsOf({ ...DEFAULT_FILTERS, page: 1 }, shown)).toEqual({ page: 1, pageSize: 50 });
    expect(searchArgsOf({ ...DEFAULT_FILTERS, page: 2 }, null)).toEqual({ page: 2, pageSize: 50 });
  });
});
