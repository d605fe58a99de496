// A period's figures per VAT rate, as the month per VAT rate reads them from the journal
// (`vat-figures.ts` records them): the sums per line of the VAT return, the orders that do not simply
// agree with their differences, and the counts. All in SQL over the period's date indexes, in one
// read transaction, so a quarter of a 50 000-order journal is read in some tens of milliseconds and
// every part of it is of the same moment.
import type { Database } from 'better-sqlite3';
import type { LocalizedText } from '../../../shared/i18n/translate';
import { compareLines } from '../reconciliation/vat-lines';
import { heldForOf, SKIPPED_BY_OWNER } from './journal-entry';
import { UNSETTLED_ORDER } from './migrations/007-booked-totals';

/** One side's sums on one line (part of the VAT return and rate) over a period. Amounts in millionths. */
export interface PeriodRateSums {
  source: 'shop' | 'booked';
  rate: string;
  /** The part of the VAT return (`reconciliation/vat-lines.ts`); '' for figures from before version 19. */
  vatBox: string;
  inclTax: bigint;
  exclTax: bigint;
  vat: bigint;
  /** Booked side: the Moneybird tax rates' names (as recorded when booked). */
  taxRateNames: string[];
}

/** The orders of a period (in euros), counted by where they stand. */
export interface PeriodOrderCounts {
  orders: number;
  /** Orders in another currency: counted here, in no sum or explanation. */
  foreignCurrency: number;
  inBooks: number;
  parked: number;
  skipped: number;
  waiting: number;
  shopNotRecorded: number;
  bookedNotRecorded: number;
  /**
   * Of the orders in the books, those booked in another Moneybird administration than the one
   * connected now (before the owner switched): in another set of books, and another VAT return.
   */
  inOtherAdministration: number;
  /**
   * Of the orders in the books, those the shop called off since without a credit order covering
   * them: on both sides here as booked, though the shop no longer counts them as sold.
   */
  cancelledInShop: number;
}

/** A rate Moneybird has no tax rate for, as a parked order's reason names it. */
export interface AbsentTaxRate {
  rate: string;
  /** 'oss' for a distance sale (its country's OSS return), else a domestic treatment. */
  treatment: string;
  country: string | null;
}

/** One order's difference on one line (part of the VAT return and rate): shop minus booked (millionths). */
export interface RateDifference {
  rate: string;
  vatBox: string;
  inclTax: bigint;
  exclTax: bigint;
  vat: bigint;
}

/** An order of the period whose figures do not simply agree, with what the journal knows of it. */
export interface OrderDifferenceRow {
  orderNumber: string;
  orderDate: string;
  /**
   * The day its booking counts in Moneybird's VAT return, when that is not the order's own day (an
   * order of a locked period booked on the first open day); null otherwise.
   */
  bookedDate: string | null;
  state: string;
  progress: string;
  creditedOrderNumber: string | null;
  reasonCode: string | null;
  reasonNl: string | null;
  reasonEn: string | null;
  /** For an order the owner skipped while it was held: what it was held for (`heldForOf`). */
  heldFor: LocalizedText | null;
  /**
   * For an order parked because the Moneybird administration has no tax rate for one of its rates
   * (`tax_rate_absent`): that rate, and the country for a distance sale (OSS); absent otherwise.
   */
  absentTaxRate?: AbsentTaxRate | null;
  /** Whether the booking is in Moneybird's books (a sent sales invoice, an external invoice). */
  inBooks: boolean;
  shopRecorded: boolean;
  bookedRecorded: boolean;
  /** A check found its invoice deleted in Moneybird: nothing of it is in the books any more. */
  bookedGone: boolean;
  differences: RateDifference[];
}

/**
 * An order of the period (in euros) the shop called off after it was booked, without a credit
 * covering it (`cancelled-in-shop.ts`), with its own booked figures per line. What its credit notes
 * take off is read beside it (`period-facts.ts`, `creditNotesOf`), each in the period of its own day.
 */
export interface CancelledOrderRow {
  orderNumber: string;
  orderDate: string;
  /** As `OrderDifferenceRow.bookedDate`. */
  bookedDate: string | null;
  creditedOrderNumber: string | null;
  booked: RateDifference[];
}

