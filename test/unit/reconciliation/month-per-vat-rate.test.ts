// The month per VAT rate: each order's figures as the engine records them, summed per period in the
// store's SQL and turned into the view. A table of journals, each with the view it must give: all
// booked is equal; a parked, skipped or waiting order and a draft are differences explained by their
// state; a credit counts negative; per-line rounding and VAT on 0 % are named; figures booked before
// they were recorded make the view incomplete; a quarter is the sum of its months. Also the figures
// read from a shop order and a Moneybird invoice, and the CSV export read back.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { journalPart } from '../../../src/main/core/app-service/order-channels';
import { createReconciliationChannels } from '../../../src/main/core/app-service/reconciliation-channels';
import { type Order, parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { monthPerVatRate } from '../../../src/main/core/reconciliation/month-per-vat-rate';
import {
  bookedFiguresOf,
  inTheBooks,
  type RateFigures,
  shopFiguresOf,
} from '../../../src/main/core/reconciliation/order-figures';
import {
  monthsOf,
  type Period,
  periodRange,
  previousMonth,
} from '../../../src/main/core/reconciliation/period';
import { periodChecks } from '../../../src/main/core/reconciliation/period-checks';
import { reconciliationCsv } from '../../../src/main/core/reconciliation/reconciliation-csv';
import { ossCountryIn, shopBoxesAligned } from '../../../src/main/core/reconciliation/vat-lines';
import {
  databaseFileIn,
  MIGRATIONS,
  openDatabase,
  type PeriodOrderCounts,
  type Store,
} from '../../../src/main/core/store';
import { createPeriodFactsReader } from '../../../src/main/core/store/period-facts';
import { verdictText } from '../../../src/renderer/components/reconciliation/verdict-text';
import { translator } from '../../../src/renderer/i18n/text';
import { writtenMoney } from '../../../src/shared/i18n/written-money';
import { explanationText } from '../../../src/shared/reconciliation/explanation-text';
import { freshStores } from '../../support/temp-dir';

const d = parseDecimal;
const stores = freshStores('winkelbrug-reconciliation-');
const openTestStore = () => stores.open();

/** The box of the Dutch VAT return a domestic sale at each rate is in. */
const DOMESTIC: Record<string, string> = { '21': 'NL/1a', '9': 'NL/1b', '0': 'NL/1e' };

/**
 * Figures at one rate from incl. and VAT (excl. follows), as text; in `vatBox`, by default the
 * domestic box of the rate.
 */
function at(rate: string, incl: string, vat: string, vatBox = DOMESTIC[rate] ?? 'NL/1c'): RateFigures {
  return { rate, vatBox, inclTax: d(incl), exclTax: d(incl) - d(vat), vat: d(vat) };
}

interface OrderCase {
  number: string;
  date: string;
  state?: string;
  progress?: string;
  style?: 'sales_invoice' | 'external_invoice';
  credits?: string;
  reason?: string;
  /** The reason's code, when not a parked order's ordinary one. */
  reasonCode?: string;
  /** EUR unless given. */
  currency?: string;
  shop?: RateFigures[] | null;
  /**
   * Booked per rate; the invoice total is their incl. sum. Undefined: as the shop's; null: not
   * recorded. Recorded only once the invoice is in the books, as the engine does.
   */
  booked?: RateFigures[] | null;
  /** The invoice's date, when not the order's (an order of a locked period, booked later). */
  bookedOn?: string;
}

/** Puts an order into the journal as the engine leaves it, with the figures it records. */
function addOrder(store: Store, o: OrderCase): void {
  const state = o.state ?? 'done';
  store.db
    .prepare(
      `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date,
         credited_order_number, reason_code, reason_nl, reason_en, currency, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`,
    )
    .run(
      o.number,
      state,
      o.progress ?? (['parked', 'skipped', 'waiting_transient'].includes(state) ? 'pending' : state),
      o.style ?? 'sales_invoice',
      o.date,
      o.credits ?? null,
      o.reasonCode ?? (o.reason ? 'unmapped_tax_rate' : null),
      o.reason ?? null,
      o.reason ? `EN ${o.reason}` : null,
      o.currency ?? 'EUR',
    );
  if (o.shop !== null) store.vatFigures.recordShop(o.number, o.shop ?? []);
  const booked = o.booked === undefined ? o.shop : o.booked;
  const progress = o.progress ?? state;
  const inBooks =
    ['sent', 'paid', 'done'].includes(progress) ||
    (o.style === 'external_invoice' && progress === 'invoice_created');
  if (booked && inBooks) {
    store.vatFigures.recordBooked(o.number, {
      total: booked.reduce((s, r) => s + r.inclTax, 0n),
      rates: booked.map((r) => ({ ...r, taxRateId: `id${r.rate}`, taxRateName: `${r.rate}% btw` })),
      date: o.bookedOn ?? o.date,
      version: 1,
    });
  }
}

const OCTOBER: Period = { kind: 'month', year: 2026, index: 10 };

/** The view as the screen's channel computes it (with the credit notes of a cancellation). */
function viewOf(store: Store, period: Period, options = {}) {
  const { from, to } = periodRange(period);
  const figures = store.vatFigures.period(from, to);
  const creditNotes = createPeriodFactsReader(store.db).creditNotesOf(
    [...figures.cancelled, ...figures.settledCancellations].map((c) => c.orderNumber),
  );
  return monthPerVatRate(period, figures, options, { creditNotes });
}

interface ViewCase {
  name: string;
  orders: OrderCase[];
  verdict: 'agrees' | 'explained' | 'incomplete';
  /** What it means for the owner. */
  standing: 'equal' | 'explained' | 'underway' | 'attention';
  /** rate -> [shop incl, booked incl, difference vat (Moneybird minus shop)] */
  rates: Record<string, [string, string, string]>;
  kinds: Record<string, number>;
  /** The period's counts, where the case is about them. */
  counts?: Partial<PeriodOrderCounts>;
}

const CASES: ViewCase[] = [
  {
    name: 'every order booked as the shop says: equal',
    orders: [
      { number: '1', date: '2026-10-01', shop: [at('21', '121.00', '21.00'), at('9', '10.90', '0.90')] },
      { number: '2', date: '2026-10-31', shop: [at('21', '24.20', '4.20')] },
      // Outside the month: not counted.
      { number: '3', date: '2026-11-01', shop: [at('21', '1000.00', '173.55')] },
      { number: '4', date: '2026-09-30', shop: [at('21', '1000.00', '173.55')] },
    ],
    verdict: 'agrees',
    standing: 'equal',
    rates: { '21': ['145.20', '145.20', '0.00'], '9': ['10.90', '10.90', '0.00'] },
    kinds: {},
  },
  {
    name: 'one parked order: its figures are the difference, explained by the park',
    orders: [
      { number: '1', date: '2026-10-02', shop: [at('21', '121.00', '21.00')] },
      {
        number: '2',
        date: '2026-10-03',
        state: 'parked',
        reason: 'Geen tarief voor 9%',
        shop: [at('9', '10.90', '0.90')],
      },
    ],
    verdict: 'explained',
    standing: 'attention',
    rates: { '21': ['121.00', '121.00', '0.00'], '9': ['10.90', '0.00', '-0.90'] },
    kinds: { parked: 1 },
  },
  {
    name: 'a credit in the month counts negative on both sides',
    orders: [
      { number: '1', date: '2026-10-02', shop: [at('21', '121.00', '21.00')] },
      { number: '1-C', date: '2026-10-20', credits: '1', shop: [at('21', '-60.50', '-10.50')] },
    ],
    verdict: 'agrees',
    standing: 'equal',
    rates: { '21': ['60.50', '60.50', '0.00'] },
    kinds: {},
  },
  {
    name: 'per-line rounding moves a cent between rates; VAT and total agree',
    orders: [
      {
        number: '1',
        date: '2026-10-05',
        shop: [at('21', '36.30', '6.31')],
        booked: [at('21', '36.31', '6.31'), at('0', '-0.01', '0')],
      },
    ],
    verdict: 'explained',
    standing: 'explained',
    rates: { '21': ['36.30', '36.31', '0.00'], '0': ['0.00', '-0.01', '0.00'] },
    kinds: { rounding: 1 },
  },
  {
    name: "Moneybird's VAT per rate a cent from the shop's per-line VAT, the total equal: rounding",
    orders: [
      {
        number: '1',
        date: '2026-10-05',
        shop: [at('21', '46.40', '8.06')],
        booked: [at('21', '46.40', '8.05')],
      },
    ],
    verdict: 'explained',
    standing: 'explained',
    rates: { '21': ['46.40', '46.40', '-0.01'] },
    kinds: { rounding: 1 },
  },
  {
    name: 'an invoice whose total differs from the shop is another difference',
    orders: [
      {
        number: '1',
        date: '2026-10-05',
        shop: [at('21', '46.40', '8.05')],
        booked: [at('21', '40.00', '6.94')],
      },
      // A shift between rates beyond rounding, though the total agrees.
      {
        number: '2',
        date: '2026-10-06',
        shop: [at('21', '121.00', '21.00'), at('9', '10.90', '0.90')],
        booked: [at('21', '10.90', '1.89'), at('9', '121.00', '9.99')],
      },
    ],
    verdict: 'explained',
    standing: 'attention',
    rates: { '21': ['167.40', '50.90', '-20.22'], '9': ['10.90', '121.00', '9.09'] },
    kinds: { other: 2 },
  },
  {
    name: 'VAT the shop puts on a 0 % line is not booked',
    orders: [
      {
        number: '1',
        date: '2026-10-05',
        shop: [at('21', '12.10', '2.10'), at('0', '5.00', '0.01')],
        booked: [at('21', '12.10', '2.10'), at('0', '5.00', '0')],
      },
    ],
    verdict: 'explained',
    standing: 'explained',
    rates: { '21': ['12.10', '12.10', '0.00'], '0': ['5.00', '5.00', '-0.01'] },
    kinds: { zero_rate: 1 },
  },
  {
    name: 'skipped, waiting and a draft not yet sent are not in the books',
    orders: [
      { number: '1', date: '2026-10-05', state: 'skipped', shop: [at('21', '12.10', '2.10')] },
      { number: '2', date: '2026-10-06', state: 'waiting_transient', shop: [at('21', '12.10', '2.10')] },
      // A sales invoice checked but still a draft: not in the VAT return yet.
      { number: '3', date: '2026-10-07', state: 'totals_ok', shop: [at('21', '12.10', '2.10')] },
      // An external invoice is in the books once created.
      {
        number: '4',
        date: '2026-10-08',
        state: 'invoice_created',
        style: 'external_invoice',
        shop: [at('21', '12.10', '2.10')],
        booked: [at('21', '12.10', '2.10')],
      },
    ],
    verdict: 'explained',
    standing: 'underway',
    rates: { '21': ['48.40', '12.10', '-6.30'] },
    kinds: { skipped: 1, waiting: 1, not_yet_booked: 1 },
    counts: { orders: 4, inBooks: 1, skipped: 1, waiting: 1, parked: 0 },
  },
  {
    name: 'an order in the books is judged by what they hold, also while it waits or is parked',
    orders: [
      // A sent credit note waiting for the shop's refund: booked as the shop says.
      {
        number: '1',
        date: '2026-10-05',
        state: 'waiting_transient',
        progress: 'sent',
        credits: '0',
        shop: [at('21', '-12.10', '-2.10')],
      },
      // Parked after its totals changed while sending: in the books as Moneybird changed it.
      {
        number: '2',
        date: '2026-10-06',
        state: 'parked',
        progress: 'sent',
        reason: 'Totalen wijken af',
        shop: [at('21', '24.20', '4.20')],
        booked: [at('21', '24.21', '4.20')],
      },
    ],
    verdict: 'explained',
    standing: 'attention',
    rates: { '21': ['12.10', '12.11', '0.00'] },
    kinds: { other: 1 },
    // Both are in the books: neither counts as waiting or parked in the month's VAT.
    counts: { orders: 2, inBooks: 2, waiting: 0, parked: 0 },
  },
  {
    name: 'an order in another currency is counted, not added to the euros',
    orders: [
      { number: '1', date: '2026-10-05', shop: [at('21', '12.10', '2.10')] },
      { number: '2', date: '2026-10-06', currency: 'GBP', shop: [at('20', '120.00', '20.00')] },
      {
        number: '3',
        date: '2026-10-07',
        currency: 'USD',
        state: 'parked',
        reason: 'Geen tarief',
        shop: [at('0', '50.00', '0')],
      },
    ],
    verdict: 'agrees',
    standing: 'equal',
    rates: { '21': ['12.10', '12.10', '0.00'] },
    kinds: {},
  },
  {
    name: "an order of a locked October booked on 2 November is in November's books, not October's",
    orders: [
      { number: '1', date: '2026-10-05', shop: [at('21', '12.10', '2.10')] },
      { number: '2', date: '2026-10-30', bookedOn: '2026-11-02', shop: [at('21', '121.00', '21.00')] },
    ],
    verdict: 'explained',
    standing: 'explained',
    rates: { '21': ['133.10', '12.10', '-21.00'] },
    kinds: { booked_in_other_period: 1 },
    counts: { orders: 2 },
  },
  {
    name: "an order of September booked on 1 October is in October's books, the shop's September",
    orders: [
      { number: '1', date: '2026-10-05', shop: [at('9', '10.90', '0.90')] },
      { number: '2', date: '2026-09-28', bookedOn: '2026-10-01', shop: [at('21', '60.50', '10.50')] },
      // Booked on another day of its own month: nothing to explain.
      { number: '3', date: '2026-10-10', bookedOn: '2026-10-12', shop: [at('21', '24.20', '4.20')] },
    ],
    verdict: 'explained',
    standing: 'explained',
    rates: { '21': ['24.20', '84.70', '10.50'], '9': ['10.90', '10.90', '0.00'] },
    kinds: { booked_from_other_period: 1 },
    counts: { orders: 2 },
  },
  {
    name: 'an order booked before the figures were recorded makes the view incomplete',
    orders: [
      { number: '1', date: '2026-10-05', shop: [at('21', '12.10', '2.10')] },
      { number: '2', date: '2026-10-06', shop: null, booked: null },
    ],
    verdict: 'incomplete',
    standing: 'attention',
    rates: { '21': ['12.10', '12.10', '0.00'] },
    kinds: { not_recorded: 1 },
  },
];

describe('month per VAT rate', () => {
  it.each(CASES)('$name', ({ orders, verdict, standing, rates, kinds, counts }) => {
    const store = openTestStore();
    for (const order of orders) addOrder(store, order);
    const view = viewOf(store, OCTOBER);
    expect(view.verdict).toBe(verdict);
    expect(view.standing).toBe(standing);
    expect(
      Object.fromEntries(
        view.rates.map((r) => [r.rate, [r.shop.inclTax, r.booked.inclTax, r.difference.vat]]),
      ),
    ).toEqual(rates);
    expect(Object.fromEntries(view.kinds.map((k) => [k.kind, k.orders]))).toEqual(kinds);
    // Every difference is accounted for by the orders that explain it.
    const explained = view.kinds.reduce((s, k) => s + d(k.difference.inclTax), 0n);
    expect(explained).toBe(d(view.total.difference.inclTax));
    expect(view.explanations.total).toBe(Object.values(kinds).reduce((s, n) => s + n, 0));
    const foreign = orders.filter((o) => o.currency !== undefined && o.currency !== 'EUR').length;
    expect(view.counts.foreignCurrency).toBe(foreign);
    expect(view.counts.orders).toBe(
      orders.filter((o) => o.date.startsWith('2026-10') && (o.currency ?? 'EUR') === 'EUR').length,
    );
    if (counts) expect(view.counts).toMatchObject(counts);
  });

  it('names the orders in another currency, with their totals in that currency, oldest first', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: [at('21', '12.10', '2.10')] });
    addOrder(store, { number: '1015', date: '2026-10-07', currency: 'USD', shop: [at('0', '93.70', '0')] });
    addOrder(store, { number: '1009', date: '2026-10-06', currency: 'GBP', shop: [at('20', '48', '8')] });
    // Another month's, and one not yet eligible (discovered): not this month's.
    addOrder(store, { number: '1100', date: '2026-11-01', currency: 'USD', shop: [at('0', '5.00', '0')] });
    addOrder(store, { number: '1020', date: '2026-10-09', state: 'discovered', currency: 'USD', shop: [] });
    const total = store.db.prepare('UPDATE order_journal SET shop_total = ? WHERE order_number = ?');
    total.run('93.7', '1015');
    total.run('48', '1009');
    const view = createReconciliationChannels(store)['reconciliation.period']({
      period: OCTOBER,
    }) as ReturnType<typeof viewOf>;
    expect(view.counts.foreignCurrency).toBe(2);
    expect(view.foreignCurrencyOrders).toEqual([
      { orderNumber: '1009', orderDate: '2026-10-06', currency: 'GBP', total: '48.00', bookedDate: null },
      { orderNumber: '1015', orderDate: '2026-10-07', currency: 'USD', total: '93.70', bookedDate: null },
    ]);
    // Not compared with Moneybird: the booked side is what Winkelbrug recorded.
    expect(view.checkedAt).toBeNull();
  });

  it('names an order in another currency booked on the first open day in both months: where it was booked, and where it counts', () => {
    const store = openTestStore();
    // September is locked: its last orders are booked on 1 October, one of them in pounds, one of € 0.
    addOrder(store, { number: '1026', date: '2026-09-25', bookedOn: '2026-10-01', shop: [] });
    addOrder(store, {
      number: '1027',
      date: '2026-09-26',
      bookedOn: '2026-10-01',
      currency: 'GBP',
      shop: [at('0', '32.95', '0', 'NL/3a')],
    });
    addOrder(store, {
      number: '1028',
      date: '2026-09-26',
      bookedOn: '2026-10-01',
      shop: [at('21', '121.00', '21.00')],
    });
    // October's own, in dollars and booked on its day, and one of € 0.
    addOrder(store, { number: '1056', date: '2026-10-03', currency: 'USD', shop: [at('0', '128.95', '0')] });
    addOrder(store, { number: '1070', date: '2026-10-05', shop: [] });
    store.db.prepare("UPDATE order_journal SET shop_total = '32.95' WHERE order_number = '1027'").run();
    const channels = createReconciliationChannels(store);
    const view = (period: Period) =>
      channels['reconciliation.period']({ period }) as ReturnType<typeof viewOf>;

    // September: the order in pounds is its own, and said to be booked on 1 October; the € 0 order
    // is booked in a later period too, without amounts: so 2 booked, 1 counted later, 1 of € 0.
    const september = view({ kind: 'month', year: 2026, index: 9 });
    expect(september.foreignCurrencyOrders).toEqual([
      {
        orderNumber: '1027',
        orderDate: '2026-09-26',
        currency: 'GBP',
        total: '32.95',
        bookedDate: '2026-10-01',
      },
    ]);
    expect([september.counts.orders, september.counts.inBooks]).toEqual([2, 2]);
    expect(september.kinds.map((k) => [k.kind, k.orders])).toEqual([['booked_in_other_period', 1]]);
    expect(september.bookedAcrossPeriods).toEqual({
      foreignCurrencyFromEarlier: 0,
      foreignCurrencyFromEarlierOrders: [],
      atZeroLater: 1,
      atZeroFromEarlier: 0,
    });

    // October: its own order in dollars, and the one in pounds from September booked here; the
    // € 0 booking of September counted here too (its own € 0 order is no booking of another period).
    const october = view(OCTOBER);
    expect(october.foreignCurrencyOrders.map((o) => [o.orderNumber, o.bookedDate])).toEqual([['1056', null]]);
    expect(october.bookedAcrossPeriods).toEqual({
      foreignCurrencyFromEarlier: 1,
      foreignCurrencyFromEarlierOrders: [
        {
          orderNumber: '1027',
          orderDate: '2026-09-26',
          currency: 'GBP',
          total: '32.95',
          bookedDate: '2026-10-01',
        },
      ],
      atZeroLater: 0,
      atZeroFromEarlier: 1,
    });
    expect(october.kinds.map((k) => [k.kind, k.orders])).toEqual([['booked_from_other_period', 1]]);
    // The quarter of October holds the September order in pounds as one booked here too.
    const quarter = view({ kind: 'quarter', year: 2026, index: 4 });
    expect(quarter.bookedAcrossPeriods.foreignCurrencyFromEarlierOrders.map((o) => o.orderNumber)).toEqual([
      '1027',
    ]);
    // A booking found deleted in Moneybird is in no period's books any more.
    store.vatFigures.recordGone('1027');
    expect(view(OCTOBER).bookedAcrossPeriods.foreignCurrencyFromEarlier).toBe(0);
  });

  it('says of a line with nothing booked that Moneybird has no rate for it, when that is why its orders wait', () => {
    const store = openTestStore();
    const absent = (number: string, rate: string, country: string) =>
      store.db
        .prepare('UPDATE order_journal SET reason_details = ? WHERE order_number = ?')
        .run(JSON.stringify({ order: number, rate, treatment: 'oss', country }), number);
    // A French consumer's order: 20 % is in Moneybird (booked for another order), 0 % is not.
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('20', '12.00', '2.00', 'OSS/FR')] });
    addOrder(store, {
      number: '2',
      date: '2026-10-03',
      state: 'parked',
      reasonCode: 'tax_rate_absent',
      reason: 'Geen tarief van 0% voor Frankrijk',
      shop: [at('20', '24.00', '4.00', 'OSS/FR'), at('0', '10.00', '0', 'OSS/FR')],
    });
    absent('2', '0', 'FR');
    // A Belgian one at 6 %, waiting for another reason: nothing booked, but not for want of a rate.
    addOrder(store, {
      number: '3',
      date: '2026-10-04',
      state: 'parked',
      reason: 'Nog geen tarief gekozen',
      shop: [at('6', '10.60', '0.60', 'OSS/BE')],
    });
    const view = viewOf(store, OCTOBER);
    expect(view.rates.map((r) => [r.vatBox, r.rate, r.taxRateNames, r.taxRateAbsent])).toEqual([
      ['OSS/BE', '6', [], false],
      ['OSS/FR', '20', ['20% btw'], false],
      ['OSS/FR', '0', [], true],
    ]);
    // The file says it in the same column as the rates booked on.
    const csv = parse(reconciliationCsv(view, view.explanations.items, 'nl'), {
      delimiter: ';',
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(
      csv
        .filter((r) => r.Soort === 'Tarief')
        .map((r) => [r['Rubriek of OSS-land'], r['Tarief in Moneybird']]),
    ).toEqual([
      ['OSS België', ''],
      ['OSS Frankrijk', '20% btw'],
      ['OSS Frankrijk', 'geen tarief in Moneybird'],
    ]);
    // Once the rate is added and the order booked, the line has its Moneybird rate.
    store.db
      .prepare(
        "UPDATE order_journal SET state = 'done', progress = 'done', reason_code = NULL WHERE order_number = '2'",
      )
      .run();
    store.vatFigures.recordBooked('2', {
      total: d('34.00'),
      rates: [
        { ...at('20', '24.00', '4.00', 'OSS/FR'), taxRateId: 'fr20', taxRateName: 'FR 20% btw' },
        { ...at('0', '10.00', '0', 'OSS/FR'), taxRateId: 'fr0', taxRateName: 'FR 0% btw' },
      ],
      date: '2026-10-03',
      version: 1,
    });
    expect(viewOf(store, OCTOBER).rates.find((r) => r.vatBox === 'OSS/FR' && r.rate === '0')).toMatchObject({
      taxRateNames: ['FR 0% btw'],
      taxRateAbsent: false,
    });
  });

  it('keeps the parked reason with the explanation and lists rates highest first', () => {
    const store = openTestStore();
    addOrder(store, {
      number: '7',
      date: '2026-10-09',
      state: 'parked',
      reason: 'Geen tarief voor 9%',
      shop: [at('9', '10.90', '0.90'), at('21', '12.10', '2.10')],
    });
    const view = viewOf(store, OCTOBER);
    expect(view.rates.map((r) => r.rate)).toEqual(['21', '9']);
    const [item] = view.explanations.items;
    expect(item).toMatchObject({ orderNumber: '7', kind: 'parked', reason: { nl: 'Geen tarief voor 9%' } });
    // Moneybird minus the shop: the parked order is missing from the books.
    expect(item!.differences.map((x) => [x.rate, x.inclTax, x.vat])).toEqual([
      ['21', '-12.10', '-2.10'],
      ['9', '-10.90', '-0.90'],
    ]);
  });

  it('explains a booking deleted in Moneybird as such until the owner chose, then by where the order is', () => {
    const store = openTestStore();
    const shop = [at('21', '12.10', '2.10')];
    for (const number of ['1', '2', '3']) addOrder(store, { number, date: '2026-10-09', shop });
    for (const number of ['1', '2', '3']) store.vatFigures.recordGone(number);
    const kinds = () =>
      Object.fromEntries(viewOf(store, OCTOBER).explanations.items.map((i) => [i.orderNumber, i.kind]));
    expect(kinds()).toEqual({
      '1': 'deleted_in_moneybird',
      '2': 'deleted_in_moneybird',
      '3': 'deleted_in_moneybird',
    });
    // Asked to be booked again: queued, then parked over the locked period; the other one skipped.
    store.db
      .prepare("UPDATE order_journal SET state = 'pending', progress = 'pending' WHERE order_number = '2'")
      .run();
    store.db
      .prepare("UPDATE order_journal SET state = 'skipped', progress = 'pending' WHERE order_number = '3'")
      .run();
    expect(kinds()).toEqual({ '1': 'deleted_in_moneybird', '2': 'not_yet_booked', '3': 'skipped' });
    store.db
      .prepare(
        "UPDATE order_journal SET state = 'parked', reason_code = 'period_locked', reason_nl = 'Afgesloten' WHERE order_number = '2'",
      )
      .run();
    expect(kinds()['2']).toBe('parked');
  });

  it('sums a quarter as its three months, and pages its explanations', () => {
    const store = openTestStore();
    let n = 0;
    for (const month of ['07', '08', '09', '10']) {
      for (let day = 1; day <= 28; day += 3) {
        n += 1;
        const rounding = n % 4 === 0;
        addOrder(store, {
          number: String(n),
          date: `2026-${month}-${String(day).padStart(2, '0')}`,
          state: n % 7 === 0 ? 'parked' : 'done',
          reason: n % 7 === 0 ? 'Reden' : undefined,
          shop: [at('21', `${n}.21`, '0.21'), at('9', '1.09', '0.09')],
          booked: rounding ? [at('21', `${n}.22`, '0.21'), at('9', '1.08', '0.09')] : undefined,
        });
      }
    }
    const quarter: Period = { kind: 'quarter', year: 2026, index: 3 };
    expect(periodRange(quarter)).toEqual({ from: '2026-07-01', to: '2026-10-01' });
    const whole = viewOf(store, quarter, { limit: 5 });
    const months = monthsOf(quarter).map((m) => viewOf(store, m));
    for (const side of ['shop', 'booked', 'difference'] as const) {
      for (const rate of ['21', '9']) {
        const sum = months.reduce(
          (s, m) => s + d(m.rates.find((r) => r.rate === rate)?.[side].inclTax ?? '0'),
          0n,
        );
        expect(d(whole.rates.find((r) => r.rate === rate)![side].inclTax)).toBe(sum);
      }
    }
    expect(whole.counts.orders).toBe(months.reduce((s, m) => s + m.counts.orders, 0));
    expect(whole.explanations.total).toBe(months.reduce((s, m) => s + m.explanations.total, 0));
    expect(whole.explanations.items).toHaveLength(5);
    const rest = viewOf(store, quarter, { offset: 5, limit: 100 });
    const all = [...whole.explanations.items, ...rest.explanations.items].map((i) => i.orderNumber);
    expect(new Set(all).size).toBe(whole.explanations.total);
    const onlyParked = viewOf(store, quarter, { kind: 'parked' });
    expect(onlyParked.explanations.items.every((i) => i.kind === 'parked')).toBe(true);
    expect(onlyParked.explanations.total).toBe(whole.kinds.find((k) => k.kind === 'parked')!.orders);
  });

  it('defaults to the month before today, also across a year end', () => {
    expect(previousMonth('2026-11-28')).toEqual({ kind: 'month', year: 2026, index: 10 });
    expect(previousMonth('2027-01-03')).toEqual({ kind: 'month', year: 2026, index: 12 });
    expect(periodRange({ kind: 'month', year: 2026, index: 12 })).toEqual({
      from: '2026-12-01',
      to: '2027-01-01',
    });
  });
});

