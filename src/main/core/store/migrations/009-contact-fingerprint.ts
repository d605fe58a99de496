// Version 9: what the app knows of each contact's details, so a known customer whose details did not
// change costs no request, and one whose details changed in the shop gets their contact updated once.
import type { Migration } from './migration';

export const contactFingerprintMigration: Migration = {
  version: 9,
  name: 'contact fingerprint',
  up(db) {
    db.exec(`
      -- The contact's company, VAT number and address as Moneybird last showed them (JSON), from
      -- the synchronization fetch or the answer to our own create or update.
      ALTER TABLE contacts ADD COLUMN details TEXT CHECK (details IS NULL OR json_valid(details));
      -- The shop's details of this customer when the app last kept the contact current (JSON, the
      -- fingerprint compared with each new order), and the date of the order they came from: an
      -- older order never rolls the contact back.
      ALTER TABLE contacts ADD COLUMN shop_fingerprint TEXT
        CHECK (shop_fingerprint IS NULL OR json_valid(shop_fingerprint));
      ALTER TABLE contacts ADD COLUMN shop_details_as_of TEXT;
      -- Contacts cached before have no details yet: forgetting their versions makes the next
      -- refresh fetch them once (a request per hundred contacts).
      UPDATE contacts SET version = NULL;
    `);
  },
};
