// Version 11: fewer pages written per booking step. Every step of an order is a commit, and a commit
// writes each page it touched to the write-ahead log; on a busy history import that writing was the
// largest part of the app's own CPU. Two indexes changed for it:
// - An order's steps are kept clustered by order (WITHOUT ROWID, numbered per order): a step is one
//   page, not a table page, an index page and the AUTOINCREMENT counter's page.
// - The index on (state, next_attempt_at) went: every step changes the state, and with two indexes
//   led by the state each step rewrote both. Orders by state are found through (state, order_date);
//   the retry time is read from the few orders waiting to retry.
import type { Migration } from './migration';

export const leanJournalWritesMigration: Migration = {
  version: 11,
  name: 'lean journal writes',
  up(db) {
    db.exec(`
      DROP INDEX order_journal_state;

      CREATE TABLE order_journal_steps_by_order (
        order_number TEXT    NOT NULL,
        seq          INTEGER NOT NULL,
        state        TEXT    NOT NULL,
        at           INTEGER NOT NULL,
        write_intent TEXT,
        reason_code  TEXT,
        PRIMARY KEY (order_number, seq)
      ) WITHOUT ROWID;
      INSERT INTO order_journal_steps_by_order (order_number, seq, state, at, write_intent, reason_code)
        SELECT order_number, row_number() OVER (PARTITION BY order_number ORDER BY id),
          state, at, write_intent, reason_code
        FROM order_journal_steps;
      DROP TABLE order_journal_steps;
      ALTER TABLE order_journal_steps_by_order RENAME TO order_journal_steps;
    `);
  },
};
