// The month per VAT rate as a demanding shop owner and their accountant use it: a booking counts on
// its invoice's date (an order of a locked period booked on the first
// open day is explained in both periods), and "Vergelijk met Moneybird" reads the period's invoices
// again (an edit recorded again, a deletion marked). Each test takes an owner's situation end to end
// through both simulators and the real core, and asserts what the owner and the accountant must be
// able to rely on: the per-rate table, the explanations, the verdict, the check's answer and the CSV.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createBookAgainChannels } from '../../../src/main/core/app-service/book-again-channels';
import { createLockedPeriodChannels } from '../../../src/main/core/app-service/locked-period-channels';
import { createReconciliationChannels } from '../../../src/main/core/app-service/reconciliation-channels';
import type { MoneybirdClient } from '../../../src/main/core/moneybird/client';
import type { ReconciliationView } from '../../../src/main/core/reconciliation/month-per-vat-rate';
import { type Period, periodRange } from '../../../src/main/core/reconciliation/period';
import {
  checkedWhen,
  kindAmountsText,
  verdictText,
} from '../../../src/renderer/components/reconciliation/verdict-text';
import { translator } from '../../../src/renderer/i18n/text';
import { shortDay } from '../../../src/shared/i18n/written-day';
import {
  checkedAtParts,
  checkedAtText,
  checkedMonthsText,
  orderReadInMoneybird,
  readInMoneybird,
  readingOf,
} from '../../../src/shared/reconciliation/checked-at';
import { explanationText, orderDifference } from '../../../src/shared/reconciliation/explanation-text';
import { parseDecimal, toFixed } from '../../sim/common/decimal';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { CANCELLED, markOf, settle } from '../sync/called-off-orders';
import { bookedIn, shopCredits } from '../sync/deleted-bookings';
import { creditOf, sale } from '../sync/shop-sales';
import { controllerOn, moneybirdRequestsSince, type SyncWorld, worldPerTest } from '../sync/support';

const worlds = worldPerTest();

const SINCE = '2026-01-01';
const SEPTEMBER: Period = { kind: 'month', year: 2026, index: 9 };
const OCTOBER: Period = { kind: 'month', year: 2026, index: 10 };
const Q3: Period = { kind: 'quarter', year: 2026, index: 3 };
const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };

/**
 * The channels as the app service builds them, and the view of a period as the screen gets it; on
 * the clock given (the computer's by default).
 */
function screenOf(w: SyncWorld, now?: () => Date) {
  const channels = createReconciliationChannels(w.runtime.store, () => w.runtime.moneybird, now);
  const view = (period: Period): ReconciliationView =>
    channels['reconciliation.period']({ period, limit: 1000 }) as ReconciliationView;
  const check = async (period: Period) => channels['reconciliation.checkMoneybird']({ period });
  const csv = async (period: Period) =>
    (await channels['reconciliation.exportCsv']({ period, language: 'nl' })).csv;
  return { channels, view, check, csv };
}

/** The Moneybird requests `work` makes, as method and path (ids as :id). */
async function requestsOf<T>(w: SyncWorld, work: () => Promise<T>): Promise<[T, string[]]> {
  const before = w.moneybird.server.log.entries.length;
  const result = await work();
  const made = moneybirdRequestsSince(w, before).map(
    (r) => `${r.method} ${r.path.replace(/\/\d+/g, '/:id')}`,
  );
  return [result, made];
}

/** The error a channel throws (it must throw). */
async function failureOf(call: () => unknown): Promise<Error & { userMessage?: { nl: string; en: string } }> {
  try {
    await call();
  } catch (error) {
    return error as Error & { userMessage?: { nl: string; en: string } };
  }
  throw new Error('the channel did not fail');
}

/** A sale of 2 × Mok (21 %) and Thee (9 %), 29.65, on `date`. */
function saleOn(number: number, date: string, lines?: Parameters<typeof sale>[2]): MwwOrder {
  return { ...sale(number, `o${number}@example.nl`, lines), date };
}

/** Imports the shop's history since SINCE in one run; the channels (on the clock `now`, if given). */
async function imported(
  orders: MwwOrder[],
  options: { style?: 'sales' | 'external'; now?: () => Date } = {},
) {
  const { now, ...world } = options;
  const w = await worlds.start({ orders, ...world });
  const run = await w.runtime.engine.run('import', { importSince: SINCE });
  expect(run.outcome).not.toBe('failed');
  return { w, ...screenOf(w, now) };
}

const invoiceOf = (w: SyncWorld, orderNumber: number | string) => {
  const entry = w.runtime.store.journal.get(String(orderNumber))!;
  const all = [...w.moneybird.books.salesInvoices(), ...w.moneybird.books.externalSalesInvoices()];
  return all.find((i) => i.id === entry.moneybird.invoiceId);
};

const rateLine = (view: ReconciliationView, rate: string) => view.rates.find((r) => r.rate === rate);
const explained = (view: ReconciliationView, orderNumber: number | string) =>
  view.explanations.items.filter((i) => i.orderNumber === String(orderNumber));

/**
 * Sale 950001 dated 15 September, while the accountant locked September after its VAT return: the
 * owner chooses to book it on the first open day (1 October). `more` are the shop's other orders.
 */
