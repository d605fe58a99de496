// The owner's answer to an order parked because it is dated in Moneybird's locked period: book it on
// the first open day. The choice is kept per order (the plan reads it on the next attempt), then
// the order is retried like any parked order. Skipping is the ordinary `orders.skip`.
import type { ActionResult } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { localize } from '../../../shared/i18n/translate';
import type { Store } from '../store';
import { lockedPeriodMovesSetting } from '../sync/sync-settings';
import type { Handlers } from './dispatch';
import type { SyncController } from './sync-controller';

export type LockedPeriodHandlers = Pick<Handlers, 'orders.bookInOpenPeriod'>;

/** The reason code of a booking refused for a locked period (bookkeeping/plan/booking-date.ts). */
export const PERIOD_LOCKED = 'period_locked';

export function createLockedPeriodChannels(store: Store, sync: SyncController): LockedPeriodHandlers {
  return {
    'orders.bookInOpenPeriod': ({ orderNumber }) => {
      const numbers = orderNumber === undefined ? parkedInLockedPeriod(store) : [orderNumber];
      if (numbers.length === 0)
        return {
          accepted: false,
          runId: null,
          reason: localize(app, 'orders.lockedPeriod.none'),
        } satisfies ActionResult;
      const chosen = new Set(store.settings.get(lockedPeriodMovesSetting));
      for (const number of numbers) chosen.add(number);
      store.settings.set(lockedPeriodMovesSetting, [...chosen]);
      // One sync for them all.
      return sync.retryOrders(numbers);
    },
  };
}

/** Orders parked now because they are dated in the locked period. */
function parkedInLockedPeriod(store: Store): string[] {
  return store.journal
    .list({ states: ['parked'], limit: 100_000 })
    .filter((entry) => entry.reason?.code === PERIOD_LOCKED)
    .map((entry) => entry.orderNumber);
}

/** Stand-in for a core without a data folder: nothing is parked there. */
export function lockedPeriodUnavailable(): LockedPeriodHandlers {
  return {
    'orders.bookInOpenPeriod': () => ({
      accepted: false,
      runId: null,
      reason: localize(app, 'orders.lockedPeriod.none'),
    }),
  };
}
