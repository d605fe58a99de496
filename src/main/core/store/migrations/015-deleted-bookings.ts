// Version 15: the booked orders whose invoice a check found deleted in Moneybird, by order date, so
// the orders screen counts and lists them apart from the booked ones without reading every row.
// Few orders are ever in it; a journal step of any other order does not touch it.
import type { Migration } from './migration';

export const deletedBookingsMigration: Migration = {
  version: 15,
  name: 'deleted bookings',
  up(db) {
    db.exec(`
      CREATE INDEX order_journal_deleted_bookings ON order_journal (order_date)
        WHERE state = 'done' AND booked_gone_at IS NOT NULL;
    `);
  },
};
