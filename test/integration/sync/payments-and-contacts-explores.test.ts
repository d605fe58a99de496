// Payments and customers across several sync runs, as a Dutch shop owner and their accountant rely
// on them. Each test takes one situation end to end through both simulators and the real core:
// - an order paid in two parts, a gift card and iDEAL, each in the shop's payments view, with the
//   owner keeping gift cards on a liability ledger account;
// - a gift card redeemed on the order (a gift_card line) and the rest paid by iDEAL the next day,
//   the gift card on its own financial account;
// - payments captured on another day than the order: bank transfers across a year end (winter
//   time), a month end (summer time) and a week later, and a provider that writes its time in UTC;
// - a payment method the owner never mapped (the default account), and one mapped to an account
//   that is no longer in Moneybird (parked, told, nothing invented, booked once after the fix);
// - transaction references that are very long, non-ASCII, padded, blank or missing;
// - a returning customer who adds a company name and VAT number in the shop (one update, then none);
// - a contact the owner archived and replaced by a new one for the same e-mail address;
// - VAT numbers typed with spaces, dots and lower case, an invalid one on an intra-community supply
//   and an invalid one on a domestic sale;
// - two customers with the same name and address but different e-mail addresses;
// - a business customer who moved from the Netherlands to Belgium (a domestic, then intra-EU order);
// - a contact the owner made by hand that Moneybird would e-mail: every invoice still goes Manual;
// - the contact-update setting switched off and on again between orders.
// What counts: Moneybird's books (payments with dates, identifiers and accounts; contacts and their
// fields; invoices' contacts and rates), the journal's state and reason, the requests where they
// matter, and what the order's page says.
import { describe, expect, it } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import type { MwwInvoiceAddress, MwwOrder } from '../../sim/mijnwebwinkel/types';
import { entryOf, invoiceOf, screensOf } from './deleted-bookings';
import { type LineName, priceOf, sale, TRUUS_ADDRESS } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

// ---- small helpers ---------------------------------------------------------------------------

type Named = { id: string; name: string };
type Logged = { method: string; path: string; body?: unknown; status?: number };
type Payment = {
  payment_date: string;
  price: string;
  financial_account_id: string | null;
  ledger_account_id: string | null;
  manual_payment_action: string | null;
  transaction_identifier: string | null;
};

async function mbGet<T>(w: SyncWorld, path: string): Promise<T> {
  const response = await fetch(`${w.moneybird.apiBaseUrl}/${w.moneybird.administrationId}/${path}`, {
    headers: { authorization: `Bearer ${w.moneybird.token}` },
  });
  expect(response.ok, `GET ${path}`).toBe(true);
  return (await response.json()) as T;
}

const accountId = async (w: SyncWorld, name: string) =>
  (await mbGet<Named[]>(w, 'financial_accounts.json')).find((a) => a.name === name)!.id;

const taxRateId = async (w: SyncWorld, name: string) =>
  (await mbGet<Named[]>(w, 'tax_rates.json?filter=tax_rate_type:sales_invoice')).find((r) => r.name === name)!
    .id;

/** The owner changes the bookkeeping mapping in Settings. */
function remap(w: SyncWorld, patch: Record<string, unknown>) {
  const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
  w.runtime.store.settings.set(bookkeepingMappingSetting, { ...mapping, ...patch });
}

/** One payment record of the shop's payments view, captured at `capturedAt` (ISO with offset). */
function shopPayment(
  id: string,
  method: string,
  cents: number,
  capturedAt: string,
  gatewayReference: string | null,
) {
  return {
    id,
    gateway: 'mollie',
    method,
    gatewayReference,
    price: cents,
    currency: 'EUR',
    storeId: 'store',
    reference: id,
    isTest: false,
    createdAt: capturedAt,
    updatedAt: capturedAt,
    mutations: [
      {
        id: Number(id.replace(/\D/g, '').slice(-6) || '1'),
        type: 'capture',
        reference: null,
        price: cents,
        description: null,
        createdAt: capturedAt,
        expiresAt: null,
      },
    ],
  };
}

/** The shop's payments view answers these records for the order (its provider's own data). */
function shopRecordsPayments(w: SyncWorld, orderNumber: number, payments: unknown[]) {
  w.mww.server.faults.add({
    method: 'GET',
    path: new RegExp(`/orders/${orderNumber}/payments$`),
    times: Number.POSITIVE_INFINITY,
    fault: { kind: 'status', status: 200, body: { payments } },
  });
}

/**
 * A paid sale of `lines` dated `date` at `time` (when its iDEAL payment is captured), its status
 * changed at `changed` (when a bank transfer's is).
 */
function paidSale(
  number: number,
  email: string,
  when: { date: string; time: string; changedDate?: string; changedTime?: string },
  lines: readonly LineName[] = ['mok', 'thee'],
): MwwOrder {
  return {
    ...sale(number, email, lines),
    date: when.date,
    time: when.time,
    status: 3,
    status_changed_date: when.changedDate ?? when.date,
    status_changed_time: when.changedTime ?? when.time,
  };
}

