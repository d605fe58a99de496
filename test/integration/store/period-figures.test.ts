// A period's figures are read in SQL (`store/period-figures.ts`): sums per line summed per day first,
// the orders that do not simply agree read apart from their lines, the counts in one pass. Here a
// journal of every kind of order is filled through the figures' own writers, and each period's read is
// held against the same figures worked out row by row from the tables, from the definitions alone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RateFigures } from '../../../src/main/core/reconciliation/order-figures';
import { compareLines } from '../../../src/main/core/reconciliation/vat-lines';
import type {
  OrderDifferenceRow,
  PeriodFigures,
  PeriodOrderCounts,
  RateDifference,
  Store,
} from '../../../src/main/core/store';
import { seededRandom } from '../../support/seeded-random';
import { withStore } from '../../support/store-file';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();

const CENT = 10_000n;
const pad = (n: number) => String(n).padStart(2, '0');

/** Where an order stands: state and progress, as the journal has them. */
const STANDINGS: ReadonlyArray<[string, string]> = [
  ['discovered', 'discovered'],
  ['pending', 'pending'],
  ['parked', 'contact_ok'],
  ['skipped', 'pending'],
  ['waiting_transient', 'invoice_created'],
  ['invoice_created', 'invoice_created'],
  ['totals_ok', 'totals_ok'],
  ['parked', 'sent'],
  ['sent', 'sent'],
  ['done', 'done'],
  ['done', 'done'],
  ['done', 'done'],
  ['done', 'done'],
];

const LINES = [
  { rate: '21', vatBox: 'NL/1a' },
  { rate: '9', vatBox: 'NL/1b' },
  { rate: '0', vatBox: 'NL/1e' },
  { rate: '5.5', vatBox: 'OSS/FR' },
  // The same rates in other parts of the return: an intra-community supply, a distance sale.
  { rate: '0', vatBox: 'NL/3b' },
  { rate: '21', vatBox: 'OSS/BE' },
] as const;

function figures(line: (typeof LINES)[number], inclCents: number): RateFigures {
  const incl = BigInt(inclCents) * CENT;
  const rate = Number(line.rate);
  const vat = CENT * BigInt(Math.round((inclCents * rate) / (100 + rate)));
  return { rate: line.rate, vatBox: line.vatBox, inclTax: incl, exclTax: incl - vat, vat };
}

/**
 * A half year of orders of every kind: each standing and both booking styles, euros and another
 * currency (or none known), bookings in two administrations (or one unknown), credits, parked with and
 * without a rate Moneybird lacks, skipped by the owner, bookings a cent apart from the shop, moved to
 * the next month (a locked period), deleted in Moneybird since, and tax rates named differently on
 * different days.
 */
function fill(store: Store): void {
  const random = seededRandom(7);
  const insert = store.db.prepare(
    `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date, currency,
       moneybird_administration_id, credited_order_number, reason_code, reason_nl, reason_en,
       reason_details, created_at, updated_at)
     VALUES (@number, @state, @progress, @style, @date, @currency, @administration, @credited, @code,
       @nl, @en, @details, 0, 0)`,
  );
  for (let i = 0; i < 900; i++) {
    const number = String(5000 + i);
    const month = 1 + Math.floor(random() * 6);
    const day = 1 + Math.floor(random() * 28);
    const date = `2026-${pad(month)}-${pad(day)}`;
    const [state, progress] = STANDINGS[Math.floor(random() * STANDINGS.length)]!;
    const style = random() < 0.2 ? 'external_invoice' : 'sales_invoice';
    const currencyRoll = random();
    const inBooksStep =
      ['sent', 'paid', 'done'].includes(progress) ||
      (style === 'external_invoice' && progress === 'invoice_created');
    const adminRoll = random();
    const parkedAbsent = state === 'parked' && random() < 0.5;
    insert.run({
      number,
      state,
      progress,
      style,
      date,
      currency: currencyRoll < 0.05 ? 'USD' : currencyRoll < 0.1 ? null : 'EUR',
      administration: !inBooksStep ? null : adminRoll < 0.7 ? 'A' : adminRoll < 0.9 ? 'B' : null,
      credited: random() < 0.05 ? String(5000 + Math.max(0, i - 5)) : null,
      code: parkedAbsent
        ? 'tax_rate_absent'
        : state === 'parked'
          ? 'unmapped_tax_rate'
          : state === 'skipped'
            ? 'skipped_by_owner'
            : null,
      nl: state === 'parked' || state === 'skipped' ? `Reden ${number}` : null,
      en: state === 'parked' || state === 'skipped' ? `Reason ${number}` : null,
      details: parkedAbsent
        ? JSON.stringify({ rate: '5.5', treatment: 'oss', country: 'FR' })
        : state === 'skipped' && random() < 0.5
          ? JSON.stringify({ heldFor: { nl: 'Wachtte', en: 'Held' } })
          : null,
    });
    if (progress === 'discovered' || random() < 0.03) continue; // a few never recorded
    const shop = LINES.filter((_, index) => index === 0 || random() < 0.25).map((line) =>
      figures(line, (random() < 0.05 ? -1 : 1) * (100 + Math.floor(random() * 20_000))),
    );
    store.vatFigures.recordShop(number, shop);
    if (!inBooksStep || random() < 0.03) continue;
    const apart = random() < 0.2;
    const booked = shop.map((r, index) =>
      apart && index === 0 ? { ...r, inclTax: r.inclTax + CENT, exclTax: r.exclTax + CENT } : r,
    );
    const moved = day >= 26 && random() < 0.4;
    store.vatFigures.recordBooked(number, {
      total: booked.reduce((sum, r) => sum + r.inclTax, 0n),
      rates: booked.map((r) => ({
        ...r,
        taxRateId: `rate-${r.rate}`,
        taxRateName: random() < 0.5 ? `${r.rate}% btw` : `Tarief ${r.rate}`,
      })),
      date: moved ? (month === 12 ? '2027-01-01' : `2026-${pad(month + 1)}-01`) : date,
      version: 1,
    });
    if (state === 'done' && random() < 0.03) store.vatFigures.recordGone(number);
  }
}

