// The owner may switch the booking style or the reference prefix in Settings while orders are on
// their way. An order is planned with what the journal recorded for it where Moneybird may already
// hold part of its booking, so a half-booked sales invoice is never finished as an external one.
import { type BookkeepingSettings, bookingReference } from '../bookkeeping';
import {
  type BookingStyle,
  bookingKindOf,
  bookingStyleOf,
  hasMoneybirdWrites,
  type JournalEntry,
  type OrderJournal,
} from '../store';

/**
 * Whether the order was booked before and taken back (its invoice was deleted in Moneybird and the
 * owner asked to book it again): its booking is looked up, and made again, as it was made.
 */
const bookedBefore = (journal: OrderJournal, entry: JournalEntry): boolean =>
  entry.adoption === 'look_up' && journal.steps(entry.orderNumber).some((step) => step.state === 'done');

/**
 * The settings an order is planned with. Its booking style: the one the journal recorded once
 * Moneybird may hold part of the booking, or held it once; before that the current setting, or its
 * original's for a credit, recorded anew. Its reference: the one recorded when it was admitted,
 * under the prefix of that day.
 */
export function recordedChoices(
  journal: OrderJournal,
  entry: JournalEntry,
  settings: BookkeepingSettings,
): { entry: JournalEntry; settings: BookkeepingSettings } {
  let current = entry;
  let planned = settings;
  const originalStyle = current.creditedOrderNumber
    ? journal.get(current.creditedOrderNumber)?.bookingStyle
    : undefined;
  const wanted: BookingStyle = originalStyle ?? bookingStyleOf(settings.bookingStyle);
  if (current.bookingStyle !== wanted) {
    if (
      current.bookingStyle !== null &&
      (hasMoneybirdWrites(current.progress) || bookedBefore(journal, current))
    ) {
      planned = { ...planned, bookingStyle: bookingKindOf(current.bookingStyle) };
    } else {
      current = journal.amend(current.orderNumber, current.state, { bookingStyle: wanted });
      planned = { ...planned, bookingStyle: bookingKindOf(wanted) };
    }
  }
  // `MWAAAA-1042` was made from `-1042`: what precedes it is the prefix of the admission's day.
  const suffix = bookingReference(current.orderNumber, '');
  const reference = current.reference;
  if (reference && reference.length > suffix.length && reference.endsWith(suffix)) {
    const prefix = reference.slice(0, -suffix.length);
    if (prefix !== planned.referencePrefix) planned = { ...planned, referencePrefix: prefix };
  }
  return { entry: current, settings: planned };
}
