// Version 23: a booked order the shop called off together with a credit order still on its way is
// told to the owner only if that credit note does not land. Until then the cancellation waits on the
// order's own row — the shop's status name and moment of the change, as a mark keeps them (migration
// 21) — instead of in a list among the owner's settings, which had a size limit and outlived the
// journal rows it named. Few rows ever wait: their own small index serves the run's look at them.
import type { Migration } from './migration';

const OLD_SETTING = 'sync.cancellationsAwaitingCredit';

export const cancellationsAwaitingCreditMigration: Migration = {
  version: 23,
  name: 'cancellations awaiting credit',
  up(db) {
    db.exec(`
      ALTER TABLE order_journal ADD COLUMN credit_awaited_status TEXT;
      ALTER TABLE order_journal ADD COLUMN credit_awaited_changed TEXT;
      CREATE INDEX order_journal_credit_awaited ON order_journal (order_number)
        WHERE credit_awaited_changed IS NOT NULL;
    `);
    const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(OLD_SETTING);
    if (typeof stored === 'string') {
      const move = db.prepare(
        `UPDATE order_journal SET credit_awaited_status = ?, credit_awaited_changed = ?
         WHERE order_number = ?`,
      );
      for (const item of listOf(stored)) move.run(item.status, item.changed, item.orderNumber);
      db.prepare('DELETE FROM settings WHERE key = ?').run(OLD_SETTING);
    }
  },
};

/**
 * The stored list's well-formed items (the settings table holds valid JSON only); anything else is
 * dropped, and the next run judges those orders anew.
 */
function listOf(json: string): Array<{ orderNumber: string; status: string; changed: string }> {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (item): item is { orderNumber: string; status: string; changed: string } =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.orderNumber === 'string' &&
      typeof item.status === 'string' &&
      typeof item.changed === 'string',
  );
}
