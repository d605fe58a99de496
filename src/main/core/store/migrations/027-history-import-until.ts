// Version 27: a history import's period end (its last day, or none when it reaches today) is kept on
// the import's own row, written with it when the import starts. Before, it was a setting written
// beside the row: a crash between the two writes could pair one import's row with another's period.
import { isoDateSchema } from '../../../../shared/contract/status';
import type { Migration } from './migration';

const OLD_SETTING = 'sync.historyImport.until';

export const historyImportUntilMigration: Migration = {
  version: 27,
  name: 'history import until',
  up(db) {
    db.exec('ALTER TABLE history_import ADD COLUMN until TEXT;');
    const stored = db
      .prepare('SELECT value, updated_at AS updatedAt FROM settings WHERE key = ?')
      .get(OLD_SETTING) as { value: string; updatedAt: number } | undefined;
    if (stored) {
      // The settings table holds valid JSON only. The row keeps none (its outcome is not counted:
      // the safe side) for a value that is no calendar day, and for an end that is not its own: the
      // setting was written right after the row that started its import (and not at all for a retry
      // of the same day), so one older than the row is an earlier import's (a crash between the two
      // writes, or a retry's first try), as is one ending before the row's first day.
      const value: unknown = JSON.parse(stored.value);
      if (isoDateSchema.safeParse(value).success)
        db.prepare('UPDATE history_import SET until = ? WHERE id = 1 AND since <= ? AND started_at <= ?').run(
          value,
          value,
          stored.updatedAt,
        );
      db.prepare('DELETE FROM settings WHERE key = ?').run(OLD_SETTING);
    }
  },
};
