// Version 16: whether the owner archived a contact. Moneybird keeps an archived contact and it is
// still the customer's, so it is matched (never made again); but when the owner archived one contact
// and made another for the same customer, the active one is the one to use. The look-up takes an
// active contact before an archived one, and the oldest only among equals.
// Contacts cached before this version are taken as active. Only where a key is shared does it
// matter: those contacts' versions are cleared, so the next refresh reads them (and their state) once.
import type { Migration } from './migration';

export const archivedContactsMigration: Migration = {
  version: 16,
  name: 'archived contacts',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
      UPDATE contacts SET version = NULL WHERE contact_id IN (
        SELECT contact_id FROM contact_match_keys WHERE match_key IN (
          SELECT match_key FROM contact_match_keys GROUP BY match_key HAVING count(*) > 1));
    `);
  },
};