/** The booked side of a period held by one Moneybird administration (millionths). */
export interface AdministrationFigures {
  administrationId: string;
  /** The administration connected now (bookings of unknown administration are counted in it). */
  connected: boolean;
  /** Orders whose booking in it counts in the period. */
  orders: number;
  rates: RateDifference[];
}

export interface PeriodFigures {
  sums: PeriodRateSums[];
  counts: PeriodOrderCounts;
  /**
   * Every order of the period with a difference or not (yet) booked, oldest first, and every order
   * of another period booked in this one. The differences are what this period holds of the order:
   * shop minus booked, each side counted in the period of its own day.
   */
  orders: OrderDifferenceRow[];
  /** The period's orders cancelled in the shop while Moneybird still counts them, oldest first. */
  cancelled: CancelledOrderRow[];
  /**
   * The period's booked orders the shop cancelled and the owner settled by hand in Moneybird ("Zelf
   * geregeld", `cancelled-in-shop.ts`), not marked again since, oldest first: a credit note made there
   * is not in Winkelbrug's figures, so the period still counts them as sold.
   */
  settledCancellations: CancelledOrderRow[];
  /**
   * The booked side per administration, the connected one first: only when some of the period's
   * bookings are in another administration than the one connected (before the owner switched).
   */
  administrations: AdministrationFigures[];
}

/**
 * Whether an order's booking is in Moneybird's books: a sales invoice once sent (a draft is not in
 * the VAT return), an external invoice once created; not when a check found it deleted since.
 */
const IN_BOOKS = `((j.progress IN ('sent', 'paid', 'done') OR (j.booking_style IS 'external_invoice'
  AND j.progress IN ('invoice_created', 'paid', 'done'))) AND j.booked_gone_at IS NULL)`;

/**
 * The currency the sums are in: the Dutch VAT return's. An order in another currency is booked in
 * that currency (Moneybird converts it for the return at its own rate), so its amounts cannot be
 * added to euros: such orders are counted, not summed.
 */
const BOOKS_CURRENCY = 'EUR';
const IN_BOOKS_CURRENCY = (column: string) =>
  `coalesce(${column}, '${BOOKS_CURRENCY}') = '${BOOKS_CURRENCY}'`;

/**
 * An order taken up for booking: admitted once, so its shop figures were recorded. One never taken
 * up (unpaid, or set aside before it was: dated before a start date moved on, skipped while unpaid,
 * called off first) is in no period's figures, whatever its state now.
 */
const TAKEN_UP = (progress: string) => `${progress} <> 'discovered'`;

/** A booking that counts on another day than the order's own (moved out of a locked period). */
const BOOKED_ELSEWHERE = '(j.booked_date IS NOT NULL AND j.booked_date <> j.order_date)';

/**
 * The period's orders that do not simply agree: not (yet) in the books (their whole shop figures are
 * the difference), figures never recorded (booked before version 7), a recorded difference, or a
 * booking on another day. `UNSETTLED_ORDER` is repeated as its partial index has it, so SQLite uses it.
 */
const LISTED_OF_PERIOD = `j.order_date >= @from AND j.order_date < @to AND ${TAKEN_UP('j.progress')}
  AND ${UNSETTLED_ORDER} AND ${IN_BOOKS_CURRENCY('j.currency')}`;

/** What such an order holds in the period: its shop side when not in the books, else its difference. */
const LISTED_LINES = `f.order_number = j.order_number AND CASE
  WHEN NOT ${IN_BOOKS} THEN f.source = 'shop'
  WHEN ${BOOKED_ELSEWHERE} THEN f.source IN ('shop', 'booked') AND f.order_date >= @from AND f.order_date < @to
  ELSE f.source = 'difference' END`;

/** Orders of other periods booked in this one (found by the index of bookings on another day). */
const BOOKED_HERE_FROM_ELSEWHERE = `j.booked_date >= @from AND j.booked_date < @to
  AND j.booked_date <> j.order_date AND NOT (j.order_date >= @from AND j.order_date < @to)
  AND ${TAKEN_UP('j.progress')} AND ${IN_BOOKS} AND ${IN_BOOKS_CURRENCY('j.currency')}`;