async function movedIntoOctober(more: (moved: MwwOrder) => MwwOrder[] = () => []) {
  const moved = saleOn(950_001, '2026-09-15');
  const w = await worlds.start({ orders: [moved, ...more(moved)] });
  w.moneybird.owner.lockPeriodUntil('2026-09-30');
  await w.runtime.engine.run('import', { importSince: SINCE });
  expect(w.runtime.store.journal.get('950001')!.reason?.code).toBe('period_locked');
  const answer = await createLockedPeriodChannels(w.runtime.store, controllerOn(w).sync)[
    'orders.bookInOpenPeriod'
  ]({});
  expect(answer.accepted).toBe(true);
  await w.runtime.engine.run('manual');
  // A credit waiting for its original follows in the next run.
  await w.runtime.engine.run('manual');
  expect(w.runtime.store.journal.get('950001')!.state).toBe('done');
  expect(invoiceOf(w, 950_001)!.invoice_date).toBe('2026-10-01');
  return { w, moved, ...screenOf(w) };
}

/** The line of a booked invoice that holds `description`. */
function lineIndex(invoice: { details: Array<{ description: string }> }, description: string): number {
  const index = invoice.details.findIndex((d) => d.description === description);
  expect(index, `a line "${description}"`).toBeGreaterThanOrEqual(0);
  return index;
}

/** Intl writes "€ 25,00" with a no-break space; read as a space. */
const plainText = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? null;

/** The CSV's rows that name `orderNumber`, as fields. */
function csvRowsOf(csv: string, orderNumber: number | string): string[][] {
  return (parse(csv, { delimiter: ';', bom: true }) as string[][]).filter(
    (fields) => fields[5] === String(orderNumber),
  );
}

describe('a booking moved out of a locked period', () => {
  it('is explained in both months and both quarters, and comparing changes nothing, twice, nor in a period with nothing booked', async () => {
    const { w, moved, view, check } = await movedIntoOctober();
    const september = view(SEPTEMBER);
    expect(september.explanations.items).toMatchObject([
      {
        orderNumber: '950001',
        kind: 'booked_in_other_period',
        orderDate: moved.date,
        bookedDate: '2026-10-01',
      },
    ]);
    expect(september.total.shop.inclTax).toBe('29.65');
    expect(september.total.booked.inclTax).toBe('0.00');
    expect(september.verdict).toBe('explained');
    const october = view(OCTOBER);
    expect(october.explanations.items).toMatchObject([
      { orderNumber: '950001', kind: 'booked_from_other_period', bookedDate: '2026-10-01' },
    ]);
    expect(october.total.booked.inclTax).toBe('29.65');
    expect(rateLine(october, '21')!.booked).toEqual({ inclTax: '24.20', exclTax: '20.00', vat: '4.20' });

    // The quarters tell the same: Q3 misses the sale, Q4 holds it from Q3.
    const q3 = view(Q3);
    expect(q3.total).toEqual(september.total);
    expect(q3.explanations.items.map((i) => i.kind)).toEqual(['booked_in_other_period']);
    const q4 = view(Q4);
    expect(q4.total).toEqual(october.total);
    expect(q4.explanations.items.map((i) => i.kind)).toEqual(['booked_from_other_period']);

    // Comparing Q4: one list for the quarter, the invoice read once; again: the list alone.
    const [first, requests] = await requestsOf(w, () => check(Q4));
    // The one invoice is of an order of an earlier period: said so, to add up with Q4's orders.
    expect(first).toMatchObject({
      invoices: 1,
      changed: 0,
      deleted: 0,
      ofPeriod: 0,
      fromEarlierPeriod: 1,
      foreignCurrency: 0,
    });
    const lists = requests.filter((r) => r.startsWith('GET') && r.includes('/synchronization'));
    expect(lists).toHaveLength(1);
    const listed = moneybirdRequestsSince(w, 0).filter(
      (r) => r.method === 'GET' && r.path.includes('/sales_invoices/synchronization'),
    );
    expect(listed.at(-1)!.query.filter).toContain('period:20261001..20261231');
    const [second, again] = await requestsOf(w, () => check(Q4));
    expect(second).toMatchObject({ invoices: 1, changed: 0, deleted: 0 });
    expect(again).toHaveLength(1);
    expect(requests.concat(again).every((r) => r.startsWith('GET') || r.includes('/synchronization'))).toBe(
      true,
    );
    // Nothing changed but that the view now says when the quarter, and so its months, were read.
    const readAt = (months: typeof q4.checkedMonths, at = second.checkedAt) =>
      months.map((m) => ({ ...m, checkedAt: at }));
    expect(view(Q4)).toEqual({
      ...q4,
      checkedAt: second.checkedAt,
      checkedMonths: readAt(q4.checkedMonths),
    });
    expect(view(OCTOBER)).toEqual({
      ...october,
      checkedAt: second.checkedAt,
      checkedMonths: readAt(october.checkedMonths),
    });
    expect(view(SEPTEMBER).checkedAt).toBeNull();
    // Kept in the data folder: after a restart (the channels made anew) the view still says it.
    const restarted = screenOf(w);
    expect(restarted.view(OCTOBER).checkedAt).toBe(second.checkedAt);
    // Read in this administration only: another one's view was never compared.
    const elsewhere = createReconciliationChannels(
      w.runtime.store,
      () => Object.create(w.runtime.moneybird, { administrationId: { value: 'another' } }) as MoneybirdClient,
    );
    expect(
      (elsewhere['reconciliation.period']({ period: OCTOBER, limit: 1 }) as ReconciliationView).checkedAt,
    ).toBeNull();

    // Q3's one order counts in October: its invoice is read by its id, so that Q3's explanation of it
    // stays true; nothing in it changed.
    const [none, noRequests] = await requestsOf(w, () => check(Q3));
    expect(none).toMatchObject({ invoices: 1, changed: 0, deleted: 0, ofPeriod: 1, fromEarlierPeriod: 0 });
    expect(noRequests.every((r) => r.startsWith('GET') || r.includes('/synchronization'))).toBe(true);
    expect(view(Q3)).toEqual({
      ...q3,
      checkedAt: none.checkedAt,
      checkedMonths: readAt(q3.checkedMonths, none.checkedAt),
    });
    // A month without a single order agrees, and comparing it asks nothing either.
    const june: Period = { kind: 'month', year: 2026, index: 6 };
    const [empty, emptyRequests] = await requestsOf(w, () => check(june));
    expect(empty).toMatchObject({ invoices: 0, changed: 0, deleted: 0 });
    expect(emptyRequests).toEqual([]);
    expect(view(june)).toMatchObject({ verdict: 'agrees', rates: [], explanations: { total: 0 } });
  });

  it('exports both days of a moved booking in the CSV of each month', async () => {
    const { csv } = await movedIntoOctober();
    for (const [period, kindWords] of [
      [SEPTEMBER, 'Telt in Moneybird mee in oktober 2026'],
      [OCTOBER, 'in de winkel in september 2026'],
    ] as const) {
      const rows = csvRowsOf(await csv(period), 950_001);
      expect(rows.length, `rows of ${period.index}`).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row[6]).toBe('2026-09-15');
        expect(row[7]).toContain(shortDay('2026-09-15', 'nl'));
        expect(row[7]).toContain(shortDay('2026-10-01', 'nl'));
        expect(row[7]).toContain(kindWords);
      }
      // The amounts per rate, Moneybird minus the shop: what the month misses (September) or holds
      // extra (October).
      const at21 = rows.find((r) => r[2] === '1a' && r[3] === '21')!;
      expect(at21[14]).toBe(period === SEPTEMBER ? '-24,20' : '24,20');
    }
  });

  it('a later deletion of the moved invoice is found by comparing the month the order is explained in', async () => {
    const { w, view, check } = await movedIntoOctober();
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 950_001)!.id);
    // The owner looks at September, reads "counts in October", and compares September with Moneybird.
    await check(SEPTEMBER);
    // September's explanation rests on that invoice, so comparing September reads it too.
    expect(explained(view(SEPTEMBER), 950_001).map((i) => i.kind)).toEqual(['deleted_in_moneybird']);

    // October no longer holds it; comparing October has nothing of it left to read.
    const found = await check(OCTOBER);
    expect(found).toMatchObject({ invoices: 0, changed: 0, deleted: 0 });
    const october = view(OCTOBER);
    expect(october.total.booked.inclTax).toBe('0.00');
    expect(explained(october, 950_001)).toEqual([]);
    expect(october.verdict).toBe('agrees');
    const september = view(SEPTEMBER);
    expect(explained(september, 950_001)).toMatchObject([
      { kind: 'deleted_in_moneybird', bookedDate: null, orderDate: '2026-09-15' },
    ]);
    // Moneybird minus the shop: the deleted invoice is missing from September's books.
    expect(september.total.difference.inclTax).toBe('-29.65');
  });
});

