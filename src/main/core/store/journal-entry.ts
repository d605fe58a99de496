// An order's journal entry as the store hands it out, and the facts a step may fill in: what each
// field means, and the rule that a confirmed fact (a Moneybird id, the reference an invoice was made
// under, the administration it is in) is never replaced by another.
import type { ContactOrigin } from '../../../shared/contract/orders';
import type { LocalizedText } from '../../../shared/i18n/translate';
import type { Decimal } from '../money/decimal';
import { JournalTransitionError } from './errors';
import {
  type AdoptionMark,
  type BookingStyle,
  hasMoneybirdWrites,
  type JournalState,
  type Progress,
  type WriteIntent,
} from './journal-states';

/** The shop's VAT for one rate, as the order states it. */
export interface VatAmount {
  rate: Decimal;
  amount: Decimal;
}

/** Why an order is parked, waiting, or skipped: a code for programs, text for the owner. */
export interface JournalReason {
  code: string;
  message: LocalizedText;
  details?: Record<string, unknown> | null;
}

/** The reason of an order the owner chose to skip; its `details.heldFor` keeps what it was held for. */
export const SKIPPED_BY_OWNER = 'skipped_by_owner';

/**
 * What an order the owner skipped was held for (parked or waiting), in both languages, from its
 * reason's details; null when none was kept (skipped while unpaid, or before skips kept it).
 */
export function heldForOf(details: Record<string, unknown> | null | undefined): LocalizedText | null {
  const held = details?.heldFor;
  if (!held || typeof held !== 'object') return null;
  const { nl, en } = held as Record<string, unknown>;
  return typeof nl === 'string' && typeof en === 'string' ? { nl, en } : null;
}

export interface MoneybirdIds {
  contactId: string | null;
  invoiceId: string | null;
  paymentId: string | null;
}

export interface JournalEntry {
  orderNumber: string;
  state: JournalState;
  /** The last confirmed step; where a parked or waiting order resumes. */
  progress: Progress;
  bookingStyle: BookingStyle | null;
  /** The order's date, YYYY-MM-DD. */
  orderDate: string | null;
  /** On a credit order: the order it credits. */
  creditedOrderNumber: string | null;
  /** The reference the booking carries in Moneybird; how an uncertain create is found again. */
  reference: string | null;
  vatTreatment: string | null;
  currency: string | null;
  shopTotal: Decimal | null;
  shopVat: VatAmount[] | null;
  moneybird: MoneybirdIds;
  /**
   * The Moneybird administration the invoice is in: the one the app was connected to when it made
   * or adopted it (the owner may switch since). Null without an invoice, or for one made before the
   * journal kept it (version 18) when the install's administration was not known: unknown.
   */
  administrationId: string | null;
  reason: JournalReason | null;
  /** A Moneybird write begun at the current step whose outcome is not confirmed yet. */
  writeIntent: WriteIntent | null;
  /** Whether Moneybird is searched for this booking before the first write, or it was adopted from there. */
  adoption: AdoptionMark | null;
  /** Failed attempts at the current step. */
  attempts: number;
  /**
   * Waiting: when the next attempt is due. Seen unpaid (`discovered`): when the shop is next asked
   * whether the payment came in (null: at the next run). Otherwise null.
   */
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
  bookedAt: number | null;
  /** Who ordered, as the shop names them (for the orders screen; never used to book). */
  customerName: string | null;
  customerEmail: string | null;
  /** The number the owner knows the invoice by: a sales invoice's once sent, an external one's reference. */
  invoiceNumber: string | null;
}

/**
 * Whether the order's invoice is known to be in another Moneybird administration than
 * `administrationId` (the one connected now): made before the owner switched. Such a booking is not
 * this administration's to find, compare or book again. Unknown (null) on either side is not known.
 */
export function bookedInAnotherAdministration(
  entry: Pick<JournalEntry, 'administrationId'>,
  administrationId: string | null | undefined,
): boolean {
  if (entry.administrationId === null || !administrationId) return false;
  return entry.administrationId !== administrationId;
}

/**
 * A booked order's invoice that was deleted in Moneybird, as the step that took the booking back
 * keeps it: Moneybird's id, and the number the owner knew it by (a sales invoice's, an external
 * one's reference; null when the journal never learnt it).
 */
export interface DeletedInvoice {
  id: string;
  number: string | null;
}

/** The reason of the steps a take-over of a booking found in Moneybird recorded (`adoption: 'adopted'`). */
export const TAKEN_OVER_STEP = 'taken_over';

/** One step an order went through, with its time (the orders screen shows them). */
export interface JournalStep {
  state: JournalState;
  at: number;
  /** The Moneybird write announced with this step. */
  writeIntent: WriteIntent | null;
  /**
   * Why, for a park, a wait or a skip; `TAKEN_OVER_STEP` on the booking steps a take-over recorded
   * at once from a booking found in Moneybird (nothing of them was written there by Winkelbrug).
   */
  reasonCode: string | null;
  /**
   * On the step that took a booked order back because its invoice was deleted in Moneybird
   * (`forgetBooking`, since version 25): which invoice that was. Null on every other step. Only the
   * order's page reads it: the order's booking is what its row holds, never this.
   */
  deletedInvoice: DeletedInvoice | null;
  /**
   * On a `contact_ok` step the booking recorded (since this was kept): whether the customer's
   * contact was found in Moneybird, found and updated, added, or the shared contact. Absent on every
   * other step, on a take-over's, on a resume's, and on the steps of bookings made before.
   */
  contact?: ContactOrigin;
}

