// Version 26: a run keeps how many booked orders it found called off in the shop (they wait for the
// owner since), so the dashboard and the tray can sum the run up by it, after a restart too.
import type { Migration } from './migration';

export const runCalledOffMigration: Migration = {
  version: 26,
  name: 'run called off',
  up(db) {
    db.exec('ALTER TABLE sync_runs ADD COLUMN called_off INTEGER NOT NULL DEFAULT 0;');
  },
};
