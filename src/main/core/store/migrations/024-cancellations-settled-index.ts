// Version 24: the month per VAT rate names the period's orders whose cancellation the owner settled
// by hand ("Zelf geregeld"). Few rows ever are: their own small index by order date serves the
// month's look at them, as the marks' does (migration 21), instead of a walk over every order of
// the period.
import type { Migration } from './migration';

export const cancellationsSettledIndexMigration: Migration = {
  version: 24,
  name: 'cancellations settled index',
  up(db) {
    db.exec(`
      CREATE INDEX order_journal_cancellation_settled ON order_journal (order_date)
        WHERE cancelled_settled_at IS NOT NULL;
    `);
  },
};
