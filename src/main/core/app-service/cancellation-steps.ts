// The moments of a booked order's cancellation in the shop, as steps on its page beside the journal's
// own: when the shop called it off (its own clock, kept on the journal's row as the mark puts it,
// `store/cancelled-in-shop.ts`) and when the owner said they settled it in Moneybird ("Zelf
// geregeld"). Read only, from the row's own columns; the mark itself is gone once settled, the shop's
// moment and the owner's are not.
import type { Store } from '../store';
import { shopTimeToEpoch } from '../sync/order-discovery';

/** A step as the order's page lists it (`journalStepSchema`). */
export interface CancellationStep {
  state: 'cancelled_in_shop' | 'cancellation_settled';
  at: string;
  reasonCode: null;
}

/**
 * The cancellation's steps of an order: the shop's cancellation while it is marked (brought to the
 * owner) or after the owner settled it, and the owner's "Zelf geregeld". None for an order the shop
 * did not call off after booking, nor for one whose mark went because a credit covers it or the shop
 * completed it again (the row does not tell those two apart, and the second undoes the cancellation).
 */
export function cancellationSteps(store: Store, orderNumber: string): CancellationStep[] {
  const row = store.cancelledInShop.moments(orderNumber);
  if (!row) return [];
  const steps: CancellationStep[] = [];
  const marked = row.markedAt !== null;
  const settled = row.settledAt !== null;
  if ((marked || settled) && row.changed !== null) {
    const at = shopTimeToEpoch(row.changed);
    if (at !== null)
      steps.push({ state: 'cancelled_in_shop', at: new Date(at).toISOString(), reasonCode: null });
  }
  // Settled, and not cancelled again since (a new cancellation marks the row anew).
  if (settled && !marked)
    steps.push({
      state: 'cancellation_settled',
      at: new Date(row.settledAt as number).toISOString(),
      reasonCode: null,
    });
  return steps;
}

/**
 * The journal's steps with the cancellation's among them, in time order (a step keeps its place
 * among those of the same moment, the journal's first), and never before the booking they cancel:
 * the shop's clock may run a little behind ours.
 */
export function withCancellationSteps<T extends { state: string; at: string }>(
  steps: readonly T[],
  cancellation: readonly T[],
): T[] {
  const all = [...steps];
  for (const step of cancellation) {
    const booked = all.findIndex((s) => s.state === 'done') + 1;
    const later = all.findIndex((s, index) => index >= booked && s.at > step.at);
    all.splice(later < 0 ? all.length : later, 0, step);
  }
  return all;
}