/** Facts about an order that may be filled in or corrected while nothing contradicts them. */
export interface JournalPatch {
  bookingStyle?: BookingStyle;
  orderDate?: string | null;
  creditedOrderNumber?: string | null;
  reference?: string;
  vatTreatment?: string | null;
  currency?: string | null;
  shopTotal?: Decimal | null;
  shopVat?: VatAmount[] | null;
  contactId?: string;
  invoiceId?: string;
  paymentId?: string;
  /** Given with the invoice id: the administration it is in. Set once, like the ids. */
  administrationId?: string;
  adoption?: AdoptionMark | null;
  customerName?: string | null;
  customerEmail?: string | null;
  /** Set once, like the ids: a numbered invoice keeps its number. */
  invoiceNumber?: string;
}

export interface NewJournalEntry extends JournalPatch {
  orderNumber: string;
  state?: 'discovered' | 'pending';
}

export interface TransitionRequest {
  /** The state the caller saw; the step is refused if the order is no longer in it. */
  from: JournalState;
  to: JournalState;
  patch?: JournalPatch;
  /** Required when parking or waiting; optional when skipping. Cleared when the booking goes on. */
  reason?: JournalReason;
  /** Required when waiting: when the next attempt is due (ms since the epoch). */
  nextAttemptAt?: number;
  /** On resume: start counting failed attempts afresh (the owner fixed the cause). */
  resetAttempts?: boolean;
  /** On a confirmed step: the next Moneybird write, announced in the same transaction. */
  intent?: WriteIntent;
  /** On the step to `contact_ok`: how the customer's contact was come by, kept on the step. */
  contact?: ContactOrigin;
}

export type JournalCounts = Record<JournalState, number>;

const SET_ONCE = [
  ['contactId', 'contact'],
  ['invoiceId', 'invoice'],
  ['paymentId', 'payment'],
] as const;

/** Applies a patch to an entry, refusing to overwrite a confirmed fact with a different one. */
export function applyPatch(entry: JournalEntry, patch: JournalPatch): JournalEntry {
  const next: JournalEntry = { ...entry, moneybird: { ...entry.moneybird } };
  for (const [key, what] of SET_ONCE) {
    const proposed = patch[key];
    if (proposed === undefined) continue;
    const existing = entry.moneybird[key];
    if (existing !== null && existing !== proposed) {
      throw new JournalTransitionError('id-conflict', entry.orderNumber, { what, existing, proposed });
    }
    next.moneybird[key] = proposed;
  }
  if (patch.reference !== undefined) {
    // Moneybird knows a booking by its reference: it may change only while no invoice was made or
    // begun under it (adoption of a booking an earlier install made under the legacy prefix).
    const invoiceBegun = entry.moneybird.invoiceId !== null || entry.writeIntent === 'invoice';
    if (entry.reference !== null && entry.reference !== patch.reference && invoiceBegun) {
      throw new JournalTransitionError('id-conflict', entry.orderNumber, {
        what: 'reference',
        existing: entry.reference,
        proposed: patch.reference,
      });
    }
    next.reference = patch.reference;
  }
  if (patch.administrationId !== undefined) {
    // An invoice does not move between administrations.
    if (entry.administrationId !== null && entry.administrationId !== patch.administrationId) {
      throw new JournalTransitionError('id-conflict', entry.orderNumber, {
        what: 'administration',
        existing: entry.administrationId,
        proposed: patch.administrationId,
      });
    }
    next.administrationId = patch.administrationId;
  }
  if (patch.bookingStyle !== undefined && patch.bookingStyle !== entry.bookingStyle) {
    if (entry.bookingStyle !== null && hasMoneybirdWrites(entry.progress)) {
      throw new JournalTransitionError('illegal', entry.orderNumber, {
        from: entry.state,
        to: entry.state,
        detail: 'the booking style cannot change once Moneybird holds part of the booking',
      });
    }
    next.bookingStyle = patch.bookingStyle;
  }
  if (patch.orderDate !== undefined) next.orderDate = patch.orderDate;
  if (patch.creditedOrderNumber !== undefined) next.creditedOrderNumber = patch.creditedOrderNumber;
  if (patch.vatTreatment !== undefined) next.vatTreatment = patch.vatTreatment;
  if (patch.currency !== undefined) next.currency = patch.currency;
  if (patch.shopTotal !== undefined) next.shopTotal = patch.shopTotal;
  if (patch.shopVat !== undefined) next.shopVat = patch.shopVat;
  if (patch.adoption !== undefined) next.adoption = patch.adoption;
  if (patch.customerName !== undefined) next.customerName = patch.customerName;
  if (patch.customerEmail !== undefined) next.customerEmail = patch.customerEmail;
  if (patch.invoiceNumber !== undefined && next.invoiceNumber === null)
    next.invoiceNumber = patch.invoiceNumber;
  // An external invoice carries the order's reference as its number.
  if (
    next.bookingStyle === 'external_invoice' &&
    next.moneybird.invoiceId !== null &&
    next.invoiceNumber === null
  )
    next.invoiceNumber = next.reference;
  return next;
}
