// Version 13: the day an order's booking counts in Moneybird's VAT return. An order dated in a
// locked period is booked on the first open day, so its invoice counts in a later month than the
// order: the month per VAT rate sums the booked side on this day and explains the order in both
// months. Orders booked before this version have none; they count on their order's date, as before.
// The index holds only the orders booked on another day than their own, which are few.
import type { Migration } from './migration';

export const bookedDateMigration: Migration = {
  version: 13,
  name: 'booked date',
  up(db) {
    db.exec(`
      ALTER TABLE order_journal ADD COLUMN booked_date TEXT;
      CREATE INDEX order_journal_booked_elsewhere ON order_journal (booked_date)
        WHERE booked_date <> order_date;
    `);
  },
};
