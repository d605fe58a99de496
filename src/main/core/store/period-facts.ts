// Facts the month per VAT rate (and an order's page) name beyond a period's sums, read from the
// journal's database: the orders in another currency than the euro (counted there, not summed: the
// owner wants to know which they are), and the credit notes in the books of the orders the shop
// cancelled after they were booked (a cancellation credited in part is not one "without a credit
// order"). The credit notes are the one definition of what is credited of a cancelled order: the
// month view counts each in the period of its own day, the order's page adds them all up. Also the
// bookings counted in another period than their order's that the sums cannot show (in another
// currency, or of € 0), so that every invoice Moneybird counts in a period is named in it. Read only,
// on the journal's own indexes (order date; credited order number; bookings on another day), for the
// few rows of each.
import type { Database } from 'better-sqlite3';
import { FOREIGN_CURRENCY_LISTED } from '../../../shared/contract/reconciliation';
import { parseDecimal, toFixed } from '../money/decimal';
import { compareLines } from '../reconciliation/vat-lines';

/** An order in another currency, as the month view names it. */
export interface ForeignCurrencyOrder {
  orderNumber: string;
  orderDate: string;
  currency: string;
  /** The shop's total in that currency, two decimals; null when the journal does not know it. */
  total: string | null;
  /**
   * The day its booking counts on in Moneybird's VAT return, when that is not the order's own day (an
   * order of a locked period booked on the first open day); null otherwise.
   */
  bookedDate: string | null;
}

/**
 * Bookings that count in another period than their order's own (booked on the first open day after
 * a lock), beyond those the period's sums and explanations hold: the orders in another currency of
 * earlier periods booked in this one (counted, and the first few named), and the bookings of € 0
 * (in euros: no figure to sum), of this period's orders counted in a later period, and of earlier
 * orders counted in this one.
 */
export interface BookedAcrossPeriods {
  foreignCurrencyFromEarlier: number;
  /** Those, oldest order first, at most the limit asked for. */
  foreignCurrencyFromEarlierOrders: ForeignCurrencyOrder[];
  atZeroLater: number;
  atZeroFromEarlier: number;
}

/** One line (part of the VAT return and rate) of a credit note: negative, as the books hold it (millionths). */
export interface CreditNoteLine {
  rate: string;
  vatBox: string;
  inclTax: bigint;
  exclTax: bigint;
  vat: bigint;
}

/**
 * A credit note in the books against a cancelled order: booked for one of its credit orders, a sent
 * (or external) invoice not deleted in Moneybird since, with the figures Winkelbrug recorded of it. A
 * credit order parked, skipped, still on its way or only a draft in Moneybird credits nothing yet.
 */
export interface CreditNote {
  /** The credit order it books. */
  orderNumber: string;
  invoiceNumber: string | null;
  /** The day it counts on in Moneybird's VAT return (its invoice date), YYYY-MM-DD. */
  date: string;
  /** Per line, in the return's order; negative. */
  lines: CreditNoteLine[];
}

export interface PeriodFactsReader {
  /** The eligible orders of [from, to) in another currency, oldest first, at most `limit`. */
  foreignCurrencyOrders(from: string, to: string, limit?: number): ForeignCurrencyOrder[];
  /**
   * Per order (of those given) that credit orders credit with a credit note in the books: those
   * credit notes, oldest first. Orders without one are absent.
   */
  creditNotesOf(orderNumbers: readonly string[]): Map<string, CreditNote[]>;
  /**
   * The booked orders of [from, to) in euros whose invoice is of € 0: in the books, but without a
   * figure to compare (a comparison with Moneybird leaves them out).
   */
  bookedAtZero(from: string, to: string): number;
  /** What of [from, to) is booked in another period, or of another period in it (`BookedAcrossPeriods`). */
  bookedAcrossPeriods(from: string, to: string, limit?: number): BookedAcrossPeriods;
}

