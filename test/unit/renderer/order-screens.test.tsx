// The orders list and one order's page as the owner reads them, rendered from what the core answers:
// a credit order reads as a credit (its amount below zero in the list, its title and its booking a
// credit order and a credit invoice), an unpaid order says so in the list, the shop's lines and the
// invoice's lines have the same columns, each Moneybird line says on which tax rate, VAT-return box
// and ledger account it is booked, each VAT table names what its VAT is over, the steps speak plainly
// to the minute, invoice numbers stay on one line, and a cancelled order partly credited names its
// credit orders and what is left.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { OrderDetailPage } from '../../../src/renderer/components/orders/OrderDetailPage';
import { OrdersPage } from '../../../src/renderer/components/orders/OrdersPage';
import { ReasonText } from '../../../src/renderer/components/orders/ReasonText';
import type { AppStore } from '../../../src/renderer/state/app-store';
import {
  DEFAULT_FILTERS,
  type OrdersState,
  type OrdersStore,
  OrdersStoreContext,
} from '../../../src/renderer/state/orders-store';
import { StoreContext } from '../../../src/renderer/state/store-context';
import type {
  ContactOrigin,
  MoneybirdInvoiceView,
  OrderDetail,
  OrderSummary,
  OrdersPage as OrdersPageResult,
  PaymentStateShown,
} from '../../../src/shared/contract';
import { ORDER_OVERVIEW_STATES } from '../../../src/shared/contract';
import { syncMessages } from '../../../src/shared/i18n/messages/sync';
import { uiOrders } from '../../../src/shared/i18n/messages/ui-orders';
import { reasonParts } from '../../../src/shared/i18n/reason-parts';
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

/** How a line at 9 % is booked in Moneybird: its rate's name, its box, its ledger account. */
const on9 = {
  rate: '9',
  taxRateName: '9% btw',
  vatBox: 'NL/1b',
  ledgerAccount: { name: 'Omzet', code: '8000' },
};

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
  bookedElsewhereIn: null,
  cancelledInShop: null,
  elsewhereInvoice: null,
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
      payment: { method: null, status: null, state: 'credit' },
      customer: {
        name: 'Renée',
        company: null,
        email: null,
        address: null,
        countryCode: null,
        country: null,
        vatNumber: null,
      },
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
          ...on9,
        },
        { description: 'Honing uit de Betuwe', quantity: '2', price: '-8.95', amount: '-17.90', ...on9 },
        {
          description: 'Verzendkosten',
          quantity: '1',
          price: '-4.95',
          amount: '-4.95',
          ...on9,
          ledgerAccount: { name: 'Omzet verzendkosten', code: null },
        },
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

/** A page's status counts when none of its states holds an order. */
const noStateCounts = () =>
  Object.fromEntries(ORDER_OVERVIEW_STATES.map((s) => [s, 0])) as OrdersPageResult['stateCounts'];

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
      stateCounts: noStateCounts(),
    };
    const html = render('/orders', ordersStore({ result, resultFilters: DEFAULT_FILTERS }));
    const amounts = [...html.matchAll(/<td class="amount nowrap">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(amounts).toEqual([nbsp('€ -199,75'), nbsp('€ 288,75')]);
    expect(html).toContain('creditering van 1043');
    // The waiting state keeps the words the filter has always had.
    expect(html).toContain('Wordt opnieuw geprobeerd');
  });
});

describe('a period that ends before it starts', () => {
  const reversed = { ...DEFAULT_FILTERS, from: '2026-12-01', to: '2026-11-30' };
  const none: OrdersPageResult = {
    orders: [],
    total: 0,
    page: 1,
    pageSize: 50,
    asOf: 10,
    stateCounts: noStateCounts(),
  };
  const store = () => ordersStore({ filters: reversed, result: none, resultFilters: reversed });

  it('is said under "Tot en met", without naming the field on screen, and the empty list only says what to do', () => {
    const html = render('/orders', store());
    expect(texts(html, 'period-reversed')).toEqual([
      'Tot en met: De einddatum ligt vóór de begindatum. Kies een einddatum op of na 1 dec 2026.',
    ]);
    // The field's name is for the ear (announced as an alert); the field points at the words shown.
    const issue =
      /<p class="field-issue" role="alert" data-testid="period-reversed"><span class="visually-hidden">Tot en met: <\/span><span id="([^"]+)">De einddatum/.exec(
        html,
      );
    expect(issue).not.toBeNull();
    const field =
      /<input[^>]*aria-invalid="true"[^>]*aria-describedby="([^"]+)"[^>]*data-testid="period-to"/.exec(html);
    expect(field?.[1]).toBe(issue![1]);
    // In the column of "Tot en met": after its field, before the states.
    const to = html.indexOf('data-testid="period-to"');
    expect(html.indexOf('data-testid="period-reversed"')).toBeGreaterThan(to);
    expect(html.indexOf('data-testid="period-reversed"')).toBeLessThan(html.indexOf('class="state-filter"'));
    expect(texts(html, 'orders-no-match')[0]).toMatch(/^Pas de periode aan\./);
    expect(html).not.toContain('langere periode');
    expect(html).not.toContain('Geen bestellingen gevonden');
    const en = render('/orders', store(), 'en');
    expect(texts(en, 'period-reversed')).toEqual([
      'Up to and including: The end date is before the start date. Choose an end date on or after 1 Dec 2026.',
    ]);
    expect(texts(en, 'orders-no-match')[0]).toMatch(/^Adjust the period\./);
  });

  it('is no issue once the end is on or after the start', () => {
    const fine = { ...DEFAULT_FILTERS, from: '2026-11-30', to: '2026-11-30' };
    const html = render('/orders', ordersStore({ filters: fine, result: none, resultFilters: fine }));
    expect(html).not.toContain('data-testid="period-reversed"');
    expect(texts(html, 'orders-no-match')[0]).toMatch(
      /^Geen bestellingen gevonden bij deze zoekopdracht en filters\./,
    );
  });
});

describe('an unpaid order in the list', () => {
  it('shows its amount and says it waits for its payment, not that it is "not booked"', () => {
    const unpaid = summary({
      orderNumber: '1036',
      state: 'not_eligible',
      total: '45.00',
      invoiceNumber: null,
      bookedAt: null,
      reason: {
        nl: 'Nog niet betaald: Winkelbrug boekt deze bestelling zodra de betaling binnen is.',
        en: 'Not paid yet: Winkelbrug books this order as soon as the payment is in.',
      },
    });
    const result: OrdersPageResult = {
      orders: [unpaid, summary({})],
      total: 2,
      page: 1,
      pageSize: 50,
      asOf: 10,
      stateCounts: noStateCounts(),
    };
    const html = render('/orders', ordersStore({ result, resultFilters: DEFAULT_FILTERS }));
    const row = html.slice(html.indexOf('data-order="1036"'), html.indexOf('data-order="1043"'));
    expect(row).toContain(`<td class="amount nowrap">${nbsp('€ 45,00')}</td>`);
    expect(texts(row, 'order-state')).toEqual(['Wacht op betaling']);
    expect(texts(html.slice(html.indexOf('data-order="1043"')), 'order-state')).toEqual(['Geboekt']);
    // Not "Niet geboekt", the orders Winkelbrug will not book: the filter says it the same way.
    expect(texts(html, 'state-not_eligible')).toEqual(['Wacht op betaling 0']);
    expect(texts(html, 'state-skipped')).toEqual(['Niet geboekt 0']);
    expect(texts(html, 'order-state')).not.toContain('Niet geboekt');
    const en = render('/orders', ordersStore({ result, resultFilters: DEFAULT_FILTERS }), 'en');
    expect(texts(en, 'order-state')).toEqual(['Awaiting payment', 'Booked']);
  });
});

