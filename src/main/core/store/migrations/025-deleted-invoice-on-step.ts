// Version 25: the step that takes a booked order back because its invoice was deleted in Moneybird
// (the owner's "Opnieuw boeken" or "Niet opnieuw boeken") keeps which invoice that was: Moneybird's
// id and the number the owner and their accountant know it by, so the order's page can name it after
// the order is booked again on a new number. Kept on that step only: the order's own row forgets the
// invoice as before, so nothing that books, adopts, compares or counts ever reads it. Steps written
// before have none.
import type { Migration } from './migration';

export const deletedInvoiceOnStepMigration: Migration = {
  version: 25,
  name: 'deleted invoice on step',
  up(db) {
    db.exec(`
      ALTER TABLE order_journal_steps ADD COLUMN deleted_invoice_id TEXT;
      ALTER TABLE order_journal_steps ADD COLUMN deleted_invoice_number TEXT;
    `);
  },
};
