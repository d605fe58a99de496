// Named positions the sync keeps between runs, e.g. `mww.status_changed_since`: the time from which
// the next run asks the shop for changed orders.
import type { Database } from 'better-sqlite3';
import { writeTransaction } from './write-transaction';

export interface CursorRepository {
  get(name: string): string | undefined;
  /** When the cursor was last set (ms since the epoch), or undefined when it is not set. */
  updatedAt(name: string): number | undefined;
  set(name: string, value: string): void;
  /** Sets the cursor only if it still holds `expected` (undefined: not set); whether it was set. */
  compareAndSet(name: string, expected: string | undefined, value: string): boolean;
  remove(name: string): void;
}

export function createCursorRepository(db: Database, now: () => number = Date.now): CursorRepository {
  const select = db.prepare('SELECT value FROM cursors WHERE name = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO cursors (name, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const selectUpdatedAt = db.prepare('SELECT updated_at FROM cursors WHERE name = ?').pluck();
  const remove = db.prepare('DELETE FROM cursors WHERE name = ?');
  const compareAndSet = writeTransaction(db, (name: string, expected: string | undefined, value: string) => {
    if ((select.get(name) as string | undefined) !== expected) return false;
    upsert.run(name, value, now());
    return true;
  });

  return {
    get: (name) => select.get(name) as string | undefined,
    updatedAt: (name) => (selectUpdatedAt.get(name) as number | undefined) ?? undefined,
    set: (name, value) => {
      upsert.run(name, value, now());
    },
    compareAndSet: (name, expected, value) => compareAndSet(name, expected, value),
    remove: (name) => {
      remove.run(name);
    },
  };
}