const withMethod = (order: MwwOrder, method: string): MwwOrder => ({
  ...order,
  payment: { gateway_name: 'mollie', method_name: method, status: { id: 1, text: 'Succesvol' } },
});

const ADDRESS = TRUUS_ADDRESS;

/** A sale of its customer with this invoice address (dated tomorrow, as a new order is). */
function customerSale(
  number: number,
  email: string,
  invoice: Partial<MwwInvoiceAddress>,
  lines: readonly LineName[] = ['mok', 'thee'],
): MwwOrder {
  const order = sale(number, email, lines);
  return { ...order, debtor: { email, address: { invoice: { ...ADDRESS, ...invoice } } } };
}

/** An intra-community supply to a business (the shop's reverse charge), zero-rated stamps. */
function intraEuSale(number: number, email: string, invoice: Partial<MwwInvoiceAddress>): MwwOrder {
  const order = customerSale(number, email, { country_code: 'BE', ...invoice }, ['zegels']);
  return {
    ...order,
    business_model: 'B2B',
    tax_strategy: 'reverse_charged_vat',
    shipping: [{ country: { description: 'België', isocode: 'BE' } }],
  };
}

/** The shop sells the order (status Completed) and a scheduled run follows: what it cost. */
async function shopSellsNow(w: SyncWorld, order: MwwOrder) {
  w.mww.shop.addOrder({ ...order, status: 1 });
  w.mww.shop.setStatus(order.number, 3);
  const from = w.moneybird.server.log.entries.length;
  const report = await w.runtime.engine.run('scheduled');
  return { report, requests: moneybirdRequestsSince(w, from) as Logged[] };
}

/** The journal's word on an order, for an assertion's message. */
const told = (w: SyncWorld, n: number) => {
  const e = entryOf(w, n);
  return `${e.state} ${e.reason?.code ?? ''}: ${e.reason?.message.nl ?? ''}`;
};

const paymentsOf = (w: SyncWorld, n: number) => (invoiceOf(w, n)?.payments ?? []) as Payment[];
const isContactList = (r: Logged) => r.method === 'GET' && r.path.includes('/contacts/synchronization');
const contactWrites = (requests: Logged[]) =>
  requests.filter((r) => r.method !== 'GET' && /\/contacts(\/|\.json|$)/.test(r.path) && !isContactList(r));
const contactCreates = (requests: Logged[]) =>
  requests.filter((r) => r.method === 'POST' && /\/contacts(\.json)?$/.test(r.path));
const contactPatches = (requests: Logged[]) =>
  requests.filter((r) => r.method === 'PATCH' && /\/contacts\/\d+(\.json)?$/.test(r.path));
const invoiceCreates = (requests: Logged[]) =>
  requests.filter((r) => r.method === 'POST' && /\/(external_)?sales_invoices(\.json)?$/.test(r.path));
const contactsWithEmail = (w: SyncWorld, email: string) =>
  w.moneybird.books.contacts().filter((c) => c.send_invoices_to_email === email);

const SINCE = '2024-01-01';

async function imported(orders: MwwOrder[], before?: (w: SyncWorld) => Promise<void> | void) {
  const w = await worlds.start({ orders });
  await before?.(w);
  const report = await w.runtime.engine.run('import', { importSince: SINCE });
  expect(report.outcome).toBe('completed');
  return w;
}

// ---- payments --------------------------------------------------------------------------------