describe("the list's state filter", () => {
  const counts = { ...noStateCounts(), booked: 2, cancelled_in_shop: 1, skipped: 4, not_eligible: 1 };
  const result: OrdersPageResult = {
    orders: [summary({ state: 'cancelled_in_shop' })],
    total: 1,
    page: 1,
    pageSize: 50,
    asOf: 10,
    stateCounts: counts,
  };
  const chips = (locale: Locale = 'nl') =>
    texts(
      render('/orders', ordersStore({ result, resultFilters: DEFAULT_FILTERS }), locale),
      'state-[a-z_]+',
    );

  it('counts the booked orders cancelled in the shop since among "Geboekt", and names them as a part of it', () => {
    // Their invoice is in Moneybird still: "Geboekt 2" as the dashboard counts them, the chip right
    // after it "waarvan geannuleerd in je winkel 1", as the dashboard's line under "Geboekt".
    expect(chips()).toEqual([
      'Alle',
      'Geboekt 2',
      'waarvan geannuleerd in je winkel 1',
      'Verwijderd in Moneybird 0',
      'Bezig 0',
      'Wacht op jou 0',
      'Wordt opnieuw geprobeerd 0',
      'Niet geboekt 4',
      'Wacht op betaling 1',
    ]);
    expect(chips('en').slice(1, 3)).toEqual(['Booked 2', 'of which cancelled in your shop 1']);
    // The order itself says what it is.
    const html = render('/orders', ordersStore({ result, resultFilters: DEFAULT_FILTERS }));
    expect(texts(html, 'order-state')).toEqual(['Geannuleerd in je winkel']);
  });

  it('calls the orders Winkelbrug does not book "Niet geboekt", not "Overgeslagen": nobody skipped most of them', () => {
    expect(chips()).not.toContain('Overgeslagen 4');
    expect(chips('en')).toContain('Not booked 4');
  });
});