describe("the months of a period that have begun, on the shop's calendar", () => {
  const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };
  /** The screen's channel on the clock given (UTC), with October compared on 2 November. */
  function screenAt(utc: string) {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: [at('21', '12.10', '2.10')] });
    addOrder(store, { number: '2', date: '2026-11-05', shop: [at('9', '10.90', '0.90')] });
    periodChecks(store.settings).record(periodRange(OCTOBER), null, '2026-11-02T20:05:00.000Z');
    const channels = createReconciliationChannels(
      store,
      () => null,
      () => new Date(utc),
    );
    return (period: Period) => channels['reconciliation.period']({ period }) as ReturnType<typeof viewOf>;
  }
  const monthsIn = (view: ReturnType<typeof viewOf>) => view.checkedMonths.map((m) => m.month);

  it('leaves a month out until it has begun in Amsterdam, whatever UTC says', () => {
    // 30 November 04:52 in Amsterdam: December has not begun.
    expect(monthsIn(screenAt('2026-11-30T03:52:00Z')(Q4))).toEqual(['2026-10', '2026-11']);
    // 30 November 23:30 UTC is 1 December 00:30 in Amsterdam: December has begun, not compared.
    const december = screenAt('2026-11-30T23:30:00Z')(Q4);
    expect(december.checkedMonths).toEqual([
      { month: '2026-10', checkedAt: '2026-11-02T20:05:00.000Z' },
      { month: '2026-11', checkedAt: null },
      { month: '2026-12', checkedAt: null },
    ]);
    // A quarter wholly past names all three.
    expect(monthsIn(screenAt('2027-01-15T12:00:00Z')(Q4))).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('has no months to compare in a period that has not begun, and one in a month under way', () => {
    const view = screenAt('2026-11-30T03:52:00Z');
    expect(view({ kind: 'month', year: 2026, index: 11 }).checkedMonths).toEqual([
      { month: '2026-11', checkedAt: null },
    ]);
    for (const period of [
      { kind: 'month', year: 2026, index: 12 },
      { kind: 'quarter', year: 2027, index: 1 },
    ] as const)
      expect(view(period)).toMatchObject({ checkedAt: null, checkedMonths: [], standing: 'empty' });
  });

  it('does not count a comparison made before a month began as one of that month', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: [at('21', '12.10', '2.10')] });
    // The quarter compared as a whole on 30 November, 04:52 in Amsterdam.
    const at452 = '2026-11-30T03:52:00.000Z';
    periodChecks(store.settings).record(periodRange(Q4), null, at452);
    const viewOn = (utc: string) =>
      createReconciliationChannels(
        store,
        () => null,
        () => new Date(utc),
      )['reconciliation.period']({
        period: Q4,
      }) as ReturnType<typeof viewOf>;
    // That day: all of the quarter that had begun was read.
    expect(viewOn('2026-11-30T10:00:00Z')).toMatchObject({ checkedAt: at452 });
    // In December: December was not, though the comparison's range held it.
    const later = viewOn('2026-12-10T10:00:00Z');
    expect(later.checkedAt).toBeNull();
    expect(later.checkedMonths.map((m) => m.checkedAt)).toEqual([at452, at452, null]);
  });
});

