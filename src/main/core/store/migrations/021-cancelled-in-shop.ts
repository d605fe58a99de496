// Version 21: orders the shop cancelled after they were booked (or while they waited). The shop has
// no credit order for them, so Moneybird still holds their revenue: `cancelled_in_shop_at` is when a
// run found that (NULL once a credit covers the order, the order is completed again, or the owner
// says it is settled), `cancelled_status` the shop's name for the status, and
// `cancelled_status_changed` the shop's moment of the change, kept after the owner's answer so the
// same cancellation, seen again in the next run's overlapping window, is not brought up twice.
// Few orders are ever flagged: their own small index serves the dashboard's count.
import type { Migration } from './migration';

export const cancelledInShopMigration: Migration = {
  version: 21,
  name: 'cancelled in shop',
  up(db) {
    db.exec(`
      ALTER TABLE order_journal ADD COLUMN cancelled_in_shop_at INTEGER;
      ALTER TABLE order_journal ADD COLUMN cancelled_status TEXT;
      ALTER TABLE order_journal ADD COLUMN cancelled_status_changed TEXT;
      CREATE INDEX order_journal_cancelled_in_shop ON order_journal (order_date)
        WHERE cancelled_in_shop_at IS NOT NULL;
    `);
  },
};