type Row = Record<string, unknown>;

const inRange = (day: unknown, from: string, to: string) =>
  typeof day === 'string' && day >= from && day < to;
const inEuros = (currency: unknown) => (currency ?? 'EUR') === 'EUR';
const booksStep = (j: Row) =>
  ['sent', 'paid', 'done'].includes(j.progress as string) ||
  (j.booking_style === 'external_invoice' &&
    ['invoice_created', 'paid', 'done'].includes(j.progress as string));
const inBooks = (j: Row) => booksStep(j) && j.booked_gone_at === null;
const unsettled = (j: Row) =>
  !booksStep(j) || j.shop_figures_at === null || j.booked_total === null || j.figures_differ === 1n;
const movedDay = (j: Row) =>
  j.booked_date !== null && j.booked_date !== j.order_date ? (j.booked_date as string) : null;

/** The period's figures from the tables row by row. */
function expectedPeriod(
  store: Store,
  from: string,
  to: string,
  administration: string | null,
): PeriodFigures {
  const journal = store.db.prepare('SELECT * FROM order_journal').safeIntegers(true).all() as Row[];
  const rows = store.db.prepare('SELECT * FROM order_vat_figures').safeIntegers(true).all() as Row[];
  const linesOf = new Map<string, Row[]>();
  for (const f of rows)
    linesOf.set(f.order_number as string, [...(linesOf.get(f.order_number as string) ?? []), f]);

  const sums = new Map<string, PeriodFigures['sums'][number] & { names: Set<string> }>();
  for (const f of rows) {
    if (!inRange(f.order_date, from, to) || f.source === 'difference' || !inEuros(f.currency)) continue;
    const key = `${f.source}|${f.rate}|${f.vat_box}`;
    const sum = sums.get(key) ?? {
      source: f.source as 'shop' | 'booked',
      rate: f.rate as string,
      vatBox: f.vat_box as string,
      inclTax: 0n,
      exclTax: 0n,
      vat: 0n,
      taxRateNames: [],
      names: new Set<string>(),
    };
    sum.inclTax += f.incl_tax as bigint;
    sum.exclTax += f.excl_tax as bigint;
    sum.vat += f.vat as bigint;
    if (typeof f.tax_rate_name === 'string' && f.tax_rate_name !== '') sum.names.add(f.tax_rate_name);
    sums.set(key, sum);
  }

  const signed = (f: Row): RateDifference => {
    const sign = f.source === 'booked' ? -1n : 1n;
    return {
      rate: f.rate as string,
      vatBox: f.vat_box as string,
      inclTax: sign * (f.incl_tax as bigint),
      exclTax: sign * (f.excl_tax as bigint),
      vat: sign * (f.vat as bigint),
    };
  };
  const listed: OrderDifferenceRow[] = [];
  for (const j of journal) {
    const number = j.order_number as string;
    const taken = j.progress !== 'discovered' && inEuros(j.currency);
    const ofPeriod = inRange(j.order_date, from, to);
    const lines = linesOf.get(number) ?? [];
    let held: Row[];
    if (ofPeriod && taken && unsettled(j))
      held = lines.filter((f) =>
        !inBooks(j)
          ? f.source === 'shop'
          : movedDay(j) !== null
            ? f.source !== 'difference' && inRange(f.order_date, from, to)
            : f.source === 'difference',
      );
    else if (!ofPeriod && taken && inBooks(j) && movedDay(j) !== null && inRange(j.booked_date, from, to)) {
      held = lines.filter((f) => f.source === 'booked' && inRange(f.order_date, from, to));
      if (held.length === 0) continue;
    } else continue;
    const differences: RateDifference[] = [];
    for (const line of held.map(signed)) {
      const same = differences.find((d) => d.rate === line.rate && d.vatBox === line.vatBox);
      if (!same) differences.push(line);
      else {
        same.inclTax += line.inclTax;
        same.exclTax += line.exclTax;
        same.vat += line.vat;
      }
    }
    const details = typeof j.reason_details === 'string' ? JSON.parse(j.reason_details) : null;
    listed.push({
      orderNumber: number,
      orderDate: j.order_date as string,
      bookedDate: movedDay(j),
      state: j.state as string,
      progress: j.progress as string,
      creditedOrderNumber: (j.credited_order_number as string | null) ?? null,
      reasonCode: (j.reason_code as string | null) ?? null,
      reasonNl: (j.reason_nl as string | null) ?? null,
      reasonEn: (j.reason_en as string | null) ?? null,
      heldFor: j.reason_code === 'skipped_by_owner' && details?.heldFor ? details.heldFor : null,
      absentTaxRate: j.reason_code === 'tax_rate_absent' ? details : null,
      inBooks: inBooks(j),
      shopRecorded: j.shop_figures_at !== null,
      bookedRecorded: j.booked_total !== null,
      bookedGone: j.booked_gone_at !== null,
      differences: (movedDay(j) === null
        ? differences
        : differences.filter((d) => d.inclTax !== 0n || d.exclTax !== 0n || d.vat !== 0n)
      ).sort(compareLines),
    });
  }
  listed.sort((a, b) =>
    a.orderDate < b.orderDate ? -1 : a.orderDate > b.orderDate ? 1 : a.orderNumber < b.orderNumber ? -1 : 1,
  );

  const dated = journal.filter((j) => inRange(j.order_date, from, to));
  const foreignCurrency = dated.filter((j) => j.progress !== 'discovered' && !inEuros(j.currency)).length;
  const total = dated.length - dated.filter((j) => j.progress === 'discovered').length - foreignCurrency;
  const outOfBooks = (state: string) => listed.filter((o) => !o.inBooks && o.state === state).length;
  const counts: PeriodOrderCounts = {
    orders: total,
    foreignCurrency,
    inBooks: total - listed.filter((o) => !o.inBooks).length,
    parked: outOfBooks('parked'),
    skipped: outOfBooks('skipped'),
    waiting: outOfBooks('waiting_transient'),
    shopNotRecorded: listed.filter((o) => !o.shopRecorded).length,
    bookedNotRecorded: listed.filter((o) => o.inBooks && !o.bookedRecorded).length,
    inOtherAdministration:
      administration === null
        ? 0
        : dated.filter(
            (j) =>
              j.state === 'done' &&
              j.moneybird_administration_id !== null &&
              j.moneybird_administration_id !== administration,
          ).length,
    cancelledInShop: 0,
  };
  return {
    sums: [...sums.values()].map(({ names, ...sum }) => ({ ...sum, taxRateNames: [...names] })),
    counts,
    orders: listed,
    cancelled: [],
    settledCancellations: [],
    administrations: [],
  };
}

