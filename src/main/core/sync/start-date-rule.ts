// How far back the day orders are booked from may move. Only the first run asks the shop by order
// date; after it, runs ask only for orders whose status changed since the last one, so a start date
// moved back past the one they book from would book nothing of the days between — while the
// dashboard said it did. Those days are booked by the history import ("Eerdere bestellingen
// boeken"), which asks for them by order date and widens the start date itself. Shared by the
// setup's order choice and the command line.
import type { Store } from '../store';
import { STATUS_CHANGED_CURSOR } from './order-admission';
import { startDateSetting } from './sync-settings';

/** The earliest start date a change may set: the one the sync books from once it ran; else null. */
export function earliestStartDate(store: Pick<Store, 'settings' | 'cursors'>): string | null {
  const booksFrom = store.settings.get(startDateSetting);
  return booksFrom && store.cursors.get(STATUS_CHANGED_CURSOR) !== undefined ? booksFrom : null;
}
