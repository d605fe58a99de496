// Version 8: the log screen filters by level over a month of lines. An index on the level (SQLite
// keeps each entry's seq beside it) lets "errors only" read just the errors, newest first, instead of
// every line of the month. The order number and the time already have theirs (version 3).
import type { Migration } from './migration';

export const logFiltersMigration: Migration = {
  version: 8,
  name: 'log filters',
  up(db) {
    db.exec('CREATE INDEX log_entries_level ON log_entries (level);');
  },
};