describe('a credit of an order in a period the accountant locked', () => {
  it.each([
    ['booked on the first open day', true],
    ['booked before the accountant locked its month', false],
  ] as const)(
    'the credit of a sale %s is booked as its credit note and counts in its own month',
    async (_, moveIt) => {
      const sold = saleOn(951_001, '2026-09-15');
      const credit = { ...creditOf(sold, 951_002, ['thee']), date: '2026-10-05' };
      const w = await worlds.start({ orders: moveIt ? [sold, credit] : [sold] });
      if (moveIt) {
        w.moneybird.owner.lockPeriodUntil('2026-09-30');
        await w.runtime.engine.run('import', { importSince: SINCE });
        await createLockedPeriodChannels(w.runtime.store, controllerOn(w).sync)['orders.bookInOpenPeriod']({
          orderNumber: '951001',
        });
        await w.runtime.engine.run('manual');
      } else {
        await w.runtime.engine.run('import', { importSince: SINCE });
        // The VAT return of the third quarter is filed; then the customer sends the tea back.
        w.moneybird.owner.lockPeriodUntil('2026-09-30');
        w.mww.shop.addOrder({ ...credit, status: 1 });
        w.mww.shop.setStatus(credit.number, 10);
      }
      await w.runtime.engine.run('manual');
      await w.runtime.engine.run('manual');
      expect(w.runtime.store.journal.get('951001')!.state).toBe('done');
      const entry = w.runtime.store.journal.get('951002')!;
      // The original is planned again only for its tax rates and total; the lock set since does not
      // refuse that (sync/credit-originals.ts originalBookingFrom).
      expect(entry.reason?.code ?? null, entry.reason?.message.en).toBeNull();
      expect(entry.state).toBe('done');
      const note = invoiceOf(w, 951_002)!;
      expect(note.original_sales_invoice_id).toBe(invoiceOf(w, 951_001)!.id);
      expect(note.invoice_date).toBe('2026-10-05');
      const { view } = screenOf(w);
      const october = view(OCTOBER);
      expect(explained(october, 951_002)).toEqual([]);
      expect(rateLine(october, '9')!.shop.inclTax).toBe('-5.45');
    },
  );
});

