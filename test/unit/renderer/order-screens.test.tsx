// The orders list and one order's page as the owner reads them, rendered from what the core answers:
// a credit order reads as a credit (its amount below zero in the list, its booking a credit invoice),
// the shop's lines and the invoice's lines have the same columns, each VAT table names what its VAT
// is over, and the step that numbers the invoice does not suggest the customer got an e-mail.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { OrderDetailPage } from '../../../src/renderer/components/orders/OrderDetailPage';
import { OrdersPage } from '../../../src/renderer/components/orders/OrdersPage';
import type { AppStore } from '../../../src/renderer/state/app-store';
import {
  DEFAULT_FILTERS,
  type OrdersState,
  type OrdersStore,
  OrdersStoreContext,
} from '../../../src/renderer/state/orders-store';
import { StoreContext } from '../../../src/renderer/state/store-context';
import type { OrderDetail, OrderSummary, OrdersPage as OrdersPageResult } from '../../../src/shared/contract';
import { ORDER_OVERVIEW_STATES } from '../../../src/shared/contract';
import type { Locale } from '../../../src/shared/i18n/translate';

const summary = (patch: Partial<OrderSummary>): OrderSummary => ({
  orderNumber: '1043',
  orderDate: '2026-11-18',
  customerName: 'Anna de Boer',
  customerEmail: 'anna@example.nl',
  state: 'booked',
  total: '288.75',
  currency: 'EUR',
  invoiceNumber: '2026-0027',
  creditedOrderNumber: null,
  reason: null,
  bookedAt: '2026-11-29T15:59:00.000Z',
  ...patch,
});

const at = (state: string, second: number) => ({
  state,
  at: `2026-11-29T15:59:${String(second).padStart(2, '0')}.000Z`,
  reasonCode: null,
});

/** The page of credit order 1023, crediting 1019: the shop states it positive, Moneybird below zero. */
const credit: OrderDetail = {
  summary: summary({
    orderNumber: '1023',
    total: '-13.9',
    invoiceNumber: '2026-0040',
    creditedOrderNumber: '1019',
  }),
  journalState: 'done',
  bookingStyle: 'sales_invoice',
  reference: 'MWW-1023',
  reasonCode: null,
  settingsSection: null,
  invoiceToTakeOver: null,
  nextAttemptAt: null,
  adopted: false,
  adoptedContactChanged: null,
  steps: ['pending', 'contact_ok', 'invoice_created', 'totals_ok', 'sent', 'paid', 'done'].map(at),
  earlierStepsUnknown: false,
  canRetry: false,
  canSkip: false,
  canBookAgain: false,
  bookedElsewhere: false,
  cancelledInShop: null,
  links: { invoice: null, contact: null },
  shop: {
    ok: true,
    value: {
      date: '2026-11-01',
      time: '16:20:00',
      currency: 'EUR',
      lines: [
        {
          description: 'Honing uit de Betuwe',
          quantity: 2,
          unitPrice: '8.95',
          amount: '17.90',
          rates: ['9'],
        },
        { description: 'Verzendkosten', quantity: 1, unitPrice: '4.95', amount: '4.95', rates: ['9'] },
      ],
      vat: [{ rate: '9', name: null, amount: '1.88', taxable: '20.97' }],
      total: '22.85',
      payment: { method: null, status: null },
      customer: { name: 'Renée', company: null, email: null, address: null, country: null, vatNumber: null },
    },
  },
  moneybird: {
    ok: true,
    value: {
      kind: 'sales_invoice',
      credit: true,
      number: '2026-0040',
      state: 'paid',
      date: '2026-11-01',
      currency: 'EUR',
      pricesIncludeVat: true,
      lines: [
        {
          description: 'Creditering van factuur 2026-0013 (bestelling 1019, referentie MWW-1019)',
          quantity: '1',
          price: '0.00',
          amount: '0.00',
          rate: '9',
        },
        { description: 'Honing uit de Betuwe', quantity: '2', price: '-8.95', amount: '-17.90', rate: '9' },
        { description: 'Verzendkosten', quantity: '1', price: '-4.95', amount: '-4.95', rate: '9' },
      ],
      vat: [{ rate: '9', name: null, amount: '-1.88', taxable: '-20.97' }],
      totalExclVat: '-20.97',
      totalInclVat: '-22.85',
      payments: [],
      contact: { name: 'Renée', email: null },
      contactId: '7',
    },
  },
};

const appStore = (locale: Locale) =>
  createStore(() => ({ locale, refresh: () => {} })) as unknown as AppStore;

