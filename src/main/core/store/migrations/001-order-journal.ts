// Version 1: the order journal (the exactly-once record), settings and named cursors.
import type { Migration } from './migration';

/** Identifies a Winkelbrug database in the SQLite header ("WBRG"), so a foreign file is recognised. */
export const WINKELBRUG_APPLICATION_ID = 0x57425247;

export const orderJournalMigration: Migration = {
  version: 1,
  name: 'order journal, settings, cursors',
  up(db) {
    db.pragma(`application_id = ${WINKELBRUG_APPLICATION_ID}`);
    db.exec(`
      CREATE TABLE schema_migrations (
        version    INTEGER PRIMARY KEY,
        name       TEXT    NOT NULL,
        applied_at INTEGER NOT NULL
      );

      CREATE TABLE settings (
        key        TEXT    PRIMARY KEY,
        value      TEXT    NOT NULL CHECK (json_valid(value)),
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE cursors (
        name       TEXT    PRIMARY KEY,
        value      TEXT    NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      -- One row per shop order number. "state" is where the order is now; "progress" is the last
      -- confirmed booking step, kept while the order is parked or waiting so it resumes from there.
      CREATE TABLE order_journal (
        order_number          TEXT    PRIMARY KEY NOT NULL,
        state                 TEXT    NOT NULL CHECK (state IN ('discovered', 'pending', 'contact_ok',
                                'invoice_created', 'totals_ok', 'sent', 'paid', 'done', 'parked',
                                'skipped', 'waiting_transient')),
        progress              TEXT    NOT NULL CHECK (progress IN ('discovered', 'pending', 'contact_ok',
                                'invoice_created', 'totals_ok', 'sent', 'paid', 'done')),
        booking_style         TEXT    CHECK (booking_style IN ('sales_invoice', 'external_invoice')),
        order_date            TEXT,
        credited_order_number TEXT,
        reference             TEXT,
        vat_treatment         TEXT,
        currency              TEXT,
        shop_total            TEXT,
        shop_vat              TEXT    CHECK (shop_vat IS NULL OR json_valid(shop_vat)),
        moneybird_contact_id  TEXT,
        moneybird_invoice_id  TEXT,
        moneybird_payment_id  TEXT,
        reason_code           TEXT,
        reason_nl             TEXT,
        reason_en             TEXT,
        reason_details        TEXT    CHECK (reason_details IS NULL OR json_valid(reason_details)),
        attempts              INTEGER NOT NULL DEFAULT 0,
        next_attempt_at       INTEGER,
        created_at            INTEGER NOT NULL,
        updated_at            INTEGER NOT NULL,
        booked_at             INTEGER
      );
      CREATE UNIQUE INDEX order_journal_reference ON order_journal (reference) WHERE reference IS NOT NULL;
      CREATE INDEX order_journal_state ON order_journal (state, next_attempt_at);
      CREATE INDEX order_journal_credited ON order_journal (credited_order_number)
        WHERE credited_order_number IS NOT NULL;
    `);
  },
};
