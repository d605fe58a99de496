// How the orders screen words what it is given: the journal's states, Moneybird links, the VAT rate
// of an invoice's lines, the customer, the activity list's invoice numbers, the period presets and
// the search request.
import { describe, expect, it } from 'vitest';
import {
  highestRateFirst,
  invoiceNamesOf,
  invoiceView,
  moneybirdLinks,
  ratePercentagesOf,
  shopOrderView,
  summaryOfEntry,
  summaryOfRow,
} from '../../../src/main/core/app-service/order-views';
import { type Order, parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { parseDecimal, toFixed } from '../../../src/main/core/money/decimal';
import {
  externalSalesInvoiceSchema,
  ledgerAccountSchema,
  salesInvoiceSchema,
  taxRateSchema,
} from '../../../src/main/core/moneybird/schemas';
import { shopFiguresOf } from '../../../src/main/core/reconciliation/order-figures';
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

  it('shows a credit order below zero, as its credit note books it, however the shop states it', () => {
    // The shop states a credit with positive amounts; its credit note takes them off the books.
    const credit = row({ orderNumber: '1023', creditedOrderNumber: '1019', shopTotal: '13.900000' });
    expect(summaryOfRow(credit).total).toBe('-13.9');
    // A shop that sends it negative already: negative once, not turned back.
    expect(summaryOfRow({ ...credit, shopTotal: '-13.90' }).total).toBe('-13.9');
    expect(summaryOfRow({ ...credit, shopTotal: '0' }).total).toBe('0');
    expect(summaryOfRow({ ...credit, shopTotal: null }).total).toBeNull();
    // A sale stays as it is, also a rare one below zero.
    expect(summaryOfRow(row({ shopTotal: '-2.50' })).total).toBe('-2.5');
  });

  it('gives the order’s page the same total as the list', () => {
    const entry = {
      orderNumber: '1044',
      state: 'done',
      orderDate: '2026-11-19',
      customerName: null,
      customerEmail: null,
      shopTotal: parseDecimal('199.75'),
      currency: 'EUR',
      invoiceNumber: '2026-0042',
      creditedOrderNumber: '1043',
      reason: null,
      bookedAt: Date.parse('2026-11-29T15:59:00Z'),
    } as unknown as Parameters<typeof summaryOfEntry>[0];
    expect(summaryOfEntry(entry).total).toBe('-199.75');
    expect(summaryOfEntry({ ...entry, creditedOrderNumber: null }).total).toBe('199.75');
  });
});

function shopOrder(patch: Record<string, unknown>): Order {
  const parsed = parseOrder({ number: 1002, date: '2026-10-20', status: 3, debtor: {}, ...patch });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.order;
}

