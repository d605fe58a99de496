// The shop's refund records a credit note was paid with (migration 29), kept in the transaction that
// confirms its payments: so a later credit of the same original is never given one of them.
import type { Database } from 'better-sqlite3';

export interface CreditRefundsUsedRepository {
  /** Keeps the records this credit order's payments were made from (a booking made again replaces them). */
  record(orderNumber: string, refundIds: readonly string[]): void;
  /** The records each credit of this original was paid with, for the credits that kept them. */
  ofCreditsOf(originalNumber: string): Map<string, string[]>;
}

export function createCreditRefundsUsedRepository(db: Database): CreditRefundsUsedRepository {
  const forget = db.prepare('DELETE FROM credit_refunds_used WHERE order_number = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO credit_refunds_used (order_number, refund_id) VALUES (?, ?)',
  );
  const ofCredits = db.prepare(
    `SELECT u.order_number AS orderNumber, u.refund_id AS refundId
       FROM order_journal j JOIN credit_refunds_used u ON u.order_number = j.order_number
      WHERE j.credited_order_number = ?`,
  );
  return {
    // Called inside the transaction that confirms the payments.
    record(orderNumber, refundIds) {
      forget.run(orderNumber);
      for (const id of refundIds) insert.run(orderNumber, id);
    },
    ofCreditsOf(originalNumber) {
      const used = new Map<string, string[]>();
      for (const row of ofCredits.all(originalNumber) as Array<{ orderNumber: string; refundId: string }>)
        used.set(row.orderNumber, [...(used.get(row.orderNumber) ?? []), row.refundId]);
      return used;
    },
  };
}
