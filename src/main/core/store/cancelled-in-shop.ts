// Orders the shop cancelled while Moneybird holds (or may soon hold) their booking, and no credit
// order covers them: the marks a run puts on the journal's rows (migration 21) and takes off again.
// A mark remembers the shop's moment of the cancellation, so one cancellation is brought up once.
// A cancellation whose credit order is on its way waits on the row too (migration 23), unmarked.
import type { Database } from 'better-sqlite3';
import { abs, type Decimal, parseDecimal, sum } from '../money/decimal';

export interface ShopCancellation {
  orderNumber: string;
  /** The shop's name of the status the order is in now ("Geannuleerd"). */
  status: string;
  /** When the shop changed the status, "YYYY-MM-DD hh:mm:ss" in the shop's time. */
  changed: string;
  /** When a run found it (ms since the epoch). */
  foundAt: number;
}

export interface CancelledInShopRepository {
  /**
   * Marks the order as cancelled in the shop. False when this same cancellation (the shop's moment of
   * it) is marked already, or was marked and settled since: it is not brought up again.
   */
  mark(orderNumber: string, status: string, changed: string): boolean;
  /** The order's mark, if it has one now. */
  get(orderNumber: string): ShopCancellation | undefined;
  /**
   * Takes the mark off (a credit covers it, or the order is completed again), and any wait for a
   * credit note with it. Whether there was a mark.
   */
  clear(orderNumber: string): boolean;
  /** The owner settled it in Moneybird by hand ("Zelf geregeld"): the mark goes, and that is kept. */
  settleByOwner(orderNumber: string): boolean;
  /** Whether the owner ever settled a cancellation of this order by hand. */
  settledByOwner(orderNumber: string): boolean;
  /** Every marked order (there are few), oldest find first. */
  marked(): ShopCancellation[];
  /** The booked orders marked (not those whose invoice is gone from Moneybird): what the owner acts on. */
  bookedCount(): number;
  /**
   * What the order's credit orders credit together in Moneybird: the booked figures (incl. VAT) of
   * those whose credit note is in the books (sent, paid, or awaiting its refund; not a draft, not
   * deleted there since) — what the month per VAT rate and the order page count too.
   */
  creditedTotal(orderNumber: string): Decimal;
  /**
   * What its credit orders on their way credit: being booked, or waiting for a retry, no credit note
   * in the books yet (none made, or only a draft).
   */
  creditingTotal(orderNumber: string): Decimal;
  /**
   * Keeps a cancellation whose credit order is on its way (migration 23): the owner is told only if
   * that credit note does not land. False when the journal does not know the order.
   */
  awaitCredit(orderNumber: string, status: string, changed: string): boolean;
  /**
   * The moments of the order's cancellation as its row keeps them: the shop's moment of the change
   * ("YYYY-MM-DD hh:mm:ss", shop time), when a run marked it (null once the mark went) and when the
   * owner settled it by hand (null if never). Undefined for an order the journal does not know.
   */
  moments(orderNumber: string): CancellationMoments | undefined;
  /** Every cancellation waiting for its credit note (there are few), by order number. */
  awaitingCredit(): AwaitedCredit[];
  /** Stops waiting: the credit note landed, or the cancellation is told or gone. */
  stopAwaitingCredit(orderNumber: string): boolean;
}

export interface CancellationMoments {
  changed: string | null;
  markedAt: number | null;
  settledAt: number | null;
}

/** A cancellation waiting for the credit note of a credit order on its way. */
export type AwaitedCredit = Pick<ShopCancellation, 'orderNumber' | 'status' | 'changed'>;

interface Row {
  order_number: string;
  cancelled_status: string;
  cancelled_status_changed: string;
  cancelled_in_shop_at: number;
}

const toCancellation = (row: Row): ShopCancellation => ({
  orderNumber: row.order_number,
  status: row.cancelled_status,
  changed: row.cancelled_status_changed,
  foundAt: row.cancelled_in_shop_at,
});

/** The rows marked, through their own small index (few rows; the planner has no statistics). */
export const MARKED_ROWS = `order_journal INDEXED BY order_journal_cancelled_in_shop
  WHERE cancelled_in_shop_at IS NOT NULL`;

