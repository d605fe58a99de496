// Version 29: the shop's refund records each credit note was paid with, kept when its payments are
// confirmed. Which records settled which credit was worked out again from amounts and order numbers
// on every run; kept, a paid credit's records are a fact, and a later credit of the same amount can
// no longer be given one of them. Credits paid before keep none and are worked out as before.
import type { Migration } from './migration';

export const creditRefundsUsedMigration: Migration = {
  version: 29,
  name: 'credit refunds used',
  up(db) {
    db.exec(`
      CREATE TABLE credit_refunds_used (
        order_number TEXT NOT NULL,
        refund_id    TEXT NOT NULL,
        PRIMARY KEY (order_number, refund_id)
      ) WITHOUT ROWID;
    `);
  },
};
