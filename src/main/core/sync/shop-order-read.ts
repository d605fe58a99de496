// When the shop cannot give one order the journal holds (deleted there: 404; its own error on that
// order: 5xx, again and again), that order is the problem, not the run: it parks or waits, and the
// run goes on with the others. Only what concerns every order stops the run: the shop refusing the
// connection (401, 403) or the plan (402), as a listing would show it too, and the owner's cancel.
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { localize } from '../../../shared/i18n/translate';
import { ApiError } from '../http/errors';
import type { JournalReason } from '../store';

/** Whether a failed read of one order concerns the whole shop connection, so the run must stop. */
export function stopsTheRun(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  // A cancelled run ends here too: the order stays as it was for the next run.
  return error.kind === 'authentication' || error.kind === 'plan-limit' || error.kind === 'cancelled';
}

/** Whether the shop said it does not have the order (any more). */
export const isGoneFromShop = (error: unknown): boolean =>
  error instanceof ApiError && error.service === 'mijnwebwinkel' && error.kind === 'not-found';

/** Why an order the shop no longer has is parked: the owner decides, as nothing can be read of it. */
export function goneFromShopReason(orderNumber: string): JournalReason {
  return {
    code: 'order_gone_from_shop',
    message: localize(syncMessages, 'sync.order_gone_from_shop', { order: orderNumber }),
  };
}

/**
 * A read of one order for a step that can do without it (proposing a run's rates): undefined when
 * the shop cannot give it now; the order's own booking says why.
 */
export async function orderIfReadable<T>(read: Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (stopsTheRun(error)) throw error;
    return undefined;
  }
}