function order(patch: Record<string, unknown>): Order {
  const parsed = parseOrder({ number: 1, date: '2026-10-01', status: 3, debtor: {}, ...patch });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.order;
}

describe('an order booked in a later period than its own', () => {
  const moved: OrderCase = {
    number: '2',
    date: '2026-10-30',
    bookedOn: '2026-11-02',
    shop: [at('21', '36.30', '6.31')],
    booked: [at('21', '36.31', '6.31'), at('0', '-0.01', '0')],
  };

  it("counts in each month on its own side's day, and in the quarter holding both as itself", () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-11-03', shop: [at('21', '12.10', '2.10')] });
    addOrder(store, moved);
    const october = viewOf(store, OCTOBER);
    expect(october.explanations.items).toMatchObject([
      { orderNumber: '2', kind: 'booked_in_other_period', orderDate: '2026-10-30', bookedDate: '2026-11-02' },
    ]);
    // Moneybird minus the shop: October's books lack it, November's hold it.
    expect(october.total.difference.inclTax).toBe('-36.30');
    const november = viewOf(store, { kind: 'month', year: 2026, index: 11 });
    expect(november.explanations.items).toMatchObject([
      { orderNumber: '2', kind: 'booked_from_other_period', bookedDate: '2026-11-02' },
    ]);
    expect(november.rates.find((r) => r.rate === '21')?.booked.inclTax).toBe('48.41');
    expect(november.total.difference.inclTax).toBe('36.30');
    expect(november.counts.orders).toBe(1);
    // The quarter holds both days: only the booking's own rounding is left to explain.
    const quarter = viewOf(store, { kind: 'quarter', year: 2026, index: 4 });
    expect(quarter.kinds.map((k) => [k.kind, k.orders])).toEqual([['rounding', 1]]);
    expect(quarter.total.difference.inclTax).toBe('0.00');
  });

  it('tells the owner both days in words, as the page writes days, the same in the CSV file', () => {
    const store = openTestStore();
    addOrder(store, moved);
    const view = viewOf(store, OCTOBER);
    const [item] = view.explanations.items;
    const text = explanationText(item!, 'nl', (a) => `€ ${a.replace('.', ',')}`, false);
    // The order's own figures, named as the table names them: 36.30 incl., of which 6.31 VAT.
    expect(text).toBe(
      'Besteld op 30 okt 2026, een dag die in Moneybird al was afgesloten, dus gefactureerd op 2 nov 2026. Telt in Moneybird mee in november 2026 (€ 29,99 omzet excl. btw en € 6,31 btw), niet hier.',
    );
    expect(explanationText(item!, 'en', (a) => a, false)).toContain(
      '2 Nov 2026. Counts in November 2026 in Moneybird (29.99 turnover excl. VAT and 6.31 VAT), not here.',
    );
    // The CSV file says what the screen says, money written as money.
    const csv = reconciliationCsv(view, view.explanations.items, 'nl');
    const [row] = (
      parse(csv, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[]
    ).filter((r) => r.Soort === 'Bestelling');
    expect(row!.Toelichting).toBe(explanationText(item!, 'nl', (a) => writtenMoney(a, 'nl'), false));
    expect(row!.Toelichting!.replace(/\u00a0/g, ' ')).toContain('(€ 29,99 omzet excl. btw en € 6,31 btw)');
  });

  it('keeps a booking of its own day out of the list once the figures agree', () => {
    const store = openTestStore();
    addOrder(store, {
      number: '1',
      date: '2026-10-30',
      bookedOn: '2026-10-30',
      shop: [at('21', '12.10', '2.10')],
    });
    const view = viewOf(store, OCTOBER);
    expect(view.verdict).toBe('agrees');
    expect(view.explanations.total).toBe(0);
  });
});

/** Money as the screen writes it, for the sentences. */
const euros = (amount: string) => `€ ${amount.replace('.', ',')}`;

