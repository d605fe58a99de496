// Version 12: a match key held by several contacts. Two Moneybird contacts may carry one e-mail
// address (a customer entered twice); the key table held one contact per key, the oldest, so when
// the owner deleted that one the key was gone and the customer's next order made a third contact
// beside the one that remained. Every contact now keeps its keys; a look-up takes the oldest.
// The pairs the old table could not hold come back when each contact is read again: the stored
// versions are cleared, so the next refresh reads every contact once.
import type { Migration } from './migration';

export const sharedMatchKeysMigration: Migration = {
  version: 12,
  name: 'shared match keys',
  up(db) {
    db.exec(`
      CREATE TABLE contact_match_keys_shared (
        match_key  TEXT NOT NULL,
        contact_id TEXT NOT NULL REFERENCES contacts (contact_id) ON DELETE CASCADE,
        PRIMARY KEY (match_key, contact_id)
      ) WITHOUT ROWID;
      INSERT INTO contact_match_keys_shared (match_key, contact_id)
        SELECT match_key, contact_id FROM contact_match_keys;
      DROP TABLE contact_match_keys;
      ALTER TABLE contact_match_keys_shared RENAME TO contact_match_keys;
      CREATE INDEX contact_match_keys_contact ON contact_match_keys (contact_id);
      UPDATE contacts SET version = NULL;
    `);
  },
};
