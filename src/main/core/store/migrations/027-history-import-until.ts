// Version 27: a history import's period end (its last day, or none when it reaches today) is kept on
// the import's own row, written with it when the import starts. Before, it was a setting written
// beside the row: a crash between the two writes could pair one import's row with another's period.
import type { Migration } from './migration';

const OLD_SETTING = 'sync.historyImport.until';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const historyImportUntilMigration: Migration = {
  version: 27,
  name: 'history import until',
  up(db) {
    db.exec('ALTER TABLE history_import ADD COLUMN until TEXT;');
    const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(OLD_SETTING);
    if (typeof stored === 'string') {
      // The settings table holds valid JSON only. A value the setting would not have read (no date)
      // was read as none, and an end before the row's first day is another import's (the crash this
      // step ends): the row keeps none, and its outcome is not counted, as before.
      const value: unknown = JSON.parse(stored);
      if (typeof value === 'string' && DATE.test(value))
        db.prepare('UPDATE history_import SET until = ? WHERE id = 1 AND since <= ?').run(value, value);
      db.prepare('DELETE FROM settings WHERE key = ?').run(OLD_SETTING);
    }
  },
};