describe('an order paid in two parts', () => {
  it('gift card and iDEAL in the shop’s payments view: each its own date and reference; the gift card against the liability ledger the owner keeps them on', async () => {
    const order = paidSale(960_001, 'cadeau@example.nl', {
      date: '2026-10-05',
      time: '14:00:00',
      changedDate: '2026-10-06',
      changedTime: '09:15:00',
    });
    const w = await imported([order], async (w) => {
      const ledger = w.moneybird.owner.addLedgerAccount({
        name: 'Uitstaande cadeaubonnen',
        account_type: 'current_liabilities',
      });
      remap(w, { giftCardLedgerAccountId: ledger.id });
      // The customer redeemed a € 10 gift card at checkout and paid the rest by iDEAL the next morning.
      shopRecordsPayments(w, 960_001, [
        shopPayment('pay-gc-1', 'webshop_giftcard', 1000, '2026-10-05T14:00:05+02:00', 'GC-7H2K-99QX'),
        shopPayment('pay-id-1', 'ideal:ideal_INGBNL2A', 1965, '2026-10-06T09:15:00+02:00', 'tr_split0001'),
      ]);
    });
    const liability = (await mbGet<Named[]>(w, 'ledger_accounts.json')).find(
      (l) => l.name === 'Uitstaande cadeaubonnen',
    )!.id;
    const mollie = await accountId(w, 'Mollie');

    expect(entryOf(w, 960_001).state, told(w, 960_001)).toBe('done');
    const invoice = invoiceOf(w, 960_001)!;
    // The sale is the whole 29.65: a gift card is paid with, not a discount.
    expect(invoice.total_price_incl_tax).toMatch(/^29\.65/);
    expect(invoice.invoice_date).toBe('2026-10-05');
    expect(invoice.state).toBe('paid');
    const payments = paymentsOf(w, 960_001);
    expect(payments).toHaveLength(2);
    const ideal = payments.find((p) => p.transaction_identifier === 'tr_split0001');
    expect(ideal).toMatchObject({ payment_date: '2026-10-06', financial_account_id: mollie });
    expect(ideal?.price).toMatch(/^19\.65/);
    const giftCard = payments.find((p) => p !== ideal);
    expect(giftCard?.price).toMatch(/^10\.0/);
    expect(giftCard?.payment_date).toBe('2026-10-05');
    expect(giftCard?.transaction_identifier).toBe('GC-7H2K-99QX');
    // A gift card among the shop's payment records is no money received: it settles against the
    // liability ledger the owner keeps gift cards on, never on a financial account.
    expect(giftCard).toMatchObject({
      ledger_account_id: liability,
      manual_payment_action: 'balance_settlement',
      financial_account_id: null,
    });
  });

  it('a gift card line on the order and iDEAL the next day: the gift card on its own account on the order date, iDEAL on Mollie on its capture day', async () => {
    const base = paidSale(960_101, 'bon@example.nl', {
      date: '2026-10-12',
      time: '21:40:00',
      changedDate: '2026-10-13',
      changedTime: '08:05:00',
    });
    const order: MwwOrder = {
      ...base,
      price: { tax: priceOf(['mok', 'thee']).tax, total: '19.65' },
      orderlines: [
        ...(base.orderlines ?? []),
        {
          id: `${base.uuid.slice(0, 24)}000009601019`,
          type: 'gift_card',
          quantity: 1,
          description: 'Cadeaubon KDO-2231',
          price: { amount: '-10.000000', amount_including_tax: '-10.00', rate: '0.00' },
        },
      ],
    };
    const w = await imported([order], async (w) => {
      remap(w, {
        financialAccountByPaymentMethod: { webshop_giftcard: await accountId(w, 'Zakelijke rekening') },
      });
      // The customer paid the rest by iDEAL the next morning (through a payment link), so the iDEAL
      // record is not of the moment the order was placed.
      shopRecordsPayments(w, 960_101, [
        shopPayment('pay-id-101', 'ideal:ideal_INGBNL2A', 1965, '2026-10-13T08:05:00+02:00', 'tr_link00101'),
      ]);
    });
    expect(entryOf(w, 960_101).state, told(w, 960_101)).toBe('done');
    const invoice = invoiceOf(w, 960_101)!;
    expect(invoice.total_price_incl_tax).toMatch(/^29\.65/);
    expect(invoice.state).toBe('paid');
    // No line of the invoice carries the gift card: it is no revenue and no discount.
    expect(invoice.details.some((d: { description: string }) => /KDO-2231/.test(d.description))).toBe(false);
    const payments = paymentsOf(w, 960_101).sort((a, b) => a.payment_date.localeCompare(b.payment_date));
    expect(payments.map((p) => [p.payment_date, p.price.replace(/0+$/, ''), p.financial_account_id])).toEqual(
      [
        ['2026-10-12', '10.', await accountId(w, 'Zakelijke rekening')],
        ['2026-10-13', '19.65', await accountId(w, 'Mollie')],
      ],
    );
    // iDEAL carries the provider's transaction (the shop's record), not the booking reference.
    expect(payments[1]!.transaction_identifier).toMatch(/^tr_/);
    // The month per VAT rate has the sale's VAT, untouched by the gift card.
    const figures = screensOf(w).figures({ kind: 'month', year: 2026, index: 10 });
    expect(figures.verdict).toBe('agrees');
    expect(figures.total.shop).toEqual({ inclTax: '29.65', exclTax: '25.00', vat: '4.65' });
    expect(figures.total.booked).toEqual({ inclTax: '29.65', exclTax: '25.00', vat: '4.65' });
  });
  it('a gift card that covers the whole order (nothing left to pay): the invoice is the whole sale, settled against the gift-card ledger, no money invented', async () => {
    const base = paidSale(960_201, 'heel-de-bon@example.nl', { date: '2026-10-20', time: '11:00:00' });
    const { payment: _payment, ...unpaid } = base;
    const order: MwwOrder = {
      ...unpaid,
      payment_status: 'unknown',
      price: { tax: priceOf(['mok', 'thee']).tax, total: '0.00' },
      orderlines: [
        ...(base.orderlines ?? []),
        {
          id: `${base.uuid.slice(0, 24)}000009602019`,
          type: 'gift_card',
          quantity: 1,
          description: 'Cadeaubon KDO-5000',
          price: { amount: '-29.650000', amount_including_tax: '-29.65', rate: '0.00' },
        },
      ],
    };
    let liability = '';
    const w = await imported([order], (w) => {
      liability = w.moneybird.owner.addLedgerAccount({
        name: 'Uitstaande cadeaubonnen',
        account_type: 'current_liabilities',
      }).id;
      remap(w, { giftCardLedgerAccountId: liability });
    });
    expect(entryOf(w, 960_201).state, told(w, 960_201)).toBe('done');
    const invoice = invoiceOf(w, 960_201)!;
    expect(invoice.total_price_incl_tax).toMatch(/^29\.65/);
    expect(invoice.state).toBe('paid');
    const payments = paymentsOf(w, 960_201);
    expect(payments).toHaveLength(1);
    expect(payments[0]!.price).toMatch(/^29\.65/);
    expect(payments[0]).toMatchObject({
      payment_date: '2026-10-20',
      ledger_account_id: liability,
      manual_payment_action: 'balance_settlement',
      financial_account_id: null,
      transaction_identifier: entryOf(w, 960_201).reference,
    });
    // Nothing was asked of the shop's payments view for an order with nothing to pay.
    expect(w.mww.server.log.entries.filter((e) => e.path.includes('/960201/payments'))).toEqual([]);
  });
});