describe('the owner changes a booked invoice in Moneybird, then compares', () => {
  it('a removed line shows as a difference at its rate, with the line as the amount', async () => {
    const { w, view, check, csv } = await imported([
      saleOn(952_001, '2026-10-12', ['mok', 'thee', 'zegels']),
      saleOn(952_002, '2026-10-14'),
    ]);
    const before = view(OCTOBER);
    expect(before.verdict).toBe('agrees');
    const invoice = invoiceOf(w, 952_001)!;
    w.moneybird.owner.removeInvoiceLine(invoice.id, lineIndex(invoice, 'Thee'));
    expect(view(OCTOBER)).toEqual(before);

    expect(await check(OCTOBER)).toMatchObject({ invoices: 2, changed: 1, deleted: 0 });
    const after = view(OCTOBER);
    expect(after.verdict).toBe('explained');
    expect(rateLine(after, '9')).toMatchObject({
      shop: { inclTax: '10.90' },
      booked: { inclTax: '5.45' },
      // Moneybird minus the shop: the line is missing in Moneybird.
      difference: { inclTax: '-5.45', exclTax: '-5.00', vat: '-0.45' },
    });
    expect(rateLine(after, '21')!.difference.inclTax).toBe('0.00');
    expect(rateLine(after, '0')!.difference.inclTax).toBe('0.00');
    expect(after.explanations.items).toMatchObject([
      { orderNumber: '952001', kind: 'other', differences: [{ rate: '9', inclTax: '-5.45', vat: '-0.45' }] },
    ]);
    // The line's turnover and VAT, named, and which way they go: Moneybird lacks them.
    expect(explanationText(after.explanations.items[0]!, 'nl', (a) => `€ ${a}`, readInMoneybird(after))).toBe(
      'De boeking wijkt af van je winkel (in Moneybird € 5.00 minder omzet excl. btw en € 0.45 minder btw dan in je winkel). Open de bestelling en vergelijk de factuur in Moneybird.',
    );
    const rows = csvRowsOf(await csv(OCTOBER), 952_001);
    expect(rows).toHaveLength(1);
    // Moneybird minus the shop: the line is missing in Moneybird.
    expect(rows[0]!.slice(14)).toEqual(['-5,45', '-5,00', '-0,45']);
    // Compared again: nothing new, but when it was read.
    const again = await check(OCTOBER);
    expect(again).toMatchObject({ changed: 0, deleted: 0 });
    expect(view(OCTOBER)).toEqual({
      ...after,
      checkedAt: again.checkedAt,
      checkedMonths: [{ month: '2026-10', checkedAt: again.checkedAt }],
    });
  });

  it('a line moved to another VAT rate shows at both rates, and the explanation names the VAT it moved', async () => {
    const { w, view, check } = await imported([saleOn(953_001, '2026-10-12')]);
    const invoice = invoiceOf(w, 953_001)!;
    w.moneybird.owner.editInvoiceLine(invoice.id, lineIndex(invoice, 'Mok'), { taxRate: '9% btw' });
    // Prices include VAT: the total stays 29.65, the VAT drops.
    expect(invoiceOf(w, 953_001)!.total_price_incl_tax).toMatch(/^29\.65/);

    expect(await check(OCTOBER)).toMatchObject({ invoices: 1, changed: 1, deleted: 0 });
    const after = view(OCTOBER);
    expect(after.verdict).toBe('explained');
    expect(rateLine(after, '21')).toMatchObject({
      shop: { inclTax: '24.20', vat: '4.20' },
      booked: { inclTax: '0.00', vat: '0.00' },
    });
    expect(rateLine(after, '9')!.booked.inclTax).toBe('29.65');
    expect(rateLine(after, '9')!.taxRateNames).toEqual(['9% btw']);
    // The turnover is the same; the VAT return is 2.20 short.
    expect(after.total.difference.inclTax).toBe('0.00');
    expect(Number(after.total.difference.vat)).toBeCloseTo(-2.2, 2);
    const [item] = after.explanations.items;
    expect(item).toMatchObject({ orderNumber: '953001', kind: 'other' });
    expect(item!.differences.map((d) => d.rate)).toEqual(['21', '9']);
    // The total is unchanged: the VAT dropped by as much as the turnover excl. VAT rose, and the
    // sentence says so, each part named and its direction in words.
    const moved = orderDifference(item!);
    expect(Number(moved.vat)).toBeCloseTo(-2.2, 2);
    expect(Number(moved.exclTax)).toBeCloseTo(2.2, 2);
    expect(explanationText(item!, 'nl', (a) => `€ ${a}`, readInMoneybird(after))).toContain(
      `(in Moneybird € ${moved.exclTax} meer omzet excl. btw en € ${moved.exclTax} minder btw dan in je winkel)`,
    );
  });

  it('external invoices: an edit is recorded again and a deletion marked, in a month and in its quarter', async () => {
    const { w, view, check } = await imported(
      [saleOn(954_001, '2026-10-12'), saleOn(954_002, '2026-10-13'), saleOn(954_003, '2026-11-03')],
      { style: 'external' },
    );
    expect(w.moneybird.books.externalSalesInvoices()).toHaveLength(3);
    expect(w.moneybird.books.salesInvoices()).toEqual([]);
    const edited = invoiceOf(w, 954_001)!;
    w.moneybird.owner.editInvoiceLine(edited.id, lineIndex(edited, 'Thee'), { price: '15.45' });
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 954_002)!.id);

    const [found, requests] = await requestsOf(w, () => check(Q4));
    expect(found).toMatchObject({ invoices: 3, changed: 1, deleted: 1 });
    expect(requests.some((r) => r.includes('/external_sales_invoices/synchronization'))).toBe(true);
    expect(
      requests.some((r) => r.includes('/sales_invoices/synchronization') && !r.includes('external')),
    ).toBe(false);
    for (const period of [OCTOBER, Q4]) {
      const now = view(period);
      expect(now.verdict).toBe('explained');
      expect(explained(now, 954_001)).toMatchObject([
        { kind: 'other', differences: [{ rate: '9', inclTax: '10.00' }] },
      ]);
      expect(explained(now, 954_002)).toMatchObject([{ kind: 'deleted_in_moneybird' }]);
      expect(now.total.difference.inclTax).toBe('-19.65');
    }
    expect(view({ kind: 'month', year: 2026, index: 11 }).verdict).toBe('agrees');
  });
});

