// Version 6: what the orders screen and one order's page need. The journal learns who ordered (for
// search), the invoice number the owner knows the booking by, and keeps each step with its time.
import type { Migration } from './migration';

export const orderOverviewMigration: Migration = {
  version: 6,
  name: 'order overview',
  up(db) {
    db.exec(`
      -- Display facts, never used to decide a booking. search_text folds the order number, name and
      -- e-mail to lower case without accents, so one LIKE finds "José" as "jose".
      ALTER TABLE order_journal ADD COLUMN customer_name TEXT;
      ALTER TABLE order_journal ADD COLUMN customer_email TEXT;
      ALTER TABLE order_journal ADD COLUMN invoice_number TEXT;
      ALTER TABLE order_journal ADD COLUMN search_text TEXT;

      -- Rows from before this version: what is known already. An external invoice carries the
      -- reference as its number; a sales invoice's number is filled in when its page is opened.
      UPDATE order_journal SET search_text = lower(order_number);
      UPDATE order_journal SET invoice_number = reference
        WHERE booking_style = 'external_invoice' AND moneybird_invoice_id IS NOT NULL;

      -- Newest first (the rowid breaks ties in the order the journal met the orders), and per state.
      CREATE INDEX order_journal_order_date ON order_journal (order_date);
      CREATE INDEX order_journal_state_date ON order_journal (state, order_date);

      -- The search index: trigrams of search_text, so a search for part of a name or an e-mail
      -- reads a few index pages instead of every journal row. Kept by triggers; the journal writes
      -- search_text only when who ordered changes, so a booking step costs nothing here.
      CREATE VIRTUAL TABLE order_search USING fts5(search_text, tokenize = 'trigram', detail = 'none');
      INSERT INTO order_search (rowid, search_text) SELECT rowid, search_text FROM order_journal;
      CREATE TRIGGER order_search_insert AFTER INSERT ON order_journal BEGIN
        INSERT INTO order_search (rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER order_search_update AFTER UPDATE OF search_text ON order_journal BEGIN
        DELETE FROM order_search WHERE rowid = old.rowid;
        INSERT INTO order_search (rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER order_search_delete AFTER DELETE ON order_journal BEGIN
        DELETE FROM order_search WHERE rowid = old.rowid;
      END;

      -- Each step an order went through, with its time: appended in the same transaction as the step.
      CREATE TABLE order_journal_steps (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        order_number TEXT    NOT NULL,
        state        TEXT    NOT NULL,
        at           INTEGER NOT NULL,
        write_intent TEXT,
        reason_code  TEXT
      );
      CREATE INDEX order_journal_steps_order ON order_journal_steps (order_number, id);

      -- Orders journalled before this version keep only where they are now, at their last change.
      INSERT INTO order_journal_steps (order_number, state, at, write_intent, reason_code)
        SELECT order_number, state, updated_at, write_intent, reason_code FROM order_journal
        ORDER BY rowid;
    `);
  },
};
