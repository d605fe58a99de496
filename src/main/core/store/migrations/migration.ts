// One step of the database schema. Steps are numbered from 1 without gaps, never edited once
// released (a released file may exist on a shop owner's disk), and each runs in its own transaction.
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** The schema version this step produces; the database's user_version after it. */
  readonly version: number;
  /** A short name kept in schema_migrations for diagnostics. */
  readonly name: string;
  up(db: Database): void;
}
