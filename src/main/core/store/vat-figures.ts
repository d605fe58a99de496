// The figures per VAT rate the reconciliation compares (migration 7): what the shop says of each
// order, and what Winkelbrug booked in Moneybird for it, each in its part of the VAT return
// (migration 19). Writes replace an order's figures of one side and keep both sides of an order on
// the same lines; reads sum a period in SQL, so a month of a 50 000-order journal is read in
// milliseconds.
import type { Database } from 'better-sqlite3';
import type { LocalizedText } from '../../../shared/i18n/translate';
import { toPlain } from '../money/decimal';
import type { BookedFigures, RateFigures } from '../reconciliation/order-figures';
import { bookedBoxesFilledIn, compareLines, shopBoxesAligned } from '../reconciliation/vat-lines';
import { UNSETTLED_ORDER } from './migrations/007-booked-totals';
import { heldForOf, SKIPPED_BY_OWNER } from './order-journal';
import { writeTransaction } from './write-transaction';

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

/** A booking whose figures count in a period: the invoice to compare with Moneybird's. */
export interface RecordedBooking {
  orderNumber: string;
  invoiceId: string;
  bookingStyle: 'sales_invoice' | 'external_invoice';
  /** The invoice's version when its figures were recorded; null before version 14. */
  version: number | null;
  /** The Moneybird administration the invoice is in; null when unknown (before version 18). */
  administrationId: string | null;
  /** The day of the order it books (an order of an earlier period may be booked in this one). */
  orderDate: string;
  /** The order's currency; null when the journal does not know it (taken as euros). */
  currency: string | null;
}

