// Two facts of a period the month per VAT rate names beyond its sums, read from the journal's
// database: the orders in another currency than the euro (counted there, not summed: the owner wants
// to know which they are), and what credit orders credit already of the orders the shop cancelled
// after they were booked (a cancellation credited in part is not one "without a credit order").
// Read only, on the journal's own indexes (order date; credited order number), for the few rows a
// period holds of each.
import type { Database } from 'better-sqlite3';
import { FOREIGN_CURRENCY_LISTED } from '../../../shared/contract/reconciliation';
import { abs, parseDecimal, toFixed } from '../money/decimal';

/** An order in another currency, as the month view names it. */
export interface ForeignCurrencyOrder {
  orderNumber: string;
  orderDate: string;
  currency: string;
  /** The shop's total in that currency, two decimals; null when the journal does not know it. */
  total: string | null;
}

/** Turnover excl. VAT and VAT a cancelled order's credit notes credit (sizes, millionths). */
export interface CreditedFigures {
  exclTax: bigint;
  vat: bigint;
}

export interface PeriodFactsReader {
  /** The eligible orders of [from, to) in another currency, oldest first, at most `limit`. */
  foreignCurrencyOrders(from: string, to: string, limit?: number): ForeignCurrencyOrder[];
  /**
   * Per order (of those given) that has credit orders with a credit note in the books: what they
   * credit together. Orders without one are absent.
   */
  creditedOf(orderNumbers: readonly string[]): Map<string, CreditedFigures>;
  /**
   * The booked orders of [from, to) in euros whose invoice is of € 0: in the books, but without a
   * figure to compare (a comparison with Moneybird leaves them out).
   */
  bookedAtZero(from: string, to: string): number;
}

export function createPeriodFactsReader(db: Database): PeriodFactsReader {
  // As the period's count of them (vat-figures.ts): dated in the period, past discovery, and
  // not in euros.
  const foreignStatement = db.prepare(
    `SELECT order_number, order_date, shop_total, currency FROM order_journal
     WHERE order_date >= @from AND order_date < @to AND state <> 'discovered'
       AND coalesce(currency, 'EUR') <> 'EUR'
     ORDER BY order_date, order_number LIMIT @limit`,
  );
  // As what Moneybird still counts of a cancelled order (vat-figures.ts): the booked figures of
  // its credit orders, which count negative.
  const creditedStatement = db
    .prepare(
      `SELECT sum(f.excl_tax) AS excl_tax, sum(f.vat) AS vat
       FROM order_journal k JOIN order_vat_figures f ON f.order_number = k.order_number
         AND f.source = 'booked'
       WHERE k.credited_order_number = ?`,
    )
    .safeIntegers(true);
  // booked_total is kept once the booking is in the books, and dropped when its invoice is gone.
  const atZeroStatement = db
    .prepare(
      `SELECT count(*) FROM order_journal
       WHERE order_date >= @from AND order_date < @to AND state <> 'discovered'
         AND coalesce(currency, 'EUR') = 'EUR' AND booked_gone_at IS NULL
         AND booked_total IS NOT NULL AND CAST(booked_total AS REAL) = 0`,
    )
    .pluck();
  return {
    foreignCurrencyOrders(from, to, limit = FOREIGN_CURRENCY_LISTED) {
      const rows = foreignStatement.all({ from, to, limit }) as Array<Record<string, unknown>>;
      return rows.map((row) => {
        const total = row.shop_total as string | number | null;
        return {
          orderNumber: row.order_number as string,
          orderDate: row.order_date as string,
          currency: row.currency as string,
          total: total === null ? null : toFixed(parseDecimal(String(total)), 2),
        };
      });
    },
    creditedOf(orderNumbers) {
      const found = new Map<string, CreditedFigures>();
      for (const orderNumber of orderNumbers) {
        const row = creditedStatement.get(orderNumber) as { excl_tax: bigint | null; vat: bigint | null };
        const exclTax = abs(row.excl_tax ?? 0n);
        const vat = abs(row.vat ?? 0n);
        if (exclTax !== 0n || vat !== 0n) found.set(orderNumber, { exclTax, vat });
      }
      return found;
    },
    bookedAtZero: (from, to) => atZeroStatement.get({ from, to }) as number,
  };
}