/** What such an order holds in this period: its booked side here. */
const BOOKED_HERE_LINES = `f.order_number = j.order_number AND f.source = 'booked'
  AND f.order_date >= @from AND f.order_date < @to`;

/** A line's amounts as a difference: shop minus booked. */
const SIGNED_LINE = `f.rate, f.vat_box,
  CASE f.source WHEN 'booked' THEN -f.incl_tax ELSE f.incl_tax END AS incl_tax,
  CASE f.source WHEN 'booked' THEN -f.excl_tax ELSE f.excl_tax END AS excl_tax,
  CASE f.source WHEN 'booked' THEN -f.vat ELSE f.vat END AS vat`;

/** What the journal knows of a listed order (one row each; its lines are read apart). */
const ORDER_FACTS = `j.order_number, j.order_date, j.booked_date, j.state, j.progress,
  j.credited_order_number, j.reason_code, j.reason_nl, j.reason_en,
  CASE j.reason_code WHEN '${SKIPPED_BY_OWNER}' THEN j.reason_details END AS skip_details,
  CASE j.reason_code WHEN 'tax_rate_absent' THEN j.reason_details END AS absent_details,
  ${IN_BOOKS} AS in_books, j.shop_figures_at IS NOT NULL AS shop_recorded,
  j.booked_total IS NOT NULL AS booked_recorded, j.booked_gone_at IS NOT NULL AS booked_gone`;

/**
 * Rows sorted by order, one order per run of rows: `start` makes the order from its first row, `add`
 * takes each of its rows in (the first too).
 */
function groupByOrder<T>(
  rows: ReadonlyArray<Record<string, unknown>>,
  start: (row: Record<string, unknown>, orderNumber: string) => T,
  add: (order: T, row: Record<string, unknown>) => void,
): T[] {
  const orders: T[] = [];
  let current: { orderNumber: string; order: T } | undefined;
  for (const row of rows) {
    const orderNumber = row.order_number as string;
    if (current?.orderNumber !== orderNumber) {
      current = { orderNumber, order: start(row, orderNumber) };
      orders.push(current.order);
    }
    add(current.order, row);
  }
  return orders;
}

/** What a skipped order was held for, from its reason's details as stored (JSON text); null if unreadable. */
function heldForIn(details: unknown): LocalizedText | null {
  if (typeof details !== 'string') return null;
  try {
    return heldForOf(JSON.parse(details) as Record<string, unknown>);
  } catch {
    return null;
  }
}

/** The rate of a `tax_rate_absent` reason, from its details as stored (JSON text); null if unreadable. */
function absentTaxRateIn(details: unknown): AbsentTaxRate | null {
  if (typeof details !== 'string') return null;
  try {
    const { rate, treatment, country } = JSON.parse(details) as Record<string, unknown>;
    if (typeof rate !== 'string' || typeof treatment !== 'string') return null;
    return { rate, treatment, country: typeof country === 'string' ? country : null };
  } catch {
    return null;
  }
}

/** The day a booking counts on when it is not the order's own (moved out of a locked period). */
function movedBookedDate(row: Record<string, unknown>): string | null {
  const bookedDate = (row.booked_date as string | null) ?? null;
  return bookedDate !== null && bookedDate !== row.order_date ? bookedDate : null;
}

/** A row's line and amounts (read with safe integers); null for a row without figures. */
function lineOf(row: Record<string, unknown>): RateDifference | null {
  if (row.rate === null || row.rate === undefined) return null;
  return {
    rate: row.rate as string,
    vatBox: row.vat_box as string,
    inclTax: row.incl_tax as bigint,
    exclTax: row.excl_tax as bigint,
    vat: row.vat as bigint,
  };
}