export interface VatFigureRepository {
  /** The shop's figures of an order (replacing earlier ones); marks them recorded. */
  recordShop(orderNumber: string, rates: readonly RateFigures[]): void;
  /** The booked invoice's figures of an order (replacing earlier ones), and its total. */
  recordBooked(orderNumber: string, booked: BookedFigures): void;
  /**
   * The same, for an invoice read again: whether its figures per rate, total or day differ from
   * those recorded before (an edit in Moneybird), rather than only its version.
   */
  recordBookedAgain(orderNumber: string, booked: BookedFigures): boolean;
  /** A period's figures: dates from `from` up to (not including) `to`, YYYY-MM-DD. */
  /** `administrationId`: the one connected now, to count the bookings held in another. */
  period(from: string, to: string, administrationId?: string | null): PeriodFigures;
  /**
   * The bookings whose figures count in the period, and those of the period's orders counted in
   * another one, with the invoices they were read from.
   */
  bookingsIn(from: string, to: string): RecordedBooking[];
  /**
   * The order's invoice is deleted in Moneybird: its booked figures go, and the period says so until
   * the order is booked (and recorded) again.
   */
  recordGone(orderNumber: string): void;
  /** Whether a check found the order's booked invoice deleted (and it was not booked again since). */
  isGone(orderNumber: string): boolean;
  /** When a check (or the order's page) found it deleted, ms since the epoch; null if it was not. */
  goneAt(orderNumber: string): number | null;
  /** How many booked orders a check found deleted (through migration 15's index). */
  goneCount(): number;
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

/** The orders a period holds: those eligible for booking (an unpaid one is not yet). */
/**
 * An order taken up for booking: admitted once, so its shop figures were recorded. One never taken
 * up (unpaid, or set aside before it was: dated before a start date moved on, skipped while unpaid,
 * called off first) is in no period's figures, whatever its state now.
 */
const TAKEN_UP = (progress: string) => `${progress} <> 'discovered'`;

const IN_PERIOD = `j.order_date >= @from AND j.order_date < @to AND ${TAKEN_UP('j.progress')}`;

/** A booking that counts on another day than the order's own (moved out of a locked period). */
const BOOKED_ELSEWHERE = '(j.booked_date IS NOT NULL AND j.booked_date <> j.order_date)';

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

/** The day a booking counts on when it is not the order's own (moved out of a locked period). */
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

export function createVatFigureRepository(db: Database, now: () => number = Date.now): VatFigureRepository {
  const deleteSide = db.prepare('DELETE FROM order_vat_figures WHERE order_number = ? AND source = ?');
  // A row's order_date is the day it counts on: the order's for the shop's side, the invoice's for
  // the booked side.
  const insert = db.prepare(
    `INSERT INTO order_vat_figures (order_number, source, rate, vat_box, tax_rate_id, tax_rate_name, incl_tax,
       excl_tax, vat, order_date, currency)
     SELECT @order_number, @source, @rate, @vat_box, @tax_rate_id, @tax_rate_name, @incl_tax, @excl_tax, @vat,
       coalesce(@day, j.order_date), j.currency
     FROM order_journal j WHERE j.order_number = @order_number
     ON CONFLICT (order_number, source, rate, vat_box, tax_rate_id) DO UPDATE SET
       incl_tax = incl_tax + excluded.incl_tax, excl_tax = excl_tax + excluded.excl_tax, vat = vat + excluded.vat`,
  );
  // Where an order's figures are placed now, per side (the table's key: no other row is read).
  const placedStatement = db
    .prepare(
      `SELECT rate, vat_box AS vatBox, excl_tax AS exclTax FROM order_vat_figures
       WHERE order_number = ? AND source = ?`,
    )
    .safeIntegers(true);
  const placed = (orderNumber: string, source: 'shop' | 'booked') =>
    placedStatement.all(orderNumber, source) as Array<{ rate: string; vatBox: string; exclTax: bigint }>;
  const moveShop = db.prepare(
    `UPDATE order_vat_figures SET vat_box = @to
     WHERE order_number = @order_number AND source = 'shop' AND rate = @rate AND vat_box = @from`,
  );
  const markShop = db
    .prepare('UPDATE order_journal SET shop_figures_at = ? WHERE order_number = ? RETURNING booked_total')
    .pluck();
  const markBooked = db.prepare(
    `UPDATE order_journal SET booked_total = ?, booked_date = ?, booked_version = ?, booked_gone_at = NULL
     WHERE order_number = ?`,
  );
  const bookedState = db
    .prepare(
      `SELECT j.booked_total, j.booked_date, f.rate, f.tax_rate_id, f.incl_tax, f.excl_tax, f.vat
       FROM order_journal j LEFT JOIN order_vat_figures f ON f.order_number = j.order_number
         AND f.source = 'booked'
       WHERE j.order_number = ? ORDER BY f.rate, f.tax_rate_id`,
    )
    .raw(true)
    .safeIntegers(true);
  /** The booked side of an order as one comparable text. */
  const bookedText = (orderNumber: string) =>
    (bookedState.all(orderNumber) as unknown[][]).map((row) => row.join('|')).join(';');
  const goneAtStatement = db
    .prepare('SELECT booked_gone_at FROM order_journal WHERE order_number = ?')
    .pluck();
  const goneAtOf = (orderNumber: string): number | null => {
    const at = goneAtStatement.get(orderNumber);
    return typeof at === 'number' ? at : typeof at === 'bigint' ? Number(at) : null;
  };
  const goneCountStatement = db
    .prepare(
      `SELECT count(*) FROM order_journal INDEXED BY order_journal_deleted_bookings
       WHERE state = 'done' AND booked_gone_at IS NOT NULL`,
    )
    .pluck();
  const markGone = db.prepare(
    `UPDATE order_journal SET booked_total = NULL, booked_date = NULL, booked_version = NULL,
       booked_gone_at = ? WHERE order_number = ?`,
  );
  // Through the period index: the booked rows of the period, one booking per order; and through the
  // index of bookings on another day, the period's orders booked in another one (the period explains
  // them too).
  const bookingsStatement = db.prepare(
    `SELECT j.order_number, j.moneybird_invoice_id, j.booking_style, j.booked_version,
       j.moneybird_administration_id, j.order_date, j.currency
     FROM order_vat_figures f JOIN order_journal j ON j.order_number = f.order_number
     WHERE f.order_date >= @from AND f.order_date < @to AND f.source = 'booked'
       AND j.moneybird_invoice_id IS NOT NULL
     UNION
     SELECT j.order_number, j.moneybird_invoice_id, j.booking_style, j.booked_version,
       j.moneybird_administration_id, j.order_date, j.currency
     FROM order_journal j
     WHERE j.booked_date <> j.order_date AND j.order_date >= @from AND j.order_date < @to
       AND j.moneybird_invoice_id IS NOT NULL AND j.booked_gone_at IS NULL
     ORDER BY 1`,
  );
  // The difference rows of one order, shop minus booked, where both sides are recorded.
  const deleteDifference = db.prepare(
    "DELETE FROM order_vat_figures WHERE order_number = ? AND source = 'difference'",
  );
  const insertDifference = db.prepare(
    `INSERT INTO order_vat_figures (order_number, source, rate, vat_box, tax_rate_id, incl_tax, excl_tax, vat,
       order_date, currency)
     SELECT f.order_number, 'difference', f.rate, f.vat_box, '',
       sum(CASE f.source WHEN 'shop' THEN f.incl_tax ELSE -f.incl_tax END) AS d_incl,
       sum(CASE f.source WHEN 'shop' THEN f.excl_tax ELSE -f.excl_tax END) AS d_excl,
       sum(CASE f.source WHEN 'shop' THEN f.vat ELSE -f.vat END) AS d_vat, j.order_date, j.currency
     FROM order_vat_figures f JOIN order_journal j ON j.order_number = f.order_number
     WHERE f.order_number = @order_number AND f.source IN ('shop', 'booked')
       AND j.shop_figures_at IS NOT NULL AND j.booked_total IS NOT NULL
     GROUP BY f.rate, f.vat_box
     HAVING d_incl <> 0 OR d_excl <> 0 OR d_vat <> 0`,
  );
  // An order booked on another day differs in each period it touches, whatever its amounts.
  const markDiffer = db.prepare(
    `UPDATE order_journal SET figures_differ = CASE
       WHEN shop_figures_at IS NULL OR booked_total IS NULL THEN NULL
       WHEN booked_date IS NOT NULL AND booked_date <> order_date THEN 1
       ELSE EXISTS (SELECT 1 FROM order_vat_figures
         WHERE order_number = @order_number AND source = 'difference') END
     WHERE order_number = @order_number`,
  );

  // Shop figures exist only for admitted orders, booked ones only for invoices in the books: the
  // sums are one range of the period index, without the journal.
  const sumsStatement = db
    .prepare(
      `SELECT f.source, f.rate, f.vat_box, sum(f.incl_tax) AS incl, sum(f.excl_tax) AS excl,
         sum(f.vat) AS vat, json_group_array(DISTINCT f.tax_rate_name) AS names
       FROM order_vat_figures f
       WHERE f.order_date >= @from AND f.order_date < @to AND f.source IN ('shop', 'booked')
         AND ${IN_BOOKS_CURRENCY('f.currency')}
       GROUP BY f.source, f.rate, f.vat_box`,
    )
    .safeIntegers(true);
  // Counted on the journal's date indexes alone; the rest follows from the listed orders.
  const countsStatement = db.prepare(
    `SELECT
       (SELECT count(*) FROM order_journal WHERE order_date >= @from AND order_date < @to) AS dated,
       (SELECT count(*) FROM order_journal WHERE order_date >= @from AND order_date < @to
         AND ${TAKEN_UP('progress')} AND NOT ${IN_BOOKS_CURRENCY('currency')}) AS foreign_currency,
       (SELECT count(*) FROM order_journal WHERE progress = 'discovered'
         AND order_date >= @from AND order_date < @to) AS discovered,
       (SELECT count(*) FROM order_journal WHERE state = 'done'
         AND order_date >= @from AND order_date < @to
         AND moneybird_administration_id <> @administration) AS other_administration`,
  );
  // The period's booked orders the shop called off since, without a credit covering them (few, on
  // their own small index), each with its own booked figures per line.
  const cancelledStatement = db
    .prepare(
      `SELECT j.order_number, j.order_date, j.booked_date, j.credited_order_number, f.rate, f.vat_box,
         sum(f.incl_tax) AS incl_tax, sum(f.excl_tax) AS excl_tax, sum(f.vat) AS vat
       FROM order_journal j INDEXED BY order_journal_cancelled_in_shop
         LEFT JOIN order_vat_figures f ON f.order_number = j.order_number AND f.source = 'booked'
       WHERE j.cancelled_in_shop_at IS NOT NULL AND j.state = 'done' AND j.booked_gone_at IS NULL
         AND j.order_date >= @from AND j.order_date < @to AND ${IN_BOOKS_CURRENCY('j.currency')}
       GROUP BY j.order_number, f.rate, f.vat_box
       ORDER BY j.order_date, j.order_number`,
    )
    .safeIntegers(true);
  // The same for the period's booked orders whose cancellation the owner settled by hand (few; on
  // their own small index, migration 24).
  const settledStatement = db
    .prepare(
      `SELECT j.order_number, j.order_date, j.booked_date, j.credited_order_number, f.rate, f.vat_box,
         sum(f.incl_tax) AS incl_tax, sum(f.excl_tax) AS excl_tax, sum(f.vat) AS vat
       FROM order_journal j INDEXED BY order_journal_cancellation_settled
         LEFT JOIN order_vat_figures f ON f.order_number = j.order_number AND f.source = 'booked'
       WHERE j.order_date >= @from AND j.order_date < @to AND j.cancelled_settled_at IS NOT NULL
         AND j.cancelled_in_shop_at IS NULL AND j.state = 'done' AND j.booked_gone_at IS NULL
         AND ${IN_BOOKS_CURRENCY('j.currency')}
       GROUP BY j.order_number, f.rate, f.vat_box
       ORDER BY j.order_date, j.order_number`,
    )
    .safeIntegers(true);
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
  // The orders that do not simply agree: not (yet) in the books (their whole shop figures are the
  // difference), figures never recorded (booked before version 7), a recorded difference, or a
  // booking on another day, whose two sides count each in the period of its own day (the second
  // half: orders of other periods booked in this one, found by the index of such bookings). One row
  // per order, line and side, the order's facts repeated, amounts signed as shop minus booked; rows
  // of one order follow each other.
  const orderFacts = `j.order_number, j.order_date, j.booked_date, j.state, j.progress,
    j.credited_order_number, j.reason_code, j.reason_nl, j.reason_en,
    CASE j.reason_code WHEN '${SKIPPED_BY_OWNER}' THEN j.reason_details END AS skip_details,
    CASE j.reason_code WHEN 'tax_rate_absent' THEN j.reason_details END AS absent_details,
    ${IN_BOOKS} AS in_books,
    j.shop_figures_at IS NOT NULL AS shop_recorded, j.booked_total IS NOT NULL AS booked_recorded,
    j.booked_gone_at IS NOT NULL AS booked_gone, f.rate, f.vat_box,
    CASE f.source WHEN 'booked' THEN -f.incl_tax ELSE f.incl_tax END AS incl_tax,
    CASE f.source WHEN 'booked' THEN -f.excl_tax ELSE f.excl_tax END AS excl_tax,
    CASE f.source WHEN 'booked' THEN -f.vat ELSE f.vat END AS vat`;
  const ordersStatement = db
    .prepare(
      `SELECT * FROM (
         SELECT ${orderFacts}
         FROM order_journal j LEFT JOIN order_vat_figures f ON f.order_number = j.order_number AND CASE
           WHEN NOT ${IN_BOOKS} THEN f.source = 'shop'
           WHEN ${BOOKED_ELSEWHERE} THEN f.source IN ('shop', 'booked') AND f.order_date >= @from
             AND f.order_date < @to
           ELSE f.source = 'difference' END
         WHERE ${IN_PERIOD} AND ${UNSETTLED_ORDER} AND ${IN_BOOKS_CURRENCY('j.currency')}
         UNION ALL
         SELECT ${orderFacts}
         FROM order_journal j JOIN order_vat_figures f ON f.order_number = j.order_number
           AND f.source = 'booked' AND f.order_date >= @from AND f.order_date < @to
         WHERE j.booked_date >= @from AND j.booked_date < @to AND j.booked_date <> j.order_date
           AND NOT (j.order_date >= @from AND j.order_date < @to) AND ${TAKEN_UP('j.progress')}
           AND ${IN_BOOKS} AND ${IN_BOOKS_CURRENCY('j.currency')}
       ) ORDER BY order_date, order_number`,
    )
    .safeIntegers(true);

  const writeSide = (
    orderNumber: string,
    source: 'shop' | 'booked',
    rates: readonly RateFigures[],
    day: string | null = null,
  ) => {
    deleteSide.run(orderNumber, source);
    // The booked side's unknown parts (an invoice read without its lines) are the shop's.
    const boxes =
      source === 'booked'
        ? bookedBoxesFilledIn(rates, placed(orderNumber, 'shop'))
        : rates.map((r) => r.vatBox);
    for (const [i, r] of rates.entries()) {
      const booked = 'taxRateId' in r ? (r as BookedFigures['rates'][number]) : null;
      insert.run({
        order_number: orderNumber,
        source,
        day: source === 'booked' ? day : null,
        rate: r.rate,
        vat_box: boxes[i]!,
        tax_rate_id: booked?.taxRateId ?? '',
        tax_rate_name: booked?.taxRateName ?? null,
        incl_tax: r.inclTax,
        excl_tax: r.exclTax,
        vat: r.vat,
      });
    }
  };
  /** The shop's side placed where its booking is (`vat-lines.ts`), so both sides meet on a line. */
  const alignShop = (orderNumber: string) => {
    const shop = placed(orderNumber, 'shop');
    const aligned = shopBoxesAligned(shop, placed(orderNumber, 'booked'));
    for (const [i, s] of shop.entries())
      if (aligned[i] !== s.vatBox)
        moveShop.run({ order_number: orderNumber, rate: s.rate, from: s.vatBox, to: aligned[i] });
  };
  const refreshDifference = (orderNumber: string) => {
    alignShop(orderNumber);
    deleteDifference.run(orderNumber);
    insertDifference.run({ order_number: orderNumber });
    markDiffer.run({ order_number: orderNumber });
  };
  const recordShopTx = writeTransaction(db, (orderNumber: string, rates: readonly RateFigures[]) => {
    writeSide(orderNumber, 'shop', rates);
    // Nothing booked yet (an order being admitted): no difference to compute, none recorded before
    // (the booked side is never taken back), and figures_differ is still NULL.
    const bookedTotal = markShop.get(now(), orderNumber) as string | null | undefined;
    if (bookedTotal !== null && bookedTotal !== undefined) refreshDifference(orderNumber);
  });
  const recordBookedTx = writeTransaction(db, (orderNumber: string, booked: BookedFigures) => {
    writeSide(orderNumber, 'booked', booked.rates, booked.date);
    markBooked.run(toPlain(booked.total), booked.date, booked.version, orderNumber);
    refreshDifference(orderNumber);
  });
  const recordBookedAgainTx = writeTransaction(db, (orderNumber: string, booked: BookedFigures) => {
    const before = bookedText(orderNumber);
    recordBookedTx(orderNumber, booked);
    return bookedText(orderNumber) !== before;
  });
  const recordGoneTx = writeTransaction(db, (orderNumber: string) => {
    deleteSide.run(orderNumber, 'booked');
    markGone.run(now(), orderNumber);
    refreshDifference(orderNumber);
  });

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

  return {
    recordShop: (orderNumber, rates) => recordShopTx(orderNumber, rates),
    recordBooked: (orderNumber, booked) => recordBookedTx(orderNumber, booked),
    recordBookedAgain: (orderNumber, booked) => recordBookedAgainTx(orderNumber, booked) as boolean,
    recordGone: (orderNumber) => recordGoneTx(orderNumber),
    isGone: (orderNumber) => goneAtOf(orderNumber) !== null,
    goneAt: (orderNumber) => goneAtOf(orderNumber),
    goneCount: () => goneCountStatement.get() as number,
    bookingsIn(from, to) {
      return (bookingsStatement.all({ from, to }) as Array<Record<string, unknown>>).map((row) => ({
        orderNumber: row.order_number as string,
        invoiceId: row.moneybird_invoice_id as string,
        bookingStyle:
          row.booking_style === 'external_invoice' ? 'external_invoice' : ('sales_invoice' as const),
        version: typeof row.booked_version === 'number' ? row.booked_version : null,
        administrationId: (row.moneybird_administration_id as string | null) ?? null,
        orderDate: row.order_date as string,
        currency: (row.currency as string | null) ?? null,
      }));
    },
    period(from, to, administrationId = null) {
      const params = { from, to };
      const sums = (sumsStatement.all(params) as Array<Record<string, unknown>>).map((row) => ({
        source: row.source as 'shop' | 'booked',
        rate: row.rate as string,
        vatBox: row.vat_box as string,
        inclTax: row.incl as bigint,
        exclTax: row.excl as bigint,
        vat: row.vat as bigint,
        taxRateNames: (JSON.parse(row.names as string) as Array<string | null>).filter(
          (n): n is string => typeof n === 'string' && n !== '',
        ),
      }));
      const orders = groupByOrder<OrderDifferenceRow>(
        ordersStatement.all(params) as Array<Record<string, unknown>>,
        (row, orderNumber) => ({
          orderNumber,
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
          inBooks: row.in_books === 1n,
          shopRecorded: row.shop_recorded === 1n,
          bookedRecorded: row.booked_recorded === 1n,
          bookedGone: row.booked_gone === 1n,
          differences: [],
        }),
        (order, row) => {
          const line = lineOf(row);
          if (!line) return;
          // A booking on another day brings both sides of a line: one difference per line.
          const same = order.differences.find((d) => d.rate === line.rate && d.vatBox === line.vatBox);
          if (same) {
            same.inclTax += line.inclTax;
            same.exclTax += line.exclTax;
            same.vat += line.vat;
          } else order.differences.push(line);
        },
      );
      for (const order of orders)
        if (order.bookedDate !== null)
          order.differences = order.differences.filter(
            (d) => d.inclTax !== 0n || d.exclTax !== 0n || d.vat !== 0n,
          );
      // In the return's order within an order, as the view lists its lines.
      for (const order of orders) if (order.differences.length > 1) order.differences.sort(compareLines);
      // Every order not in the books, or without recorded figures, is among the listed ones.
      // A NULL administration (none connected, or a booking from before version 18) compares to nothing.
      const c = countsStatement.get({ ...params, administration: administrationId }) as Record<
        string,
        number
      >;
      const cancelled = cancelledOrders(params);
      const administrations =
        administrationId !== null && (c.other_administration ?? 0) > 0
          ? administrationFigures({ ...params, administration: administrationId })
          : [];
      const foreignCurrency = c.foreign_currency ?? 0;
      const total = (c.dated ?? 0) - (c.discovered ?? 0) - foreignCurrency;
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
        inOtherAdministration: c.other_administration ?? 0,
        cancelledInShop: cancelled.length,
      };
      const settledCancellations = cancelledOrders(params, settledStatement);
      return { sums, counts, orders, cancelled, settledCancellations, administrations };
    },
  };
}