describe('an order the shop cancelled after it was booked, without a credit order', () => {
  /** 2 × Mok at 21 % (24.20, of which 4.20 VAT) and Thee at 9 % (5.45, of which 0.45 VAT): 29.65. */
  const mugsAndTea = [at('21', '24.20', '4.20'), at('9', '5.45', '0.45')];
  const cancel = (store: Store, orderNumber: string) =>
    expect(store.cancelledInShop.mark(orderNumber, 'Geannuleerd', '2026-10-20 10:00:00')).toBe(true);
  const EQUAL = { inclTax: '0.00', exclTax: '0.00', vat: '0.00' };

  it('stays on both sides until a credit exists, yet the period is not in order and lists it', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: mugsAndTea });
    addOrder(store, { number: '2', date: '2026-10-06', shop: [at('21', '12.10', '2.10')] });
    expect(viewOf(store, OCTOBER).standing).toBe('equal');
    cancel(store, '1');
    const view = viewOf(store, OCTOBER);
    // The figures: no credit note with an amount, a date and VAT exists yet, so both sides count it.
    expect(view.verdict).toBe('agrees');
    expect(view.total.difference).toEqual(EQUAL);
    expect(view.rates.map((r) => [r.vatBox, r.shop.inclTax, r.booked.inclTax])).toEqual([
      ['NL/1a', '36.30', '36.30'],
      ['NL/1b', '5.45', '5.45'],
    ]);
    // What it means: the owner must act, and the order is among those to look at.
    expect(view.standing).toBe('attention');
    expect(view.kinds).toEqual([{ kind: 'cancelled_in_shop', orders: 1, difference: EQUAL }]);
    expect(view.cancelledInShop).toEqual({
      orders: 1,
      stillBooked: { inclTax: '29.65', exclTax: '25.00', vat: '4.65' },
      partlyCredited: 0,
      credited: EQUAL,
      creditedLater: [],
      toCredit: { inclTax: '29.65', exclTax: '25.00', vat: '4.65' },
    });
    expect(view.counts).toMatchObject({ orders: 2, inBooks: 2, cancelledInShop: 1 });
    expect(view.explanations.total).toBe(1);
    const [item] = view.explanations.items;
    expect(item).toMatchObject({ orderNumber: '1', kind: 'cancelled_in_shop', differences: [] });
    expect(item!.stillBooked).toEqual([
      { rate: '21', vatBox: 'NL/1a', inclTax: '24.20', exclTax: '20.00', vat: '4.20' },
      { rate: '9', vatBox: 'NL/1b', inclTax: '5.45', exclTax: '5.00', vat: '0.45' },
    ]);
    // What Moneybird still counts, as the table names it: turnover excl. VAT and VAT (29.65 incl.).
    expect(explanationText(item!, 'nl', euros, false)).toBe(
      'Na het boeken in je winkel geannuleerd, zonder creditorder: telt in je boeken nog mee (€ 25,00 omzet excl. btw en € 4,65 btw). Maak in je winkel een creditorder, of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    );
    expect(explanationText(item!, 'en', (a) => a, false)).toContain(
      '(25.00 turnover excl. VAT and 4.65 VAT)',
    );
    // Filtered on its kind, it is there alone.
    expect(viewOf(store, OCTOBER, { kind: 'cancelled_in_shop' }).explanations.items).toHaveLength(1);
    // The CSV file: per line, what Moneybird still counts of it, in the Moneybird columns.
    const rows = (
      parse(reconciliationCsv(view, view.explanations.items, 'nl'), {
        delimiter: ';',
        bom: true,
      }) as string[][]
    ).filter((fields) => fields[5] === '1');
    expect(rows.map((f) => [f[2], f[3], f[8], f[11], f[12], f[13], f[14]])).toEqual([
      ['1a', '21', '', '24,20', '20,00', '4,20', ''],
      ['1b', '9', '', '5,45', '5,00', '0,45', ''],
    ]);
    expect(rows[0]![7]!.replace(/\u00a0/g, ' ')).toContain('(€ 25,00 omzet excl. btw en € 4,65 btw)');
  });

  /** What the order's page says is credited of it, and what Moneybird still counts of its total. */
  const pageOf = (store: Store, orderNumber: string, total: string) => {
    store.db
      .prepare('UPDATE order_journal SET shop_total = ? WHERE order_number = ?')
      .run(total, orderNumber);
    return journalPart(store, store.journal.get(orderNumber)!, undefined).cancelledInShop;
  };

  it('takes a credit note of the same month off what the month still counts, on the order page alike', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: mugsAndTea });
    // The shop credited the tea in October before it called the rest off.
    addOrder(store, { number: '1-C', date: '2026-10-20', credits: '1', shop: [at('9', '-5.45', '-0.45')] });
    // A credit order parked, not booked: nothing of it is in Moneybird.
    addOrder(store, {
      number: '1-D',
      date: '2026-11-03',
      credits: '1',
      state: 'parked',
      reason: 'Wacht',
      shop: [at('21', '-12.10', '-2.10')],
    });
    cancel(store, '1');
    const view = viewOf(store, OCTOBER);
    const credited = { inclTax: '5.45', exclTax: '5.00', vat: '0.45' };
    expect(view.cancelledInShop).toEqual({
      orders: 1,
      stillBooked: { inclTax: '24.20', exclTax: '20.00', vat: '4.20' },
      partlyCredited: 1,
      credited,
      creditedLater: [],
      toCredit: { inclTax: '24.20', exclTax: '20.00', vat: '4.20' },
    });
    const [item] = view.explanations.items.filter((i) => i.kind === 'cancelled_in_shop');
    // The tea's line is credited in full: only the mugs still count.
    expect(item!.stillBooked.map((l) => [l.vatBox, l.inclTax])).toEqual([['NL/1a', '24.20']]);
    expect(item).toMatchObject({ credited, creditedLater: [] });
    // Not "without a credit order": the tea is credited, the rest still counts.
    expect(explanationText(item!, 'nl', euros, false)).toBe(
      'Na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd: er is al € 5,00 omzet excl. btw en € 0,45 btw van gecrediteerd, de rest telt in je boeken nog mee (€ 20,00 omzet excl. btw en € 4,20 btw). Maak in je winkel een creditorder voor de rest, of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    );
    expect(explanationText(item!, 'en', (a) => a, false)).toContain(
      '5.00 turnover excl. VAT and 0.45 VAT of it is credited already, the rest still counts in your books (20.00 turnover excl. VAT and 4.20 VAT)',
    );
    // The order's page says the same: 5.45 credited by the credit order booked, 24.20 still counted.
    expect(pageOf(store, '1', '29.65')).toMatchObject({
      credited: '5.45',
      credits: [{ orderNumber: '1-C', invoiceNumber: null }],
      rest: '24.20',
    });
    // "Zelf geregeld": the owner put Moneybird right by hand; the month has nothing left to ask, but
    // names what still counts here as sold (the tea's credit note taken off).
    expect(store.cancelledInShop.settleByOwner('1')).toBe(true);
    const settled = viewOf(store, OCTOBER);
    expect(settled.standing).toBe('explained');
    expect(settled.explanations.items.map((i) => [i.orderNumber, i.kind])).toEqual([
      ['1', 'cancelled_settled'],
    ]);
    expect(settled.cancelledSettled).toEqual({
      orders: 1,
      stillBooked: { inclTax: '24.20', exclTax: '20.00', vat: '4.20' },
    });
    expect(settled.cancelledInShop).toEqual({
      orders: 0,
      stillBooked: EQUAL,
      partlyCredited: 0,
      credited: EQUAL,
      creditedLater: [],
      toCredit: EQUAL,
    });
  });

  it('names an order the owner settled by hand ("Zelf geregeld") as still sold here, settled, on screen and in the file', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: mugsAndTea });
    addOrder(store, { number: '2', date: '2026-10-06', shop: [at('21', '12.10', '2.10')] });
    // Another month's settled cancellation is not October's.
    addOrder(store, { number: '3', date: '2026-11-02', shop: [at('21', '12.10', '2.10')] });
    cancel(store, '1');
    cancel(store, '3');
    expect(store.cancelledInShop.settleByOwner('1')).toBe(true);
    expect(store.cancelledInShop.settleByOwner('3')).toBe(true);
    const view = viewOf(store, OCTOBER);
    // Both sides still count it in full: the figures agree, and nothing asks the owner.
    expect(view.verdict).toBe('agrees');
    expect(view.standing).toBe('explained');
    expect(view.counts).toMatchObject({ orders: 2, cancelledInShop: 0 });
    expect(view.kinds).toEqual([{ kind: 'cancelled_settled', orders: 1, difference: EQUAL }]);
    expect(view.cancelledSettled).toEqual({
      orders: 1,
      stillBooked: { inclTax: '29.65', exclTax: '25.00', vat: '4.65' },
    });
    const [item] = view.explanations.items;
    expect(item).toMatchObject({
      orderNumber: '1',
      kind: 'cancelled_settled',
      differences: [],
      credited: null,
      creditedLater: [],
      toCredit: null,
    });
    expect(item!.stillBooked.map((l) => [l.vatBox, l.exclTax, l.vat])).toEqual([
      ['NL/1a', '20.00', '4.20'],
      ['NL/1b', '5.00', '0.45'],
    ]);
    // In the owner's words: a credit note made by hand in Moneybird is not in this table.
    expect(explanationText(item!, 'nl', euros, false)).toBe(
      'Geannuleerd in je winkel; je gaf aan dat je het zelf in Moneybird hebt geregeld. Een creditfactuur die je daar zelf maakte, telt hier niet mee: hier staat de bestelling nog als verkocht (€ 25,00 omzet excl. btw en € 4,65 btw).',
    );
    expect(explanationText(item!, 'en', (a) => a, false)).toContain(
      'here the order still counts as sold (25.00 turnover excl. VAT and 4.65 VAT)',
    );
    const verdict = verdictText(view, 'nl', translator('nl'));
    expect(verdict.headline).toBe(
      'De totalen zijn gelijk, en wat per bestelling verschilt is verklaard. Niets te doen.',
    );
    expect(verdict.items.map((i) => [i.kind, i.group])).toEqual([['cancelled_settled', 'settled']]);
    expect(verdict.items[0]!.text.replace(/\u00a0/g, ' ')).toBe(
      "1 bestelling is na het boeken in je winkel geannuleerd; je gaf aan dat je het zelf in Moneybird hebt geregeld. Een creditfactuur die je daar zelf maakte, telt hier niet mee: hierboven staat de bestelling aan beide kanten nog als verkocht (€ 25,00 omzet excl. btw en € 4,65 btw). Maakte je zo'n creditfactuur, dan staat er in je btw-aangifte in Moneybird dat bedrag minder dan in deze tabel. Je hoeft niets te doen.",
    );
    // Settled: folded away with the other settled orders unless asked for.
    const folded = viewOf(store, OCTOBER, { foldSettled: true });
    expect(folded.explanations).toMatchObject({ total: 0, folded: 1 });
    expect(viewOf(store, OCTOBER, { kind: 'cancelled_settled' }).explanations.total).toBe(1);
    // The CSV file follows the screen: per line what still counts as sold, with the sentence.
    const rows = (
      parse(reconciliationCsv(view, view.explanations.items, 'nl'), {
        delimiter: ';',
        bom: true,
      }) as string[][]
    ).filter((fields) => fields[5] === '1');
    expect(rows.map((f) => [f[2], f[11], f[12], f[13]])).toEqual([
      ['1a', '24,20', '20,00', '4,20'],
      ['1b', '5,45', '5,00', '0,45'],
    ]);
    expect(rows[0]![7]!.replace(/\u00a0/g, ' ')).toContain(
      'Een creditfactuur die je daar zelf maakte, telt hier niet mee',
    );
    // November has its own; the quarter both.
    expect(viewOf(store, { kind: 'month', year: 2026, index: 11 }).cancelledSettled.orders).toBe(1);
    expect(viewOf(store, { kind: 'quarter', year: 2026, index: 4 }).cancelledSettled).toEqual({
      orders: 2,
      stillBooked: { inclTax: '41.75', exclTax: '35.00', vat: '6.75' },
    });
    // Cancelled again in the shop later (a new moment): asks the owner again, as cancelled.
    expect(store.cancelledInShop.mark('1', 'Geannuleerd', '2026-10-25 10:00:00')).toBe(true);
    expect(viewOf(store, OCTOBER).kinds.map((k) => k.kind)).toEqual(['cancelled_in_shop']);
  });

  it('no longer names a settled cancellation that a credit order booked since credits in full', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: mugsAndTea });
    cancel(store, '1');
    expect(store.cancelledInShop.settleByOwner('1')).toBe(true);
    addOrder(store, {
      number: '1-C',
      date: '2026-10-20',
      credits: '1',
      shop: [at('21', '-24.20', '-4.20'), at('9', '-5.45', '-0.45')],
    });
    const view = viewOf(store, OCTOBER);
    expect(view.kinds).toEqual([]);
    expect(view.standing).toBe('equal');
    expect(view.cancelledSettled.orders).toBe(0);
  });

  it("names a credit note of a later month as that month's, and leaves the order whole in this one", () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: mugsAndTea });
    // The shop credited the tea on 2 November, then called the rest of the October order off.
    addOrder(store, { number: '1-C', date: '2026-11-02', credits: '1', shop: [at('9', '-5.45', '-0.45')] });
    cancel(store, '1');
    const october = viewOf(store, OCTOBER);
    // October's VAT return holds the whole order: the credit note counts in November's.
    const later = [{ month: '2026-11', inclTax: '5.45', exclTax: '5.00', vat: '0.45' }];
    expect(october.cancelledInShop).toEqual({
      orders: 1,
      stillBooked: { inclTax: '29.65', exclTax: '25.00', vat: '4.65' },
      partlyCredited: 1,
      credited: EQUAL,
      creditedLater: later,
      // Still to credit: the whole order less every credit note, whatever its month.
      toCredit: { inclTax: '24.20', exclTax: '20.00', vat: '4.20' },
    });
    const [item] = october.explanations.items;
    expect(item!.stillBooked.map((l) => [l.vatBox, l.inclTax])).toEqual([
      ['NL/1a', '24.20'],
      ['NL/1b', '5.45'],
    ]);
    expect(item).toMatchObject({ credited: EQUAL, creditedLater: later });
    expect(explanationText(item!, 'nl', euros, false)).toBe(
      'Na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd. Er is al een deel van gecrediteerd: in november 2026 € 5,00 omzet excl. btw en € 0,45 btw. Een creditfactuur telt in Moneybird mee in de periode van haar eigen datum; in deze periode telt de bestelling nog mee (€ 25,00 omzet excl. btw en € 4,65 btw). Nog te crediteren: € 20,00 omzet excl. btw en € 4,20 btw (€ 24,20 incl. btw). Maak in je winkel een creditorder voor wat nog niet gecrediteerd is, of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    );
    expect(verdictText(october, 'nl', translator('nl')).items[0]!.text.replace(/\u00a0/g, ' ')).toBe(
      '1 bestelling is na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd. Er is al een deel van gecrediteerd: in november 2026 € 5,00 omzet excl. btw en € 0,45 btw. Een creditfactuur telt in Moneybird mee in de periode van haar eigen datum; in deze periode telt de bestelling nog mee: € 25,00 omzet excl. btw en € 4,65 btw. Daarom staat ze hierboven aan beide kanten nog als verkocht. Nog te crediteren: € 20,00 omzet excl. btw en € 4,20 btw (€ 24,20 incl. btw). Maak in je winkel een creditorder voor wat nog niet gecrediteerd is, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    );
    expect(explanationText(item!, 'en', (a) => a, false)).toContain(
      'Part of it is credited already: in November 2026 5.00 turnover excl. VAT and 0.45 VAT. A credit note counts in Moneybird in the period of its own date; in this period the order still counts (25.00 turnover excl. VAT and 4.65 VAT). Still to credit: 20.00 turnover excl. VAT and 4.20 VAT (24.20 incl. VAT).',
    );
    // November holds the credit, not the cancellation.
    const november = viewOf(store, { kind: 'month', year: 2026, index: 11 });
    expect(november.cancelledInShop.orders).toBe(0);
    expect(november.rates.map((r) => [r.vatBox, r.booked.inclTax])).toEqual([['NL/1b', '-5.45']]);
    // The quarter holds both days: the credit note is taken off there.
    const quarter = viewOf(store, { kind: 'quarter', year: 2026, index: 4 });
    expect(quarter.cancelledInShop).toMatchObject({
      stillBooked: { inclTax: '24.20' },
      credited: { inclTax: '5.45' },
      creditedLater: [],
    });
    // The order's page adds every credit note up, whatever its day.
    expect(pageOf(store, '1', '29.65')).toMatchObject({ credited: '5.45', rest: '24.20' });
  });

  it('names what is credited in this period and in the next apart, the order page adding them up', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-05', shop: mugsAndTea });
    addOrder(store, { number: '1-C', date: '2026-10-20', credits: '1', shop: [at('9', '-5.45', '-0.45')] });
    addOrder(store, { number: '1-D', date: '2026-11-03', credits: '1', shop: [at('21', '-12.10', '-2.10')] });
    cancel(store, '1');
    const october = viewOf(store, OCTOBER);
    expect(october.cancelledInShop).toEqual({
      orders: 1,
      stillBooked: { inclTax: '24.20', exclTax: '20.00', vat: '4.20' },
      partlyCredited: 1,
      credited: { inclTax: '5.45', exclTax: '5.00', vat: '0.45' },
      creditedLater: [{ month: '2026-11', inclTax: '12.10', exclTax: '10.00', vat: '2.10' }],
      toCredit: { inclTax: '12.10', exclTax: '10.00', vat: '2.10' },
    });
    const [item] = october.explanations.items;
    expect(explanationText(item!, 'nl', euros, false)).toContain(
      'Er is al een deel van gecrediteerd: in deze periode € 5,00 omzet excl. btw en € 0,45 btw en in november 2026 € 10,00 omzet excl. btw en € 2,10 btw. Een creditfactuur telt in Moneybird mee in de periode van haar eigen datum; in deze periode telt de bestelling nog mee (€ 20,00 omzet excl. btw en € 4,20 btw). Nog te crediteren: € 10,00 omzet excl. btw en € 2,10 btw (€ 12,10 incl. btw).',
    );
    // The month's figures and the order's page agree: 5.45 + 12.10 credited, 12.10 left to credit.
    const page = pageOf(store, '1', '29.65')!;
    expect(page).toMatchObject({
      credited: '17.55',
      credits: [
        { orderNumber: '1-C', invoiceNumber: null },
        { orderNumber: '1-D', invoiceNumber: null },
      ],
      rest: '12.10',
    });
    const creditedInView =
      d(october.cancelledInShop.credited.inclTax) +
      october.cancelledInShop.creditedLater.reduce((sum, c) => sum + d(c.inclTax), 0n);
    expect(creditedInView).toBe(d(page.credited));
  });

  it('is explained as cancelled in its own period, also when it differs besides, and by its booking in the other', () => {
    const store = openTestStore();
    // Ordered in a locked September, booked on 1 October, with a cent of rounding.
    addOrder(store, {
      number: '1',
      date: '2026-09-28',
      bookedOn: '2026-10-01',
      shop: [at('21', '36.30', '6.31')],
      booked: [at('21', '36.31', '6.31'), at('0', '-0.01', '0')],
    });
    addOrder(store, {
      number: '2',
      date: '2026-10-05',
      shop: [at('21', '46.40', '8.06')],
      booked: [at('21', '46.40', '8.05')],
    });
    cancel(store, '1');
    cancel(store, '2');
    const september = viewOf(store, { kind: 'month', year: 2026, index: 9 });
    expect(september.kinds.map((k) => [k.kind, k.orders])).toEqual([['cancelled_in_shop', 1]]);
    // Every difference is still accounted for by the orders that explain it.
    expect(september.kinds[0]!.difference).toEqual(september.total.difference);
    // Moneybird minus the shop: September's books lack it.
    expect(september.total.difference.inclTax).toBe('-36.30');
    const october = viewOf(store, OCTOBER);
    // What needs the owner first, though its order is of a later day.
    expect(october.kinds.map((k) => [k.kind, k.orders])).toEqual([
      ['cancelled_in_shop', 1],
      ['booked_from_other_period', 1],
    ]);
    expect(october.explanations.items.map((i) => i.orderNumber)).toEqual(['2', '1']);
    const kindOf = Object.fromEntries(october.explanations.items.map((i) => [i.orderNumber, i.kind]));
    expect(kindOf).toEqual({ '1': 'booked_from_other_period', '2': 'cancelled_in_shop' });
    // Order 2 keeps its rounding difference beside what Moneybird still counts of it.
    const two = october.explanations.items.find((i) => i.orderNumber === '2')!;
    expect(two.differences.map((x) => [x.rate, x.vat])).toEqual([['21', '-0.01']]);
    expect(two.stillBooked.map((x) => [x.rate, x.inclTax, x.vat])).toEqual([['21', '46.40', '8.05']]);
    const explained = october.kinds.reduce((sum, k) => sum + d(k.difference.inclTax), 0n);
    expect(explained).toBe(d(october.total.difference.inclTax));
    expect(october.cancelledInShop).toMatchObject({ orders: 1, stillBooked: { inclTax: '46.40' } });
  });
});