/** A listed order as the journal has it, its lines still to come. */
function listedOrder(row: Record<string, unknown>): OrderDifferenceRow {
  return {
    orderNumber: row.order_number as string,
    orderDate: row.order_date as string,
    bookedDate: movedBookedDate(row),
    state: row.state as string,
    progress: row.progress as string,
    creditedOrderNumber: (row.credited_order_number as string | null) ?? null,
    reasonCode: (row.reason_code as string | null) ?? null,
    reasonNl: (row.reason_nl as string | null) ?? null,
    reasonEn: (row.reason_en as string | null) ?? null,
    heldFor: heldForIn(row.skip_details),
    absentTaxRate: absentTaxRateIn(row.absent_details),
    inBooks: row.in_books === 1,
    shopRecorded: row.shop_recorded === 1,
    bookedRecorded: row.booked_recorded === 1,
    bookedGone: row.booked_gone === 1,
    differences: [],
  };
}

/** A line of a listed order taken in; a booking on another day brings both sides of a line: one difference per line. */
function addDifference(order: OrderDifferenceRow, line: RateDifference): void {
  const same = order.differences.find((d) => d.rate === line.rate && d.vatBox === line.vatBox);
  if (!same) {
    order.differences.push(line);
    return;
  }
  same.inclTax += line.inclTax;
  same.exclTax += line.exclTax;
  same.vat += line.vat;
}

/** The period's journal rows counted, one pass (`countsStatement`). */
interface PeriodCountsRow {
  dated: number;
  foreign_currency: number;
  discovered: number;
  other_administration: number;
}

/** A listed order's line, as `listedLinesStatement` reads it: order, rate, part of the return, amounts. */
type ListedLineRow = [string, string, string, bigint, bigint, bigint];