function ordersStore(state: Partial<OrdersState>): OrdersStore {
  const noop = async () => {};
  return createStore<OrdersState>()(() => ({
    filters: DEFAULT_FILTERS,
    result: null,
    resultFilters: null,
    loading: false,
    problem: null,
    detail: null,
    invoices: {},
    lookUpInvoices: noop,
    setFilters: () => {},
    clearFilters: () => {},
    load: noop,
    loadDetail: noop,
    closeDetail: () => {},
    retry: noop,
    skip: noop,
    takeOverInvoice: noop,
    bookAgain: noop,
    leaveDeleted: noop,
    settleCancellation: noop,
    ...state,
  }));
}

function render(route: string, orders: OrdersStore, locale: Locale = 'nl'): string {
  return renderToStaticMarkup(
    <StoreContext.Provider value={appStore(locale)}>
      <OrdersStoreContext.Provider value={orders}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path="/orders" element={<OrdersPage />} />
            <Route path="/orders/:orderNumber" element={<OrderDetailPage />} />
          </Routes>
        </MemoryRouter>
      </OrdersStoreContext.Provider>
    </StoreContext.Provider>,
  );
}

const pageOf = (order: OrderDetail, locale: Locale = 'nl') =>
  render(
    `/orders/${order.summary.orderNumber}`,
    ordersStore({
      detail: {
        orderNumber: order.summary.orderNumber,
        order,
        loading: false,
        problem: null,
        note: null,
        busy: false,
      },
    }),
    locale,
  );

