// The moments of a booked order's cancellation in the shop, as steps on its page beside the journal's
// own: when the shop called it off (its own clock, kept on the journal's row as the mark puts it,
// `store/cancelled-in-shop.ts`) and when the owner said they settled it in Moneybird ("Zelf
// geregeld"). Read only, from the row's own columns; the mark itself is gone once settled, the shop's
// moment and the owner's are not.
import type { Store } from '../store';
import { shopLocalTime } from '../sync/order-discovery';

/** A step as the order's page lists it (`journalStepSchema`). */
export interface CancellationStep {
  state: 'cancelled_in_shop' | 'cancellation_settled';
  at: string;
  reasonCode: null;
}

/** The shop's clock: the zone Mijnwebwinkel writes its times in, as discovery reads them. */
const SHOP_TIME_ZONE = 'Europe/Amsterdam';

/**
 * A moment on the shop's clock ("YYYY-MM-DD hh:mm:ss", no zone) as milliseconds since the epoch; null
 * for anything else. The zone's offset is the one in force at that moment (summer or winter time).
 */
export function shopTimeToEpoch(text: string, timeZone = SHOP_TIME_ZONE): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, se] = match.map(Number) as number[];
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, se ?? 0);
  if (Number.isNaN(asUtc)) return null;
  // The shop's clock at a moment, less that moment: the zone's offset then. Taken at the first guess
  // and once more at the corrected one, so a moment beside a switch of summer time lands right.
  const offsetAt = (ms: number) => {
    const local = shopTimeToUtcMs(shopLocalTime(ms, timeZone));
    return local === null ? 0 : local - ms;
  };
  const first = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(first);
}

function shopTimeToUtcMs(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, se] = match.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, se!);
}

interface Row {
  cancelled_status_changed: string | null;
  cancelled_in_shop_at: number | null;
  cancelled_settled_at: number | null;
}

/**
 * The cancellation's steps of an order: the shop's cancellation while it is marked (brought to the
 * owner) or after the owner settled it, and the owner's "Zelf geregeld". None for an order the shop
 * did not call off after booking, nor for one whose mark went because a credit covers it or the shop
 * completed it again (the row does not tell those two apart, and the second undoes the cancellation).
 */
export function cancellationSteps(store: Store, orderNumber: string): CancellationStep[] {
  const row = store.db
    .prepare(
      `SELECT cancelled_status_changed, cancelled_in_shop_at, cancelled_settled_at
       FROM order_journal WHERE order_number = ?`,
    )
    .get(orderNumber) as Row | undefined;
  if (!row) return [];
  const steps: CancellationStep[] = [];
  const marked = row.cancelled_in_shop_at !== null;
  const settled = row.cancelled_settled_at !== null;
  if ((marked || settled) && row.cancelled_status_changed !== null) {
    const at = shopTimeToEpoch(row.cancelled_status_changed);
    if (at !== null)
      steps.push({ state: 'cancelled_in_shop', at: new Date(at).toISOString(), reasonCode: null });
  }
  // Settled, and not cancelled again since (a new cancellation marks the row anew).
  if (settled && !marked)
    steps.push({
      state: 'cancellation_settled',
      at: new Date(row.cancelled_settled_at as number).toISOString(),
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