describe('Moneybird fails in the middle of a comparison', () => {
  /** October booked; one invoice edited, one deleted, in Moneybird. */
  async function editedAndDeleted() {
    const world = await imported([
      saleOn(955_001, '2026-10-12'),
      saleOn(955_002, '2026-10-13'),
      saleOn(955_003, '2026-10-14'),
    ]);
    const { w } = world;
    const edited = invoiceOf(w, 955_001)!;
    w.moneybird.owner.editInvoiceLine(edited.id, lineIndex(edited, 'Thee'), { price: '15.45' });
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 955_002)!.id);
    return world;
  }

  /** What the comparison records: the period's view and the bookings it compares. */
  const recorded = (w: SyncWorld, view: (p: Period) => ReconciliationView) => ({
    view: view(OCTOBER),
    bookings: w.runtime.store.vatFigures.bookingsIn(periodRange(OCTOBER).from, periodRange(OCTOBER).to),
  });

  it('a 500 on the batch read: an owner-readable error, nothing recorded, and comparing again works', async () => {
    const { w, view, check } = await editedAndDeleted();
    const before = recorded(w, view);
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/sales_invoices\/synchronization/,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 500, body: { error: 'Internal server error' } },
    });
    const error = await failureOf(() => check(OCTOBER));
    expect(error.userMessage?.nl).toContain('Moneybird');
    expect(error.userMessage?.nl).not.toMatch(/https?:\/\//);
    // A comparison's own words: nothing retries it by itself.
    expect(error.userMessage?.nl).not.toContain('vanzelf');
    expect(error.userMessage?.nl).toContain('Er is niets aangepast');
    expect(recorded(w, view)).toEqual(before);

    w.moneybird.server.faults.clear();
    expect(await check(OCTOBER)).toMatchObject({ invoices: 3, changed: 1, deleted: 1 });
    expect(explained(view(OCTOBER), 955_002).map((i) => i.kind)).toEqual(['deleted_in_moneybird']);
    expect(explained(view(OCTOBER), 955_001).map((i) => i.kind)).toEqual(['other']);
  });

  it('a dropped connection on the read that confirms a deletion: nothing recorded, and comparing again works', async () => {
    const { w, view, check } = await editedAndDeleted();
    const before = recorded(w, view);
    w.moneybird.server.faults.add({
      method: 'GET',
      path: /\/sales_invoices\/\d+(\.json)?$/,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'reset' },
    });
    const error = await failureOf(() => check(OCTOBER));
    expect(error.userMessage?.nl).toContain('Moneybird');
    // Not taken for a deletion: a connection that drops proves nothing.
    expect(recorded(w, view)).toEqual(before);

    w.moneybird.server.faults.clear();
    expect(await check(OCTOBER)).toMatchObject({ invoices: 3, changed: 1, deleted: 1 });
    expect(view(OCTOBER).kinds.map((k) => k.kind)).toEqual(['deleted_in_moneybird', 'other']);
  });

  it('a failure after the deletion was confirmed leaves no half comparison behind', async () => {
    const { w, view, check } = await editedAndDeleted();
    const before = recorded(w, view);
    w.moneybird.server.faults.add({
      method: 'GET',
      path: /\/tax_rates(\.json)?$/,
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'status', status: 503 },
    });
    const error = await failureOf(() => check(OCTOBER));
    expect(error.userMessage?.nl).toContain('Moneybird');
    // Everything is read before anything is recorded: a failed comparison leaves the view as it was.
    expect(recorded(w, view), 'the view after a failed comparison').toEqual(before);

    w.moneybird.server.faults.clear();
    const again = await check(OCTOBER);
    expect(again.changed).toBe(1);
    const after = view(OCTOBER);
    expect(after.kinds.map((k) => [k.kind, k.orders])).toEqual([
      ['deleted_in_moneybird', 1],
      ['other', 1],
    ]);
  });
});

