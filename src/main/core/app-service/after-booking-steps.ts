// The moments after a booking that the order's page lists as steps beside the journal's own: when
// the shop called the booked order off (its own clock, kept on the journal's row as the mark puts it,
// `store/cancelled-in-shop.ts`), when the owner said they settled that in Moneybird ("Zelf
// geregeld"), when a credit order of it was booked, and when a check found the booked invoice deleted
// in Moneybird. Read only, from the rows' own columns; the mark itself is gone once settled, the
// shop's moment and the owner's are not.

import { shopTimeToEpoch } from '../../../shared/shop-calendar';
import { abs } from '../money/decimal';
import type { JournalEntry, Store } from '../store';

/** A step as the order's page lists it (`journalStepSchema`). */
export interface AfterBookingStep {
  state: 'cancelled_in_shop' | 'cancellation_settled' | 'credited' | 'deleted_in_moneybird';
  at: string;
  reasonCode: null;
  /** On `credited`: the credit order booked, its credit invoice, and whether the order is credited whole by then. */
  credit?: { orderNumber: string; invoiceNumber: string | null; partly: boolean };
}

/**
 * The cancellation's steps of an order: the shop's cancellation while it is marked (brought to the
 * owner) or after the owner settled it, and the owner's "Zelf geregeld". None for an order the shop
 * did not call off after booking, nor for one whose mark went because a credit covers it or the shop
 * completed it again (the row does not tell those two apart, and the second undoes the cancellation).
 */
export function cancellationSteps(store: Store, orderNumber: string): AfterBookingStep[] {
  const row = store.cancelledInShop.moments(orderNumber);
  if (!row) return [];
  const steps: AfterBookingStep[] = [];
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
 * The booked invoice found deleted in Moneybird: when a check (or the order's page) found it. None
 * once the order is booked again (its new booking's first step says why).
 */
export function deletedStep(store: Store, entry: JournalEntry): AfterBookingStep[] {
  const at = entry.state === 'done' ? store.vatFigures.goneAt(entry.orderNumber) : null;
  return at === null
    ? []
    : [{ state: 'deleted_in_moneybird', at: new Date(at).toISOString(), reasonCode: null }];
}

/**
 * Each credit order of the order with its credit note in the books, when it was booked: by which
 * credit order and invoice, and whether the order is only partly credited then (the credit notes so
 * far take off less than its total). None for a credit order itself.
 */
export function creditSteps(store: Store, entry: JournalEntry): AfterBookingStep[] {
  if (entry.creditedOrderNumber !== null) return [];
  const notes = store.periodFacts.creditNotesOf([entry.orderNumber]).get(entry.orderNumber) ?? [];
  const total = entry.shopTotal === null ? null : abs(entry.shopTotal);
  let credited = 0n;
  const steps: AfterBookingStep[] = [];
  for (const note of notes) {
    credited += abs(note.lines.reduce((sum, line) => sum + line.inclTax, 0n));
    const bookedAt = store.journal.get(note.orderNumber)?.bookedAt ?? null;
    if (bookedAt === null) continue;
    steps.push({
      state: 'credited',
      at: new Date(bookedAt).toISOString(),
      reasonCode: null,
      credit: {
        orderNumber: note.orderNumber,
        invoiceNumber: note.invoiceNumber,
        partly: total !== null && credited < total,
      },
    });
  }
  return steps;
}

/** Every step after the booking of the order: its cancellation's, its credits and its invoice's deletion. */
export function afterBookingSteps(store: Store, entry: JournalEntry): AfterBookingStep[] {
  return [
    ...cancellationSteps(store, entry.orderNumber),
    ...creditSteps(store, entry),
    ...deletedStep(store, entry),
  ];
}

/**
 * The journal's steps with those after the booking among them, in time order (a step keeps its
 * place among those of the same moment, the journal's first), and never before the booking they
 * follow: the shop's clock may run a little behind ours.
 */
export function withStepsAfterBooking<T extends { state: string; at: string }>(
  steps: readonly T[],
  after: readonly T[],
): T[] {
  const all = [...steps];
  for (const step of after) {
    const booked = all.findIndex((s) => s.state === 'done') + 1;
    const later = all.findIndex((s, index) => index >= booked && s.at > step.at);
    all.splice(later < 0 ? all.length : later, 0, step);
  }
  return all;
}