/** Sums in a fixed order, each line's names sorted: the read promises neither. */
const comparableSums = (sums: PeriodFigures['sums']) =>
  sums
    .map((s) => ({ ...s, taxRateNames: [...s.taxRateNames].sort() }))
    .sort((a, b) => `${a.source}|${a.vatBox}|${a.rate}`.localeCompare(`${b.source}|${b.vatBox}|${b.rate}`));

const PERIODS: ReadonlyArray<[string, string]> = [
  ['2026-01-01', '2026-02-01'],
  ['2026-02-01', '2026-03-01'],
  ['2026-03-01', '2026-04-01'],
  ['2026-04-01', '2026-05-01'],
  ['2026-05-01', '2026-06-01'],
  ['2026-06-01', '2026-07-01'],
  ['2026-07-01', '2026-08-01'],
  ['2026-01-01', '2026-04-01'],
  ['2026-04-01', '2026-07-01'],
];

describe("a period's figures", () => {
  it('are what the rows of the journal and its figures add up to, for every month and quarter', () => {
    withStore(join(tempDir(), 'period.sqlite'), (store) => {
      fill(store);
      let listed = 0;
      let moved = 0;
      for (const [from, to] of PERIODS)
        for (const administration of ['A', null]) {
          const read = store.vatFigures.period(from, to, administration);
          const expected = expectedPeriod(store, from, to, administration);
          expect(comparableSums(read.sums), `${from} sums`).toEqual(comparableSums(expected.sums));
          expect(read.counts, `${from} counts`).toEqual(expected.counts);
          expect(read.orders, `${from} orders`).toEqual(expected.orders);
          listed += read.orders.length;
          moved += read.orders.filter((o) => o.bookedDate !== null).length;
        }
      // The journal holds what the comparison is about: orders listed, some booked on another day.
      expect(listed).toBeGreaterThan(500);
      expect(moved).toBeGreaterThan(10);
    });
  });

  it('names each tax rate of a line once, however many days it was booked on', () => {
    withStore(join(tempDir(), 'names.sqlite'), (store) => {
      fill(store);
      const booked = store.vatFigures
        .period('2026-01-01', '2026-07-01', 'A')
        .sums.filter((s) => s.source === 'booked' && s.vatBox === 'NL/1a');
      expect(booked.map((s) => [...s.taxRateNames].sort())).toEqual([['21% btw', 'Tarief 21']]);
    });
  });
});