describe('the order as the shop has it', () => {
  const sale = shopOrder({
    price: {
      total: '96.45',
      tax: [
        { rate: 9, amount: '6.43' },
        { rate: 21, amount: '0.87' },
      ],
    },
    orderlines: [
      {
        type: 'article',
        description: 'Stroopwafels (doos van 12)',
        quantity: 12,
        price: { rate: 9, amount: '71.45', amount_including_tax: '77.88' },
      },
      {
        type: 'article',
        description: 'Theedoek',
        quantity: 3,
        price: { rate: 21, amount: '4.14', amount_including_tax: '5.00' },
      },
      { type: 'shipping', quantity: 1, price: { rate: 0, amount: '13.57', amount_including_tax: '13.57' } },
    ],
  });

  it('gives each line its quantity, its price per item and its amount, both incl. VAT', () => {
    const view = shopOrderView(sale);
    expect(view.lines.map((l) => [l.description, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['Stroopwafels (doos van 12)', 12, '6.49', '77.88'],
      // 3 for € 5,00 is no price in whole cents: not made up.
      ['Theedoek', 3, null, '5.00'],
      ['shipping', 1, '13.57', '13.57'],
    ]);
  });

  it('shows the turnover excl. VAT at each rate, as the month per VAT rate counts it for the shop', () => {
    const view = shopOrderView(sale);
    expect(view.vat).toEqual([
      { rate: '21', name: null, amount: '0.87', taxable: '4.13' },
      { rate: '9', name: null, amount: '6.43', taxable: '71.45' },
      // A rate without VAT the shop lists none for is turnover all the same.
      { rate: '0', name: null, amount: '0.00', taxable: '13.57' },
    ]);
    const month = shopFiguresOf(sale, 'NL');
    expect(view.vat.map((v) => [v.rate, v.taxable, v.amount])).toEqual(
      month.map((m) => [m.rate, toFixed(m.exclTax, 2), toFixed(m.vat, 2)]),
    );
  });

  it('gives the customer’s country by its code, for the page to name it in its own language', () => {
    const at = (invoice: Record<string, unknown>) =>
      shopOrderView(shopOrder({ debtor: { address: { invoice } } })).customer;
    const oss = { street: 'Kerkplein', number: '22', zipcode: '5341 GE', city: 'Oss' };
    expect(at({ ...oss, country_code: 'nl', country: 'Nederland' })).toMatchObject({
      address: 'Kerkplein 22, 5341 GE Oss',
      countryCode: 'NL',
      country: 'Nederland',
    });
    // Only a name (the shop's older field): kept as the shop sent it, no code made up.
    expect(at({ ...oss, country: 'Nederland' })).toMatchObject({ countryCode: null, country: 'Nederland' });
    // Something that is no ISO code is no code.
    expect(at({ ...oss, country_code: 'Nederland' })).toMatchObject({ countryCode: null, country: null });
  });

  it('leaves a redeemed gift card out of the turnover, and shows a credit in the shop’s own sign', () => {
    const withGiftCard = shopOrderView(
      shopOrder({
        price: { total: '7.10', tax: [{ rate: 21, amount: '2.10' }] },
        orderlines: [
          { type: 'article', quantity: 1, price: { rate: 21, amount: '10', amount_including_tax: '12.10' } },
          { type: 'giftcard', quantity: 1, price: { rate: 0, amount: '-5', amount_including_tax: '-5.00' } },
        ],
      }),
    );
    expect(withGiftCard.vat).toEqual([{ rate: '21', name: null, amount: '2.10', taxable: '10.00' }]);

    const credit = shopOrderView(
      shopOrder({
        number: 1023,
        credited_order_number: 1019,
        price: { total: '13.90', tax: [{ rate: 9, amount: '1.15' }] },
        orderlines: [
          {
            type: 'article',
            description: 'Honing uit de Betuwe',
            quantity: 1,
            price: { rate: 9, amount: '8.21', amount_including_tax: '8.95' },
          },
          { type: 'shipping', quantity: 1, price: { rate: 9, amount: '4.54', amount_including_tax: '4.95' } },
        ],
      }),
    );
    expect(credit.total).toBe('13.90');
    expect(credit.lines.map((l) => [l.unitPrice, l.amount])).toEqual([
      ['8.95', '8.95'],
      ['4.95', '4.95'],
    ]);
    expect(credit.vat).toEqual([{ rate: '9', name: null, amount: '1.15', taxable: '12.75' }]);
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

  it('gives each line its amount, the price times the quantity, as the shop’s lines have it', () => {
    const view = invoiceView('sales_invoice', invoice, new Map());
    expect(view.lines.map((l) => [l.quantity, l.price, l.amount])).toEqual([
      ['1', '60.50', '60.50'],
      ['3', '39.90', '119.70'],
    ]);
    const unsized = salesInvoiceSchema.parse({
      ...invoice,
      details: [{ id: '1', tax_rate_id: '21', description: 'Taart', price: '6.49', amount_decimal: null }],
    });
    expect(invoiceView('sales_invoice', unsized, new Map()).lines[0]).toMatchObject({
      quantity: null,
      amount: '6.49',
    });
  });

  it('is a credit invoice when it credits another invoice, books a credit order or is below zero', () => {
    expect(invoiceView('sales_invoice', invoice, new Map()).credit).toBe(false);
    const note = salesInvoiceSchema.parse({
      ...invoice,
      original_sales_invoice_id: '8',
      total_price_incl_tax: '-13.90',
      total_price_excl_tax: '-12.75',
      details: [
        {
          id: '1',
          tax_rate_id: '9',
          description: 'Honing uit de Betuwe',
          price: '-8.95',
          amount_decimal: '1',
        },
      ],
    });
    const view = invoiceView('sales_invoice', note, new Map());
    expect(view.credit).toBe(true);
    expect(view.lines[0]).toMatchObject({ price: '-8.95', amount: '-8.95' });
    // Not linked (the original's credit note made by hand), but below zero all the same.
    expect(invoiceView('sales_invoice', { ...note, original_sales_invoice_id: null }, new Map()).credit).toBe(
      true,
    );
    // An external invoice has no link: the order tells it, also at a total of nothing.
    const external = externalSalesInvoiceSchema.parse({
      ...invoice,
      date: '2025-03-02',
      total_price_incl_tax: '0.00',
      total_price_excl_tax: '0.00',
    });
    expect(invoiceView('external_invoice', external, new Map()).credit).toBe(false);
    expect(invoiceView('external_invoice', external, new Map(), true).credit).toBe(true);
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

  it('names each line’s tax rate with its part of the VAT return, and its ledger account with its code', () => {
    const rate = (id: string, name: string, extra: Record<string, unknown> = {}) =>
      taxRateSchema.parse({
        id,
        name,
        percentage: '0.0',
        tax_rate_type: 'sales_invoice',
        active: true,
        country: null,
        ...extra,
      });
    const ledger = (id: string, name: string, code: string | null) =>
      ledgerAccountSchema.parse({
        id,
        name,
        account_type: 'revenue',
        account_id: code,
        parent_id: null,
        financial_account_id: null,
      });
    const names = invoiceNamesOf(
      [
        rate('301', 'Intracommunautaire levering'),
        rate('302', 'BE 21% btw', { percentage: '21.0', country: 'BE' }),
        rate('303', 'Geen btw', { tax_report_reference: [] }),
        rate('304', 'Btw verlegd'),
      ],
      [ledger('401', 'Omzet', '8000'), ledger('402', 'Verzendkosten', null)],
    );
    const detail = (id: string, patch: Record<string, unknown>) => ({
      id,
      description: `regel ${id}`,
      price: '10.00',
      amount_decimal: '1',
      ledger_account_id: '401',
      ...patch,
    });
    const zeroRated = salesInvoiceSchema.parse({
      ...invoice,
      details: [
        // Moneybird says per line where it put it: that comes first.
        detail('1', { tax_rate_id: '301', tax_report_reference: ['NL/3b'] }),
        // An OSS rate is in the OSS return for its country, also when the line does not say.
        detail('2', { tax_rate_id: '302' }),
        // The rate itself says it is outside the return.
        detail('3', { tax_rate_id: '303', ledger_account_id: '402' }),
        // The domestic reverse charge is box 1e, though it is 0 % too: the line tells them apart.
        detail('4', { tax_rate_id: '304', tax_report_reference: ['NL/1e'] }),
        // A rate and an account Moneybird's lists do not hold, and no box: nothing made up.
        detail('5', { tax_rate_id: '305', ledger_account_id: '403' }),
      ],
    });
    const view = invoiceView('sales_invoice', zeroRated, new Map(), false, names);
    expect(view.lines.map((l) => [l.taxRateName, l.vatBox, l.ledgerAccount])).toEqual([
      ['Intracommunautaire levering', 'NL/3b', { name: 'Omzet', code: '8000' }],
      ['BE 21% btw', 'OSS/BE', { name: 'Omzet', code: '8000' }],
      ['Geen btw', 'none', { name: 'Verzendkosten', code: null }],
      ['Btw verlegd', 'NL/1e', { name: 'Omzet', code: '8000' }],
      [null, null, null],
    ]);
    // Without Moneybird's names (its lists could not be read) the lines show their percentages only.
    expect(invoiceView('sales_invoice', zeroRated, new Map()).lines[0]).toMatchObject({
      taxRateName: null,
      vatBox: 'NL/3b',
      ledgerAccount: null,
    });
  });

  it('lists the VAT per rate highest first, as the shop’s side is, each by its name in Moneybird', () => {
    const lowFirst = salesInvoiceSchema.parse({
      ...invoice,
      tax_totals: [...invoice.tax_totals].reverse(),
    });
    const names = invoiceNamesOf(
      [
        taxRateSchema.parse({
          id: '9',
          name: '9% btw',
          percentage: '9.0',
          tax_rate_type: 'sales_invoice',
          active: true,
          country: null,
        }),
      ],
      [],
    );
    const known = ratePercentagesOf({ taxRates: { domestic: { '21': '21', '9': '9' } } });
    expect(invoiceView('sales_invoice', lowFirst, known, false, names).vat).toEqual([
      { rate: '21', name: null, amount: '10.50', taxable: '50.00' },
      { rate: '9', name: '9% btw', amount: '3.29', taxable: '36.61' },
    ]);
    // A rate that cannot be told goes last; equal rates keep their order.
    expect(
      highestRateFirst([
        { rate: null, name: 'a', amount: '0', taxable: null },
        { rate: '0', name: 'b', amount: '0', taxable: null },
        { rate: '21', name: 'c', amount: '0', taxable: null },
        { rate: '0', name: 'd', amount: '0', taxable: null },
        { rate: '5.5', name: 'e', amount: '0', taxable: null },
      ]).map((v) => v.name),
    ).toEqual(['c', 'e', 'b', 'd', 'a']);
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
  const today = new Date('2025-03-15T12:00:00Z');
  it('turns presets into order dates, both ends included, and recognises them again', () => {
    expect(periodOf('thisMonth', today)).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(periodOf('lastMonth', today)).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(periodOf('lastMonth', new Date('2025-01-10T12:00:00Z'))).toEqual({
      from: '2024-12-01',
      to: '2024-12-31',
    });
    expect(periodOf('thisYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetOf('2025-02-01', '2025-02-28', today)).toBe('lastMonth');
    expect(presetOf(null, null, today)).toBe('all');
    expect(presetOf('2025-02-02', null, today)).toBe('custom');
  });

  it('counts the months on the shop’s calendar, whatever zone the computer is set to', () => {
    // 23:30 UTC on 31 December is already the new year in Amsterdam, where the orders are dated.
    const newYear = new Date('2026-12-31T23:30:00Z');
    expect(periodOf('thisMonth', newYear)).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect(periodOf('lastMonth', newYear)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodOf('thisYear', newYear)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    // And on the last evening of March, in summer time, two hours ahead of UTC.
    expect(periodOf('thisMonth', new Date('2027-03-31T22:30:00Z'))).toEqual({
      from: '2027-04-01',
      to: '2027-04-30',
    });
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