describe('a payment captured on another day than the order', () => {
  it('dates each payment on its capture day in Amsterdam: over a year end, a month end in summer time, a week later, and a UTC timestamp', async () => {
    // Bank transfers: the shop records the capture when the money arrives (the status change); an
    // iDEAL payment would be captured the moment the order was placed.
    const newYear = withMethod(
      paidSale(961_001, 'oud-en-nieuw@example.nl', {
        date: '2025-12-31',
        time: '23:48:00',
        changedDate: '2026-01-01',
        changedTime: '00:20:00',
      }),
      'bank_transfer',
    );
    const spring = withMethod(
      paidSale(961_002, 'lente@example.nl', {
        date: '2026-03-31',
        time: '23:55:00',
        changedDate: '2026-04-01',
        changedTime: '01:30:00',
      }),
      'bank_transfer',
    );
    const transfer = withMethod(
      paidSale(961_003, 'overboeking@example.nl', {
        date: '2026-06-10',
        time: '10:00:00',
        changedDate: '2026-06-17',
        changedTime: '11:00:00',
      }),
      'bank_transfer',
    );
    const utc = paidSale(961_004, 'utc@example.nl', { date: '2026-01-31', time: '23:59:00' });
    const w = await imported([newYear, spring, transfer, utc], async (w) => {
      remap(w, {
        financialAccountByPaymentMethod: { bank_transfer: await accountId(w, 'Zakelijke rekening') },
      });
      // This provider writes its times in UTC: 23:30 Z on 31 January is 00:30 on 1 February in Amsterdam.
      shopRecordsPayments(w, 961_004, [
        shopPayment('pay-utc-1', 'ideal:ideal_INGBNL2A', 2965, '2026-01-31T23:30:00Z', 'tr_utc00001'),
      ]);
    });
    const mollie = await accountId(w, 'Mollie');
    const bank = await accountId(w, 'Zakelijke rekening');
    const expected: Array<[number, string, string, string]> = [
      [961_001, '2025-12-31', '2026-01-01', bank],
      [961_002, '2026-03-31', '2026-04-01', bank],
      [961_003, '2026-06-10', '2026-06-17', bank],
      [961_004, '2026-01-31', '2026-02-01', mollie],
    ];
    for (const [n, invoiceDate, paymentDate, account] of expected) {
      expect(entryOf(w, n).state, told(w, n)).toBe('done');
      const invoice = invoiceOf(w, n)!;
      expect(invoice.invoice_date, `invoice of ${n}`).toBe(invoiceDate);
      expect(invoice.state).toBe('paid');
      const payments = paymentsOf(w, n);
      expect(payments, `payments of ${n}`).toHaveLength(1);
      expect(payments[0], `payment of ${n}`).toMatchObject({
        payment_date: paymentDate,
        financial_account_id: account,
      });
      expect(payments[0]!.transaction_identifier).toMatch(/^tr_/);
    }
    // The revenue stays in the month (and year) of the order: 2025's books hold the New Year's Eve sale.
    expect(screensOf(w).view({ kind: 'month', year: 2025, index: 12 }).explanations.items).toEqual([]);
  });
});