describe('an order that is not booked', () => {
  const notBooked = (reasonCode: string, reason: string): OrderDetail => ({
    ...sale,
    summary: summary({
      state: 'skipped',
      invoiceNumber: null,
      bookedAt: null,
      reason: { nl: reason, en: reason },
    }),
    reasonCode,
    moneybird: null,
    links: { invoice: null, contact: null },
    steps: [at('discovered', 1), { ...at('skipped', 2), reasonCode }],
  });
  const cancelled = notBooked(
    'cancelled_in_shop',
    'Bestelling 1043 is in je winkel op "Geannuleerd" gezet voordat ze geboekt was.',
  );
  const skipped = notBooked('skipped_by_owner', 'Overgeslagen op verzoek.');

  it('is "Niet geboekt" with why, when nobody skipped it: the shop called it off before it was booked', () => {
    const html = pageOf(cancelled);
    expect(texts(html, 'order-state')).toEqual(['Niet geboekt']);
    expect(html).toContain('<h3 class="subheading">Waarom niet geboekt</h3>');
    expect(steps(html).at(-1)).toEqual(['skipped', 'Niet geboekt']);
    const words = (page: string) => page.replace(/<[^>]+>/g, ' ');
    expect(words(html)).not.toMatch(/overgeslagen/i);
    const en = pageOf(cancelled, 'en');
    expect(texts(en, 'order-state')).toEqual(['Not booked']);
    expect(en).toContain('<h3 class="subheading">Why it was not booked</h3>');
    expect(steps(en).at(-1)).toEqual(['skipped', 'Not booked']);
    expect(words(en)).not.toMatch(/skipped/i);
  });

  it('says "Overgeslagen" only of the owner’s own choice: the step of their "Overslaan"', () => {
    const html = pageOf(skipped);
    expect(texts(html, 'order-state')).toEqual(['Niet geboekt']);
    expect(html).toContain('<h3 class="subheading">Waarom niet geboekt</h3>');
    expect(steps(html).at(-1)).toEqual(['skipped', 'Overgeslagen (jouw keuze)']);
    expect(steps(pageOf(skipped, 'en')).at(-1)).toEqual(['skipped', 'Skipped (your choice)']);
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
    // The description's first text, without how the line is booked (below).
    const description = (cell: string) =>
      cell.replace(/<span class="line-booking".*$/, '').replace(/<[^>]+>/g, '');
    expect(
      cells(html, 'invoice-lines-row').map(([first, ...rest]) => [description(first!), ...rest]),
    ).toEqual([
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

/** A sale of 1043 with the same lines: a sales invoice, not a credit, paid by iDEAL. */
const sale: OrderDetail = {
  ...credit,
  summary: summary({}),
  shop: credit.shop?.ok
    ? {
        ok: true,
        value: { ...credit.shop.value, payment: { method: 'ideal', status: 'Succesvol', state: 'paid' } },
      }
    : credit.shop,
  moneybird:
    credit.moneybird?.ok === true
      ? { ok: true, value: { ...credit.moneybird.value, credit: false } }
      : credit.moneybird,
};

/** Each step's state and its words, in order, entities read. */
function steps(html: string): Array<[string, string]> {
  return [...html.matchAll(/data-step="([^"]+)"><time[^>]*>([^<]*)<\/time><span>(.*?)<\/span><\/li>/g)].map(
    (m) => [m[1]!, m[3]!.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"')],
  );
}

describe("an order's steps", () => {
  it('say in plain words what happened, the invoice made final and numbered, not mailed', () => {
    const nl = pageOf(sale);
    expect(steps(nl)).toEqual([
      ['pending', 'Klaar om te boeken'],
      ['contact_ok', 'Klant gevonden of toegevoegd in Moneybird'],
      ['invoice_created', 'Factuur aangemaakt'],
      ['totals_ok', 'Bedragen vergeleken met je winkel: ze kloppen'],
      [
        'sent',
        'Factuur definitief gemaakt en genummerd in Moneybird; Winkelbrug mailt hem niet naar de klant',
      ],
      ['paid', 'Betaling geregistreerd'],
      ['done', 'Geboekt'],
    ]);
    expect(nl).not.toMatch(/verstuurd/i);
    expect(pageOf(sale, 'en')).toContain(
      'Invoice made final and numbered in Moneybird; Winkelbrug does not e-mail it to the customer',
    );
  });

  it('say whether the customer was found in Moneybird, found and updated, added, or on the shared contact; a booking of before, either', () => {
    const withContact = (contact: ContactOrigin): OrderDetail => ({
      ...sale,
      steps: sale.steps.map((step) => (step.state === 'contact_ok' ? { ...step, contact } : step)),
    });
    const contactStep = (order: OrderDetail, locale?: 'en') =>
      steps(pageOf(order, locale)).find(([state]) => state === 'contact_ok')?.[1];
    expect(contactStep(withContact('found'))).toBe('Klant gevonden in Moneybird');
    expect(contactStep(withContact('updated'))).toBe('Klant gevonden in Moneybird, gegevens bijgewerkt');
    expect(contactStep(withContact('added'))).toBe('Klant toegevoegd aan Moneybird');
    expect(contactStep(withContact('found'), 'en')).toBe('Customer found in Moneybird');
    expect(contactStep(withContact('updated'), 'en')).toBe('Customer found in Moneybird, details updated');
    expect(contactStep(withContact('added'), 'en')).toBe('Customer added to Moneybird');
    // A customer without e-mail address is on the shared contact: the page names it, as Moneybird does.
    expect(contactStep(withContact('shared'))).toBe(
      'Klant zonder e-mailadres: geboekt op het verzamelcontact "Webwinkelklanten zonder e-mailadres" in Moneybird',
    );
    expect(contactStep(withContact('shared'), 'en')).toBe(
      'Customer without e-mail address: booked on the shared contact "Web shop customers without e-mail address" in Moneybird',
    );
    expect(contactStep({ ...withContact('shared'), summary: credit.summary })).toBe(
      contactStep(withContact('shared')),
    );
    // A credit goes on its original's contact: found, in the same words.
    expect(contactStep({ ...withContact('found'), summary: credit.summary })).toBe(
      'Klant gevonden in Moneybird',
    );
    // Booked before the journal kept which: the old words, which say both.
    expect(contactStep(sale)).toBe('Klant gevonden of toegevoegd in Moneybird');
    expect(contactStep(sale, 'en')).toBe('Customer found or added in Moneybird');
  });

  it('name a credit’s credit invoice and its refund, and no payment for a total of nothing', () => {
    expect(steps(pageOf(credit)).slice(2, 6)).toEqual([
      ['invoice_created', 'Creditfactuur aangemaakt'],
      ['totals_ok', 'Bedragen vergeleken met je winkel: ze kloppen'],
      [
        'sent',
        'Creditfactuur definitief gemaakt en genummerd in Moneybird; Winkelbrug mailt hem niet naar de klant',
      ],
      ['paid', 'Terugbetaling geregistreerd'],
    ]);
    expect(steps(pageOf(credit, 'en'))[5]).toEqual(['paid', 'Refund registered']);
    const free: OrderDetail = { ...sale, summary: summary({ total: '0.00' }) };
    expect(steps(pageOf(free))[5]).toEqual(['paid', 'Geen betaling nodig: het totaal is nul']);
  });

  it('are timed to the minute', () => {
    const times = [...pageOf(sale).matchAll(/data-step="[^"]+"><time[^>]*>([^<]*)<\/time>/g)].map(
      (m) => m[1]!,
    );
    expect(times).toHaveLength(7);
    // "29 nov 2026, 16:59": hours and minutes, no seconds.
    for (const time of times) expect(time).toMatch(/\b\d{2}:\d{2}$/);
    for (const time of times) expect(time).not.toMatch(/\d{2}:\d{2}:\d{2}/);
  });
});

describe("a credit order's title", () => {
  it('calls it a credit order, as the log does; a sale stays an order', () => {
    expect(texts(pageOf(credit), 'order-detail')[0]).toMatch(/^Creditorder 1023/);
    expect(texts(pageOf(credit, 'en'), 'order-detail')[0]).toMatch(/^Credit order 1023/);
    expect(texts(pageOf(sale), 'order-detail')[0]).toMatch(/^Bestelling 1043/);
  });
});

/** Per line that says how it is booked, its parts. */
function bookings(html: string): string[][] {
  return [...html.matchAll(/<span class="line-booking"[^>]*>((?:<span>[^<]*<\/span>)*)<\/span>/g)].map((m) =>
    [...m[1]!.matchAll(/<span>([^<]*)<\/span>/g)].map((p) => p[1]!.replaceAll('&amp;', '&')),
  );
}

describe('how each Moneybird line is booked', () => {
  it('names its tax rate with its part of the VAT return, and its ledger account with its code', () => {
    const lines = (invoice: MoneybirdInvoiceView['lines']): OrderDetail => ({
      ...sale,
      moneybird:
        sale.moneybird?.ok === true
          ? { ok: true, value: { ...sale.moneybird.value, lines: invoice } }
          : sale.moneybird,
    });
    const line = (patch: Partial<MoneybirdInvoiceView['lines'][number]>) => ({
      description: 'Wollen plaid',
      quantity: '1',
      price: '89.00',
      amount: '89.00',
      ...on9,
      ...patch,
    });
    const page = lines([
      line({ rate: '0', taxRateName: 'Intracommunautaire levering', vatBox: 'NL/3b' }),
      line({ rate: '0', taxRateName: 'Export buiten de EU', vatBox: 'NL/3a' }),
      line({ rate: '21', taxRateName: 'BE 21% btw', vatBox: 'OSS/BE' }),
      line({
        rate: '0',
        taxRateName: 'Geen btw',
        vatBox: 'none',
        ledgerAccount: { name: 'Cadeaubonnen', code: null },
      }),
      // Moneybird's names could not be read: the box alone, and nothing made up.
      line({ taxRateName: null, vatBox: 'NL/1b', ledgerAccount: null }),
      line({ taxRateName: null, vatBox: null, ledgerAccount: null }),
    ]);
    expect(bookings(pageOf(page))).toEqual([
      ['Btw-tarief: Intracommunautaire levering · rubriek 3b', 'Grootboekrekening: Omzet · 8000'],
      ['Btw-tarief: Export buiten de EU · rubriek 3a', 'Grootboekrekening: Omzet · 8000'],
      ['Btw-tarief: BE 21% btw · OSS België', 'Grootboekrekening: Omzet · 8000'],
      ['Btw-tarief: Geen btw · Buiten de aangifte', 'Grootboekrekening: Cadeaubonnen'],
      ['Btw-tarief: rubriek 1b'],
    ]);
    expect(bookings(pageOf(page, 'en'))[0]).toEqual([
      'Tax rate: Intracommunautaire levering · box 3b',
      'Ledger account: Omzet · 8000',
    ]);
    // The shop's lines are not booked anywhere: none there.
    const html = pageOf(page);
    const shop = html.slice(
      html.indexOf('data-testid="shop-lines"'),
      html.indexOf('data-testid="order-moneybird"'),
    );
    expect(shop).not.toContain('line-booking');
  });
});

describe('invoice numbers and references', () => {
  it('stay on one line where a text names them', () => {
    const html = pageOf(credit);
    const bookedAs = html.slice(html.indexOf('data-testid="booked-as"'));
    expect(bookedAs.slice(0, bookedAs.indexOf('</p>'))).toContain('<span class="nowrap">2026-0040.</span>');
    expect(html).toContain('<strong class="nowrap">2026-0040</strong>');
    expect(html).toContain('referentie <span class="nowrap">MWW-1019)</span>');
    // The words themselves are as they were.
    expect(texts(html, 'booked-as')[0]).toMatch(/ als creditfactuur 2026-0040\.$/);
  });
});

describe('a booked order the shop cancelled, partly credited already', () => {
  const cancelled = (patch: Partial<NonNullable<OrderDetail['cancelledInShop']>>): OrderDetail => ({
    ...sale,
    summary: summary({ orderNumber: '974002', state: 'cancelled_in_shop', invoiceNumber: '2026-0002' }),
    cancelledInShop: {
      status: 'Geannuleerd',
      changed: '2026-11-29 20:29:00',
      credited: '5.45',
      credits: [{ orderNumber: '974003', invoiceNumber: '2026-0003' }],
      rest: '24.20',
      restExclVat: '20.00',
      restVat: '4.20',
      ...patch,
    },
  });

  it('names the credit order and its credit invoice, and what is still in the books, VAT named', () => {
    const html = pageOf(cancelled({}));
    // The credit order opens its page.
    expect(html).toMatch(/creditorder <a [^>]*href="\/orders\/974003"[^>]*>974003<\/a> \(creditfactuur/);
    expect(texts(html, 'cancelled-explain')[0]).toBe(
      'Op 29 nov 2026 om 20:29 is deze bestelling in je winkel op "Geannuleerd" gezet, maar factuur 2026-0002 staat in Moneybird nog als omzet. ' +
        'Daarvan is al € 5,45 incl. btw gecrediteerd met creditorder 974003 (creditfactuur 2026-0003). ' +
        'Nog in je boeken: € 24,20 incl. btw (€ 20,00 omzet excl. btw en € 4,20 btw). ' +
        'Winkelbrug crediteert niet op de gok: alleen jij weet of en hoeveel je terugbetaalt.',
    );
    expect(texts(html, 'cancelled-credit-todo')).toEqual([
      `Maak in je winkel een creditorder voor de rest (€ 24,20 incl. btw). Winkelbrug boekt die als creditfactuur bij deze factuur; daarna verdwijnt deze melding vanzelf.`,
    ]);
    expect(texts(pageOf(cancelled({}), 'en'), 'cancelled-explain')[0]).toContain(
      `€5.45 incl. VAT of it is credited already, by credit order 974003 (credit invoice 2026-0003). Still in your books: €24.20 incl. VAT (€20.00 revenue excl. VAT and €4.20 VAT).`,
    );
    // Where the page does not know the split, the amount incl. VAT alone, named so.
    expect(texts(pageOf(cancelled({ restExclVat: null, restVat: null })), 'cancelled-explain')[0]).toContain(
      'Nog in je boeken: € 24,20 incl. btw. Winkelbrug',
    );
  });

  it('names every credit order, and says less where the journal knows less', () => {
    const two = pageOf(
      cancelled({
        credited: '10.90',
        credits: [
          { orderNumber: '974003', invoiceNumber: '2026-0003' },
          { orderNumber: '974005', invoiceNumber: null },
        ],
        rest: null,
      }),
    );
    expect(texts(two, 'cancelled-explain')[0]).toContain(
      `Daarvan is al € 10,90 incl. btw gecrediteerd met creditorder 974003 (creditfactuur 2026-0003) en creditorder 974005. Winkelbrug`,
    );
    expect(texts(two, 'cancelled-credit-todo')[0]).toMatch(
      /^Maak in je winkel een creditorder voor de rest van deze bestelling\./,
    );
    // Nothing credited: no word of it.
    const none = pageOf(cancelled({ credited: '0', credits: [], rest: '29.65' }));
    expect(texts(none, 'cancelled-explain')[0]).not.toContain('gecrediteerd');
    expect(texts(none, 'cancelled-credit-todo')[0]).toMatch(
      /^Maak in je winkel een creditorder voor deze bestelling\./,
    );
  });
});

describe('a booked order booked again at the owner’s request', () => {
  const BOOKED = ['pending', 'contact_ok', 'invoice_created', 'totals_ok', 'sent', 'paid', 'done'];
  const again = (order: OrderDetail): OrderDetail => ({
    ...order,
    steps: [...BOOKED, ...BOOKED].map(at),
  });

  it('says, between the two bookings, that the owner asked for it because the invoice was deleted', () => {
    const nl = steps(pageOf(again(sale)));
    expect(nl[6]).toEqual(['done', 'Geboekt']);
    expect(nl[7]).toEqual([
      'pending',
      'Opnieuw boeken op jouw verzoek: de factuur was verwijderd in Moneybird',
    ]);
    // Only there: the first booking starts as any booking does.
    expect(nl[0]).toEqual(['pending', 'Klaar om te boeken']);
    expect(steps(pageOf(again(sale), 'en'))[7]).toEqual([
      'pending',
      'Book again at your request: the invoice had been deleted in Moneybird',
    ]);
    expect(steps(pageOf(again(credit)))[7]).toEqual([
      'pending',
      'Opnieuw boeken op jouw verzoek: de creditfactuur was verwijderd in Moneybird',
    ]);
  });

  /** Booked, taken back and booked again per deleted invoice (its number as the journal kept it). */
  const rebooked = (order: OrderDetail, ...deleted: Array<string | null>): OrderDetail => ({
    ...order,
    steps: [
      ...BOOKED.map(at),
      ...deleted.flatMap((number) => [
        { ...at('pending', 30), deletedInvoice: { number } },
        ...BOOKED.slice(1).map(at),
      ]),
    ],
  });

  it('words the steps a take-over recorded as found in Moneybird, not as made there', () => {
    const takenOver = (order: OrderDetail): OrderDetail => ({
      ...order,
      adopted: true,
      steps: [
        at('pending', 1),
        ...['contact_ok', 'invoice_created', 'totals_ok', 'sent', 'paid'].map((state) => ({
          ...at(state, 2),
          reasonCode: 'taken_over',
        })),
        at('done', 3),
      ],
    });
    expect(steps(pageOf(takenOver(sale))).map(([, text]) => text)).toEqual([
      'Klaar om te boeken',
      'Contact van de factuur in Moneybird overgenomen',
      'Factuur gevonden in Moneybird en overgenomen',
      // What Winkelbrug did itself reads as always.
      'Bedragen vergeleken met je winkel: ze kloppen',
      'Factuur stond al definitief en genummerd in Moneybird',
      'Betaling stond al in Moneybird',
      'Geboekt',
    ]);
    expect(steps(pageOf(takenOver(credit))).map(([, text]) => text)).toContain(
      'Creditfactuur gevonden in Moneybird en overgenomen',
    );
    expect(steps(pageOf(takenOver(sale), 'en'))[2]).toEqual([
      'invoice_created',
      'Invoice found in Moneybird and taken over',
    ]);
  });

  it('names the deleted invoice in the heading and on the step, in Dutch and in English', () => {
    const nl = pageOf(rebooked(sale, '2026-0198'));
    expect(texts(nl, 'booked-as')[0]).toMatch(
      /^Geboekt op .* als factuur 2026-0027\. Op jouw verzoek opnieuw geboekt, omdat factuur 2026-0198 in Moneybird was verwijderd\.$/,
    );
    expect(steps(nl)[7]).toEqual([
      'pending',
      'Opnieuw boeken op jouw verzoek: factuur 2026-0198 was verwijderd in Moneybird',
    ]);
    // Kept on one line where it is named.
    expect(nl).toContain('<span class="nowrap">2026-0198</span> in Moneybird was verwijderd.');
    expect(nl).toContain('factuur <span class="nowrap">2026-0198</span> was verwijderd');
    const en = pageOf(rebooked(sale, '2026-0198'), 'en');
    expect(texts(en, 'booked-as')[0]).toMatch(
      /^Booked on .* as invoice 2026-0027\. Booked again at your request, because invoice 2026-0198 had been deleted in Moneybird\.$/,
    );
    expect(steps(en)[7]).toEqual([
      'pending',
      'Book again at your request: invoice 2026-0198 had been deleted in Moneybird',
    ]);
    const creditNl = pageOf(rebooked(credit, '2026-0031'));
    expect(texts(creditNl, 'booked-as')[0]).toMatch(
      / als creditfactuur 2026-0040\. Op jouw verzoek opnieuw geboekt, omdat creditfactuur 2026-0031 in Moneybird was verwijderd\.$/,
    );
    expect(steps(creditNl)[7]).toEqual([
      'pending',
      'Opnieuw boeken op jouw verzoek: creditfactuur 2026-0031 was verwijderd in Moneybird',
    ]);
  });

  it('names every deleted invoice when it was deleted twice, and still says it was deleted while it is again', () => {
    const twice = rebooked(sale, '2026-0198', '2026-0214');
    expect(texts(pageOf(twice), 'booked-as')[0]).toMatch(
      / als factuur 2026-0027\. Op jouw verzoek opnieuw geboekt, omdat de facturen 2026-0198 en 2026-0214 in Moneybird waren verwijderd\.$/,
    );
    expect(texts(pageOf(twice, 'en'), 'booked-as')[0]).toMatch(
      /because invoices 2026-0198 and 2026-0214 had been deleted in Moneybird\.$/,
    );
    expect(
      steps(pageOf(twice))
        .filter(([state, text]) => state === 'pending' && text.startsWith('Opnieuw'))
        .map(([, text]) => text),
    ).toEqual([
      'Opnieuw boeken op jouw verzoek: factuur 2026-0198 was verwijderd in Moneybird',
      'Opnieuw boeken op jouw verzoek: factuur 2026-0214 was verwijderd in Moneybird',
    ]);
    // The booking made again deleted too: the heading says both.
    const deletedAgain = pageOf({
      ...rebooked(sale, '2026-0198'),
      summary: summary({ state: 'deleted_in_moneybird' }),
    });
    expect(texts(deletedAgain, 'booked-as')[0]).toMatch(
      / als factuur 2026-0027, die daarna in Moneybird is verwijderd\. Op jouw verzoek opnieuw geboekt, omdat factuur 2026-0198 in Moneybird was verwijderd\.$/,
    );
  });

  it('names no number it does not know, never "null", and says what it said before for older steps', () => {
    const unknown = pageOf(rebooked(sale, null));
    expect(texts(unknown, 'booked-as')[0]).toMatch(
      / als factuur 2026-0027\. Op jouw verzoek opnieuw geboekt, omdat de vorige factuur in Moneybird was verwijderd\.$/,
    );
    expect(steps(unknown)[7]).toEqual([
      'pending',
      'Opnieuw boeken op jouw verzoek: de factuur was verwijderd in Moneybird',
    ]);
    expect(unknown).not.toContain('null');
    // An external invoice is made again under the same reference: not named as if it were another.
    const external = pageOf({
      ...rebooked(sale, 'MWW-1043'),
      bookingStyle: 'external_invoice',
      summary: summary({ invoiceNumber: 'MWW-1043' }),
    });
    expect(texts(external, 'booked-as')[0]).toMatch(
      / als factuur MWW-1043\. Op jouw verzoek opnieuw geboekt, omdat de vorige factuur in Moneybird was verwijderd\.$/,
    );
    // Booked again before the journal kept the deleted invoice: the heading as it always was.
    expect(texts(pageOf(again(sale)), 'booked-as')[0]).toMatch(/^Geboekt op .* als factuur 2026-0027\.$/);
  });

  it('says the owner chose not to book it again when the order was left out of the books', () => {
    const left: OrderDetail = {
      ...sale,
      summary: summary({ state: 'skipped', invoiceNumber: null, bookedAt: null }),
      steps: [
        ...BOOKED.map(at),
        { ...at('pending', 30), deletedInvoice: { number: '2026-0198' } },
        { ...at('skipped', 30), reasonCode: 'deleted_by_owner' },
      ],
    };
    expect(steps(pageOf(left)).slice(-2)).toEqual([
      ['pending', 'Niet opnieuw boeken op jouw verzoek: factuur 2026-0198 was verwijderd in Moneybird'],
      ['skipped', 'Niet geboekt'],
    ]);
    expect(steps(pageOf(left, 'en')).at(-2)).toEqual([
      'pending',
      'Not booked again, at your request: invoice 2026-0198 had been deleted in Moneybird',
    ]);
  });
});

describe('an order booked in another administration, before the owner switched', () => {
  const elsewhere = (name: string | null): OrderDetail => ({
    ...sale,
    bookedElsewhere: true,
    bookedElsewhereIn: name,
    moneybird: { ok: false, problem: { nl: 'Staat in een andere administratie.', en: 'Is elsewhere.' } },
  });

  it('names that administration beside the invoice number, in Dutch and in English', () => {
    expect(texts(pageOf(elsewhere('Bakkerij de Vries')), 'booked-as')[0]).toMatch(
      /^Geboekt op .* in de administratie "Bakkerij de Vries" als factuur 2026-0027\.$/,
    );
    expect(texts(pageOf(elsewhere('Bakkerij de Vries'), 'en'), 'booked-as')[0]).toMatch(
      /^Booked on .* in the administration "Bakkerij de Vries" as invoice 2026-0027\.$/,
    );
    const creditElsewhere: OrderDetail = { ...elsewhere('Bakkerij de Vries B.V.'), summary: credit.summary };
    // A name ending in a full stop does not end the sentence: no "B.V..".
    expect(texts(pageOf(creditElsewhere), 'booked-as')[0]).toMatch(
      /in de administratie "Bakkerij de Vries B\.V\." als creditfactuur 2026-0040\.$/,
    );
  });

  it('names the administration on the link that opens the invoice there', () => {
    const linked = {
      ...elsewhere('Bakkerij de Vries'),
      links: { invoice: 'https://moneybird.com/1/sales_invoices/2', contact: null },
    };
    expect(texts(pageOf(linked), 'open-invoice')[0]).toMatch(
      /^Factuur 2026-0027 openen in "Bakkerij de Vries"/,
    );
    expect(texts(pageOf({ ...linked, bookedElsewhereIn: null }), 'open-invoice')[0]).toMatch(
      /^Factuur openen in Moneybird/,
    );
  });

  it('names that administration on the contact link too, which opens the contact there', () => {
    const linked = {
      ...elsewhere('Winkelbrug Demo B.V.'),
      links: {
        invoice: 'https://moneybird.com/1/sales_invoices/2',
        contact: 'https://moneybird.com/1/contacts/3',
      },
    };
    expect(texts(pageOf(linked), 'open-contact')[0]).toBe(
      'Contact openen in "Winkelbrug Demo B.V." (opent in je browser)',
    );
    expect(texts(pageOf(linked, 'en'), 'open-contact')[0]).toBe(
      'Open the contact in "Winkelbrug Demo B.V." (opens in your browser)',
    );
    // Not named: both links say Moneybird, as for a booking in the connected administration.
    expect(texts(pageOf({ ...linked, bookedElsewhereIn: null }), 'open-contact')[0]).toBe(
      'Contact openen in Moneybird (opent in je browser)',
    );
    expect(
      texts(
        pageOf({ ...sale, links: { invoice: null, contact: 'https://moneybird.com/1/contacts/3' } }),
        'open-contact',
      )[0],
    ).toBe('Contact openen in Moneybird (opent in je browser)');
  });

  it('says it in general words when Moneybird does not tell the name now', () => {
    expect(texts(pageOf(elsewhere(null)), 'booked-as')[0]).toMatch(
      /als factuur 2026-0027 in een andere Moneybird-administratie dan de gekoppelde\.$/,
    );
  });

  it('names none for a booking in the connected administration', () => {
    expect(texts(pageOf(sale), 'booked-as')[0]).toMatch(/^Geboekt op .* als factuur 2026-0027\.$/);
  });
});

describe('an order parked over its invoice in another administration', () => {
  const parked = (
    reasonCode: string,
    elsewhereInvoice: OrderDetail['elsewhereInvoice'],
    links: OrderDetail['links'] = { invoice: 'https://moneybird.com/111/sales_invoices/222', contact: null },
  ): OrderDetail => ({
    ...sale,
    summary: summary({ orderNumber: '973001', state: 'parked', invoiceNumber: null, bookedAt: null }),
    journalState: 'parked',
    reasonCode,
    canRetry: true,
    canSkip: true,
    moneybird: null,
    elsewhereInvoice,
    links,
  });
  const open = (html: string) => texts(html, 'open-invoice')[0]?.replace(/ \(opent in je browser\)$/, '');

  it('names that administration and the invoice as Moneybird holds it there, beside its link', () => {
    const html = pageOf(
      parked('booked_elsewhere_unfinished', {
        administration: 'Winkelbrug Demo B.V.',
        number: '2026-0001',
        state: 'open',
        gone: false,
      }),
    );
    expect(texts(html, 'moneybird-nothing')).toEqual([
      'In de gekoppelde administratie staat nog niets van deze bestelling, maar in de administratie "Winkelbrug Demo B.V." wel: factuur 2026-0001 (openstaand). Hierboven lees je wat je kunt doen.',
    ]);
    expect(open(html)).toBe('Factuur 2026-0001 openen in "Winkelbrug Demo B.V."');
    const en = pageOf(
      parked('booked_elsewhere_unfinished', {
        administration: 'Winkelbrug Demo B.V.',
        number: null,
        state: 'draft',
        gone: false,
      }),
      'en',
    );
    expect(texts(en, 'moneybird-nothing')[0]).toContain(
      'but it is in the administration "Winkelbrug Demo B.V.": a draft, not numbered yet.',
    );
    expect(texts(en, 'open-invoice')[0]).toMatch(/^Open the draft in "Winkelbrug Demo B\.V\."/);
  });

  it('says an invoice under the same reference there is not taken as the booking', () => {
    const html = pageOf(
      parked('booked_elsewhere_not_ours', {
        administration: 'Winkelbrug Demo B.V.',
        number: '2026-0007',
        state: null,
        gone: false,
      }),
    );
    expect(texts(html, 'moneybird-nothing')[0]).toBe(
      'In de gekoppelde administratie staat nog niets van deze bestelling. In de administratie "Winkelbrug Demo B.V." staat factuur 2026-0007 met dezelfde referentie. Hierboven lees je waarom Winkelbrug die niet als boeking van deze bestelling neemt, en wat je kunt doen.',
    );
  });

  it('says when that invoice is gone from there, and offers no link to it', () => {
    const html = pageOf(
      parked(
        'booked_elsewhere_unfinished',
        { administration: 'Winkelbrug Demo B.V.', number: null, state: null, gone: true },
        { invoice: null, contact: null },
      ),
    );
    expect(texts(html, 'moneybird-nothing')[0]).toBe(
      'In de gekoppelde administratie staat nog niets van deze bestelling, en de factuur waar het hierboven over gaat, staat niet meer in de administratie "Winkelbrug Demo B.V.". Kies "Opnieuw proberen": dan boekt Winkelbrug de bestelling in de gekoppelde administratie.',
    );
    expect(texts(html, 'open-invoice')).toEqual([]);
  });

  it('lists the ways out of a reason written in lines, each with its button, as the cancellation card does', () => {
    const reason = {
      nl: 'Bestelling 973001 staat al in de administratie "Winkelbrug Demo B.V." (factuur 2026-0001), maar is daar nog niet als betaald geboekt. Winkelbrug boekt haar niet nog eens in "Tweede Zaak V.O.F.": dan zou ze twee keer in je boeken staan.\nWat je kunt doen:\nHoort ze in "Winkelbrug Demo B.V.": zet de factuur daar op betaald en kies "Overslaan".\nHoort ze in "Tweede Zaak V.O.F.": overleg met je boekhouder.\nVerwijder je de factuur in "Winkelbrug Demo B.V." toch: kies daarna "Opnieuw proberen".',
      en: 'Order 973001 is already in the administration "Winkelbrug Demo B.V.".\nWhat you can do:\nIf it belongs there: choose "Skip".\nIf not: choose "Retry".',
    };
    const order = parked('booked_elsewhere_unfinished', null);
    const html = pageOf({ ...order, summary: { ...order.summary, reason } });
    const box = /<div[^>]*data-testid="order-reason"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    // What happened first, as a paragraph; then the lead-in and one item per case.
    expect(box).toMatch(
      /^<p>Bestelling 973001 staat al in de administratie .*twee keer in je boeken staan\.<\/p><p class="todo-heading">Wat je kunt doen:<\/p><ul/,
    );
    expect(texts(html, 'order-reason-cases')).toHaveLength(1);
    const items = [...box.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"'),
    );
    expect(items).toEqual([
      'Hoort ze in "Winkelbrug Demo B.V.": zet de factuur daar op betaald en kies "Overslaan".',
      'Hoort ze in "Tweede Zaak V.O.F.": overleg met je boekhouder.',
      'Verwijder je de factuur in "Winkelbrug Demo B.V." toch: kies daarna "Opnieuw proberen".',
    ]);
    // The buttons the cases name are the ones below them.
    expect(html).toContain('>Opnieuw proberen</button>');
    expect(html).toContain('>Overslaan</button>');
    const en = pageOf({ ...order, summary: { ...order.summary, reason } }, 'en');
    expect(en).toContain('<p class="todo-heading">What you can do:</p>');
    // A reason of one line, as every reason stored before these lines were written, is one paragraph.
    const old = pageOf({
      ...order,
      summary: {
        ...order.summary,
        reason: { nl: 'Maak de boeking af en kies "Overslaan".', en: 'Finish it.' },
      },
    });
    expect(old).toMatch(
      /<p class="reason-text" data-testid="order-reason">Maak de boeking af en kies &quot;Overslaan&quot;\.<\/p>/,
    );
    expect(old).not.toContain('todo-heading');
  });

  it('says it in general words when Moneybird does not tell where now', () => {
    const html = pageOf(parked('booked_elsewhere_unfinished', null));
    expect(texts(html, 'moneybird-nothing')[0]).toMatch(
      /maar in een andere van je Moneybird-administraties wel\./,
    );
    expect(open(html)).toBe('Factuur openen in Moneybird');
  });
});

describe('an order with nothing in Moneybird', () => {
  const held = (state: OrderSummary['state'], reasonCode: string | null): OrderDetail => ({
    ...sale,
    summary: summary({ state, invoiceNumber: null, bookedAt: null }),
    reasonCode,
    moneybird: null,
    links: { invoice: null, contact: null },
  });

  it('says "nog" only while it may still be booked', () => {
    expect(texts(pageOf(held('not_eligible', 'unpaid')), 'moneybird-nothing')).toEqual([
      'Er staat nog niets van deze bestelling in Moneybird.',
    ]);
    // Set aside because the shop called it off: nothing of it is there, and nothing is coming.
    expect(texts(pageOf(held('skipped', 'cancelled_in_shop')), 'moneybird-nothing')).toEqual([
      'Er staat niets van deze bestelling in Moneybird.',
    ]);
    // Skipped otherwise: the owner may have booked it by hand, so only what Winkelbrug did is said.
    expect(texts(pageOf(held('skipped', 'skipped_by_owner')), 'moneybird-nothing')).toEqual([
      'Winkelbrug heeft niets van deze bestelling in Moneybird geboekt.',
    ]);
    expect(texts(pageOf(held('skipped', 'cancelled_in_shop'), 'en'), 'moneybird-nothing')).toEqual([
      'Nothing of this order is in Moneybird.',
    ]);
  });
});

describe('the steps of a booked order the shop cancelled', () => {
  it('show the shop’s cancellation and the owner’s "Zelf geregeld" after the booking', () => {
    const settled: OrderDetail = {
      ...sale,
      steps: [
        ...sale.steps,
        { state: 'cancelled_in_shop', at: '2026-11-29T19:29:00.000Z', reasonCode: null },
        { state: 'cancellation_settled', at: '2026-11-29T20:02:00.000Z', reasonCode: null },
      ],
    };
    expect(steps(pageOf(settled)).slice(-3)).toEqual([
      ['done', 'Geboekt'],
      ['cancelled_in_shop', 'Geannuleerd in je winkel'],
      ['cancellation_settled', 'Zelf geregeld in Moneybird (jouw keuze)'],
    ]);
    expect(steps(pageOf(settled, 'en')).slice(-2)).toEqual([
      ['cancelled_in_shop', 'Cancelled in your shop'],
      ['cancellation_settled', 'Settled in Moneybird yourself (your choice)'],
    ]);
  });

  it('show each credit booked, partly or whole, with the credit order linked to its page', () => {
    const credited: OrderDetail = {
      ...sale,
      steps: [
        ...sale.steps,
        {
          state: 'credited',
          at: '2026-11-29T19:00:00.000Z',
          reasonCode: null,
          credit: { orderNumber: '974003', invoiceNumber: '2026-0003', partly: true },
        },
        { state: 'cancelled_in_shop', at: '2026-11-29T19:29:00.000Z', reasonCode: null },
        {
          state: 'credited',
          at: '2026-11-30T08:00:00.000Z',
          reasonCode: null,
          credit: { orderNumber: '974005', invoiceNumber: null, partly: false },
        },
      ],
    };
    const html = pageOf(credited);
    expect(steps(html).slice(-3)).toEqual([
      ['credited', 'Deels gecrediteerd met creditorder 974003 (creditfactuur 2026-0003)'],
      ['cancelled_in_shop', 'Geannuleerd in je winkel'],
      ['credited', 'Gecrediteerd met creditorder 974005'],
    ]);
    // Each credit order's number opens its page, as the credit's page links back to this one.
    const step = html.slice(html.indexOf('data-step="credited"'));
    expect(step).toMatch(
      /^data-step="credited"><time[^>]*>[^<]*<\/time><span>Deels gecrediteerd met creditorder <a [^>]*href="\/orders\/974003"[^>]*>974003<\/a>/,
    );
    expect(html).toContain('href="/orders/974005"');
    expect(steps(pageOf(credited, 'en')).at(-3)).toEqual([
      'credited',
      'Partly credited with credit order 974003 (credit invoice 2026-0003)',
    ]);
  });
});

describe('an order whose setting is made since it was parked', () => {
  const waiting = (settingMade: boolean): OrderDetail => ({
    ...sale,
    summary: summary({ state: 'parked', invoiceNumber: null, bookedAt: null }),
    journalState: 'parked',
    reasonCode: 'unmapped_tax_rate',
    settingsSection: 'taxRates',
    ...(settingMade && { settingMade }),
    canRetry: true,
    canSkip: true,
    moneybird: null,
  });

  it('says so beside the link to the setting, and which button books it now', () => {
    expect(texts(pageOf(waiting(true)), 'setting-made')).toEqual([
      'Het btw-tarief hiervoor is inmiddels gekozen: kies "Opnieuw proberen".',
    ]);
    expect(texts(pageOf(waiting(true), 'en'), 'setting-made')).toEqual([
      'A VAT rate has been chosen for this since: choose "Retry".',
    ]);
    expect(texts(pageOf(waiting(false)), 'setting-made')).toEqual([]);
    expect(texts(pageOf(waiting(false)), 'fix-setting')).toEqual(['Instelling aanpassen']);
  });
});

describe('a booking found in Moneybird and taken over', () => {
  const takenOver = (patch: Partial<OrderDetail> = {}): OrderDetail => ({
    ...sale,
    adopted: true,
    // Midday in UTC: 30 November in every zone the page may be read in.
    summary: summary({ invoiceNumber: '2026-0043', bookedAt: '2026-11-30T11:47:00.000Z' }),
    ...patch,
  });

  it('says when it was taken over, not that it was booked then, and says it once', () => {
    const html = pageOf(takenOver());
    expect(texts(html, 'booked-as')[0]).toMatch(
      /^Overgenomen op 30 nov 2026, \d\d:47: factuur 2026-0043 stond al in Moneybird, dus Winkelbrug heeft de bestelling niet opnieuw geboekt\.$/,
    );
    expect(html).not.toContain('Deze boeking stond al in Moneybird');
    expect(texts(pageOf(takenOver(), 'en'), 'booked-as')[0]).toMatch(
      /^Taken over on .*: invoice 2026-0043 was already in Moneybird, so Winkelbrug did not book the order again\.$/,
    );
    const creditTakenOver = pageOf({
      ...takenOver(),
      summary: summary({ invoiceNumber: '2026-0044', creditedOrderNumber: '1019' }),
    });
    expect(texts(creditTakenOver, 'booked-as')[0]).toMatch(
      /^Overgenomen op .*: creditfactuur 2026-0044 stond al in Moneybird, dus Winkelbrug heeft de creditering niet opnieuw geboekt\.$/,
    );
  });

  it('keeps the heading of a deletion or another administration, and says the take-over apart', () => {
    const deleted = pageOf(
      takenOver({ summary: summary({ state: 'deleted_in_moneybird', invoiceNumber: '2026-0043' }) }),
    );
    expect(texts(deleted, 'booked-as')[0]).toMatch(
      /^Geboekt op .* als factuur 2026-0043, die daarna in Moneybird is verwijderd\.$/,
    );
    expect(deleted).toContain('Deze boeking stond al in Moneybird');
    const elsewhere = pageOf(takenOver({ bookedElsewhere: true, bookedElsewhereIn: 'Winkelbrug Demo B.V.' }));
    expect(texts(elsewhere, 'booked-as')[0]).toContain(
      'in de administratie "Winkelbrug Demo B.V." als factuur 2026-0043',
    );
  });
});

describe("the payment on an order's page", () => {
  const paying = (state: PaymentStateShown, status: string | null, method: string | null = 'ideal') => ({
    ...sale,
    shop: sale.shop?.ok
      ? { ok: true as const, value: { ...sale.shop.value, payment: { method, status, state } } }
      : sale.shop,
  });
  const payment = (order: OrderDetail, locale: Locale = 'nl') => texts(pageOf(order, locale), 'shop-payment');

  it('is what Winkelbrug judged it to decide on booking, the shop’s own words only where they differ', () => {
    expect(payment(paying('paid', 'Succesvol'))).toEqual(['iDEAL · Betaald']);
    expect(payment(paying('paid', 'Succesvol'), 'en')).toEqual(['iDEAL · Paid']);
    // A name written for the middle of a sentence opens the field with a capital.
    expect(payment(paying('unpaid', 'In afwachting', 'bank_transfer'))).toEqual([
      'Bankoverschrijving · Nog niet betaald',
    ]);
    expect(payment(paying('paid', 'Succesvol', 'bank_transfer'), 'en')).toEqual(['Bank transfer · Paid']);
    expect(payment(paying('unpaid', 'In afwachting'))).toEqual(['iDEAL · Nog niet betaald']);
    // Held as unpaid while the shop's words say it succeeded: both, so the page never says "paid"
    // of an order it does not book for want of payment.
    expect(payment(paying('unpaid', 'Succesvol'))).toEqual(['iDEAL · Nog niet betaald (winkel: Succesvol)']);
    expect(payment(paying('unpaid', 'Succesvol'), 'en')).toEqual(['iDEAL · Not paid yet (shop: Successful)']);
    expect(payment(paying('authorized', 'In afwachting'))).toEqual([
      'iDEAL · Goedgekeurd, nog niet binnen (winkel: In afwachting)',
    ]);
    expect(payment(paying('refunded', 'Terugbetaald'))).toEqual(['iDEAL · Terugbetaald']);
    expect(payment(paying('failed', 'Mislukt'))).toEqual(['iDEAL · Niet betaald']);
    expect(payment(paying('failed', 'Geannuleerd'))).toEqual(['iDEAL · Niet betaald (winkel: Geannuleerd)']);
    expect(payment(paying('zero_total', null, null))).toEqual(['Niet nodig: het totaal is nul']);
    // A shop in English sends its own words: Dutch on a Dutch page; unknown ones as the shop sent them.
    expect(payment(paying('unpaid', 'Successful'))).toEqual(['iDEAL · Nog niet betaald (winkel: Succesvol)']);
    expect(payment(paying('unpaid', 'Deels betaald'), 'en')).toEqual([
      'iDEAL · Not paid yet (shop: Deels betaald)',
    ]);
    // "Onbekend" adds nothing; no words at all neither.
    expect(payment(paying('paid', 'Onbekend'))).toEqual(['iDEAL · Betaald']);
    expect(payment(paying('paid', null), 'en')).toEqual(['iDEAL · Paid']);
  });

  it('is the refund booked on a credit order’s credit invoice, or that none is yet', () => {
    const refunded: OrderDetail = {
      ...credit,
      moneybird:
        credit.moneybird?.ok === true
          ? {
              ok: true,
              value: {
                ...credit.moneybird.value,
                payments: [{ date: '2026-11-02', amount: '-13.90', transaction: 'tr_2b92121c-6' }],
              },
            }
          : credit.moneybird,
    };
    expect(payment(refunded)).toEqual(['Terugbetaling € 13,90 op 2 nov 2026']);
    expect(payment(refunded, 'en')).toEqual(['Refund of €13.90 on 2 Nov 2026']);
    // Booked, no refund on it yet (the shop has not recorded one).
    expect(payment(credit)).toEqual(['Nog geen terugbetaling geboekt']);
    // Nothing in Moneybird to tell: what the shop says, else not known.
    expect(payment({ ...credit, moneybird: null })).toEqual(['Niet bekend']);
  });
});

describe("the customer's country on an order's page", () => {
  const from = (countryCode: string | null, country: string | null): OrderDetail => ({
    ...sale,
    shop: sale.shop?.ok
      ? {
          ok: true,
          value: {
            ...sale.shop.value,
            customer: {
              ...sale.shop.value.customer,
              address: 'Kerkplein 22, 5341 GE Oss',
              countryCode,
              country,
            },
          },
        }
      : sale.shop,
  });

  it('is named in the page’s language from the code the shop sends, not in the shop’s Dutch', () => {
    expect(texts(pageOf(from('NL', 'Nederland')), 'shop-address')).toEqual([
      'Kerkplein 22, 5341 GE Oss, Nederland',
    ]);
    expect(texts(pageOf(from('NL', 'Nederland'), 'en'), 'shop-address')).toEqual([
      'Kerkplein 22, 5341 GE Oss, Netherlands',
    ]);
    expect(texts(pageOf(from('BE', 'België'), 'en'), 'shop-address')).toEqual([
      'Kerkplein 22, 5341 GE Oss, Belgium',
    ]);
    expect(texts(pageOf(from('DE', 'Deutschland')), 'shop-address')).toEqual([
      'Kerkplein 22, 5341 GE Oss, Duitsland',
    ]);
  });

  it('is the shop’s own name where it sent no code, and left out where it sent neither', () => {
    expect(texts(pageOf(from(null, 'Nederland'), 'en'), 'shop-address')).toEqual([
      'Kerkplein 22, 5341 GE Oss, Nederland',
    ]);
    expect(texts(pageOf(from(null, null), 'en'), 'shop-address')).toEqual(['Kerkplein 22, 5341 GE Oss']);
  });
});

describe('a reason in lines, split where the catalog starts its ways out', () => {
  it('starts the list only at "Wat je kunt doen:" / "What you can do:", never at another line ending in a colon', () => {
    // A Moneybird error quoted in a reason, with its own lines: what happened stays paragraphs.
    const quoted =
      'Moneybird weigerde de factuur van bestelling 1043:\nDetails:\ntax_rate_id: is niet geldig\nKies daarna "Opnieuw proberen".';
    expect(reasonParts(quoted)).toEqual({
      lead: [
        'Moneybird weigerde de factuur van bestelling 1043:',
        'Details:',
        'tax_rate_id: is niet geldig',
        'Kies daarna "Opnieuw proberen".',
      ],
      todo: null,
      cases: [],
    });
    const html = renderToStaticMarkup(<ReasonText text={quoted} className="reason-text" testId="r" />);
    expect(html).not.toContain('todo-heading');
    expect(html).not.toContain('<li>');
    expect(html.match(/<p>/g)).toHaveLength(4);
    // The catalog's lead-in, in either language, after a line that ends in a colon of its own.
    expect(
      reasonParts('Bestelling 1043 staat al in Moneybird:\nWat je kunt doen:\nKies "Overslaan".'),
    ).toEqual({
      lead: ['Bestelling 1043 staat al in Moneybird:'],
      todo: 'Wat je kunt doen:',
      cases: ['Kies "Overslaan".'],
    });
    expect(reasonParts('Order 1043 is there.\nWhat you can do:\nChoose "Skip".\nOr "Retry".')).toEqual({
      lead: ['Order 1043 is there.'],
      todo: 'What you can do:',
      cases: ['Choose "Skip".', 'Or "Retry".'],
    });
    // Not as the first line, nor with nothing after it: no list then.
    expect(reasonParts('Wat je kunt doen:\nKies "Overslaan".').todo).toBeNull();
    expect(reasonParts('Het ging mis.\nWat je kunt doen:').todo).toBeNull();
  });

  it('lists the ways out of every reason in lines the core writes, in both languages', () => {
    const inLines = (['nl', 'en'] as const).flatMap((locale) =>
      Object.entries(syncMessages[locale])
        .filter(([, text]) => text.includes('\n'))
        .map(([key, text]) => ({
          key: `${locale} ${key}`,
          text,
          todo: uiOrders[locale]['orderDetail.cancelled.todo'],
        })),
    );
    expect(inLines.length).toBeGreaterThanOrEqual(10);
    for (const { key, text, todo } of inLines) {
      const parts = reasonParts(text);
      expect(parts.todo, key).toBe(todo);
      expect(parts.lead.length, key).toBeGreaterThan(0);
      expect(parts.cases.length, key).toBeGreaterThan(0);
    }
  });
});
