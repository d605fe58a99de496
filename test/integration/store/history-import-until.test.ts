// A history import's period end (its last day, or none when it reaches today) is kept on the import's
// own row, written in the same statement that starts it (migration 27). Before, it was a setting
// written beside the row: the migration moves its value onto the row and drops the setting.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HistoryImportStateError,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  openDatabase,
  type Store,
} from '../../../src/main/core/store';
import { withStore } from '../../support/store-file';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
const OLD_SETTING = 'sync.historyImport.until';

/**
 * A database as version 26 left it: an import since `since` (none when null) started at 10, and the
 * setting's JSON written at `writtenAt` (the old code wrote it right after the row).
 */
function version26(since: string | null, until: string | null, writtenAt = 10): string {
  const file = join(tempDir(), 'v26.sqlite');
  const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 26), now: () => 5 });
  expect(db.pragma('user_version', { simple: true })).toBe(26);
  if (since !== null)
    db.prepare(
      `INSERT INTO history_import (id, since, status, total, done, resume_at, error, started_at, updated_at,
         finished_at) VALUES (1, ?, 'completed', 4, 4, NULL, NULL, 10, 20, 20)`,
    ).run(since);
  // An unrelated setting, which stays.
  db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
    'sync.startDate',
    '"2025-01-01"',
    10,
  );
  if (until !== null)
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
      OLD_SETTING,
      until,
      writtenAt,
    );
  db.close();
  return file;
}

const settingKeys = (store: Store) =>
  store.db.prepare('SELECT key FROM settings ORDER BY key').pluck().all() as string[];

describe('migration 27: the period end on the import’s row', () => {
  it('moves the setting’s day onto the row and drops the setting', () => {
    withStore(version26('2024-10-01', '"2024-12-31"'), (store) => {
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(store.historyImport.get()).toMatchObject({
        since: '2024-10-01',
        until: '2024-12-31',
        status: 'completed',
        done: 4,
        total: 4,
        finishedAt: 20,
      });
      expect(settingKeys(store)).toEqual(['sync.startDate']);
    });
  });

  it('keeps none on the row for a period reaching today, a value that was no date, or another import’s end', () => {
    // The setting held null (the import reached today); it held what the setting read as none, or no
    // calendar day; it ended before the row's first day (another import's).
    for (const stored of ['null', '"gisteren"', '42', '"2025-02-30"', '"2024-09-30"']) {
      withStore(version26('2024-10-01', stored), (store) => {
        expect(store.historyImport.get()).toMatchObject({ since: '2024-10-01', until: null });
        expect(settingKeys(store)).toEqual(['sync.startDate']);
      });
    }
  });

  it('keeps none on the row for a setting older than the row: another import’s, or a retry’s first try', () => {
    // A new import always starts before the previous one, so this end is after the row's first day:
    // only its age tells it is the previous import's (the crash came between the row and the
    // setting), or the first try's of a retry of the same day, which wrote no setting of its own.
    withStore(version26('2024-10-01', '"2025-02-28"', 9), (store) => {
      expect(store.historyImport.get()).toMatchObject({ since: '2024-10-01', until: null });
      expect(settingKeys(store)).toEqual(['sync.startDate']);
    });
    // Written in the same millisecond as the row, right after it: the row's own.
    withStore(version26('2024-10-01', '"2024-12-31"', 10), (store) => {
      expect(store.historyImport.get()?.until).toBe('2024-12-31');
    });
  });

  it('opens a database whose import had no period end kept, and drops a setting without an import', () => {
    withStore(version26('2024-10-01', null), (store) => {
      expect(store.historyImport.get()).toMatchObject({ since: '2024-10-01', until: null });
    });
    withStore(version26(null, '"2024-12-31"'), (store) => {
      expect(store.historyImport.get()).toBeUndefined();
      expect(settingKeys(store)).toEqual(['sync.startDate']);
    });
  });
});

describe('the history import’s period end', () => {
  it('is written with the import and kept across a restart, its progress and its end', () => {
    const file = join(tempDir(), 'w.sqlite');
    withStore(file, ({ historyImport }) => {
      expect(historyImport.start('2024-10-01', '2024-12-31')).toMatchObject({
        since: '2024-10-01',
        until: '2024-12-31',
        status: 'running',
      });
      historyImport.progress({ done: 2, total: 4 });
      historyImport.pause(null);
    });
    withStore(file, ({ historyImport }) => {
      expect(historyImport.get()).toMatchObject({ until: '2024-12-31', status: 'paused', done: 2 });
      historyImport.resume();
      expect(historyImport.complete()).toMatchObject({ until: '2024-12-31', status: 'completed' });
      // A new import replaces it, period end and all; none given: it reaches today.
      expect(historyImport.start('2024-06-01')).toMatchObject({ since: '2024-06-01', until: null });
      historyImport.clear();
      expect(historyImport.get()).toBeUndefined();
      // A period of a single day.
      expect(historyImport.start('2024-06-01', '2024-06-01').until).toBe('2024-06-01');
    });
  });

  it('refuses an end that is no date or lies before the first day, and keeps the import as it was', () => {
    withStore(join(tempDir(), 'w.sqlite'), ({ historyImport }) => {
      expect(() => historyImport.start('2024-10-01', '2024-02-30')).toThrow(/Not a date.*2024-02-30/);
      expect(() => historyImport.start('2024-10-01', 'kerst')).toThrow(HistoryImportStateError);
      expect(() => historyImport.start('2024-10-01', '2024-09-30')).toThrow(/ends \(2024-09-30\) before/);
      expect(historyImport.get()).toBeUndefined();
    });
  });
});