describe('a payment method the owner did not map', () => {
  it('an unmapped method goes to the default account; a method mapped to an account gone from Moneybird parks, says so, writes nothing, and books once after the fix', async () => {
    const w = await worlds.startKnown();
    const mollie = await accountId(w, 'Mollie');
    // The owner mapped cash to the bank account, and PayPal to a PayPal account since removed in Moneybird.
    remap(w, {
      financialAccountByPaymentMethod: {
        cash: await accountId(w, 'Zakelijke rekening'),
        paypal: '987654321987654321',
      },
    });

    const bancontact = withMethod(sale(962_001, 'bancontact@example.be'), 'bancontact');
    const first = await shopSellsNow(w, bancontact);
    expect(first.report.counts.booked).toBe(1);
    const [paid] = paymentsOf(w, 962_001);
    expect(paid).toMatchObject({ financial_account_id: mollie });
    expect(paid!.transaction_identifier).toMatch(/^tr_/);

    const paypal = withMethod(sale(962_002, 'paypal@example.nl'), 'paypal');
    const second = await shopSellsNow(w, paypal);
    const entry = entryOf(w, 962_002);
    expect(entry.state).toBe('parked');
    expect(entry.reason?.code).toBe('financial_account_missing');
    expect(entry.reason?.message.nl).toContain('PayPal');
    expect(entry.reason?.message.nl).toContain('Kies bij Betalingen een rekening');
    // Nothing invented and nothing left behind: no contact, no invoice, no payment for this order.
    expect(invoiceCreates(second.requests)).toEqual([]);
    expect(contactCreates(second.requests)).toEqual([]);
    expect(contactsWithEmail(w, 'paypal@example.nl')).toEqual([]);
    const page = await screensOf(w).detail(962_002);
    expect(page.reasonCode).toBe('financial_account_missing');
    expect(page.summary.reason?.nl).toContain('PayPal');
    expect(page.settingsSection).not.toBeNull();
    expect(page.canRetry).toBe(true);

    // The owner maps PayPal to the credit card account and retries: booked once, on that account.
    const card = await accountId(w, 'Zakelijke creditcard');
    remap(w, {
      financialAccountByPaymentMethod: { cash: await accountId(w, 'Zakelijke rekening'), paypal: card },
    });
    w.runtime.engine.retry('962002');
    await w.runtime.engine.run('manual');
    expect(entryOf(w, 962_002).state, told(w, 962_002)).toBe('done');
    const invoices = w.moneybird.books.salesInvoices().filter((i) => i.reference === entry.reference);
    expect(invoices).toHaveLength(1);
    expect(invoices[0].payments).toHaveLength(1);
    expect(invoices[0].payments[0].financial_account_id).toBe(card);
    expect(contactsWithEmail(w, 'paypal@example.nl')).toHaveLength(1);
  });
});

describe('odd transaction references', () => {
  it('keeps a very long or non-ASCII reference exactly, trims padding, and uses the booking reference when the shop has none', async () => {
    const long = `tr_${'A1b2C3d4E5'.repeat(30)}`;
    const cases: Array<[number, string | null, string | 'booking']> = [
      [963_001, long, long],
      [963_002, 'Überweisung-Ĳssel-€-😀-42', 'Überweisung-Ĳssel-€-😀-42'],
      [963_003, '  tr_trim0001 \n', 'tr_trim0001'],
      [963_004, '   ', 'booking'],
      [963_005, null, 'booking'],
    ];
    const orders = cases.map(([n]) =>
      paidSale(n, `ref-${n}@example.nl`, { date: '2026-09-14', time: '12:00:00' }),
    );
    const w = await imported(orders, (w) => {
      for (const [n, reference] of cases)
        shopRecordsPayments(w, n, [
          shopPayment(`pay-${n}`, 'ideal:ideal_INGBNL2A', 2965, '2026-09-15T10:00:00+02:00', reference),
        ]);
    });
    for (const [n, , expected] of cases) {
      expect(entryOf(w, n).state, told(w, n)).toBe('done');
      const payments = paymentsOf(w, n);
      expect(payments, `payments of ${n}`).toHaveLength(1);
      expect(payments[0]!.payment_date).toBe('2026-09-15');
      expect(payments[0]!.transaction_identifier, `reference of ${n}`).toBe(
        expected === 'booking' ? entryOf(w, n).reference : expected,
      );
    }
    // The order's page shows the payment with the reference Moneybird matches it by.
    const page = await screensOf(w).detail(963_002);
    expect(page.moneybird?.ok && page.moneybird.value.payments).toEqual([
      expect.objectContaining({ date: '2026-09-15', transaction: 'Überweisung-Ĳssel-€-😀-42' }),
    ]);
  });
});

// ---- contacts --------------------------------------------------------------------------------