describe('the orders to look at', () => {
  /**
   * October as the owner found it: sixteen orders of a locked September booked on 1 October (nothing
   * to do), and later in the month what needs the owner (two parked, an invoice deleted in
   * Moneybird, an order cancelled in the shop, another difference), an order Winkelbrug still books,
   * one skipped on purpose and two of rounding.
   */
  const october = () => {
    const store = openTestStore();
    for (let day = 1; day <= 16; day += 1)
      addOrder(store, {
        number: `M${String(day).padStart(2, '0')}`,
        date: `2026-09-${String(day + 10)}`,
        bookedOn: '2026-10-01',
        shop: [at('21', '24.20', '4.20')],
      });
    addOrder(store, { number: 'D', date: '2026-10-01', shop: [at('21', '24.20', '4.20')] });
    store.vatFigures.recordGone('D');
    addOrder(store, {
      number: 'P1',
      date: '2026-10-02',
      state: 'parked',
      reason: 'Geen tarief',
      shop: [at('9', '10.90', '0.90')],
    });
    addOrder(store, { number: 'S', date: '2026-10-03', state: 'skipped', shop: [at('21', '12.10', '2.10')] });
    for (const [number, date] of [
      ['R1', '2026-10-04'],
      ['R2', '2026-10-05'],
    ] as const)
      addOrder(store, {
        number,
        date,
        shop: [at('21', '46.40', '8.06')],
        booked: [at('21', '46.40', '8.05')],
      });
    addOrder(store, {
      number: 'P2',
      date: '2026-10-20',
      state: 'parked',
      reason: 'Geen tarief',
      shop: [at('9', '5.45', '0.45')],
    });
    addOrder(store, { number: 'C', date: '2026-10-25', shop: [at('21', '12.10', '2.10')] });
    expect(store.cancelledInShop.mark('C', 'Geannuleerd', '2026-10-28 10:00:00')).toBe(true);
    addOrder(store, {
      number: 'O',
      date: '2026-10-26',
      shop: [at('21', '24.20', '4.20')],
      booked: [at('21', '20.00', '3.47')],
    });
    addOrder(store, {
      number: 'W',
      date: '2026-10-27',
      state: 'waiting_transient',
      shop: [at('21', '12.10', '2.10')],
    });
    return store;
  };
  const moved = Array.from({ length: 16 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);

  it('come what needs the owner first, then what Winkelbrug still books, then what is settled, each kind by date', () => {
    const view = viewOf(october(), OCTOBER, { limit: 100 });
    expect(view.explanations.items.map((i) => i.orderNumber)).toEqual([
      'P1',
      'P2',
      'D',
      'C',
      'O',
      'W',
      'S',
      'R1',
      'R2',
      ...moved,
    ]);
    // The kinds' summary in the same order.
    expect(view.kinds.map((k) => k.kind)).toEqual([
      'parked',
      'deleted_in_moneybird',
      'cancelled_in_shop',
      'other',
      'waiting',
      'skipped',
      'rounding',
      'booked_from_other_period',
    ]);
    expect(view.explanations).toMatchObject({ total: 25, folded: 0 });
  });

  it('puts every order that needs the owner on the first page, however many settled ones come before it by date', () => {
    const first = viewOf(october(), OCTOBER, { limit: 5 });
    expect(first.explanations.items.map((i) => i.kind)).toEqual([
      'parked',
      'parked',
      'deleted_in_moneybird',
      'cancelled_in_shop',
      'other',
    ]);
    // The pages together hold every order once.
    const store = october();
    const pages = [0, 5, 10, 15, 20].flatMap((offset) =>
      viewOf(store, OCTOBER, { offset, limit: 5 }).explanations.items.map((i) => i.orderNumber),
    );
    expect(new Set(pages).size).toBe(25);
  });

  it('folds the settled orders away when asked, counting them, and lists a settled kind asked for', () => {
    const store = october();
    const folded = viewOf(store, OCTOBER, { foldSettled: true, limit: 100 });
    expect(folded.explanations.items.map((i) => i.orderNumber)).toEqual(['P1', 'P2', 'D', 'C', 'O', 'W']);
    expect(folded.explanations).toMatchObject({ total: 6, folded: 19 });
    // The figures and the kinds' summary are the whole period's all the same.
    const whole = viewOf(store, OCTOBER);
    expect(folded.kinds).toEqual(whole.kinds);
    expect(folded.total).toEqual(whole.total);
    // A settled kind the owner picks is listed.
    const rounding = viewOf(store, OCTOBER, { foldSettled: true, kind: 'rounding' });
    expect(rounding.explanations.items.map((i) => i.orderNumber)).toEqual(['R1', 'R2']);
    expect(rounding.explanations.folded).toBe(0);
    // The screen's channel passes the choice on.
    const channels = createReconciliationChannels(store);
    const asked = channels['reconciliation.period']({ period: OCTOBER, foldSettled: true }) as typeof folded;
    expect(asked.explanations).toMatchObject({ total: 6, folded: 19 });
    const all = channels['reconciliation.period']({ period: OCTOBER }) as typeof folded;
    expect(all.explanations).toMatchObject({ total: 25, folded: 0 });
  });
});

describe('bookings in more than one Moneybird administration', () => {
  const bookedIn = (store: Store, administration: string, ...orderNumbers: string[]) => {
    for (const orderNumber of orderNumbers)
      store.db
        .prepare('UPDATE order_journal SET moneybird_administration_id = ? WHERE order_number = ?')
        .run(administration, orderNumber);
  };
  const viewConnectedTo = (store: Store, administration: string | null, period: Period = OCTOBER) => {
    const { from, to } = periodRange(period);
    return monthPerVatRate(period, store.vatFigures.period(from, to, administration));
  };

  it('splits the booked side per administration, the connected one first, each per line', () => {
    const store = openTestStore();
    // Three sales booked in A before the owner switched to B; two in B; one booked before the
    // journal kept its administration (counted in the connected one).
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '121.00', '21.00')] });
    addOrder(store, { number: '2', date: '2026-10-03', shop: [at('21', '24.20', '4.20')] });
    addOrder(store, { number: '3', date: '2026-10-04', shop: [at('9', '10.90', '0.90')] });
    addOrder(store, { number: '4', date: '2026-10-20', shop: [at('21', '12.10', '2.10')] });
    addOrder(store, {
      number: '5',
      date: '2026-10-21',
      shop: [at('21', '36.30', '6.30'), at('9', '5.45', '0.45')],
    });
    addOrder(store, { number: '6', date: '2026-10-22', shop: [at('9', '21.80', '1.80')] });
    bookedIn(store, 'A', '1', '2', '3');
    bookedIn(store, 'B', '4', '5');
    const view = viewConnectedTo(store, 'B');
    // The figures agree: every booking is somewhere in Moneybird.
    expect(view.verdict).toBe('agrees');
    expect(view.counts.inOtherAdministration).toBe(3);
    expect(
      view.administrations.map((a) => [a.id, a.connected, a.orders, a.booked.exclTax, a.booked.vat]),
    ).toEqual([
      ['B', true, 3, '65.00', '10.65'],
      ['A', false, 3, '130.00', '26.10'],
    ]);
    expect(view.administrations[1]!.rates.map((r) => [r.vatBox, r.exclTax, r.vat])).toEqual([
      ['NL/1a', '120.00', '25.20'],
      ['NL/1b', '10.00', '0.90'],
    ]);
    // Per line, the administrations add up to the Moneybird column.
    for (const line of view.rates) {
      const parts = view.administrations.flatMap((a) =>
        a.rates.filter((r) => r.rate === line.rate && r.vatBox === line.vatBox),
      );
      expect(parts.reduce((sum, r) => sum + d(r.exclTax), 0n)).toBe(d(line.booked.exclTax));
      expect(parts.reduce((sum, r) => sum + d(r.vat), 0n)).toBe(d(line.booked.vat));
    }
  });

  it('says in the CSV file that the Moneybird columns add them up, and a comparison read only the connected one', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '121.00', '21.00')] });
    addOrder(store, { number: '2', date: '2026-10-20', shop: [at('9', '10.90', '0.90')] });
    bookedIn(store, 'A', '1');
    bookedIn(store, 'B', '2');
    const view = viewConnectedTo(store, 'B');
    const totalRow = (v: typeof view, locale: 'nl' | 'en') =>
      (parse(reconciliationCsv(v, v.explanations.items, locale), { delimiter: ';', bom: true }) as string[][])
        .find((row) => row[0] === (locale === 'nl' ? 'Totaal' : 'Total'))!
        .at(7);
    expect(totalRow(view, 'nl')).toBe(
      'Kolommen In je boeken: zoals Winkelbrug boekte, alle administraties samen, niet nagelezen in Moneybird. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    );
    // Compared: the screen says "nagelezen om 21:05" over the connected one and "niet nagelezen
    // (niet gekoppeld)" over the other; the file says the same, not that all of it was read.
    const compared = { ...view, checkedAt: new Date(2026, 10, 2, 21, 5).toISOString() };
    expect(totalRow(compared, 'nl')).toBe(
      'Kolommen In je boeken: alle administraties samen. Gekoppelde administratie: nagelezen in Moneybird op 2 november 2026 om 21:05. Andere administratie: niet nagelezen (niet gekoppeld), zoals Winkelbrug boekte. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    );
    expect(totalRow(compared, 'en')).toBe(
      'In your books columns: all administrations together. Connected administration: read in Moneybird on 2 November 2026 at 21:05. Other administration: not checked (not connected), as Winkelbrug booked. Difference: your books minus shop, so plus is more in your books.',
    );
    // Two administrations besides the connected one.
    const three = {
      ...compared,
      administrations: [...view.administrations, { ...view.administrations[1]!, id: 'C' }],
    };
    expect(totalRow(three, 'nl')).toMatch(/ Andere administraties: niet nagelezen \(niet gekoppeld\), /);
  });

  it('gives each administration its own rows in the CSV file, per line and in total, with its name and what was read', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '121.00', '21.00')] });
    addOrder(store, { number: '2', date: '2026-10-20', shop: [at('9', '10.90', '0.90')] });
    addOrder(store, { number: '3', date: '2026-10-21', shop: [at('21', '24.20', '4.20')] });
    bookedIn(store, 'A', '1');
    bookedIn(store, 'B', '2', '3');
    const compared = {
      ...viewConnectedTo(store, 'B'),
      checkedAt: new Date(2026, 10, 2, 21, 5).toISOString(),
    };
    const rowsOf = (names: Record<string, string>) =>
      (
        parse(reconciliationCsv(compared, compared.explanations.items, 'nl', names), {
          delimiter: ';',
          bom: true,
        }) as string[][]
      )
        .filter((row) => row[0] === 'Administratie')
        // box, rate, explanation, Moneybird excl., Moneybird VAT
        .map((row) => [row[2], row[3], row[7], row[12], row[13]]);
    const connected = '"Tweede Zaak" (gekoppeld, nagelezen in Moneybird op 2 november 2026 om 21:05)';
    const other = '"Eerste Zaak" (niet gekoppeld, zoals Winkelbrug boekte)';
    const part = (name: string) =>
      `Deel van ${name}: alleen dit deel hoort in de btw-aangifte van die administratie.`;
    expect(rowsOf({ A: 'Eerste Zaak', B: 'Tweede Zaak' })).toEqual([
      ['1a', '21', part(connected), '20,00', '4,20'],
      ['1b', '9', part(connected), '10,00', '0,90'],
      ['', '', `Totaal van ${connected}.`, '30,00', '5,10'],
      ['1a', '21', part(other), '100,00', '21,00'],
      ['', '', `Totaal van ${other}.`, '100,00', '21,00'],
    ]);
    // Moneybird did not tell the names: in general words, and the file is made all the same.
    expect(rowsOf({}).map((row) => row[2])).toContain(
      'Totaal van Andere administratie (niet gekoppeld, zoals Winkelbrug boekte).',
    );
    // A period in one administration has no such rows.
    const single = openTestStore();
    addOrder(single, { number: '1', date: '2026-10-02', shop: [at('21', '121.00', '21.00')] });
    bookedIn(single, 'B', '1');
    const plain = viewConnectedTo(single, 'B');
    expect(reconciliationCsv(plain, plain.explanations.items, 'nl')).not.toContain('Administratie');
  });

  it('names the connected administration also when it holds nothing of the period', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '121.00', '21.00')] });
    bookedIn(store, 'A', '1');
    expect(viewConnectedTo(store, 'B').administrations.map((a) => [a.id, a.connected, a.orders])).toEqual([
      ['B', true, 0],
      ['A', false, 1],
    ]);
  });

  it('has no split when every booking is in the connected administration, or none is connected', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '121.00', '21.00')] });
    addOrder(store, { number: '2', date: '2026-10-03', shop: [at('21', '24.20', '4.20')] });
    bookedIn(store, 'A', '1');
    expect(viewConnectedTo(store, 'A').administrations).toEqual([]);
    expect(viewConnectedTo(store, null).administrations).toEqual([]);
    // Another month without bookings elsewhere has none either.
    expect(viewConnectedTo(store, 'B', { kind: 'month', year: 2026, index: 11 }).administrations).toEqual([]);
  });
});