/** Reads a period's figures: dates from `from` up to (not including) `to`, YYYY-MM-DD. */
export function createPeriodFigureReader(
  db: Database,
): (from: string, to: string, administrationId: string | null) => PeriodFigures {
  // Shop figures exist only for admitted orders, booked ones only for invoices in the books: the
  // sums are one range of the period index, without the journal. Summed per day first, in the
  // index's own order, and those few sums per line: one sort of a quarter's rows costs more than
  // both.
  const sumsStatement = db
    .prepare(
      `SELECT source, rate, vat_box, sum(incl) AS incl, sum(excl) AS excl, sum(vat) AS vat,
         json_group_array(json(names)) AS names
       FROM (
         SELECT f.source, f.rate, f.vat_box, sum(f.incl_tax) AS incl, sum(f.excl_tax) AS excl,
           sum(f.vat) AS vat, json_group_array(DISTINCT f.tax_rate_name) AS names
         FROM order_vat_figures f
         WHERE f.order_date >= @from AND f.order_date < @to AND f.source IN ('shop', 'booked')
           AND ${IN_BOOKS_CURRENCY('f.currency')}
         GROUP BY f.order_date, f.source, f.rate, f.vat_box)
       GROUP BY source, rate, vat_box`,
    )
    .safeIntegers(true);
  // One pass over the period's journal rows. A NULL administration (none connected, or a booking
  // from before version 18) compares to nothing.
  const countsStatement = db.prepare(
    `SELECT count(*) AS dated,
       coalesce(sum(${TAKEN_UP('progress')} AND NOT ${IN_BOOKS_CURRENCY('currency')}), 0) AS foreign_currency,
       coalesce(sum(progress = 'discovered'), 0) AS discovered,
       coalesce(sum(state = 'done' AND moneybird_administration_id <> @administration), 0)
         AS other_administration
     FROM order_journal WHERE order_date >= @from AND order_date < @to`,
  );
  // The listed orders, oldest first, one row each; and apart, their lines (one row per order, line
  // and side, amounts signed as shop minus booked): repeating each order's facts on every line of it
  // cost more than reading its row twice.
  const listedStatement = db.prepare(
    `SELECT ${ORDER_FACTS} FROM order_journal j WHERE ${LISTED_OF_PERIOD}
     UNION ALL
     SELECT ${ORDER_FACTS} FROM order_journal j WHERE ${BOOKED_HERE_FROM_ELSEWHERE}
     ORDER BY order_date, order_number`,
  );
  const listedLinesStatement = db
    .prepare(
      `SELECT j.order_number, ${SIGNED_LINE}
       FROM order_journal j JOIN order_vat_figures f ON ${LISTED_LINES} WHERE ${LISTED_OF_PERIOD}
       UNION ALL
       SELECT j.order_number, ${SIGNED_LINE}
       FROM order_journal j JOIN order_vat_figures f ON ${BOOKED_HERE_LINES}
       WHERE ${BOOKED_HERE_FROM_ELSEWHERE}`,
    )
    .raw(true)
    .safeIntegers(true);
  // Booked orders of the period with their own booked figures per line, through a small partial
  // index of their own (`condition` implies it).
  const bookedLinesOf = (index: string, condition: string) =>
    db
      .prepare(
        `SELECT j.order_number, j.order_date, j.booked_date, j.credited_order_number, f.rate, f.vat_box,
           sum(f.incl_tax) AS incl_tax, sum(f.excl_tax) AS excl_tax, sum(f.vat) AS vat
         FROM order_journal j INDEXED BY ${index}
           LEFT JOIN order_vat_figures f ON f.order_number = j.order_number AND f.source = 'booked'
         WHERE ${condition} AND j.state = 'done' AND j.booked_gone_at IS NULL
           AND j.order_date >= @from AND j.order_date < @to AND ${IN_BOOKS_CURRENCY('j.currency')}
         GROUP BY j.order_number, f.rate, f.vat_box
         ORDER BY j.order_date, j.order_number`,
      )
      .safeIntegers(true);
  // Those the shop called off since, without a credit covering them; and those whose cancellation
  // the owner settled by hand (migration 24), not marked again since.
  const cancelledStatement = bookedLinesOf(
    'order_journal_cancelled_in_shop',
    'j.cancelled_in_shop_at IS NOT NULL',
  );
  const settledStatement = bookedLinesOf(
    'order_journal_cancellation_settled',
    'j.cancelled_settled_at IS NOT NULL AND j.cancelled_in_shop_at IS NULL',
  );
  // The booked side per administration (a booking of unknown administration counted in the one
  // connected): read only when some order of the period is booked in another one.
  const perAdministration = (sums: string) => `
    SELECT coalesce(j.moneybird_administration_id, @administration) AS administration, ${sums}
    FROM order_vat_figures f JOIN order_journal j ON j.order_number = f.order_number
    WHERE f.order_date >= @from AND f.order_date < @to AND f.source = 'booked'
      AND ${IN_BOOKS_CURRENCY('f.currency')}`;
  const administrationSumsStatement = db
    .prepare(
      `${perAdministration('f.rate, f.vat_box, sum(f.incl_tax) AS incl_tax, sum(f.excl_tax) AS excl_tax, sum(f.vat) AS vat')}
       GROUP BY 1, f.rate, f.vat_box`,
    )
    .safeIntegers(true);
  const administrationOrdersStatement = db.prepare(
    `${perAdministration('count(DISTINCT f.order_number) AS orders')} GROUP BY 1`,
  );

  const sumsOf = (params: { from: string; to: string }): PeriodRateSums[] =>
    (sumsStatement.all(params) as Array<Record<string, unknown>>).map((row) => {
      // One list of names per day: each name once.
      const names = new Set<string>();
      for (const day of JSON.parse(row.names as string) as Array<Array<string | null>>)
        for (const name of day) if (typeof name === 'string' && name !== '') names.add(name);
      return {
        source: row.source as 'shop' | 'booked',
        rate: row.rate as string,
        vatBox: row.vat_box as string,
        inclTax: row.incl as bigint,
        exclTax: row.excl as bigint,
        vat: row.vat as bigint,
        taxRateNames: [...names],
      };
    });
  const listedOrders = (params: { from: string; to: string }): OrderDifferenceRow[] => {
    const orders = (listedStatement.all(params) as Array<Record<string, unknown>>).map(listedOrder);
    const byNumber = new Map(orders.map((order) => [order.orderNumber, order]));
    // As arrays: a quarter brings thousands of lines.
    for (const [orderNumber, rate, vatBox, inclTax, exclTax, vat] of listedLinesStatement.all(
      params,
    ) as ListedLineRow[]) {
      const order = byNumber.get(orderNumber);
      if (order) addDifference(order, { rate, vatBox, inclTax, exclTax, vat });
    }
    for (const order of orders) {
      if (order.bookedDate !== null)
        order.differences = order.differences.filter(
          (d) => d.inclTax !== 0n || d.exclTax !== 0n || d.vat !== 0n,
        );
      // In the return's order within an order, as the view lists its lines.
      if (order.differences.length > 1) order.differences.sort(compareLines);
    }
    return orders;
  };
  const cancelledOrders = (
    params: { from: string; to: string },
    statement = cancelledStatement,
  ): CancelledOrderRow[] => {
    const found = groupByOrder<CancelledOrderRow>(
      statement.all(params) as Array<Record<string, unknown>>,
      (row, orderNumber) => ({
        orderNumber,
        orderDate: row.order_date as string,
        bookedDate: movedBookedDate(row),
        creditedOrderNumber: (row.credited_order_number as string | null) ?? null,
        booked: [],
      }),
      (order, row) => {
        const line = lineOf(row);
        if (line && (line.inclTax !== 0n || line.exclTax !== 0n || line.vat !== 0n)) order.booked.push(line);
      },
    );
    for (const order of found) order.booked.sort(compareLines);
    return found;
  };
  const administrationFigures = (params: {
    from: string;
    to: string;
    administration: string;
  }): AdministrationFigures[] => {
    const byId = new Map<string, AdministrationFigures>();
    const of = (id: string) => {
      let known = byId.get(id);
      if (!known) {
        known = { administrationId: id, connected: id === params.administration, orders: 0, rates: [] };
        byId.set(id, known);
      }
      return known;
    };
    // The connected one is named even when it holds nothing of the period.
    of(params.administration);
    for (const row of administrationOrdersStatement.all(params) as Array<Record<string, unknown>>)
      of(row.administration as string).orders = row.orders as number;
    for (const row of administrationSumsStatement.all(params) as Array<Record<string, unknown>>) {
      const line = lineOf(row);
      if (line) of(String(row.administration)).rates.push(line);
    }
    for (const figures of byId.values()) figures.rates.sort(compareLines);
    const [connected, ...others] = [...byId.values()];
    return [connected!, ...others.sort((a, b) => b.orders - a.orders)];
  };

  // Deferred: a read takes no lock from the sync, and sees one moment of the journal throughout.
  return db.transaction((from: string, to: string, administrationId: string | null): PeriodFigures => {
    const params = { from, to };
    const sums = sumsOf(params);
    const orders = listedOrders(params);
    const c = countsStatement.get({ ...params, administration: administrationId }) as PeriodCountsRow;
    const cancelled = cancelledOrders(params);
    const administrations =
      administrationId !== null && c.other_administration > 0
        ? administrationFigures({ ...params, administration: administrationId })
        : [];
    const foreignCurrency = c.foreign_currency;
    // Every order not in the books, or without recorded figures, is among the listed ones.
    const total = c.dated - c.discovered - foreignCurrency;
    const outOfBooks = (state: string) => orders.filter((o) => !o.inBooks && o.state === state).length;
    const counts: PeriodOrderCounts = {
      orders: total,
      foreignCurrency,
      inBooks: total - orders.filter((o) => !o.inBooks).length,
      // Of the orders not in the books, why not: a booked credit note still waiting for its refund,
      // or an invoice parked once sent, is in the books and counted there.
      parked: outOfBooks('parked'),
      skipped: outOfBooks('skipped'),
      waiting: outOfBooks('waiting_transient'),
      shopNotRecorded: orders.filter((o) => !o.shopRecorded).length,
      bookedNotRecorded: orders.filter((o) => o.inBooks && !o.bookedRecorded).length,
      inOtherAdministration: c.other_administration,
      cancelledInShop: cancelled.length,
    };
    const settledCancellations = cancelledOrders(params, settledStatement);
    return { sums, counts, orders, cancelled, settledCancellations, administrations };
  });
}
