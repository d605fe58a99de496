// Version 5: adoption. Moneybird is the truth and the journal a cache of it: an order the journal
// did not know (a new data folder, a restored backup, a history import) is first looked for among
// the bookings Moneybird already holds, and a booking found there is adopted, not made again.
import type { Migration } from './migration';

export const adoptionMigration: Migration = {
  version: 5,
  name: 'adoption',
  up(db) {
    db.exec(`
      -- look_up: before its first write, look for a booking of this order in Moneybird (the journal
      -- cannot vouch that none exists). adopted: the booking was found there and taken over.
      ALTER TABLE order_journal ADD COLUMN adoption TEXT
        CHECK (adoption IS NULL OR adoption IN ('look_up', 'adopted'));
    `);
  },
};