export function createPeriodFactsReader(db: Database): PeriodFactsReader {
  // As the period's count of them (vat-figures.ts): dated in the period, taken up for booking
  // (`TAKEN_UP`), and not in euros.
  const foreignStatement = db.prepare(
    `SELECT order_number, order_date, shop_total, currency, booked_date FROM order_journal
     WHERE order_date >= @from AND order_date < @to AND progress <> 'discovered'
       AND coalesce(currency, 'EUR') <> 'EUR'
     ORDER BY order_date, order_number LIMIT @limit`,
  );
  // Bookings on another day than their order's own, through the index of such bookings (migration
  // 13): in the books (booked_total is kept once they are, and dropped when the invoice is gone).
  const MOVED = `booked_date <> order_date AND booked_total IS NOT NULL AND booked_gone_at IS NULL
    AND progress <> 'discovered'`;
  const AT_ZERO = `coalesce(currency, 'EUR') = 'EUR' AND CAST(booked_total AS REAL) = 0`;
  const acrossStatement = db.prepare(
    `SELECT
       (SELECT count(*) FROM order_journal WHERE ${MOVED} AND booked_date >= @from AND booked_date < @to
         AND order_date < @from AND coalesce(currency, 'EUR') <> 'EUR') AS foreign_earlier,
       (SELECT count(*) FROM order_journal WHERE ${MOVED} AND booked_date >= @to
         AND order_date >= @from AND order_date < @to AND ${AT_ZERO}) AS zero_later,
       (SELECT count(*) FROM order_journal WHERE ${MOVED} AND booked_date >= @from AND booked_date < @to
         AND order_date < @from AND ${AT_ZERO}) AS zero_earlier`,
  );
  const foreignEarlierStatement = db.prepare(
    `SELECT order_number, order_date, shop_total, currency, booked_date FROM order_journal
     WHERE ${MOVED} AND booked_date >= @from AND booked_date < @to AND order_date < @from
       AND coalesce(currency, 'EUR') <> 'EUR'
     ORDER BY order_date, order_number LIMIT @limit`,
  );
  const foreignOrderOf = (row: Record<string, unknown>): ForeignCurrencyOrder => {
    const total = row.shop_total as string | number | null;
    const bookedDate = (row.booked_date as string | null) ?? null;
    return {
      orderNumber: row.order_number as string,
      orderDate: row.order_date as string,
      currency: row.currency as string,
      total: total === null ? null : toFixed(parseDecimal(String(total)), 2),
      bookedDate: bookedDate !== null && bookedDate !== row.order_date ? bookedDate : null,
    };
  };
  // The booked figures of its credit orders, which count negative: recorded only once a credit note
  // is in the books, on its own day, and removed when a check finds it deleted in Moneybird.
  const creditNotesStatement = db
    .prepare(
      `SELECT k.order_number, k.invoice_number, f.order_date AS day, f.rate, f.vat_box,
         sum(f.incl_tax) AS incl_tax, sum(f.excl_tax) AS excl_tax, sum(f.vat) AS vat
       FROM order_journal k JOIN order_vat_figures f ON f.order_number = k.order_number
         AND f.source = 'booked'
       WHERE k.credited_order_number = ?
       GROUP BY k.order_number, f.rate, f.vat_box
       ORDER BY day, k.rowid`,
    )
    .safeIntegers(true);
  // booked_total is kept once the booking is in the books, and dropped when its invoice is gone.
  const atZeroStatement = db
    .prepare(
      `SELECT count(*) FROM order_journal
       WHERE order_date >= @from AND order_date < @to AND progress <> 'discovered'
         AND coalesce(currency, 'EUR') = 'EUR' AND booked_gone_at IS NULL
         AND booked_total IS NOT NULL AND CAST(booked_total AS REAL) = 0`,
    )
    .pluck();
  return {
    foreignCurrencyOrders(from, to, limit = FOREIGN_CURRENCY_LISTED) {
      return (foreignStatement.all({ from, to, limit }) as Array<Record<string, unknown>>).map(
        foreignOrderOf,
      );
    },
    creditNotesOf(orderNumbers) {
      const found = new Map<string, CreditNote[]>();
      for (const orderNumber of orderNumbers) {
        const notes: CreditNote[] = [];
        for (const row of creditNotesStatement.all(orderNumber) as Array<Record<string, unknown>>) {
          let note = notes.at(-1);
          if (note === undefined || note.orderNumber !== row.order_number) {
            note = {
              orderNumber: row.order_number as string,
              invoiceNumber: (row.invoice_number as string | null) ?? null,
              date: row.day as string,
              lines: [],
            };
            notes.push(note);
          }
          const line = {
            rate: row.rate as string,
            vatBox: row.vat_box as string,
            inclTax: row.incl_tax as bigint,
            exclTax: row.excl_tax as bigint,
            vat: row.vat as bigint,
          };
          if (line.inclTax !== 0n || line.exclTax !== 0n || line.vat !== 0n) note.lines.push(line);
        }
        for (const note of notes) note.lines.sort(compareLines);
        const credits = notes.filter((note) => note.lines.length > 0);
        if (credits.length > 0) found.set(orderNumber, credits);
      }
      return found;
    },
    bookedAtZero: (from, to) => atZeroStatement.get({ from, to }) as number,
    bookedAcrossPeriods(from, to, limit = FOREIGN_CURRENCY_LISTED) {
      const counts = acrossStatement.get({ from, to }) as Record<string, number>;
      const foreignCurrencyFromEarlier = counts.foreign_earlier ?? 0;
      return {
        foreignCurrencyFromEarlier,
        foreignCurrencyFromEarlierOrders:
          foreignCurrencyFromEarlier === 0
            ? []
            : (foreignEarlierStatement.all({ from, to, limit }) as Array<Record<string, unknown>>).map(
                foreignOrderOf,
              ),
        atZeroLater: counts.zero_later ?? 0,
        atZeroFromEarlier: counts.zero_earlier ?? 0,
      };
    },
  };
}