export function createCancelledInShopRepository(db: Database, now: () => number): CancelledInShopRepository {
  const COLUMNS = 'order_number, cancelled_status, cancelled_status_changed, cancelled_in_shop_at';
  const markStatement = db.prepare(
    `UPDATE order_journal SET cancelled_in_shop_at = ?, cancelled_status = ?, cancelled_status_changed = ?
     WHERE order_number = ? AND cancelled_status_changed IS NOT ?`,
  );
  const getStatement = db.prepare(
    `SELECT ${COLUMNS} FROM order_journal WHERE order_number = ? AND cancelled_in_shop_at IS NOT NULL`,
  );
  const clearStatement = db.prepare(
    'UPDATE order_journal SET cancelled_in_shop_at = NULL WHERE order_number = ? AND cancelled_in_shop_at IS NOT NULL',
  );
  const settleStatement = db.prepare(
    `UPDATE order_journal SET cancelled_in_shop_at = NULL, cancelled_settled_at = ?
     WHERE order_number = ? AND cancelled_in_shop_at IS NOT NULL`,
  );
  const settledStatement = db
    .prepare('SELECT cancelled_settled_at IS NOT NULL FROM order_journal WHERE order_number = ?')
    .pluck();
  const markedStatement = db.prepare(
    `SELECT ${COLUMNS} FROM ${MARKED_ROWS} ORDER BY cancelled_in_shop_at, rowid`,
  );
  const bookedCountStatement = db
    .prepare(`SELECT count(*) FROM ${MARKED_ROWS} AND state = 'done' AND booked_gone_at IS NULL`)
    .pluck();
  // In the books: a credit note's booked figures are kept once it is sent (an external one once
  // made) and dropped when a check finds it deleted in Moneybird — the month per VAT rate's definition
  // too (period-facts.ts), and what it credits is what those figures hold. A draft credits nothing
  // yet: it is on its way. A credit note booked before the journal kept figures (version 7) has
  // none: booked to the end and not found gone, it credits its shop total.
  const IN_THE_BOOKS = `EXISTS (SELECT 1 FROM order_vat_figures f
    WHERE f.order_number = order_journal.order_number AND f.source = 'booked')`;
  const creditTotals = db
    .prepare(
      `SELECT (SELECT sum(f.incl_tax) FROM order_vat_figures f
                WHERE f.order_number = order_journal.order_number AND f.source = 'booked') AS booked,
              CASE WHEN state = 'done' AND booked_total IS NULL AND booked_gone_at IS NULL
                     AND moneybird_invoice_id IS NOT NULL THEN shop_total END AS before_figures
       FROM order_journal WHERE credited_order_number = ?`,
    )
    .safeIntegers(true);
  const creditingTotals = db
    .prepare(
      `SELECT shop_total FROM order_journal WHERE credited_order_number = ?
         AND state NOT IN ('skipped', 'parked', 'discovered', 'done')
         AND shop_total IS NOT NULL AND NOT ${IN_THE_BOOKS}`,
    )
    .pluck();
  const momentsStatement = db.prepare(
    `SELECT cancelled_status_changed AS changed, cancelled_in_shop_at AS markedAt,
       cancelled_settled_at AS settledAt
     FROM order_journal WHERE order_number = ?`,
  );
  const awaitCreditStatement = db.prepare(
    'UPDATE order_journal SET credit_awaited_status = ?, credit_awaited_changed = ? WHERE order_number = ?',
  );
  const awaitingCreditStatement = db.prepare(
    `SELECT order_number AS orderNumber, credit_awaited_status AS status, credit_awaited_changed AS changed
     FROM order_journal INDEXED BY order_journal_credit_awaited
     WHERE credit_awaited_changed IS NOT NULL ORDER BY order_number`,
  );
  const stopAwaitingCreditStatement = db.prepare(
    `UPDATE order_journal SET credit_awaited_status = NULL, credit_awaited_changed = NULL
     WHERE order_number = ? AND credit_awaited_changed IS NOT NULL`,
  );
  const totalOf = (rows: unknown[]) => sum((rows as string[]).map((total) => abs(parseDecimal(total))));
  return {
    creditedTotal: (orderNumber) =>
      sum(
        (
          creditTotals.all(orderNumber) as Array<{ booked: bigint | null; before_figures: string | null }>
        ).map((row) =>
          row.booked !== null
            ? abs(row.booked)
            : row.before_figures !== null
              ? abs(parseDecimal(row.before_figures))
              : 0n,
        ),
      ),
    creditingTotal: (orderNumber) => totalOf(creditingTotals.all(orderNumber)),
    mark: (orderNumber, status, changed) =>
      markStatement.run(now(), status, changed, orderNumber, changed).changes === 1,
    get(orderNumber) {
      const row = getStatement.get(orderNumber) as Row | undefined;
      return row && toCancellation(row);
    },
    // Taken off, or settled by the owner: a cancellation waiting for its credit note waits no more
    // either (its credit order parking later is no news of a cancellation that is over).
    clear(orderNumber) {
      stopAwaitingCreditStatement.run(orderNumber);
      return clearStatement.run(orderNumber).changes === 1;
    },
    settleByOwner(orderNumber) {
      stopAwaitingCreditStatement.run(orderNumber);
      return settleStatement.run(now(), orderNumber).changes === 1;
    },
    settledByOwner: (orderNumber) => settledStatement.get(orderNumber) === 1,
    marked: () => (markedStatement.all() as Row[]).map(toCancellation),
    bookedCount: () => bookedCountStatement.get() as number,
    awaitCredit: (orderNumber, status, changed) =>
      awaitCreditStatement.run(status, changed, orderNumber).changes === 1,
    moments: (orderNumber) => momentsStatement.get(orderNumber) as CancellationMoments | undefined,
    awaitingCredit: () => awaitingCreditStatement.all() as AwaitedCredit[],
    stopAwaitingCredit: (orderNumber) => stopAwaitingCreditStatement.run(orderNumber).changes === 1,
  };
}