describe('a returning customer who becomes a business in the shop', () => {
  it('company name and VAT number added at once: one update with both, then nothing on the next order', async () => {
    const w = await worlds.startKnown();
    const email = 'truus@voorbeeld-keukens.nl';
    const first = await shopSellsNow(w, customerSale(964_001, email, {}));
    expect(contactCreates(first.requests)).toHaveLength(1);
    const [contact] = contactsWithEmail(w, email);
    expect(contact.company_name ?? '').toBe('');
    expect(contact.firstname).toBe('Truus');

    const second = await shopSellsNow(
      w,
      customerSale(964_002, email, { company: 'Voorbeeld Keukens B.V.', taxnumber: 'nl 8000.00.000 b01' }),
    );
    expect(second.report.counts.booked).toBe(1);
    const patches = contactPatches(second.requests);
    expect(patches).toHaveLength(1);
    expect(patches[0]!.path).toContain(`/contacts/${contact.id}`);
    expect(patches[0]!.body).toEqual({
      contact: { company_name: 'Voorbeeld Keukens B.V.', tax_number: 'NL800000000B01' },
    });
    expect(contactWrites(second.requests)).toHaveLength(1);

    const third = await shopSellsNow(
      w,
      customerSale(964_003, email, { company: 'Voorbeeld Keukens B.V.', taxnumber: 'NL800000000B01' }),
    );
    expect(contactWrites(third.requests)).toEqual([]);
    const after = contactsWithEmail(w, email);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      company_name: 'Voorbeeld Keukens B.V.',
      tax_number: 'NL800000000B01',
      firstname: 'Truus',
    });
    for (const n of [964_001, 964_002, 964_003]) expect(invoiceOf(w, n)!.contact_id).toBe(contact.id);
  });
});

describe('a contact the owner archived and replaced', () => {
  it('the returning customer’s invoice goes to the active contact the owner made, not the archived one, and nothing is made', async () => {
    const w = await worlds.startKnown();
    const email = 'piet@bakkerij-piet.nl';
    await shopSellsNow(w, customerSale(965_001, email, { name: 'Piet Bakker' }));
    const old = entryOf(w, 965_001).moneybird.contactId!;
    // The owner tidies up: the old contact is archived and a fresh one, with the right company
    // name, takes its place (same e-mail address).
    w.moneybird.owner.archiveContact(old);
    const fresh = w.moneybird.owner.addContact({
      company_name: 'Bakkerij Piet',
      firstname: 'Piet',
      lastname: 'Bakker',
      send_invoices_to_email: email,
      country: 'NL',
    });

    const next = await shopSellsNow(w, customerSale(965_002, email, { name: 'Piet Bakker' }));
    expect(entryOf(w, 965_002).state, told(w, 965_002)).toBe('done');
    expect(contactCreates(next.requests)).toEqual([]);
    expect(contactsWithEmail(w, email)).toHaveLength(2);
    expect(w.moneybird.books.contacts().find((c) => c.id === old)?.archived).toBe(true);
    // The owner archived the old contact so that it is no longer used: the active one takes it over.
    expect(invoiceOf(w, 965_002)!.contact_id).toBe(fresh.id);
  });
});

describe('VAT numbers as customers type them', () => {
  it('spaces, dots and lower case are read as the number; an invalid one parks an intra-EU supply without writing anything, and stays as typed on a domestic sale', async () => {
    const w = await worlds.startKnown();
    const icp = await taxRateId(w, 'Intracommunautaire levering');

    // A Belgian business types its number loosely.
    const loose = await shopSellsNow(
      w,
      intraEuSale(966_001, 'inkoop@brood-en-zo.be', {
        company: 'Brood & Zo BV',
        city: 'Antwerpen',
        zipcode: '2000',
        taxnumber: 'be 0403.170.701',
      }),
    );
    expect(entryOf(w, 966_001).state, told(w, 966_001)).toBe('done');
    expect(contactCreates(loose.requests)).toHaveLength(1);
    const [belgian] = contactsWithEmail(w, 'inkoop@brood-en-zo.be');
    expect(belgian).toMatchObject({ tax_number: 'BE0403170701', country: 'BE' });
    const invoice = invoiceOf(w, 966_001)!;
    expect(invoice.contact_id).toBe(belgian.id);
    for (const detail of invoice.details) expect(detail.tax_rate_id).toBe(icp);

    // Another Belgian business forgot digits: no zero rate without a valid number.
    const bad = await shopSellsNow(
      w,
      intraEuSale(966_002, 'info@half-nummer.be', {
        company: 'Half Nummer BV',
        city: 'Gent',
        zipcode: '9000',
        taxnumber: 'BE 0403.170',
      }),
    );
    const parked = entryOf(w, 966_002);
    expect(parked.state).toBe('parked');
    expect(parked.reason?.code).toBe('vat_number_unrecognised');
    expect(parked.reason?.message.nl).toContain('BE 0403.170');
    expect(contactCreates(bad.requests)).toEqual([]);
    expect(invoiceCreates(bad.requests)).toEqual([]);
    expect(contactsWithEmail(w, 'info@half-nummer.be')).toEqual([]);

    // A Dutch consumer fills in nonsense as VAT number: Dutch VAT as usual, nothing made up.
    await shopSellsNow(w, customerSale(966_003, 'consument@example.nl', { taxnumber: 'nl 1234' }));
    expect(entryOf(w, 966_003).state, told(w, 966_003)).toBe('done');
    const domestic = invoiceOf(w, 966_003)!;
    const rates = new Set(domestic.details.map((d: { tax_rate_id: string }) => d.tax_rate_id));
    expect(rates).toEqual(new Set([await taxRateId(w, '21% btw'), await taxRateId(w, '9% btw')]));
    expect(domestic.total_price_incl_tax).toMatch(/^29\.65/);
    const [consumer] = contactsWithEmail(w, 'consument@example.nl');
    expect(consumer.tax_number).toBe('nl 1234');
  });
});

