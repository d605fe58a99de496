// Version 3: the log the UI shows, kept for a configurable period.
import type { Migration } from './migration';

export const logEntriesMigration: Migration = {
  version: 3,
  name: 'log entries',
  up(db) {
    db.exec(`
      -- AUTOINCREMENT: a sequence number is never reused after pruning, so a client can merge the
      -- stored log with lines pushed to it live.
      CREATE TABLE log_entries (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        at           INTEGER NOT NULL,
        level        TEXT    NOT NULL CHECK (level IN ('debug', 'info', 'warn', 'error')),
        message_en   TEXT    NOT NULL,
        message_nl   TEXT,
        fields       TEXT    CHECK (fields IS NULL OR json_valid(fields)),
        order_number TEXT,
        run_id       INTEGER
      );
      CREATE INDEX log_entries_at ON log_entries (at);
      CREATE INDEX log_entries_order ON log_entries (order_number) WHERE order_number IS NOT NULL;
    `);
  },
};
