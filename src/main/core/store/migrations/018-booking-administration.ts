// Version 18: the Moneybird administration each booking was made in. The owner may switch the
// administration the app books into; the bookings made before stay in the old one. Without this the
// journal could not tell them from bookings deleted in Moneybird, so comparing a month with the new
// administration called them deleted and invited the owner to book them again.
// Existing bookings take the administration the install was set up with (the stored setting), when
// they were made after it was last chosen; earlier ones (the owner chose an administration again
// since, perhaps another) and installs configured without the setting keep NULL: unknown.
import type { Migration } from './migration';

/** The setting the owner's choice of administration is stored under (core-runtime.ts). */
const ADMINISTRATION_SETTING = 'moneybird.administrationId';

export const bookingAdministrationMigration: Migration = {
  version: 18,
  name: 'booking administration',
  up(db) {
    db.exec('ALTER TABLE order_journal ADD COLUMN moneybird_administration_id TEXT');
    // A booking's time is its current invoice's creation step (kept since version 6); an order
    // journalled before steps were kept has only its row's creation, which came before its invoice.
    db.prepare(
      `UPDATE order_journal AS j SET moneybird_administration_id = s.administration
       FROM (SELECT json_extract(value, '$') AS administration, updated_at AS chosen_at
             FROM settings WHERE key = @key AND json_type(value) = 'text') AS s
       WHERE j.moneybird_invoice_id IS NOT NULL
         AND coalesce((SELECT max(at) FROM order_journal_steps t
                       WHERE t.order_number = j.order_number AND t.state = 'invoice_created'),
                      j.created_at) >= s.chosen_at`,
    ).run({ key: ADMINISTRATION_SETTING });
  },
};
