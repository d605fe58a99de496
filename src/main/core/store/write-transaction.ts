// A repository's write: atomic on its own, and part of the caller's transaction inside one. Every
// repository's writes and `Store.transaction` follow this rule.
//
// better-sqlite3 runs a transaction function called inside another as a savepoint, and a savepoint
// keeps an undo copy of every page it touches: on a booking step that copying and the SAVEPOINT and
// RELEASE statements cost more than the write itself. A savepoint only matters to a caller that
// catches the write's error and goes on to commit; the store's callers never do (an error anywhere
// in their transaction rolls all of it back), so inside a transaction a write simply joins it.
import type { Database } from 'better-sqlite3';

/** `work` in its own IMMEDIATE transaction, or within the caller's when one is open. */
export function writeTransaction<A extends unknown[], R>(
  db: Database,
  work: (...args: A) => R,
): (...args: A) => R {
  const own = db.transaction(work);
  return (...args) => (db.inTransaction ? work(...args) : own.immediate(...args));
}
