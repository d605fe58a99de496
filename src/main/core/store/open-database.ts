// Opens Winkelbrug's SQLite file: checks that it is ours and readable, sets the connection up (WAL,
// busy timeout, foreign keys) and brings the schema up to date. A file that is damaged, foreign,
// from a newer version or out of reach is reported with a StoreOpenError and left exactly as it was:
// the order journal in it may be the only record of what was booked.
//
// The database holds customers' names and e-mail addresses: its folder is made readable by the owner
// only (0700) and the file with its WAL and shared-memory companions likewise (0600), when they are
// created and, for folders and files an older version left more open, every time the store opens.
import { accessSync, chmodSync, closeSync, constants, mkdirSync, openSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import { StoreOpenError } from './errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration, WINKELBRUG_APPLICATION_ID } from './migrations';

export const DATABASE_FILE_NAME = 'winkelbrug.sqlite';

export interface OpenDatabaseOptions {
  /** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** The schema steps to apply; tests pass a prefix to build a database as an older version left it. */
  migrations?: readonly Migration[];
  /** `quick` runs SQLite's quick_check on open, so damage is reported before anything is written. */
  integrityCheck?: 'quick' | 'none';
  /** Milliseconds since the epoch, for schema_migrations.applied_at. */
  now?: () => number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/** The database file inside the app's data directory. */
export function databaseFileIn(dataDir: string): string {
  return resolve(dataDir, DATABASE_FILE_NAME);
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  const path = resolve(file);
  const migrations = options.migrations ?? MIGRATIONS;
  checkReachable(path);

  let db: Database;
  try {
    db = new Sqlite(path, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
  } catch (error) {
    throw classify(error, path);
  }
  try {
    // Everything up to the migrations only reads, so a refused file is not touched.
    checkIdentity(db, path, migrations.length);
    if (options.integrityCheck !== 'none') checkIntegrity(db, path);
    configure(db, path);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) keepPrivate(file);
    migrate(db, path, migrations, options.now ?? Date.now);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof StoreOpenError ? error : classify(error, path);
  }
}

function checkReachable(path: string): void {
  const folder = dirname(path);
  let exists = true;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new StoreOpenError('not-a-file', path);
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    if (errnoCode(error) !== 'ENOENT') throw classify(error, path);
    exists = false;
  }
  if (!exists) {
    try {
      mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
      // Created empty and private before SQLite opens it: SQLite would create it world-readable
      // (0644), and gives its WAL and shared-memory files the database file's own mode.
      closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
    } catch (error) {
      throw classify(error, folder);
    }
  }
  keepPrivate(folder);
  // SQLite quietly falls back to read-only on a write-protected file, and WAL needs to create files
  // beside it; both would only fail at the first write, in the middle of a sync.
  try {
    if (exists) accessSync(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw classify(error, path);
  }
  try {
    accessSync(folder, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw classify(error, folder);
  }
}

/** Owner only: the data folder, and the database file with its -wal and -shm files. */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Takes group and other access away from `path` when it has any (POSIX; Windows keeps a user's
 * AppData private by its own ACLs). Left alone: what does not exist, what belongs to another user,
 * the home folder, and a shared folder with the sticky bit (such as /tmp), should the data folder
 * have been pointed there. Best effort: a folder the owner cannot change is no reason to refuse
 * the store.
 */
function keepPrivate(path: string): void {
  if (process.platform === 'win32' || resolve(path) === resolve(homedir())) return;
  try {
    const stat = statSync(path);
    if ((stat.mode & 0o077) === 0) return;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return;
    if (stat.isDirectory() && (stat.mode & 0o1000) !== 0) return;
    chmodSync(path, stat.mode & 0o7700);
  } catch {
    // Missing (no WAL yet) or not ours to change.
  }
}

function checkIdentity(db: Database, path: string, supported: number): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== 0 && applicationId !== WINKELBRUG_APPLICATION_ID) {
    throw new StoreOpenError('foreign', path);
  }
  if (applicationId === 0) {
    // No mark of ours: only an empty database may become one.
    const objects = db
      .prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
      .pluck()
      .get();
    if (version !== 0 || (objects as number) > 0) throw new StoreOpenError('foreign', path);
  }
  if (version > supported) {
    throw new StoreOpenError('newer-version', path, { found: version, supported });
  }
}

function checkIntegrity(db: Database, path: string): void {
  const result = db.pragma('quick_check(1)', { simple: true });
  if (result !== 'ok') throw new StoreOpenError('corrupt', path, {}, { cause: String(result) });
}

function configure(db: Database, path: string): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal')
    throw new StoreOpenError('unreadable', path, { detail: `journal mode ${String(mode)}` });
  // NORMAL is durable against application crashes in WAL mode; a power cut may lose the last
  // commits, which the engine recovers from by looking the booking up by its reference.
  db.pragma('synchronous = NORMAL');
  // Temporary b-trees (sorting, a savepoint's undo pages) stay in memory instead of files in the
  // system's temp folder: they are small, and each page written to a file is a system call.
  db.pragma('temp_store = MEMORY');
  // A checkpoint copies every page the log holds into the database file. The booking steps rewrite
  // the same few pages (the journal's newest rows, their indexes) commit after commit, so a longer
  // log between checkpoints copies each such page once instead of many times: about a seventh of
  // the store's work per order at 4 000 pages (16 MB of log at most, instead of 4).
  db.pragma('wal_autocheckpoint = 4000');
  db.pragma('foreign_keys = ON');
}

function migrate(db: Database, path: string, migrations: readonly Migration[], now: () => number): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}`);
    }
  });
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated in the meantime.
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current >= migration.version) return;
      migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        now(),
      );
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      const failure = classify(error, path);
      if (failure.kind !== 'unreadable') throw failure;
      throw new StoreOpenError(
        'migration-failed',
        path,
        { version: migration.version, detail: errorText(error) },
        { cause: error },
      );
    }
  }
}

/** Maps a file-system or SQLite failure to what the shop owner can act on. */
function classify(error: unknown, path: string): StoreOpenError {
  const code = errnoCode(error) ?? '';
  const cause = { cause: error };
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StoreOpenError('corrupt', path, {}, cause);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_PERM') {
    return new StoreOpenError('no-permission', path, {}, cause);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_AUTH') {
    return new StoreOpenError('no-permission', path, {}, cause);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreOpenError('busy', path, {}, cause);
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new StoreOpenError('disk-full', path, {}, cause);
  if (code === 'EISDIR' || code === 'ENOTDIR') return new StoreOpenError('not-a-file', path, {}, cause);
  return new StoreOpenError('unreadable', path, { detail: errorText(error) }, cause);
}

function errnoCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { LATEST_SCHEMA_VERSION };
