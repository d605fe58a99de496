// A held order's reason is written when it parks and read for as long as it waits. One part of a
// locked period's reason depends on the day it is read: whether the VAT return its first open day
// falls in was due already (bookkeeping/plan/booking-date.ts). Parked before that return fell due,
// the stored reason says nothing of it; read after, the owner who chooses "Boek op de eerste open
// dag" must still be told that it changes a return they filed. So the screens and the command line
// read the reason as a park on that day would write it; the journal keeps it as it was written.
import { inDueReturn } from '../../../shared/vat-return-due';
import { lockedPeriodRefusal, type RefusalCode } from '../bookkeeping';
import type { JournalEntry, JournalReason } from '../store';

const PERIOD_LOCKED: RefusalCode = 'period_locked';

/**
 * The reason as it reads on `today` (the shop's day): a locked period's reason written before its
 * first open day's VAT return was due, once it is due, says so (written again from its details, with
 * `firstOpenDateReturnDue`). Any other reason, and one that said so already, as it was stored.
 */
export function reasonAsOf(reason: JournalReason | null, today: string): JournalReason | null {
  if (reason?.code !== PERIOD_LOCKED || !reason.details) return reason;
  const { order, date, lockedUntil, firstOpenDate } = reason.details;
  if (typeof firstOpenDate !== 'string' || 'firstOpenDateReturnDue' in reason.details) return reason;
  if (!inDueReturn(firstOpenDate, today)) return reason;
  // Every locked period's reason keeps these beside its first open day (bookingDate's details).
  if (typeof order !== 'string' || typeof date !== 'string' || typeof lockedUntil !== 'string') return reason;
  const now = lockedPeriodRefusal({ number: order, date }, lockedUntil, today);
  if (!now || now.details.firstOpenDate !== firstOpenDate) return reason;
  return { code: reason.code, message: now.message, details: { ...reason.details, ...now.details } };
}

/** A held order as the screens show it on `today`: its reason as it reads that day. */
export function entryAsOf(entry: JournalEntry, today: string): JournalEntry {
  const reason = reasonAsOf(entry.reason, today);
  return reason === entry.reason ? entry : { ...entry, reason };
}
