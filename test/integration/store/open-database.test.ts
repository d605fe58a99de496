import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  createCursorRepository,
  DATABASE_FILE_NAME,
  databaseFileIn,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  type Migration,
  openDatabase,
  openStore,
  StoreOpenError,
} from '../../../src/main/core/store';
import { createOrderOverview } from '../../../src/main/core/store/order-overview';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();

function openFailure(file: string, options?: Parameters<typeof openDatabase>[1]): StoreOpenError {
  try {
    openDatabase(file, options).close();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreOpenError);
    return error as StoreOpenError;
  }
  throw new Error(`Opening ${file} succeeded`);
}

function expectClearMessage(error: StoreOpenError, file: string): void {
  expect(error.file).toBe(file);
  expect(error.text.nl).toContain(file);
  expect(error.text.en).toContain(file);
  expect(error.message).toBe(error.text.en);
  expect(error.text.nl).not.toMatch(/\{\w+\}/);
  expect(error.text.en).not.toMatch(/\{\w+\}/);
}

describe('opening the database', () => {
  it('creates the file (and the data folder) with WAL, NORMAL sync, foreign keys and a busy timeout', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const file = databaseFileIn(dir);
    expect(file.endsWith(DATABASE_FILE_NAME)).toBe(true);
    const db = openDatabase(file, { busyTimeoutMs: 4321 });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(4000);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(4321);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
      expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    } finally {
      db.close();
    }
    expect(existsSync(file)).toBe(true);
  });

  it('reopens an up-to-date database without applying anything again', () => {
    const file = join(tempDir(), 'w.sqlite');
    openDatabase(file, { now: () => 1000 }).close();
    const db = openDatabase(file, { now: () => 2000 });
    try {
      const times = db.prepare('SELECT DISTINCT applied_at FROM schema_migrations').pluck().all();
      expect(times).toEqual([1000]);
    } finally {
      db.close();
    }
  });

  it('migrates a database written by version 1 and keeps its data', () => {
    const file = join(tempDir(), 'old.sqlite');
    // The database as version 1 of the app left it: only the first schema step, with data in it.
    const v1 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1), now: () => 5 });
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    // Written with version 1's columns, as that version's code wrote them.
    v1.prepare(
      `INSERT INTO order_journal (order_number, state, progress, booking_style, reference,
         moneybird_contact_id, attempts, created_at, updated_at)
       VALUES ('1001', 'contact_ok', 'contact_ok', 'sales_invoice', 'MWW-1001', '412345678901234567', 0, 5, 5)`,
    ).run();
    createCursorRepository(v1, () => 5).set('mww.status_changed_since', '2025-01-01T00:00:00Z');
    v1.close();

    const current = openStore(file, { now: () => 10 });
    try {
      expect(current.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const entry = current.journal.get('1001');
      expect(entry?.state).toBe('contact_ok');
      expect(entry?.moneybird.contactId).toBe('412345678901234567');
      expect(entry?.reference).toBe('MWW-1001');
      expect(current.cursors.get('mww.status_changed_since')).toBe('2025-01-01T00:00:00Z');
      // The tables of later versions exist and work.
      current.contacts.putContact({ contactId: '7', version: 1, matchKeys: ['email:a@b.nl'] });
      expect(current.contacts.lookup('email:a@b.nl')?.contactId).toBe('7');
      current.log.append({ at: 11, level: 'info', message: 'hello' });
      expect(current.log.recent({ limit: 5 })).toHaveLength(1);
      const versions = current.db.prepare('SELECT version, applied_at FROM schema_migrations').all();
      // Version 1 at the old store's opening; every later step at this one.
      expect(versions).toEqual([
        { version: 1, applied_at: 5 },
        ...MIGRATIONS.slice(1).map((m) => ({ version: m.version, applied_at: 10 })),
      ]);
    } finally {
      current.close();
    }
  });

  it('migrates the match keys of version 11 so that two contacts can share one, and reads every contact again', () => {
    const file = join(tempDir(), 'v11.sqlite');
    const v11 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 11), now: () => 5 });
    v11.exec(`
      INSERT INTO contacts (contact_id, version, updated_at) VALUES ('100', 3, 5), ('200', 4, 5);
      INSERT INTO contact_match_keys (match_key, contact_id) VALUES ('email:truus@voorbeeld.nl', '100');
    `);
    v11.close();

    const current = openStore(file, { now: () => 10 });
    try {
      expect(current.contacts.lookup('email:truus@voorbeeld.nl')?.contactId).toBe('100');
      // The versions are cleared: the next refresh reads each contact, and the keys a contact could
      // not hold before (here 200's) come back with it.
      expect([...current.contacts.versions().values()]).toEqual([null, null]);
      current.contacts.putContact({ contactId: '200', version: 4, matchKeys: ['email:truus@voorbeeld.nl'] });
      expect(current.contacts.lookup('email:truus@voorbeeld.nl')?.contactId).toBe('100');
      // The owner deletes the older one: the customer is still found, on the one that remains.
      current.contacts.removeContacts(['100']);
      expect(current.contacts.lookup('email:truus@voorbeeld.nl')?.contactId).toBe('200');
    } finally {
      current.close();
    }
  });

  it('migrates the contacts of version 15 as active, and reads again only those sharing a key', () => {
    const file = join(tempDir(), 'v15.sqlite');
    const v15 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 15), now: () => 5 });
    v15.exec(`
      INSERT INTO contacts (contact_id, version, updated_at) VALUES ('100', 3, 5), ('200', 4, 5), ('300', 7, 5);
      INSERT INTO contact_match_keys (match_key, contact_id) VALUES
        ('email:truus@voorbeeld.nl', '100'), ('email:truus@voorbeeld.nl', '200'), ('email:piet@voorbeeld.nl', '300');
    `);
    v15.close();

    const current = openStore(file, { now: () => 10 });
    try {
      expect(current.contacts.lookup('email:truus@voorbeeld.nl')?.contactId).toBe('100');
      // Whether 100 or 200 was archived is not known yet: the next refresh reads both, not 300.
      expect(Object.fromEntries(current.contacts.versions())).toEqual({ '100': null, '200': null, '300': 7 });
      current.contacts.putContacts([
        { contactId: '100', version: 5, matchKeys: ['email:truus@voorbeeld.nl'], archived: true },
        { contactId: '200', version: 4, matchKeys: ['email:truus@voorbeeld.nl'], archived: false },
      ]);
      expect(current.contacts.lookup('email:truus@voorbeeld.nl')?.contactId).toBe('200');
    } finally {
      current.close();
    }
  });

  it('folds the names of version 16 again so that "Ødegård" is found as "odegard"', () => {
    const file = join(tempDir(), 'v16.sqlite');
    const v16 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 16), now: () => 5 });
    const insert = v16.prepare(
      `INSERT INTO order_journal (order_number, state, progress, created_at, updated_at, customer_name, search_text)
       VALUES (?, 'done', 'done', 5, 5, ?, ?)`,
    );
    insert.run('1', 'Søren Ødegård', '1 søren ødegård');
    insert.run('2', 'José', '2 jose');
    v16.close();

    const current = openStore(file, { now: () => 10 });
    try {
      const overview = createOrderOverview(current.db);
      const found = (text: string) =>
        overview.search({ text, page: 1, pageSize: 10 }).rows.map((r) => r.orderNumber);
      expect(found('odegard')).toEqual(['1']);
      expect(found('søren')).toEqual(['1']);
      expect(found('jose')).toEqual(['2']);
    } finally {
      current.close();
    }
  });

  it('rolls a failing migration back completely and reports it, leaving the data as it was', () => {
    const file = join(tempDir(), 'w.sqlite');
    const store = openStore(file);
    store.journal.record({ orderNumber: '7' });
    store.close();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x)');
        db.exec('DELETE FROM order_journal');
        db.exec('THIS IS NOT SQL');
      },
    };
    const error = openFailure(file, { migrations: [...MIGRATIONS, broken] });
    expect(error.kind).toBe('migration-failed');
    expectClearMessage(error, file);
    expect(error.text.en).toContain(`step ${broken.version}`);

    const reopened = openStore(file);
    try {
      expect(reopened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(reopened.journal.get('7')).toBeDefined();
      const tables = reopened.db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").all();
      expect(tables).toEqual([]);
    } finally {
      reopened.close();
    }
  });

  it('refuses a file of garbage bytes, naming it, and leaves it untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'w.sqlite');
    const garbage = Buffer.from('This is a shopping list, not a database.\n'.repeat(200));
    writeFileSync(file, garbage);
    const error = openFailure(file);
    expect(error.kind).toBe('corrupt');
    expectClearMessage(error, file);
    expect(readFileSync(file).equals(garbage)).toBe(true);
    expect(readdirSync(dir)).toEqual(['w.sqlite']);
  });

  it('refuses a damaged database (truncated) and leaves it untouched', () => {
    const dir = tempDir();
    const source = join(dir, 'good.sqlite');
    const store = openStore(source);
    store.transaction(() => {
      for (let i = 0; i < 3000; i++) store.journal.record({ orderNumber: String(i), reference: `R-${i}` });
    });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const whole = readFileSync(source);
    const file = join(dir, 'w.sqlite');
    const damaged = whole.subarray(0, Math.floor(whole.length / 2));
    writeFileSync(file, damaged);
    const error = openFailure(file);
    expect(error.kind).toBe('corrupt');
    expectClearMessage(error, file);
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('refuses a directory where the file should be', () => {
    const file = join(tempDir(), 'w.sqlite');
    mkdirSync(file);
    const error = openFailure(file);
    expect(error.kind).toBe('not-a-file');
    expectClearMessage(error, file);
    expect(readdirSync(file)).toEqual([]);
  });

  it('refuses a database from a newer version of Winkelbrug and changes nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'w.sqlite');
    openStore(file).close();
    const raw = new Sqlite(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(file);
    const error = openFailure(file);
    expect(error.kind).toBe('newer-version');
    expectClearMessage(error, file);
    expect(error.text.en).toContain(String(LATEST_SCHEMA_VERSION + 5));
    expect(readFileSync(file).equals(before)).toBe(true);
    // Not switched to WAL: nothing was written.
    expect(readdirSync(dir)).toEqual(['w.sqlite']);
  });

  it("refuses another program's SQLite database", () => {
    const file = join(tempDir(), 'w.sqlite');
    const other = new Sqlite(file);
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
    other.close();
    const error = openFailure(file);
    expect(error.kind).toBe('foreign');
    expectClearMessage(error, file);
    const check = new Sqlite(file, { readonly: true });
    expect(check.prepare('SELECT name FROM recipes').pluck().all()).toEqual(['soup']);
    check.close();
  });

  it('refuses a file it may not read or write', () => {
    const dir = tempDir();
    const file = join(dir, 'w.sqlite');
    openStore(file).close();
    const before = readFileSync(file);
    if (process.getuid?.() === 0) {
      // Root may read anything: try as an unprivileged user in a child process instead.
      chmodSync(dir, 0o755);
      chmodSync(file, 0o600);
      const script = `
        const { openDatabase, StoreOpenError } = await import(${JSON.stringify(
          new URL('../../../src/main/core/store/index.ts', import.meta.url).pathname,
        )});
        try { openDatabase(${JSON.stringify(file)}); console.log(JSON.stringify({ opened: true })); }
        catch (e) { console.log(JSON.stringify({ kind: e.kind, isStoreError: e instanceof StoreOpenError, nl: e.text?.nl })); }
      `;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: process.cwd(),
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
        env: { ...process.env, HOME: '/tmp' },
      });
      expect(child.stderr).toBe('');
      const outcome = JSON.parse(child.stdout.trim().split('\n').pop()!);
      expect(outcome).toEqual({
        kind: 'no-permission',
        isStoreError: true,
        nl: expect.stringContaining(file),
      });
    } else {
      chmodSync(file, 0o400);
      try {
        const error = openFailure(file);
        expect(error.kind).toBe('no-permission');
        expectClearMessage(error, file);
      } finally {
        chmodSync(file, 0o600);
      }
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
