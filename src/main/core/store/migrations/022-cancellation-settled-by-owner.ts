// Version 22: when the owner answered "Zelf geregeld" for a booked order the shop called off: they
// corrected Moneybird by hand, so a credit order of it made later is asked about before it is booked
// (it might credit twice). Kept on the order's own row, beside its mark (migration 21).
import type { Migration } from './migration';

export const cancellationSettledByOwnerMigration: Migration = {
  version: 22,
  name: 'cancellation settled by owner',
  up(db) {
    db.exec('ALTER TABLE order_journal ADD COLUMN cancelled_settled_at INTEGER;');
  },
};