describe('after a comparison found an invoice deleted', () => {
  /** October booked; the owner deletes one invoice and compares. */
  async function deletedAndCompared(orders: MwwOrder[]) {
    const world = await imported(orders);
    const { w, check } = world;
    const gone = invoiceOf(w, orders[0]!.number)!;
    w.moneybird.owner.deleteInvoice(gone.id);
    expect(await check(OCTOBER)).toMatchObject({ deleted: 1 });
    return { ...world, gone };
  }

  it('the engine does not book the order again, and later comparisons and the CSV still say it is deleted', async () => {
    const { w, view, check, csv } = await deletedAndCompared([
      saleOn(956_001, '2026-10-12'),
      saleOn(956_002, '2026-10-13'),
    ]);
    const shown = view(OCTOBER);
    const [runs, requests] = await requestsOf(w, async () => [
      await w.runtime.engine.run('manual'),
      await w.runtime.engine.run('import', { importSince: SINCE }),
    ]);
    for (const run of runs) expect(run.outcome).not.toBe('failed');
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
    expect(w.moneybird.books.salesInvoices().map((i) => i.reference)).toEqual([
      w.runtime.store.journal.get('956002')!.reference,
    ]);
    expect(w.runtime.store.journal.get('956001')!.state).toBe('done');
    expect(view(OCTOBER)).toEqual(shown);

    expect(await check(OCTOBER)).toMatchObject({ invoices: 1, changed: 0, deleted: 0 });
    const later = view(OCTOBER);
    expect(explained(later, 956_001)).toMatchObject([{ kind: 'deleted_in_moneybird' }]);
    expect(later.total.difference.inclTax).toBe('-29.65');
    expect(later.verdict).toBe('explained');
    const rows = csvRowsOf(await csv(OCTOBER), 956_001);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[7]).toContain('in Moneybird verwijderd');
    expect(rows.map((r) => r[14]).sort()).toEqual(['-24,20', '-5,45']);
  });

  it('a credit of the deleted sale parks with the reason, and the month explains both', async () => {
    const sold = saleOn(957_001, '2026-10-12');
    const { w, view } = await deletedAndCompared([sold]);
    const credit = { ...creditOf(sold, 957_002, ['thee']), date: '2026-10-20' };
    w.mww.shop.addOrder({ ...credit, status: 1 });
    w.mww.shop.setStatus(credit.number, 10);
    const [, requests] = await requestsOf(w, () => w.runtime.engine.run('manual'));
    expect(requests.filter((r) => r.includes('duplicate_creditinvoice'))).toEqual([]);
    const entry = w.runtime.store.journal.get('957002')!;
    expect(entry.state).toBe('parked');
    expect(entry.reason?.code).toBe('original_invoice_gone');
    const october = view(OCTOBER);
    expect(october.kinds.map((k) => [k.kind, k.orders])).toEqual([
      ['parked', 1],
      ['deleted_in_moneybird', 1],
    ]);
    expect(explained(october, 957_002)).toMatchObject([
      { kind: 'parked', credit: true, reason: { nl: entry.reason!.message.nl } },
    ]);
    expect(october.total.shop.inclTax).toBe('24.20');
    expect(october.total.booked.inclTax).toBe('0.00');
  });

  it('an invoice the owner made again by hand is taken over once the owner chooses Opnieuw boeken, as the explanation says', async () => {
    const { w, view, check, gone } = await deletedAndCompared([saleOn(958_001, '2026-10-12')]);
    const item = explained(view(OCTOBER), 958_001)[0]!;
    const text = explanationText(item, 'nl', (a) => a, true);
    expect(text).toContain('open dan de bestelling en kies "Opnieuw boeken"');
    // The owner books it by hand instead: the same reference, contact, day and lines.
    const remade = w.moneybird.owner.addInvoice({
      kind: 'sales',
      contactId: gone.contact_id,
      reference: gone.reference,
      date: gone.invoice_date,
      lines: [
        { description: 'Mok', price: '12.10', amount: '2', taxRate: '21% btw' },
        { description: 'Thee', price: '5.45', taxRate: '9% btw' },
      ],
    });
    // Winkelbrug does not take an invoice it did not make for its booking by itself: the month still
    // says the booking was deleted (Moneybird's own VAT return holds the new invoice).
    expect(await check(OCTOBER)).toMatchObject({ invoices: 0, deleted: 0 });
    expect(explained(view(OCTOBER), 958_001).map((i) => i.kind)).toEqual(['deleted_in_moneybird']);
    // Chosen on the order's page, the look-up by reference finds it and takes it over: one invoice.
    const bookAgain = createBookAgainChannels(
      w.runtime.store,
      () => w.runtime.moneybird,
      controllerOn(w).sync,
    );
    expect((await bookAgain['orders.bookAgain']({ orderNumber: '958001' })).accepted).toBe(true);
    expect((await w.runtime.engine.run('manual')).outcome).toBe('completed');
    expect(w.runtime.store.journal.get('958001')).toMatchObject({ state: 'done', adoption: 'adopted' });
    expect(w.runtime.store.journal.get('958001')!.moneybird.invoiceId).toBe(remade.id);
    expect(w.moneybird.books.salesInvoices().filter((i) => i.reference === gone.reference)).toHaveLength(1);
    expect(explained(view(OCTOBER), 958_001)).toEqual([]);
  });
});

describe('an order the shop calls off after it was booked', () => {
  const booked = bookedIn(worlds);

  it('keeps the month out of order, saying what Moneybird still counts, until the shop credits the rest', async () => {
    const order = saleOn(961_001, '2026-10-05');
    const { w } = await booked([order, saleOn(961_002, '2026-10-06', ['thee'])]);
    const { view, csv } = screenOf(w);
    expect(view(OCTOBER)).toMatchObject({ verdict: 'agrees', standing: 'equal' });
    // The shop credits the tea, then calls the rest of the order off.
    shopCredits(w, creditOf(order, 961_003, ['thee']));
    await w.runtime.engine.run('scheduled');
    w.mww.shop.setStatus(961_001, CANCELLED);
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 961_001)).toBeDefined();

    const october = view(OCTOBER);
    // Both sides still count what no credit note covers: the figures agree, the month is not in order.
    expect(october.verdict).toBe('agrees');
    expect(october.standing).toBe('attention');
    expect(october.kinds.map((k) => [k.kind, k.orders])).toEqual([['cancelled_in_shop', 1]]);
    // What Moneybird holds of it: the invoice less its credit note, as Moneybird's own books have them.
    const invoice = invoiceOf(w, 961_001)!;
    const creditNote = invoiceOf(w, 961_003)!;
    const still = parseDecimal(invoice.total_price_incl_tax) + parseDecimal(creditNote.total_price_incl_tax);
    expect(toFixed(still, 2)).toBe('24.20');
    expect(october.cancelledInShop).toMatchObject({ orders: 1, stillBooked: { inclTax: toFixed(still, 2) } });
    const [item] = october.explanations.items;
    expect(item).toMatchObject({ orderNumber: '961001', kind: 'cancelled_in_shop' });
    expect(item!.stillBooked.map((l) => [l.vatBox, l.inclTax, l.exclTax, l.vat])).toEqual([
      ['NL/1a', '24.20', '20.00', '4.20'],
    ]);
    // Not compared with Moneybird: it still counts "in je boeken", as the column is named.
    expect(readInMoneybird(october)).toBe(false);
    expect(explanationText(item!, 'nl', (a) => a, readInMoneybird(october))).toContain(
      'telt in je boeken nog mee (20.00 omzet excl. btw en 4.20 btw)',
    );
    // The accountant's file: the order, with what Moneybird still counts of it in its columns.
    expect(csvRowsOf(await csv(OCTOBER), 961_001).map((f) => [f[2], f[12], f[13]])).toEqual([
      ['1a', '20,00', '4,20'],
    ]);

    // The shop credits the rest: booked as a credit note, and the month is in order again.
    shopCredits(w, creditOf(order, 961_004, ['mok']));
    await w.runtime.engine.run('scheduled');
    expect(markOf(w, 961_001)).toBeUndefined();
    const credited = view(OCTOBER);
    expect(credited).toMatchObject({
      verdict: 'agrees',
      standing: 'equal',
      cancelledInShop: { orders: 0 },
      explanations: { total: 0 },
    });
    // What is left in the month is the other sale: the order and its two credits cancel out.
    expect(credited.total.booked.inclTax).toBe('5.45');
  });

  it('asks nothing more once the owner says they settled it in Moneybird, and names it as still sold here', async () => {
    const order = saleOn(962_001, '2026-10-05');
    const { w } = await booked([order]);
    w.mww.shop.setStatus(962_001, CANCELLED);
    await w.runtime.engine.run('scheduled');
    const { view } = screenOf(w);
    expect(view(OCTOBER).standing).toBe('attention');
    expect(view(OCTOBER).cancelledInShop.stillBooked.inclTax).toBe('29.65');
    await settle(w, 962_001);
    // Nothing asks the owner; but a credit note made by hand in Moneybird is not in these figures,
    // so the month names the order among the explained ones, with what still counts as sold here.
    const settled = view(OCTOBER);
    expect(settled).toMatchObject({
      standing: 'explained',
      verdict: 'agrees',
      cancelledInShop: { orders: 0 },
      cancelledSettled: { orders: 1, stillBooked: { inclTax: '29.65', exclTax: '25.00', vat: '4.65' } },
      kinds: [{ kind: 'cancelled_settled', orders: 1 }],
    });
    expect(settled.explanations.items.map((i) => [i.orderNumber, i.kind])).toEqual([
      ['962001', 'cancelled_settled'],
    ]);
  });
});

