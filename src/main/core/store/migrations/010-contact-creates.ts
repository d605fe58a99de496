// Version 10: contact creates whose outcome is not known yet, per customer. While one order's create
// may still land in Moneybird (its answer was lost), another order of the same customer waits rather
// than create a second contact.
import type { Migration } from './migration';

export const contactCreatesMigration: Migration = {
  version: 10,
  name: 'contact creates',
  up(db) {
    db.exec(`
      CREATE TABLE contact_creates (
        match_key    TEXT    PRIMARY KEY NOT NULL,
        order_number TEXT    NOT NULL,
        announced_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
