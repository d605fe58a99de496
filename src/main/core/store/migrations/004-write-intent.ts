// Version 4: the write intent. Before each Moneybird write the journal records which write is
// about to happen; a resumed order with an intent still set first checks whether it landed.
import type { Migration } from './migration';

export const writeIntentMigration: Migration = {
  version: 4,
  name: 'write intent',
  up(db) {
    db.exec(`
      ALTER TABLE order_journal ADD COLUMN write_intent TEXT
        CHECK (write_intent IS NULL OR write_intent IN ('contact', 'invoice', 'send', 'payment'));
    `);
  },
};
