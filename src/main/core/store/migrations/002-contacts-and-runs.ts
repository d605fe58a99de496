// Version 2: the contact cache, sync runs and the history import.
import type { Migration } from './migration';

export const contactsAndRunsMigration: Migration = {
  version: 2,
  name: 'contact cache, sync runs, history import',
  up(db) {
    db.exec(`
      -- Moneybird contacts as last seen through the synchronization API (version bumps on change),
      -- and the keys a customer is matched by (normalised e-mail, or another key).
      CREATE TABLE contacts (
        contact_id TEXT    PRIMARY KEY NOT NULL,
        version    INTEGER,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE contact_match_keys (
        match_key  TEXT    PRIMARY KEY NOT NULL,
        contact_id TEXT    NOT NULL REFERENCES contacts (contact_id) ON DELETE CASCADE
      ) WITHOUT ROWID;
      CREATE INDEX contact_match_keys_contact ON contact_match_keys (contact_id);

      CREATE TABLE sync_runs (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        kind        TEXT    NOT NULL CHECK (kind IN ('scheduled', 'manual', 'import')),
        started_at  INTEGER NOT NULL,
        finished_at INTEGER,
        outcome     TEXT    NOT NULL CHECK (outcome IN ('running', 'completed', 'completed_with_parked',
                      'failed', 'cancelled', 'interrupted')),
        seen        INTEGER NOT NULL DEFAULT 0,
        booked      INTEGER NOT NULL DEFAULT 0,
        parked      INTEGER NOT NULL DEFAULT 0,
        skipped     INTEGER NOT NULL DEFAULT 0,
        waiting     INTEGER NOT NULL DEFAULT 0,
        error       TEXT    CHECK (error IS NULL OR json_valid(error))
      );
      CREATE INDEX sync_runs_started ON sync_runs (started_at);

      -- At most one history import; the row survives restarts so the import resumes.
      CREATE TABLE history_import (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        since      TEXT    NOT NULL,
        status     TEXT    NOT NULL CHECK (status IN ('running', 'paused', 'completed', 'failed')),
        total      INTEGER,
        done       INTEGER NOT NULL DEFAULT 0,
        resume_at  TEXT,
        error      TEXT    CHECK (error IS NULL OR json_valid(error)),
        started_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        finished_at INTEGER
      );
    `);
  },
};