describe("an order's figures", () => {
  it("reads the shop's turnover from its lines and its VAT from price.tax, without gift cards", () => {
    const figures = shopFiguresOf(
      order({
        tax_region: 'NL',
        price: {
          total: '47.89',
          tax: [
            { rate: 21, amount: '6.31' },
            { rate: 9, amount: '0.58' },
          ],
        },
        orderlines: [
          { type: 'article', quantity: 3, price: { rate: 21, amount: '30', amount_including_tax: '36.30' } },
          { type: 'shipping', quantity: 1, price: { rate: 9, amount: '6.97', amount_including_tax: '7.59' } },
          { type: 'giftcard', quantity: 1, price: { rate: 0, amount: '-5', amount_including_tax: '-5.00' } },
          { type: 'payment', quantity: 1, price: { rate: 0, amount: '9', amount_including_tax: '9.00' } },
        ],
      }),
      'NL',
    );
    expect(figures).toEqual([
      { rate: '21', vatBox: 'NL/1a', inclTax: d('36.30'), exclTax: d('29.99'), vat: d('6.31') },
      { rate: '9', vatBox: 'NL/1b', inclTax: d('7.59'), exclTax: d('7.01'), vat: d('0.58') },
      { rate: '0', vatBox: 'NL/1e', inclTax: d('9.00'), exclTax: d('9.00'), vat: 0n },
    ]);
  });

  it('puts a gift card sold at 0 % outside the return, as its booking on the liability is; one with VAT at its rate', () => {
    const card = (amount: string, rate = 0, type = 'gift_card') => ({
      type,
      quantity: 1,
      price: { rate, amount: amount, amount_including_tax: amount },
    });
    const figures = shopFiguresOf(
      order({
        tax_region: 'NL',
        price: {
          total: '66.40',
          tax: [
            { rate: 21, amount: '2.10' },
            { rate: 0, amount: '0.00' },
          ],
        },
        orderlines: [
          { type: 'article', quantity: 1, price: { rate: 21, amount: '10', amount_including_tax: '12.10' } },
          { type: 'article', quantity: 1, price: { rate: 0, amount: '5', amount_including_tax: '5.00' } },
          card('25.00'),
          card('15.00', 0, 'store_credit'),
          // Paid with another card: no turnover, and not outside the return either.
          card('-10.00', 0, 'giftcard'),
          {
            type: 'gift_card',
            quantity: 1,
            price: { rate: 21, amount: '15.00', amount_including_tax: '18.15' },
          },
        ],
      }),
      'NL',
    );
    expect(figures).toEqual([
      // A single-purpose voucher (with VAT) is turnover at its rate; its VAT is in price.tax's 21 %.
      { rate: '21', vatBox: 'NL/1a', inclTax: d('30.25'), exclTax: d('28.15'), vat: d('2.10') },
      { rate: '0', vatBox: 'NL/1e', inclTax: d('5.00'), exclTax: d('5.00'), vat: 0n },
      { rate: '0', vatBox: 'none', inclTax: d('40.00'), exclTax: d('40.00'), vat: 0n },
    ]);
    // A credit of a card sold takes it back outside the return, whatever the credit's treatment.
    const credit = shopFiguresOf(
      order({
        credited_order_number: '100',
        tax_strategy: 'reverse_charged_vat',
        price: { total: '25.00' },
        orderlines: [card('25.00')],
      }),
      'NL',
      { treatment: 'reverse_charge' },
    );
    expect(credit).toEqual([
      { rate: '0', vatBox: 'none', inclTax: d('-25.00'), exclTax: d('-25.00'), vat: 0n },
    ]);
  });

  it('makes a credit sent with positive amounts negative, and falls back to the lines for VAT', () => {
    const figures = shopFiguresOf(
      order({
        credited_order_number: '100',
        price: { total: '12.10' },
        orderlines: [
          { type: 'article', quantity: 1, price: { rate: 21, amount: '10', amount_including_tax: '12.10' } },
        ],
      }),
      'NL',
    );
    expect(figures).toEqual([
      { rate: '21', vatBox: 'NL/1a', inclTax: d('-12.10'), exclTax: d('-10.00'), vat: d('-2.10') },
    ]);
  });

  it("puts a credit of a sale to Belgium in Belgium's OSS return, whatever region the credit names", () => {
    const back = (patch: Record<string, unknown>) =>
      shopFiguresOf(
        order({
          credited_order_number: '100',
          price: { total: '10.60', tax: [{ rate: 6, amount: '0.60' }] },
          orderlines: [
            { type: 'article', quantity: 1, price: { rate: 6, amount: '10', amount_including_tax: '10.60' } },
          ],
          ...patch,
        }),
        'NL',
        { treatment: 'oss', country: 'BE' },
      );
    const belgian = [
      { rate: '6', vatBox: 'OSS/BE', inclTax: d('-10.60'), exclTax: d('-10.00'), vat: d('-0.60') },
    ];
    // The shop leaves the region off its credits, or names another: the credit corrects the Belgian sale.
    expect(back({})).toEqual(belgian);
    expect(back({ tax_region: 'NL' })).toEqual(belgian);
    expect(back({ tax_region: 'FR' })).toEqual(belgian);
  });

  it("reads Moneybird's figures per tax rate, a hidden 0 % rate from its lines", () => {
    const rates: Record<string, { percentage: bigint; name: string }> = {
      '11': { percentage: d('21'), name: '21% btw' },
      '12': { percentage: d('0'), name: 'Intracommunautair' },
    };
    const booked = bookedFiguresOf(
      {
        total_price_incl_tax: '48.30',
        invoice_date: '2026-10-30',
        details: [
          { tax_rate_id: '11', price: '36.30', total_price_excl_tax_with_discount: '30.00' },
          { tax_rate_id: '12', price: '12.00', total_price_excl_tax_with_discount: '12.00' },
        ],
        tax_totals: [{ tax_rate_id: '11', taxable_amount: '30.0', tax_amount: '6.3' }],
      },
      (id) => rates[id],
    );
    expect(booked).toEqual({
      total: d('48.30'),
      date: '2026-10-30',
      version: null,
      rates: [
        {
          taxRateId: '11',
          taxRateName: '21% btw',
          rate: '21',
          // The lines do not say where Moneybird put them: the shop's side tells, once recorded.
          vatBox: '',
          inclTax: d('36.30'),
          exclTax: d('30'),
          vat: d('6.3'),
        },
        {
          taxRateId: '12',
          taxRateName: 'Intracommunautair',
          rate: '0',
          vatBox: '',
          inclTax: d('12'),
          exclTax: d('12'),
          vat: 0n,
        },
      ],
    });
  });
});

describe("an adopted invoice's figures", () => {
  it('put what the total holds beyond the VAT totals at 0 % when the invoice comes without lines', () => {
    const booked = bookedFiguresOf(
      {
        total_price_incl_tax: '48.30',
        details: [],
        tax_totals: [{ tax_rate_id: '11', taxable_amount: '30.0', tax_amount: '6.3' }],
      },
      (id) => (id === '11' ? { percentage: d('21'), name: '21% btw' } : undefined),
    );
    expect(booked.rates.map((r) => [r.rate, r.taxRateId, r.inclTax, r.vat])).toEqual([
      ['21', '11', d('36.30'), d('6.3')],
      ['0', '', d('12.00'), 0n],
    ]);
  });
});

describe('CSV export', () => {
  it('is a `;` table with decimal commas that reads back as the view', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '1234.56', '214.26')] });
    addOrder(store, {
      number: '=2',
      date: '2026-10-03',
      state: 'parked',
      reason: 'Geen tarief; kies er een',
      shop: [at('9', '10.90', '0.90')],
    });
    const channels = createReconciliationChannels(store);
    const reply = channels['reconciliation.exportCsv']({ period: OCTOBER, language: 'nl' }) as {
      csv: string;
      fileName: string;
    };
    expect(reply.fileName).toBe('winkelbrug-btw-per-tarief-2026-10.csv');
    expect(reply.csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(reply.csv, { delimiter: ';', bom: true, columns: true }) as Record<string, string>[];
    const view = viewOf(store, OCTOBER);
    const rateRows = rows.filter((r) => r.Soort === 'Tarief');
    // A difference is Moneybird minus the shop, as the screen shows it and the column says: the
    // parked order's 0.90 VAT is missing in Moneybird, so -0,90.
    expect(
      rateRows.map((r) => [
        r['Btw-tarief (%)'],
        r['Winkel omzet incl. btw'],
        r['In je boeken omzet incl. btw'],
        r['Verschil btw (je boeken min winkel)'],
      ]),
    ).toEqual([
      ['21', '1234,56', '1234,56', '0,00'],
      ['9', '10,90', '0,00', '-0,90'],
    ]);
    // The view carries the difference the same way; the file writes it as it is.
    expect(view.rates.map((r) => r.difference.vat)).toEqual(['0.00', '-0.90']);
    const total = rows.find((r) => r.Soort === 'Totaal')!;
    expect(total['Winkel omzet incl. btw']).toBe('1245,46');
    expect(total['Verschil omzet incl. btw (je boeken min winkel)']).toBe('-10,90');
    // The total row says what the Moneybird columns hold: not read in Moneybird since booking.
    expect(total.Toelichting).toBe(
      'Kolommen In je boeken: zoals Winkelbrug boekte, niet nagelezen in Moneybird. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    );
    const orderRow = rows.find((r) => r.Soort === 'Bestelling')!;
    expect(orderRow.Bestelling).toBe("'=2");
    expect(orderRow.Toelichting).toBe('Wacht op jou, dus nog niet in Moneybird: Geen tarief; kies er een');
    expect(orderRow['Verschil omzet incl. btw (je boeken min winkel)']).toBe('-10,90');
    // Compared with Moneybird: the day and time it was read.
    const checkedAt = new Date(2026, 10, 2, 21, 5).toISOString();
    const compared = parse(reconciliationCsv({ ...view, checkedAt }, view.explanations.items, 'nl'), {
      delimiter: ';',
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(compared.find((r) => r.Soort === 'Totaal')!.Toelichting).toBe(
      'Kolommen In je boeken: nagelezen in Moneybird op 2 november 2026 om 21:05. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    );
    // The same file from the pure function, in English: only the words differ.
    const english = reconciliationCsv(view, view.explanations.items, 'en');
    const [englishHeader] = parse(english, { delimiter: ';', bom: true }) as string[][];
    expect(englishHeader?.[0]).toBe('Kind');
  });
});

describe('which invoices count as booked', () => {
  it('counts an invoice once it is in the books: not a draft sales invoice', () => {
    expect(inTheBooks({ state: 'draft' })).toBe(false);
    for (const state of ['open', 'paid', 'late', 'new', 'pending_payment'])
      expect(inTheBooks({ state })).toBe(true);
  });

  it("replaces an order's booked figures when they are recorded again, and keeps its difference current", () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '36.30', '6.31')] });
    expect(viewOf(store, OCTOBER).verdict).toBe('agrees');
    // The sent invoice turned out a cent off at 21 %, moved to the 0 % rate.
    store.vatFigures.recordBooked('1', {
      total: d('36.30'),
      rates: [
        { ...at('21', '36.31', '6.31'), taxRateId: 'a', taxRateName: '21% btw' },
        { ...at('0', '-0.01', '0'), taxRateId: 'b', taxRateName: '0% btw' },
      ],
      date: '2026-10-02',
      version: 1,
    });
    const view = viewOf(store, OCTOBER);
    expect(view.verdict).toBe('explained');
    expect(view.kinds).toEqual([
      { kind: 'rounding', orders: 1, difference: { inclTax: '0.00', exclTax: '0.00', vat: '0.00' } },
    ]);
    expect(view.rates.find((r) => r.rate === '0')?.taxRateNames).toEqual(['0% btw']);
  });

  it("compares the shop's figures recorded again after the booking with what was booked", () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '36.30', '6.31')] });
    expect(viewOf(store, OCTOBER).verdict).toBe('agrees');
    store.vatFigures.recordShop('1', [at('21', '48.40', '8.40')]);
    const changed = viewOf(store, OCTOBER);
    expect(changed.verdict).not.toBe('agrees');
    expect(changed.explanations.items.map((i) => i.orderNumber)).toEqual(['1']);
    store.vatFigures.recordShop('1', [at('21', '36.30', '6.31')]);
    expect(viewOf(store, OCTOBER).verdict).toBe('agrees');
  });
});

