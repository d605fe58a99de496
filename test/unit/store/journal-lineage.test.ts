// The journal's lineage: when it was born, and an older copy of the database recognised by its seal.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, JOURNAL_SEAL_FILE_NAME, openStoreIn } from '../../../src/main/core/store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-lineage-'));
  dirs.push(dir);
  return dir;
};

describe('the journal lineage', () => {
  it('is born when the database is created, and keeps that date', () => {
    const dir = folder();
    const store = openStoreIn(dir, { now: () => 1_000 });
    expect(store.lineage.bornAt).toBe(1_000);
    store.close();
    const again = openStoreIn(dir, { now: () => 9_000 });
    expect(again.lineage.bornAt).toBe(1_000);
    again.close();
  });

  it('counts on without finding anything restored, also across reopening', () => {
    const dir = folder();
    let store = openStoreIn(dir);
    expect(store.lineage.advance()).toEqual({ restored: false, generation: 1 });
    expect(store.lineage.advance()).toEqual({ restored: false, generation: 2 });
    store.close();
    store = openStoreIn(dir);
    expect(store.lineage.advance()).toEqual({ restored: false, generation: 3 });
    store.close();
  });

  it('recognises an older copy of the database put back beside a newer seal, once', () => {
    const dir = folder();
    const backup = folder();
    let store = openStoreIn(dir);
    store.lineage.advance();
    store.close();
    copyFileSync(join(dir, DATABASE_FILE_NAME), join(backup, DATABASE_FILE_NAME));
    store = openStoreIn(dir);
    store.lineage.advance();
    store.lineage.advance();
    store.close();

    copyFileSync(join(backup, DATABASE_FILE_NAME), join(dir, DATABASE_FILE_NAME));
    store = openStoreIn(dir);
    const check = store.lineage.advance();
    expect(check.restored).toBe(true);
    // Past the seal's count, so the copy now is the newest.
    expect(check.generation).toBe(4);
    expect(store.lineage.advance().restored).toBe(false);
    store.close();
  });

  it('takes a new database, a foreign or damaged seal, for no restore', () => {
    const dir = folder();
    let store = openStoreIn(dir);
    store.lineage.advance();
    store.lineage.advance();
    store.close();
    // A new database in the same folder (the old one deleted): another journal, not a restore.
    rmSync(join(dir, DATABASE_FILE_NAME));
    store = openStoreIn(dir);
    expect(store.lineage.advance().restored).toBe(false);
    writeFileSync(join(dir, JOURNAL_SEAL_FILE_NAME), 'not json');
    expect(store.lineage.advance().restored).toBe(false);
    store.close();
  });
});
