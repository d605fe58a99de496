// What the tests of orders the shop calls off share (cancelled-in-shop, cancelled-in-shop-explores):
// the simulator's "Geannuleerd", the order's log and mark, the owner's "Zelf geregeld", and what a
// look at a status costs in shop requests.
import { createCancellationChannels } from '../../../src/main/core/app-service/cancellation-channels';
import type { SyncWorld } from './support';

/** The shop's status "Geannuleerd" in the simulator. */
export const CANCELLED = 7;

/** The owner's log lines of the order, oldest first. */
export const logOf = (w: SyncWorld, orderNumber: number | string) =>
  w.runtime.store.log
    .recent({ orderNumber: String(orderNumber), limit: 50 })
    .map((l) => ({ level: l.level, nl: l.message.nl, en: l.message.en }))
    .reverse();

/** The order's mark as called off in the shop, if it has one now. */
export const markOf = (w: SyncWorld, orderNumber: number | string) =>
  w.runtime.store.cancelledInShop.get(String(orderNumber));

/** The owner's "Zelf geregeld" on the order's page. */
export const settle = async (w: SyncWorld, orderNumber: number) =>
  createCancellationChannels(w.runtime.store)['orders.settleCancellation']({
    orderNumber: String(orderNumber),
  });

/** The shop's listings of one status (the requests a look at it costs). */
export const listingsOf = (w: SyncWorld, status: number) =>
  w.mww.server.log.entries.filter((e) => e.path === '/v1/orders' && e.query.status_id === String(status));