describe('a journal from before the figures were recorded', () => {
  it('is migrated, and its booked orders are shown as not recorded rather than guessed', () => {
    const dir = stores.folder();
    const file = databaseFileIn(dir);
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 6) });
    old
      .prepare(
        `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date, shop_total,
           shop_vat, created_at, updated_at)
         VALUES ('500', 'done', 'done', 'sales_invoice', '2026-10-10', '12.10', '[{"rate":"21","amount":"2.1"}]', 0, 0)`,
      )
      .run();
    old.close();
    const store = stores.openIn(dir);
    const view = viewOf(store, OCTOBER);
    expect(view.verdict).toBe('incomplete');
    expect(view.rates).toEqual([]);
    expect(view.counts).toMatchObject({ orders: 1, inBooks: 1, shopNotRecorded: 1, bookedNotRecorded: 1 });
    expect(view.explanations.items.map((i) => [i.orderNumber, i.kind])).toEqual([['500', 'not_recorded']]);
  });
});

describe('a line per part of the VAT return', () => {
  /** [box, rate, shop excl., booked excl., difference VAT] per line, in the view's order. */
  const linesOf = (store: Store) =>
    viewOf(store, OCTOBER).rates.map((r) => [
      r.vatBox,
      r.rate,
      r.shop.exclTax,
      r.booked.exclTax,
      r.difference.vat,
    ]);
  /** A booked invoice of these figures (ids per line), on the order's day. */
  const book = (store: Store, orderNumber: string, rates: RateFigures[]) =>
    store.vatFigures.recordBooked(orderNumber, {
      total: rates.reduce((s, r) => s + r.inclTax, 0n),
      rates: rates.map((r) => ({ ...r, taxRateId: `${r.vatBox}-${r.rate}`, taxRateName: null })),
      date: '2026-10-02',
      version: 1,
    });

  it('keeps 1a, 1b, 1e, 3a, 3b and each OSS country and rate apart, in the order of the return', () => {
    const store = openTestStore();
    addOrder(store, {
      number: '1',
      date: '2026-10-02',
      shop: [at('21', '121.00', '21.00'), at('9', '10.90', '0.90'), at('0', '5.00', '0')],
    });
    addOrder(store, { number: '2', date: '2026-10-03', shop: [at('21', '121.00', '21.00', 'OSS/BE')] });
    addOrder(store, { number: '3', date: '2026-10-04', shop: [at('6', '10.60', '0.60', 'OSS/BE')] });
    addOrder(store, { number: '4', date: '2026-10-05', shop: [at('19', '119.00', '19.00', 'OSS/DE')] });
    addOrder(store, { number: '5', date: '2026-10-06', shop: [at('0', '400.00', '0', 'NL/3b')] });
    addOrder(store, { number: '6', date: '2026-10-07', shop: [at('0', '80.00', '0', 'NL/3a')] });
    // Parked: the shop's side alone, on the line of its treatment.
    addOrder(store, {
      number: '7',
      date: '2026-10-08',
      state: 'parked',
      reason: 'Geen btw-nummer',
      shop: [at('0', '50.00', '0', 'NL/3b')],
    });
    expect(linesOf(store)).toEqual([
      ['NL/1a', '21', '100.00', '100.00', '0.00'],
      ['NL/1b', '9', '10.00', '10.00', '0.00'],
      ['NL/1e', '0', '5.00', '5.00', '0.00'],
      ['NL/3a', '0', '80.00', '80.00', '0.00'],
      ['NL/3b', '0', '450.00', '400.00', '0.00'],
      ['OSS/BE', '21', '100.00', '100.00', '0.00'],
      ['OSS/BE', '6', '10.00', '10.00', '0.00'],
      ['OSS/DE', '19', '100.00', '100.00', '0.00'],
    ]);
    const view = viewOf(store, OCTOBER);
    expect(view.verdict).toBe('explained');
    expect(view.explanations.items.map((i) => [i.orderNumber, i.kind, i.differences])).toEqual([
      ['7', 'parked', [{ rate: '0', vatBox: 'NL/3b', inclTax: '-50.00', exclTax: '-50.00', vat: '0.00' }]],
    ]);
    // The quarter holds the same lines.
    const quarter = viewOf(store, { kind: 'quarter', year: 2026, index: 4 });
    expect(quarter.rates).toEqual(view.rates);
  });

  it('explains a rounding line on the 0 % rate of an OSS sale as rounding, on the lines it touches', () => {
    const store = openTestStore();
    addOrder(store, {
      number: '1',
      date: '2026-10-05',
      shop: [at('21', '36.30', '6.31', 'OSS/BE')],
      booked: [at('21', '36.31', '6.31', 'OSS/BE'), at('0', '-0.01', '0', 'NL/1e')],
    });
    expect(linesOf(store)).toEqual([
      ['NL/1e', '0', '0.00', '-0.01', '0.00'],
      ['OSS/BE', '21', '29.99', '30.00', '0.00'],
    ]);
    const [item] = viewOf(store, OCTOBER).explanations.items;
    expect(item?.kind).toBe('rounding');
    expect(item?.differences.map((x) => [x.vatBox, x.rate, x.inclTax])).toEqual([
      ['NL/1e', '0', '-0.01'],
      ['OSS/BE', '21', '0.01'],
    ]);
  });

  it("puts the shop's domestic side where the booking is: 0 % on a rate outside the return agrees", () => {
    const store = openTestStore();
    addOrder(store, {
      number: '1',
      date: '2026-10-02',
      shop: [at('21', '12.10', '2.10'), at('0', '5.00', '0')],
      booked: [at('21', '12.10', '2.10'), at('0', '5.00', '0', 'none')],
    });
    expect(linesOf(store)).toEqual([
      ['NL/1a', '21', '10.00', '10.00', '0.00'],
      ['none', '0', '5.00', '5.00', '0.00'],
    ]);
    expect(viewOf(store, OCTOBER).verdict).toBe('agrees');
  });

  it('keeps a gift card sold outside the return on both sides, beside a 0 % sale in 1e: the month agrees', () => {
    const store = openTestStore();
    addOrder(store, {
      number: '1',
      date: '2026-10-02',
      shop: [at('21', '12.10', '2.10'), at('0', '5.00', '0'), at('0', '25.00', '0', 'none')],
      booked: null,
    });
    store.db.prepare("UPDATE order_journal SET progress = 'done' WHERE order_number = '1'").run();
    // Moneybird: the stamps on "0% btw" (1e), the card on "Geen btw" (no box).
    book(store, '1', [at('21', '12.10', '2.10'), at('0', '5.00', '0'), at('0', '25.00', '0', 'none')]);
    expect(linesOf(store)).toEqual([
      ['NL/1a', '21', '10.00', '10.00', '0.00'],
      ['NL/1e', '0', '5.00', '5.00', '0.00'],
      ['none', '0', '25.00', '25.00', '0.00'],
    ]);
    expect(viewOf(store, OCTOBER).verdict).toBe('agrees');
  });

  it('a 0 % sale the owner books outside the return beside a gift card sold: both on one line, the month agrees', () => {
    const store = openTestStore();
    addOrder(store, {
      number: '1',
      date: '2026-10-02',
      shop: [at('0', '5.00', '0'), at('0', '25.00', '0', 'none')],
      booked: null,
    });
    store.db.prepare("UPDATE order_journal SET progress = 'done' WHERE order_number = '1'").run();
    // The owner's rate for 0 % at home is "Geen btw" too: Moneybird holds one line outside the return.
    book(store, '1', [at('0', '30.00', '0', 'none')]);
    expect(linesOf(store)).toEqual([['none', '0', '30.00', '30.00', '0.00']]);
    expect(viewOf(store, OCTOBER).verdict).toBe('agrees');
  });

  it('shows a gift card sold that Moneybird put in 1e (a rate for the rounding that lands in a box) as a difference', () => {
    const store = openTestStore();
    addOrder(store, {
      number: '1',
      date: '2026-10-02',
      shop: [at('21', '12.10', '2.10'), at('0', '25.00', '0', 'none')],
      booked: null,
    });
    store.db.prepare("UPDATE order_journal SET progress = 'done' WHERE order_number = '1'").run();
    book(store, '1', [at('21', '12.10', '2.10'), at('0', '25.00', '0')]);
    expect(linesOf(store)).toEqual([
      ['NL/1a', '21', '10.00', '10.00', '0.00'],
      ['NL/1e', '0', '0.00', '25.00', '0.00'],
      ['none', '0', '25.00', '0.00', '0.00'],
    ]);
    const view = viewOf(store, OCTOBER);
    expect(
      view.explanations.items.map((i) => [i.kind, i.differences.map((x) => [x.vatBox, x.inclTax])]),
    ).toEqual([
      [
        'other',
        [
          ['NL/1e', '25.00'],
          ['none', '-25.00'],
        ],
      ],
    ]);
  });

  it('places each shop row at 0 % beside a gift card sold on the booked part that is its own', () => {
    const row = (vatBox: string, excl: string) => ({ rate: '0', vatBox, exclTax: d(excl) });
    const place = (shop: string[], booked: Array<[string, string]>) =>
      shopBoxesAligned(
        shop.map((box) => ({ rate: '0', vatBox: box })),
        booked.map(([box, excl]) => row(box, excl)),
      );
    // Stamps on "0% btw", the card on "Geen btw": each stays where it is, though the card is larger.
    expect(
      place(
        ['NL/1e', 'none'],
        [
          ['NL/1e', '5.00'],
          ['none', '25.00'],
        ],
      ),
    ).toEqual(['NL/1e', 'none']);
    // Both on "Geen btw": the stamps join the card's part (the owner's choice for 0 % at home).
    expect(place(['NL/1e', 'none'], [['none', '30.00']])).toEqual(['none', 'none']);
    // Both on "0% btw" (1e): the card stays outside, a difference in 1e.
    expect(place(['NL/1e', 'none'], [['NL/1e', '30.00']])).toEqual(['NL/1e', 'none']);
    // Without a card, as before: the stamps on "Geen btw" beside a balancing cent in 1e go with the stamps.
    expect(
      place(
        ['NL/1e'],
        [
          ['none', '5.00'],
          ['NL/1e', '-0.01'],
        ],
      ),
    ).toEqual(['none']);
  });

  it("reads a sale's OSS country from its parts of the return, for its credits", () => {
    // A rounding cent on the domestic 0 % rate beside the Belgian lines says nothing of the country.
    expect(ossCountryIn(['OSS/BE', 'NL/1e', 'none'])).toBe('BE');
    expect(ossCountryIn(['NL/1a', ''])).toBeUndefined();
    expect(ossCountryIn(['OSS/BE', 'OSS/FR'])).toBeUndefined();
  });

  it('shows an intra-community supply moved into 1e in Moneybird as a difference between the boxes', () => {
    const store = openTestStore();
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('0', '400.00', '0', 'NL/3b')] });
    expect(viewOf(store, OCTOBER).verdict).toBe('agrees');
    // The accountant put the line on the domestic 0 % rate: the comparison reads it again.
    book(store, '1', [at('0', '400.00', '0', 'NL/1e')]);
    expect(linesOf(store)).toEqual([
      ['NL/1e', '0', '0.00', '400.00', '0.00'],
      ['NL/3b', '0', '400.00', '0.00', '0.00'],
    ]);
    const view = viewOf(store, OCTOBER);
    expect(
      view.explanations.items.map((i) => [i.kind, i.differences.map((x) => [x.vatBox, x.inclTax])]),
    ).toEqual([
      [
        'other',
        [
          ['NL/1e', '400.00'],
          ['NL/3b', '-400.00'],
        ],
      ],
    ]);
  });

  it("fills a booked rate Moneybird gave no box for (an invoice read without lines) from the shop's side", () => {
    const store = openTestStore();
    addOrder(store, {
      number: '1',
      date: '2026-10-02',
      shop: [at('0', '400.00', '0', 'NL/3b')],
      booked: null,
    });
    store.db.prepare("UPDATE order_journal SET progress = 'done' WHERE order_number = '1'").run();
    store.vatFigures.recordBooked('1', {
      total: d('400.00'),
      rates: [{ ...at('0', '400.00', '0', ''), taxRateId: '', taxRateName: null }],
      date: '2026-10-02',
      version: 1,
    });
    expect(linesOf(store)).toEqual([['NL/3b', '0', '400.00', '400.00', '0.00']]);
    expect(viewOf(store, OCTOBER).verdict).toBe('agrees');
  });

  it('keeps figures recorded without a box on a line per percentage, and places them once booked again', () => {
    const store = openTestStore();
    // As a version before 19 left them: no box on either side.
    addOrder(store, { number: '1', date: '2026-10-02', shop: [at('21', '12.10', '2.10', '')] });
    addOrder(store, { number: '2', date: '2026-10-03', shop: [at('21', '24.20', '4.20', '')] });
    addOrder(store, {
      number: '3',
      date: '2026-10-04',
      state: 'parked',
      reason: 'Geen tarief',
      shop: [at('0', '5.00', '0', '')],
    });
    expect(linesOf(store)).toEqual([
      ['', '21', '30.00', '30.00', '0.00'],
      ['', '0', '5.00', '0.00', '0.00'],
    ]);
    expect(viewOf(store, OCTOBER).verdict).toBe('explained');
    // Order 2 is read again from Moneybird (the comparison): its shop side follows its booking.
    book(store, '2', [at('21', '24.20', '4.20', 'NL/1a')]);
    expect(linesOf(store)).toEqual([
      ['NL/1a', '21', '20.00', '20.00', '0.00'],
      ['', '21', '10.00', '10.00', '0.00'],
      ['', '0', '5.00', '0.00', '0.00'],
    ]);
    expect(viewOf(store, OCTOBER).explanations.items.map((i) => i.orderNumber)).toEqual(['3']);
    // In the CSV the lines without a box have an empty box column.
    const rows = parse(reconciliationCsv(viewOf(store, OCTOBER), [], 'nl'), {
      delimiter: ';',
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(
      rows.filter((r) => r.Soort === 'Tarief').map((r) => [r['Rubriek of OSS-land'], r['Btw-tarief (%)']]),
    ).toEqual([
      ['1a', '21'],
      ['', '21'],
      ['', '0'],
    ]);
  });

  it('gives a journal of version 18 no box, so it shows as it did, per percentage', () => {
    const dir = stores.folder();
    const file = databaseFileIn(dir);
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 18) });
    old
      .prepare(
        `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date, shop_figures_at,
           booked_total, figures_differ, created_at, updated_at)
         VALUES ('600', 'done', 'done', 'sales_invoice', '2026-10-10', 1, '17.10', 0, 0, 0)`,
      )
      .run();
    const row = old.prepare(
      `INSERT INTO order_vat_figures (order_number, source, rate, tax_rate_id, tax_rate_name, incl_tax, excl_tax,
         vat, order_date, currency) VALUES ('600', ?, ?, ?, ?, ?, ?, ?, '2026-10-10', 'EUR')`,
    );
    for (const source of ['shop', 'booked']) {
      const booked = source === 'booked';
      row.run(source, '21', booked ? '11' : '', booked ? '21% btw' : null, 12_100_000, 10_000_000, 2_100_000);
      row.run(source, '0', booked ? '12' : '', booked ? '0% btw' : null, 5_000_000, 5_000_000, 0);
    }
    old.close();
    const store = stores.openIn(dir);
    const view = viewOf(store, OCTOBER);
    expect(view.verdict).toBe('agrees');
    expect(
      view.rates.map((r) => [r.vatBox, r.rate, r.shop.inclTax, r.booked.inclTax, r.taxRateNames]),
    ).toEqual([
      ['', '21', '12.10', '12.10', ['21% btw']],
      ['', '0', '5.00', '5.00', ['0% btw']],
    ]);
  });

  it("places a version-18 journal's bookings by the mapping's rates, so the month of an upgrade has one line per part", () => {
    const dir = stores.folder();
    const file = databaseFileIn(dir);
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 18) });
    // 21 % and 0 % at home, Belgium's 21 % (OSS), the intra-community rate; "99" is mapped twice.
    const mapping = {
      taxRates: {
        domestic: { '21': '11', '0': '12', '9': '99' },
        oss: { BE: { '21': '31' } },
        reverseCharge: '40',
        export: '99',
      },
    };
    old
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('bookkeeping.mapping', ?, 0)")
      .run(JSON.stringify(mapping));
    const journal = old.prepare(
      `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date, shop_figures_at,
         booked_total, figures_differ, created_at, updated_at)
       VALUES (?, ?, ?, 'sales_invoice', '2026-10-10', 1, ?, ?, 0, 0)`,
    );
    const row = old.prepare(
      `INSERT INTO order_vat_figures (order_number, source, rate, tax_rate_id, tax_rate_name, incl_tax, excl_tax,
         vat, order_date, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-10-10', 'EUR')`,
    );
    const both = (order: string, rate: string, id: string, name: string, shop: number[], booked = shop) => {
      row.run(order, 'shop', rate, '', null, ...shop);
      row.run(order, 'booked', rate, id, name, ...booked);
    };
    journal.run('600', 'done', 'done', '17.10', 0); // at home: 21 % and 0 %
    both('600', '21', '11', '21% btw', [12_100_000, 10_000_000, 2_100_000]);
    both('600', '0', '12', '0% btw', [5_000_000, 5_000_000, 0]);
    journal.run('601', 'done', 'done', '24.20', 0); // Belgium, OSS
    both('601', '21', '31', 'BE 21% btw', [24_200_000, 20_000_000, 4_200_000]);
    journal.run('602', 'done', 'done', '40.00', 0); // a business in Germany: intra-community supply
    both('602', '0', '40', 'ICP', [40_000_000, 40_000_000, 0]);
    journal.run('603', 'done', 'done', '12.09', 1); // booked a cent short, recorded as a difference
    both(
      '603',
      '21',
      '11',
      '21% btw',
      [12_100_000, 10_000_000, 2_100_000],
      [12_090_000, 9_990_000, 2_100_000],
    );
    old
      .prepare(
        `INSERT INTO order_vat_figures (order_number, source, rate, tax_rate_id, incl_tax, excl_tax, vat,
           order_date, currency) VALUES ('603', 'difference', '21', '', 10000, 10000, 0, '2026-10-10', 'EUR')`,
      )
      .run();
    journal.run('604', 'done', 'done', '10.90', 0); // on a rate mapped to two parts: not placed
    both('604', '9', '99', '9% btw', [10_900_000, 10_000_000, 900_000]);
    journal.run('605', 'parked', 'pending', null, null); // not booked: its part is not known yet
    row.run('605', 'shop', '21', '', null, 6_050_000, 5_000_000, 1_050_000);
    old.close();

    const store = stores.openIn(dir);
    const view = viewOf(store, OCTOBER);
    expect(view.rates.map((r) => [r.vatBox, r.rate, r.shop.inclTax, r.booked.inclTax])).toEqual([
      ['NL/1a', '21', '24.20', '24.19'],
      ['NL/1e', '0', '5.00', '5.00'],
      ['NL/3b', '0', '40.00', '40.00'],
      ['OSS/BE', '21', '24.20', '24.20'],
      ['', '21', '6.05', '0.00'],
      ['', '9', '10.90', '10.90'],
    ]);
    // The cent is now the difference of the 1a line, and still explained on its order.
    const short = view.explanations.items.find((item) => item.orderNumber === '603');
    expect(short?.differences).toEqual([
      { rate: '21', vatBox: 'NL/1a', inclTax: '-0.01', exclTax: '-0.01', vat: '0.00' },
    ]);
    expect(view.total.difference.inclTax).toBe('-6.06');
  });
});

