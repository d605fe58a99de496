// The data folder holds customers' names and e-mail addresses: it is readable by the owner only
// (0700), and so are the database and its WAL and shared-memory files (0600), both when Winkelbrug
// creates them and when an older version left them more open.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openStoreIn } from '../../../src/main/core/store';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
const modeOf = (path: string) => statSync(path).mode & 0o777;
const posix = process.platform !== 'win32';

function databaseFiles(dir: string): string[] {
  const file = join(dir, DATABASE_FILE_NAME);
  return [file, `${file}-wal`, `${file}-shm`];
}

describe.runIf(posix)('file modes of the data folder', () => {
  it('creates the folder 0700 and the database, WAL and shared memory 0600', () => {
    const dir = join(tempDir(), 'nested', 'Winkelbrug');
    const store = openStoreIn(dir);
    // A write, so the WAL holds something.
    store.db.prepare('INSERT INTO cursors (name, value, updated_at) VALUES (?, ?, ?)').run('t', 'v', 1);
    try {
      expect(modeOf(dir)).toBe(0o700);
      for (const file of databaseFiles(dir)) {
        expect(existsSync(file), file).toBe(true);
        expect(modeOf(file), file).toBe(0o600);
      }
    } finally {
      store.close();
    }
  });

  it('tightens a folder and files an older version left open to others', () => {
    const dir = join(tempDir(), 'Winkelbrug');
    openStoreIn(dir).close();
    // As an older Winkelbrug (or a copied backup) may have left them.
    chmodSync(dir, 0o755);
    const store = openStoreIn(dir);
    store.db.prepare('INSERT INTO cursors (name, value, updated_at) VALUES (?, ?, ?)').run('t', 'v', 1);
    store.close();
    for (const file of databaseFiles(dir)) if (existsSync(file)) chmodSync(file, 0o644);
    chmodSync(dir, 0o775);

    const reopened = openStoreIn(dir);
    try {
      expect(modeOf(dir)).toBe(0o700);
      for (const file of databaseFiles(dir)) {
        if (existsSync(file)) expect(modeOf(file), file).toBe(0o600);
      }
    } finally {
      reopened.close();
    }
  });

  it('leaves a shared folder with the sticky bit alone', () => {
    const shared = join(tempDir(), 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const store = openStoreIn(shared);
    try {
      expect(statSync(shared).mode & 0o1777).toBe(0o1777);
      expect(modeOf(join(shared, DATABASE_FILE_NAME))).toBe(0o600);
    } finally {
      store.close();
    }
  });
});
