// The owner's answer to a booked order the shop called off: "I settled it in Moneybird myself". The
// notice goes, and the same cancellation is not brought up again; a credit order the shop makes later
// is still booked as a credit note (the engine's own path, unchanged by this answer).
import type { ActionResult } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { localize } from '../../../shared/i18n/translate';
import type { Store } from '../store';
import type { Handlers } from './dispatch';

export type CancellationHandlers = Pick<Handlers, 'orders.settleCancellation'>;

/**
 * `changed`: tells the shells the status changed (one cancellation fewer waits for the owner), so the
 * tray, which hears only events, says it at once, not after the next run.
 */
export function createCancellationChannels(
  store: Store,
  now: () => number = Date.now,
  changed: () => void = () => {},
): CancellationHandlers {
  return {
    'orders.settleCancellation': ({ orderNumber }): ActionResult => {
      if (!store.cancelledInShop.settleByOwner(orderNumber)) {
        return {
          accepted: false,
          runId: null,
          reason: localize(app, 'orders.settleCancellation.notMarked', { order: orderNumber }),
        };
      }
      store.log.append({
        at: now(),
        level: 'info',
        message: localize(syncMessages, 'sync.cancelled_in_shop.settled_by_owner', { order: orderNumber }),
        orderNumber,
        runId: null,
      });
      changed();
      return { accepted: true, runId: null, reason: null };
    },
  };
}

/** Stand-in for a core without a data folder: no order is marked there. */
export function cancellationUnavailable(): CancellationHandlers {
  return {
    'orders.settleCancellation': ({ orderNumber }) => ({
      accepted: false,
      runId: null,
      reason: localize(app, 'orders.settleCancellation.notMarked', { order: orderNumber }),
    }),
  };
}