describe('a quarter whose months were compared at different moments, or not all of them', () => {
  const NOVEMBER: Period = { kind: 'month', year: 2026, index: 11 };
  const DECEMBER: Period = { kind: 'month', year: 2026, index: 12 };
  const nl = translator('nl');

  it('says per month which were read in Moneybird, and says a deleted booking from Moneybird’s side', async () => {
    // In January: the whole quarter is past. The clock moves on a minute per comparison.
    let now = Date.parse('2027-01-05T09:00:00Z');
    const { w, view, check, csv } = await imported(
      [
        saleOn(963_001, '2026-10-05'),
        saleOn(963_002, '2026-10-20'),
        saleOn(963_003, '2026-11-05'),
        saleOn(963_004, '2026-12-05'),
      ],
      { now: () => new Date(now) },
    );
    w.moneybird.owner.deleteInvoice(invoiceOf(w, 963_001)!.id);
    // Only October is compared: it finds the deletion, and October's figures are Moneybird's now.
    const october = await check(OCTOBER);
    expect(october).toMatchObject({ invoices: 2, deleted: 1 });
    const q4 = view(Q4);
    expect(q4.checkedMonths).toEqual([
      { month: '2026-10', checkedAt: october.checkedAt },
      { month: '2026-11', checkedAt: null },
      { month: '2026-12', checkedAt: null },
    ]);
    // Not the whole quarter was read: "in je boeken", not "in Moneybird" as a whole.
    expect(q4.checkedAt).toBeNull();
    expect(readingOf(q4)).toBe('mixed');
    expect(readInMoneybird(q4)).toBe(false);
    // The quarter's booked side lacks the deleted sale, as October's does.
    expect(q4.total.difference).toMatchObject({ inclTax: '-29.65', exclTax: '-25.00', vat: '-4.65' });
    const seen = new Date(Date.parse(october.checkedAt) + 60_000);
    const when = checkedWhen(q4, 'nl', seen);
    const time = checkedAtText(october.checkedAt, 'nl', seen);
    expect(when).toEqual({
      text: `oktober nagelezen ${time}; november en december niet`,
      unread: 'november en december',
      when: null,
    });
    const verdict = verdictText(q4, 'nl', nl);
    expect(plainText(verdict.direction)).toBe(
      'In je boeken staat € 25,00 minder omzet excl. btw en € 4,65 minder btw dan in je winkel.',
    );
    // The deleted booking is what a comparison found in Moneybird: said from Moneybird's side, in the
    // verdict, its chip and its own sentence; never "in je boeken … minder".
    const deleted = verdict.items.find((i) => i.kind === 'deleted_in_moneybird')!;
    expect(plainText(deleted.text)).toContain(
      '(in Moneybird € 25,00 minder omzet excl. btw en € 4,65 minder btw dan in je winkel)',
    );
    expect(plainText(kindAmountsText(q4.kinds[0]!, q4, 'nl', nl))).toBe(
      'In Moneybird € 25,00 minder omzet excl. btw en € 4,65 minder btw dan in je winkel',
    );
    const [item] = q4.explanations.items;
    expect(item).toMatchObject({ orderNumber: '963001', kind: 'deleted_in_moneybird' });
    expect(orderReadInMoneybird(item!, q4)).toBe(true);
    const sentence = explanationText(item!, 'nl', (a) => `€ ${a}`, orderReadInMoneybird(item!, q4));
    expect(sentence).toContain('in Moneybird ontbreken nu € 25.00 omzet excl. btw en € 4.65 btw');
    expect(sentence).not.toContain('in je boeken €');
    // An order of a month not compared is what Winkelbrug booked; one of October, Moneybird's.
    expect(orderReadInMoneybird({ kind: 'other', orderDate: '2026-11-05', bookedDate: null }, q4)).toBe(
      false,
    );
    expect(orderReadInMoneybird({ kind: 'other', orderDate: '2026-10-20', bookedDate: null }, q4)).toBe(true);
    // An order not booked is in neither, so it is named as the quarter's summary names it.
    for (const kind of ['parked', 'waiting', 'not_yet_booked', 'skipped'] as const)
      expect(orderReadInMoneybird({ kind, orderDate: '2026-10-20', bookedDate: null }, q4), kind).toBe(false);
    // The accountant's file says the same, per month, with the day.
    const total = (parse(await csv(Q4), { delimiter: ';', bom: true }) as string[][]).find(
      (row) => row[0] === 'Totaal',
    )!;
    const { day, time: clock } = checkedAtParts(october.checkedAt, 'nl');
    expect(total[7]).toBe(
      `Kolommen In je boeken: oktober nagelezen in Moneybird op ${day} om ${clock}; november en december zoals Winkelbrug boekte, niet nagelezen. Verschil: je boeken min winkel, dus plus is meer in je boeken.`,
    );
    // A month of the quarter by itself is as it was: October read, November not.
    expect(readingOf(view(OCTOBER))).toBe('moneybird');
    expect(readingOf(view(NOVEMBER))).toBe('booked');

    // November and December compared later: all of the quarter is read, at two moments. The quarter
    // is Moneybird's as a whole, as of its oldest reading, and says when per month.
    now += 60_000;
    const november = await check(NOVEMBER);
    const december = await check(DECEMBER);
    const later = view(Q4);
    expect(later.checkedMonths.map((m) => m.checkedAt)).toEqual([
      october.checkedAt,
      november.checkedAt,
      december.checkedAt,
    ]);
    expect(later.checkedAt).toBe(october.checkedAt);
    expect(readingOf(later)).toBe('moneybird');
    const minutes = (iso: string) => iso.slice(0, 16);
    expect(checkedMonthsText(later, 'nl', minutes)?.text).toBe(
      minutes(october.checkedAt) === minutes(december.checkedAt)
        ? `nagelezen ${minutes(october.checkedAt)}`
        : `oktober nagelezen ${minutes(october.checkedAt)}; november en december nagelezen ${minutes(december.checkedAt)}`,
    );

    // The whole quarter compared at once: one moment for all its months.
    const quarter = await check(Q4);
    const whole = view(Q4);
    expect(whole.checkedAt).toBe(quarter.checkedAt);
    expect(whole.checkedMonths.every((m) => m.checkedAt === quarter.checkedAt)).toBe(true);
    expect(checkedWhen(whole, 'nl')?.text).toBe(`nagelezen ${checkedAtText(quarter.checkedAt, 'nl')}`);
  });

  it('on 30 November names no December: it has not begun, so there is nothing to compare', async () => {
    // 04:52 in Amsterdam on 30 November; November is under way.
    let clock = Date.parse('2026-11-30T03:52:00Z');
    const { view, check, csv } = await imported(
      [saleOn(964_001, '2026-10-05'), saleOn(964_002, '2026-11-05')],
      { now: () => new Date(clock) },
    );
    const october = await check(OCTOBER);
    const q4 = view(Q4);
    expect(q4.checkedMonths).toEqual([
      { month: '2026-10', checkedAt: october.checkedAt },
      { month: '2026-11', checkedAt: null },
    ]);
    expect(readingOf(q4)).toBe('mixed');
    const when = checkedWhen(q4, 'nl', new Date(clock))!;
    const time = checkedAtText(october.checkedAt, 'nl', new Date(clock));
    expect(when).toEqual({
      text: `oktober nagelezen ${time}; november niet`,
      unread: 'november',
      when: null,
    });
    expect(plainText(verdictText(q4, 'nl', nl, new Date(clock)).headline)).toBe(
      `Klopt: in je boeken staat hetzelfde als in je winkel (oktober nagelezen ${time}; november niet). Kies "Vergelijk met Moneybird" om ook november na te lezen.`,
    );
    const total = (parse(await csv(Q4), { delimiter: ';', bom: true }) as string[][]).find(
      (row) => row[0] === 'Totaal',
    )!;
    expect(total[7]).not.toMatch(/december/i);
    expect(total[7]).toContain('; november zoals Winkelbrug boekte, niet nagelezen.');
    // The quarter compared that morning: all of it that has begun is read, so it is Moneybird's.
    const quarter = await check(Q4);
    expect(view(Q4)).toMatchObject({
      checkedAt: quarter.checkedAt,
      checkedMonths: [
        { month: '2026-10', checkedAt: quarter.checkedAt },
        { month: '2026-11', checkedAt: quarter.checkedAt },
      ],
    });
    expect(readingOf(view(Q4))).toBe('moneybird');
    // December: there is nothing of it to compare yet.
    const december = view(DECEMBER);
    expect(december).toMatchObject({ checkedAt: null, checkedMonths: [], standing: 'empty' });
    // From 1 December in Amsterdam (23:00 UTC the day before) December has begun; that morning's
    // comparison read nothing of it.
    clock = Date.parse('2026-11-30T23:00:00Z');
    const begun = view(Q4);
    expect(begun.checkedMonths.map((m) => [m.month, m.checkedAt])).toEqual([
      ['2026-10', quarter.checkedAt],
      ['2026-11', quarter.checkedAt],
      ['2026-12', null],
    ]);
    expect(checkedWhen(begun, 'nl', new Date(clock))?.unread).toBe('december');
  });
});