/** The text of each element with this test id, tags dropped, entities read. */
function texts(html: string, testId: string): string[] {
  const found: string[] = [];
  const open = new RegExp(`<(\\w+)[^>]*data-testid="${testId}"[^>]*>`, 'g');
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const tag = match[1]!;
    // Elements of one tag do not nest in what these tests read: the first close ends it.
    const end = html.indexOf(`</${tag}>`, match.index + match[0].length);
    found.push(
      html
        .slice(match.index + match[0].length, end)
        .replace(/<[^>]+>/g, '')
        .replaceAll('&amp;', '&')
        .replaceAll('&#x27;', "'")
        .replaceAll('&quot;', '"')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return found;
}

/** The cells of each row with this test id. */
function cells(html: string, testId: string): string[][] {
  const rows = [...html.matchAll(new RegExp(`<tr[^>]*data-testid="${testId}"[^>]*>(.*?)</tr>`, 'g'))];
  return rows.map((row) => [...row[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => c[1]!));
}

/** A table's header cells, by the table's test id. */
function headers(html: string, testId: string): string[] {
  const start = html.indexOf(`data-testid="${testId}"`);
  const head = html.slice(html.indexOf('<thead>', start), html.indexOf('</thead>', start));
  return [...head.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!);
}

const nbsp = (text: string) => text.replaceAll(' ', '\u00a0');

describe('the orders list', () => {
  it('shows a credit below zero beside the sales, written as every other amount on the page', () => {
    const result: OrdersPageResult = {
      orders: [
        summary({
          orderNumber: '1044',
          total: '-199.75',
          creditedOrderNumber: '1043',
          invoiceNumber: '2026-0042',
        }),
        summary({}),
      ],
      total: 2,
      page: 1,
      pageSize: 50,
      asOf: 10,
      stateCounts: Object.fromEntries(
        ORDER_OVERVIEW_STATES.map((s) => [s, 0]),
      ) as OrdersPageResult['stateCounts'],
    };
    const html = render('/orders', ordersStore({ result, resultFilters: DEFAULT_FILTERS }));
    const amounts = [...html.matchAll(/<td class="amount nowrap">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(amounts).toEqual([nbsp('€ -199,75'), nbsp('€ 288,75')]);
    expect(html).toContain('creditering van 1043');
    // The waiting state keeps the words the filter has always had.
    expect(html).toContain('Wacht op nieuwe poging');
  });
});

describe("a credit order's page", () => {
  it('names its booking a credit invoice, in Dutch and in English', () => {
    const nl = pageOf(credit);
    expect(texts(nl, 'invoice-kind')).toEqual(['· Creditfactuur']);
    expect(texts(nl, 'booked-as')[0]).toMatch(/^Geboekt op .* als creditfactuur 2026-0040\.$/);
    expect(nl).not.toContain('Verkoopfactuur');
    const en = pageOf(credit, 'en');
    expect(texts(en, 'invoice-kind')).toEqual(['· Credit invoice']);
    expect(texts(en, 'booked-as')[0]).toMatch(/as credit invoice 2026-0040\.$/);
  });

  it('says the shop shows it positive only where the shop does', () => {
    expect(texts(pageOf(credit), 'shop-credit-positive')).toHaveLength(1);
    const negativeInShop: OrderDetail = {
      ...credit,
      shop: credit.shop?.ok ? { ok: true, value: { ...credit.shop.value, total: '-22.85' } } : credit.shop,
    };
    expect(texts(pageOf(negativeInShop), 'shop-credit-positive')).toEqual([]);
  });

  it('calls a sale’s booking a sales invoice, and an external one an external (credit) invoice', () => {
    const sale: OrderDetail = {
      ...credit,
      summary: summary({}),
      moneybird:
        credit.moneybird?.ok === true
          ? { ok: true, value: { ...credit.moneybird.value, credit: false } }
          : credit.moneybird,
    };
    expect(texts(pageOf(sale), 'invoice-kind')).toEqual(['· Verkoopfactuur']);
    expect(texts(pageOf(sale), 'booked-as')[0]).toMatch(/ als factuur 2026-0027\.$/);
    const external: OrderDetail = {
      ...credit,
      bookingStyle: 'external_invoice',
      moneybird:
        credit.moneybird?.ok === true
          ? { ok: true, value: { ...credit.moneybird.value, kind: 'external_invoice' } }
          : credit.moneybird,
    };
    expect(texts(pageOf(external), 'invoice-kind')).toEqual(['· Externe creditfactuur']);
  });
});

describe("an order's lines and VAT", () => {
  it('has the same columns for the shop and Moneybird: quantity, VAT, price per item, amount', () => {
    const html = pageOf(credit);
    const columns = ['Omschrijving', 'Aantal', 'Btw', 'Prijs per stuk incl. btw', 'Bedrag incl. btw'];
    expect(headers(html, 'shop-lines')).toEqual(columns);
    expect(headers(html, 'invoice-lines')).toEqual(columns);
    expect(cells(html, 'shop-lines-row')).toEqual([
      ['Honing uit de Betuwe', '2', '9%', nbsp('€ 8,95'), nbsp('€ 17,90')],
      ['Verzendkosten', '1', '9%', nbsp('€ 4,95'), nbsp('€ 4,95')],
    ]);
    expect(cells(html, 'invoice-lines-row')).toEqual([
      // The credit's heading is text: no quantity, rate or amount beside it.
      ['Creditering van factuur 2026-0013 (bestelling 1019, referentie MWW-1019)', '', '', '', ''],
      ['Honing uit de Betuwe', '2', '9%', nbsp('€ -8,95'), nbsp('€ -17,90')],
      ['Verzendkosten', '1', '9%', nbsp('€ -4,95'), nbsp('€ -4,95')],
    ]);
    // An invoice priced excl. VAT says so in its columns.
    const excl: OrderDetail = {
      ...credit,
      moneybird:
        credit.moneybird?.ok === true
          ? { ok: true, value: { ...credit.moneybird.value, pricesIncludeVat: false } }
          : credit.moneybird,
    };
    expect(headers(pageOf(excl), 'invoice-lines').slice(3)).toEqual([
      'Prijs per stuk excl. btw',
      'Bedrag excl. btw',
    ]);
  });

  it('shows on both sides the turnover excl. VAT each rate’s VAT is over, by that name', () => {
    const html = pageOf(credit);
    expect(headers(html, 'shop-vat')).toEqual(['Tarief', 'Omzet excl. btw', 'Btw']);
    expect(headers(html, 'invoice-vat')).toEqual(['Tarief', 'Omzet excl. btw', 'Btw']);
    expect(cells(html, 'shop-vat-row')).toEqual([['9%', nbsp('€ 20,97'), nbsp('€ 1,88')]]);
    expect(cells(html, 'invoice-vat-row')).toEqual([['9%', nbsp('€ -20,97'), nbsp('€ -1,88')]]);
    expect(headers(pageOf(credit, 'en'), 'shop-vat')).toEqual(['Rate', 'Turnover excl. VAT', 'VAT']);
  });
});

describe("an order's steps", () => {
  it('say the invoice was made final and numbered in Moneybird, not mailed to the customer', () => {
    const nl = pageOf(credit);
    const step = nl.slice(nl.indexOf('data-step="sent"'));
    const text = step.slice(step.indexOf('<span>') + 6, step.indexOf('</span>'));
    expect(text).toBe(
      'Factuur definitief gemaakt en genummerd in Moneybird; Winkelbrug mailt hem niet naar de klant',
    );
    expect(nl).not.toMatch(/verstuurd/i);
    expect(pageOf(credit, 'en')).toContain(
      'Invoice made final and numbered in Moneybird; Winkelbrug does not e-mail it to the customer',
    );
  });
});
