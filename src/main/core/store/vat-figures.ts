// The figures per VAT rate the reconciliation compares (migration 7): what the shop says of each
// order, and what Winkelbrug booked in Moneybird for it, each in its part of the VAT return
// (migration 19). Writes replace an order's figures of one side and keep both sides of an order on
// the same lines; a period's figures are read by `period-figures.ts`.
import type { Database } from 'better-sqlite3';
import { toPlain } from '../money/decimal';
import type { BookedFigures, RateFigures } from '../reconciliation/order-figures';
import { bookedBoxesFilledIn, shopBoxesAligned } from '../reconciliation/vat-lines';
import { createPeriodFigureReader, type PeriodFigures } from './period-figures';
import { writeTransaction } from './write-transaction';

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
  /** The parts of the VAT return ("OSS/BE") an order's figures of one side are in now. */
  boxesOf(orderNumber: string, source: 'shop' | 'booked'): string[];
  /** The booked invoice's figures of an order (replacing earlier ones), and its total. */
  recordBooked(orderNumber: string, booked: BookedFigures): void;
  /**
   * The same, for an invoice read again: whether its figures per rate, total or day differ from
   * those recorded before (an edit in Moneybird), rather than only its version.
   */
  recordBookedAgain(orderNumber: string, booked: BookedFigures): boolean;
  /**
   * A period's figures (`period-figures.ts`): dates from `from` up to (not including) `to`,
   * YYYY-MM-DD; `administrationId` is the one connected now, to count the bookings held in another.
   */
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

export function createVatFigureRepository(db: Database, now: () => number = Date.now): VatFigureRepository {
  const readPeriod = createPeriodFigureReader(db);
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
  // A shop row moved onto a part another shop row at that rate holds already (a sale at 0 % booked
  // outside the return beside a gift card sold there) is added to it.
  const moveShopInto = db.prepare(
    `INSERT INTO order_vat_figures (order_number, source, rate, vat_box, tax_rate_id, tax_rate_name, incl_tax,
       excl_tax, vat, order_date, currency)
     SELECT order_number, source, rate, @to, tax_rate_id, tax_rate_name, incl_tax, excl_tax, vat, order_date,
       currency
     FROM order_vat_figures
     WHERE order_number = @order_number AND source = 'shop' AND rate = @rate AND vat_box = @from
     ON CONFLICT (order_number, source, rate, vat_box, tax_rate_id) DO UPDATE SET
       incl_tax = incl_tax + excluded.incl_tax, excl_tax = excl_tax + excluded.excl_tax, vat = vat + excluded.vat`,
  );
  const deleteShopAt = db.prepare(
    `DELETE FROM order_vat_figures
     WHERE order_number = @order_number AND source = 'shop' AND rate = @rate AND vat_box = @from`,
  );
  const moveShop = (move: { order_number: string; rate: string; from: string; to: string }) => {
    moveShopInto.run(move);
    deleteShopAt.run({ order_number: move.order_number, rate: move.rate, from: move.from });
  };
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
        moveShop({ order_number: orderNumber, rate: s.rate, from: s.vatBox, to: aligned[i]! });
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

  return {
    recordShop: (orderNumber, rates) => recordShopTx(orderNumber, rates),
    boxesOf: (orderNumber, source) => [...new Set(placed(orderNumber, source).map((p) => p.vatBox))],
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
    period: (from, to, administrationId = null) => readPeriod(from, to, administrationId),
  };
}
