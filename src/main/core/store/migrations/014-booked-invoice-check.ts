// Version 14: what the month per VAT rate needs to see an invoice changed or deleted in Moneybird
// after it was booked. booked_version is the invoice's version when its figures were recorded (a
// later version means someone edited it); booked_gone_at when a check found it deleted, its booked
// figures removed with it. Orders booked before this version have no version: the first check reads
// their invoices once.
import type { Migration } from './migration';

export const bookedInvoiceCheckMigration: Migration = {
  version: 14,
  name: 'booked invoice check',
  up(db) {
    db.exec(`
      ALTER TABLE order_journal ADD COLUMN booked_version INTEGER;
      ALTER TABLE order_journal ADD COLUMN booked_gone_at INTEGER;
    `);
  },
};