describe('two customers with the same name', () => {
  it('different e-mail addresses are two contacts, each keeping its own invoices over later orders', async () => {
    const w = await worlds.startKnown();
    const same = {
      name: 'Jan de Vries',
      street: 'Dorpsstraat',
      number: '12',
      zipcode: '8011 AA',
      city: 'Zwolle',
    };
    const a = await shopSellsNow(w, customerSale(967_001, 'jan.devries@example.nl', same));
    const b = await shopSellsNow(w, customerSale(967_002, 'jdevries1961@example.nl', same));
    expect(contactCreates(a.requests)).toHaveLength(1);
    expect(contactCreates(b.requests)).toHaveLength(1);
    const [janA] = contactsWithEmail(w, 'jan.devries@example.nl');
    const [janB] = contactsWithEmail(w, 'jdevries1961@example.nl');
    expect(janA.id).not.toBe(janB.id);

    // Each returns, the second having moved: only his contact follows.
    const againA = await shopSellsNow(w, customerSale(967_003, 'jan.devries@example.nl', same));
    const againB = await shopSellsNow(
      w,
      customerSale(967_004, 'jdevries1961@example.nl', { ...same, street: 'Veerallee', number: '3' }),
    );
    expect(contactWrites(againA.requests)).toEqual([]);
    expect(contactCreates(againB.requests)).toEqual([]);
    expect(contactPatches(againB.requests).map((p) => p.path)).toEqual([
      expect.stringContaining(`/contacts/${janB.id}`),
    ]);
    expect(invoiceOf(w, 967_001)!.contact_id).toBe(janA.id);
    expect(invoiceOf(w, 967_003)!.contact_id).toBe(janA.id);
    expect(invoiceOf(w, 967_002)!.contact_id).toBe(janB.id);
    expect(invoiceOf(w, 967_004)!.contact_id).toBe(janB.id);
    const contacts = w.moneybird.books.contacts();
    expect(contacts.find((c) => c.id === janA.id)!.address1).toBe('Dorpsstraat 12');
    expect(contacts.find((c) => c.id === janB.id)!.address1).toBe('Veerallee 3');
    expect(contacts).toHaveLength(2);
  });
});

describe('a business customer who moved to another EU country', () => {
  it('the contact takes the Belgian address and VAT number before the intra-EU invoice is made; the Dutch invoice stays as it was', async () => {
    const w = await worlds.startKnown();
    const email = 'admin@verhuisd.eu';
    const dutch = { company: 'Verhuisd B.V.', taxnumber: 'NL800000000B01' };
    await shopSellsNow(w, customerSale(968_001, email, dutch));
    const [contact] = contactsWithEmail(w, email);
    expect(contact).toMatchObject({ country: 'NL', tax_number: 'NL800000000B01' });
    const dutchInvoice = invoiceOf(w, 968_001)!;

    const belgian = {
      company: 'Verhuisd BV',
      street: 'Meir',
      number: '50',
      zipcode: '2000',
      city: 'Antwerpen',
      taxnumber: 'BE0403170701',
    };
    const moved = await shopSellsNow(w, intraEuSale(968_002, email, belgian));
    expect(entryOf(w, 968_002).state, told(w, 968_002)).toBe('done');
    expect(contactCreates(moved.requests)).toEqual([]);
    const patches = contactPatches(moved.requests);
    expect(patches).toHaveLength(1);
    expect((patches[0]!.body as { contact: Record<string, string> }).contact).toMatchObject({
      company_name: 'Verhuisd BV',
      tax_number: 'BE0403170701',
      address1: 'Meir 50',
      zipcode: '2000',
      city: 'Antwerpen',
      country: 'BE',
    });
    // The ICP listing reads the contact's number: it is Belgian before the invoice exists.
    const order = moved.requests.map((r) =>
      contactPatches([r]).length ? 'patch' : invoiceCreates([r]).length ? 'invoice' : '',
    );
    expect(order.filter(Boolean)).toEqual(['patch', 'invoice']);
    const icpInvoice = invoiceOf(w, 968_002)!;
    expect(icpInvoice.contact_id).toBe(contact.id);
    const icp = await taxRateId(w, 'Intracommunautaire levering');
    for (const detail of icpInvoice.details) expect(detail.tax_rate_id).toBe(icp);
    // The earlier Dutch invoice is untouched: same total, same domestic VAT.
    const before = invoiceOf(w, 968_001)!;
    expect(before.total_price_incl_tax).toBe(dutchInvoice.total_price_incl_tax);
    expect(before.total_tax).toBe(dutchInvoice.total_tax);

    const again = await shopSellsNow(w, intraEuSale(968_003, email, belgian));
    expect(contactWrites(again.requests)).toEqual([]);
    expect(contactsWithEmail(w, email)).toHaveLength(1);
    expect(contactsWithEmail(w, email)[0]).toMatchObject({
      country: 'BE',
      tax_number: 'BE0403170701',
      city: 'Antwerpen',
    });
  });
});