describe('where figures are placed in the VAT return', () => {
  it("places the shop's figures by the order's treatment", () => {
    const lines = [
      { type: 'article', quantity: 1, price: { rate: 0, amount: '10', amount_including_tax: '10.00' } },
    ];
    const boxOf = (patch: Record<string, unknown>) =>
      shopFiguresOf(order({ price: { total: '10.00' }, orderlines: lines, ...patch }), 'NL').map(
        (f) => f.vatBox,
      );
    expect(boxOf({ tax_region: 'NL' })).toEqual(['NL/1e']);
    expect(boxOf({})).toEqual(['NL/1e']);
    expect(boxOf({ tax_strategy: 'reverse_charged_vat' })).toEqual(['NL/3b']);
    expect(boxOf({ tax_strategy: 'zero_percent' })).toEqual(['NL/3a']);
    const oss = shopFiguresOf(
      order({
        tax_region: 'be',
        price: { total: '12.10', tax: [{ rate: 21, amount: '2.10' }] },
        orderlines: [
          { type: 'article', quantity: 1, price: { rate: 21, amount: '10', amount_including_tax: '12.10' } },
        ],
      }),
      'NL',
    );
    expect(oss.map((f) => [f.rate, f.vatBox])).toEqual([['21', 'OSS/BE']]);
    const domestic = shopFiguresOf(
      order({
        price: {
          total: '33.10',
          tax: [
            { rate: 21, amount: '2.10' },
            { rate: 9, amount: '0.90' },
          ],
        },
        orderlines: [
          { type: 'article', quantity: 1, price: { rate: 21, amount: '10', amount_including_tax: '12.10' } },
          { type: 'article', quantity: 1, price: { rate: 9, amount: '10', amount_including_tax: '10.90' } },
          { type: 'article', quantity: 1, price: { rate: 5, amount: '10', amount_including_tax: '10.50' } },
        ],
      }),
      'NL',
    );
    expect(domestic.map((f) => [f.rate, f.vatBox])).toEqual([
      ['21', 'NL/1a'],
      ['9', 'NL/1b'],
      ['5', 'NL/1c'],
    ]);
  });

  it("places Moneybird's figures where Moneybird put the rate's lines", () => {
    const rates: Record<string, { percentage: bigint; name: string; country: string | null }> = {
      '11': { percentage: d('21'), name: '21% btw', country: null },
      '12': { percentage: d('0'), name: 'Intracommunautaire levering', country: null },
      '13': { percentage: d('21'), name: 'BE 21% btw', country: 'BE' },
      '14': { percentage: d('0'), name: 'Geen btw', country: null },
    };
    const booked = bookedFiguresOf(
      {
        total_price_incl_tax: '72.60',
        details: [
          {
            tax_rate_id: '11',
            price: '12.10',
            total_price_excl_tax_with_discount: '10.00',
            tax_report_reference: ['NL/1a'],
          },
          {
            tax_rate_id: '12',
            price: '20.00',
            total_price_excl_tax_with_discount: '20.00',
            tax_report_reference: ['NL/3b'],
          },
          // A foreign rate: its country's OSS return, whatever Moneybird writes on the line.
          {
            tax_rate_id: '13',
            price: '30.25',
            total_price_excl_tax_with_discount: '25.00',
            tax_report_reference: [],
          },
          // Moneybird says where the line is, and it is in no box: outside the return.
          {
            tax_rate_id: '14',
            price: '5.00',
            total_price_excl_tax_with_discount: '5.00',
            tax_report_reference: [],
          },
          // A rate Moneybird no longer lists: not known.
          {
            tax_rate_id: '15',
            price: '5.25',
            total_price_excl_tax_with_discount: '5.25',
            tax_report_reference: ['NL/1e'],
          },
        ],
        tax_totals: [
          { tax_rate_id: '11', taxable_amount: '10.0', tax_amount: '2.1' },
          { tax_rate_id: '13', taxable_amount: '25.0', tax_amount: '5.25' },
        ],
      },
      (id) => rates[id],
    );
    expect(booked.rates.map((r) => [r.taxRateId, r.rate, r.vatBox])).toEqual([
      ['11', '21', 'NL/1a'],
      ['13', '21', 'OSS/BE'],
      ['12', '0', 'NL/3b'],
      ['14', '0', 'none'],
      ['15', '0', 'NL/1e'],
    ]);
  });
});

describe("an order the owner skipped, on its month's line", () => {
  const skipped = (number: string): OrderCase => ({
    number,
    date: '2026-10-05',
    state: 'skipped',
    reason: 'Overgeslagen op verzoek.',
    reasonCode: 'skipped_by_owner',
    shop: [at('21', '12.10', '2.10')],
  });

  it('says the owner chose it, and that a booking made by hand counts in Moneybird, not that it is absent there', () => {
    const store = openTestStore();
    addOrder(store, skipped('1')); // skipped before a skip kept what it waited for
    addOrder(store, skipped('2'));
    store.db.prepare("UPDATE order_journal SET reason_details = ? WHERE order_number = '2'").run(
      JSON.stringify({
        heldFor: {
          code: 'booked_elsewhere_unfinished',
          nl: 'Bestelling 2 staat al in de administratie "Oud".',
          en: 'Order 2 is already in the administration "Oud".',
        },
      }),
    );
    const [plain, held] = viewOf(store, OCTOBER).explanations.items;
    expect(plain).toMatchObject({ orderNumber: '1', kind: 'skipped' });
    expect(plain!.reason?.nl).toBe(
      'Jij koos "Overslaan". Heb je haar zelf in Moneybird geboekt, dan telt ze daar wel mee in je btw-aangifte.',
    );
    // What it waited for, as the skip kept it (what happened, without the ways out it offered).
    expect(held!.reason?.nl).toBe(
      'Jij koos "Overslaan" toen ze op je wachtte: Bestelling 2 staat al in de administratie "Oud". Heb je haar zelf in Moneybird geboekt of gecrediteerd, dan telt ze daar wel mee in je btw-aangifte.',
    );
    expect(held!.reason?.en).toBe(
      'You chose "Skip" while it was waiting for you: Order 2 is already in the administration "Oud". If you booked or credited it in Moneybird yourself, it does count there in your VAT return.',
    );
  });
});
