// Version 28: a contact's mark of the shop's details keeps which order's booking sent them to
// Moneybird in an update, written with the mark. A booking stopped after the update and before its
// contact step was recorded (a crash, a full disk) finds the details equal when it resumes: this
// tells it the update was its own, so its page says the details were updated rather than found.
// A mark that sent nothing (Moneybird agreed, or the app made the contact) keeps none, and so do the
// marks made before.
import type { Migration } from './migration';

export const contactUpdateOrderMigration: Migration = {
  version: 28,
  name: 'contact update order',
  up(db) {
    db.exec('ALTER TABLE contacts ADD COLUMN shop_details_updated_by TEXT;');
  },
};