describe('a contact Moneybird would e-mail on its own', () => {
  it('the owner’s hand-made contact says Email: every invoice is still sent Manual, over several runs, and the contact is left as the owner set it', async () => {
    const w = await worlds.startKnown();
    const email = 'vaste.klant@example.nl';
    const handMade = w.moneybird.owner.addContact({
      firstname: 'Vaste',
      lastname: 'Klant',
      send_invoices_to_email: email,
      country: 'NL',
    });
    expect(handMade.delivery_method).toBe('Email');

    const sends: Logged[] = [];
    for (const n of [969_001, 969_002, 969_003]) {
      const { requests } = await shopSellsNow(w, customerSale(n, email, {}));
      expect(entryOf(w, n).state, told(w, n)).toBe('done');
      sends.push(...requests.filter((r) => r.method === 'PATCH' && r.path.includes('/send_invoice')));
      expect(invoiceOf(w, n)!.contact_id).toBe(handMade.id);
    }
    expect(sends).toHaveLength(3);
    for (const send of sends)
      expect(
        (send.body as { sales_invoice_sending?: { delivery_method?: string } }).sales_invoice_sending,
      ).toMatchObject({ delivery_method: 'Manual' });
    // No e-mail address was given with a send: Moneybird had nothing to mail to.
    for (const send of sends) expect(JSON.stringify(send.body)).not.toContain('email_address');
    const contact = w.moneybird.books.contacts().find((c) => c.id === handMade.id)!;
    expect(contact.delivery_method).toBe('Email');
    // A contact the app made for another customer meanwhile is Manual from the start.
    await shopSellsNow(w, customerSale(969_004, 'nieuw@example.nl', {}));
    expect(contactsWithEmail(w, 'nieuw@example.nl')[0].delivery_method).toBe('Manual');
  });
});

describe('the contact-update setting switched off and on', () => {
  it('off: the contact is left alone over two changed orders; on again: one update with the shop’s current details, then nothing', async () => {
    const w = await worlds.startKnown();
    const email = 'wisselend@example.nl';
    await shopSellsNow(w, customerSale(970_101, email, { company: 'Eerste Naam B.V.' }));
    const [created] = contactsWithEmail(w, email);
    expect(created).toMatchObject({ company_name: 'Eerste Naam B.V.', city: 'Utrecht' });

    remap(w, { updateContacts: false });
    const moved = {
      company: 'Tweede Naam B.V.',
      street: 'Stationsplein',
      number: '7',
      zipcode: '3511 ED',
      city: 'Amersfoort',
    };
    const off1 = await shopSellsNow(w, customerSale(970_102, email, moved));
    const off2 = await shopSellsNow(
      w,
      customerSale(970_103, email, { ...moved, taxnumber: 'NL800000000B01' }),
    );
    expect(contactWrites(off1.requests)).toEqual([]);
    expect(contactWrites(off2.requests)).toEqual([]);
    expect(contactsWithEmail(w, email)[0]).toMatchObject({
      company_name: 'Eerste Naam B.V.',
      city: 'Utrecht',
    });
    expect(contactsWithEmail(w, email)[0].tax_number ?? null).toBeNull();

    remap(w, { updateContacts: true });
    const on1 = await shopSellsNow(
      w,
      customerSale(970_104, email, { ...moved, taxnumber: 'NL800000000B01' }),
    );
    const patches = contactPatches(on1.requests);
    expect(patches).toHaveLength(1);
    expect((patches[0]!.body as { contact: Record<string, string> }).contact).toMatchObject({
      company_name: 'Tweede Naam B.V.',
      tax_number: 'NL800000000B01',
      address1: 'Stationsplein 7',
      city: 'Amersfoort',
    });
    const on2 = await shopSellsNow(
      w,
      customerSale(970_105, email, { ...moved, taxnumber: 'NL800000000B01' }),
    );
    expect(contactWrites(on2.requests)).toEqual([]);
    expect(contactsWithEmail(w, email)).toHaveLength(1);
    for (const n of [970_101, 970_102, 970_103, 970_104, 970_105])
      expect(invoiceOf(w, n)!.contact_id).toBe(created.id);
  });
});
