// Whether a data folder is one that synced before, and what a missing connection is then called.
// "Never set up" and "disconnected" look the same in the keychain (no token); the data folder tells
// them apart: a folder that ran the sync, or holds bookings, was set up, so a token missing now was
// disconnected (or did not come along to this computer). The owner then connects again, and is told
// that what was booked stays in Moneybird, and, when both connections are gone, that both are.
import { type SetupMessageKey, setupMessages } from '../../../shared/i18n/messages/setup';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import type { Store } from '../store';

/** The folder has a sync run or a booking: it was set up and synced before. */
export function syncedBefore(store: Store | null): boolean {
  if (!store) return false;
  return store.runs.latest() !== undefined || store.journal.holdsBookings();
}

/**
 * Why a connection is not there: "not connected yet", or "no longer connected" for a folder that
 * synced. When the other connection is gone too (`bothMissing`), a folder that synced says so for
 * both: reconnecting only the one named would leave the owner stuck at the other.
 */
export function missingConnectionKey(
  service: 'shop' | 'moneybird',
  synced: boolean,
  bothMissing = false,
): SetupMessageKey {
  if (synced && bothMissing) return 'step.both.disconnected';
  if (service === 'shop') return synced ? 'step.shop.disconnected' : 'step.shop.missing';
  return synced ? 'step.moneybird.disconnected' : 'step.moneybird.missing';
}

export function missingConnectionReason(
  service: 'shop' | 'moneybird',
  store: Store | null,
  bothMissing = false,
): LocalizedText {
  return localize(setupMessages, missingConnectionKey(service, syncedBefore(store), bothMissing));
}
