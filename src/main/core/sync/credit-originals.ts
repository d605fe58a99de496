// Credits follow their original (#11): a credit order is booked against the booking of the order it
// credits, so it waits while that original is on its way, and is parked when the original is not
// booked or can no longer be read. With the original come the other credits of the same order and
// the shop's refunds of its payments, which decide how much may still be credited and how the credit
// is settled.
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { writtenAmounts } from '../../../shared/i18n/written-money';
import {
  type BookingPlan,
  type BookkeepingSettings,
  isRefusal,
  type MoneybirdReferenceData,
  type OriginalBooking,
  planBooking,
} from '../bookkeeping';
import { NotFoundError } from '../http/errors';
import type { Order } from '../mijnwebwinkel/order-schema';
import { abs, parseDecimal, sum, toFixed } from '../money/decimal';
import { administrationNames } from '../moneybird/administration-names';
import type { MoneybirdClient } from '../moneybird/client';
import { bookedInAnotherAdministration, type JournalEntry, type JournalReason, type Store } from '../store';
import { otherCreditsOf } from './credit-notes';
import { BEFORE_START_DATE, CANCELLED_IN_SHOP } from './set-aside-reasons';
import type { ShopPaymentRecordReader } from './shop-payment-records';

/** Why a credit is parked when its original's invoice is gone from Moneybird. */
export const ORIGINAL_INVOICE_GONE = 'original_invoice_gone';
/** Why a credit is parked when its original was booked in the administration the owner switched from. */
export const ORIGINAL_OTHER_ADMINISTRATION = 'original_other_administration';
/** Why a credit is parked when its original's booking cannot be worked out again (refused now). */
export const ORIGINAL_UNPLANNABLE = 'original_unplannable';
/** Why a credit is parked when its original is not booked (yet). */
export const ORIGINAL_MISSING = 'original_missing';
/** Why a credit is parked when the owner skipped its original. */
export const ORIGINAL_SKIPPED = 'original_skipped';
/**
 * The reasons a parked credit follows its original once that is booked (again): nothing of the
 * credit was wrong but the original's absence.
 */
export const FOLLOWS_ITS_ORIGINAL = [ORIGINAL_MISSING, ORIGINAL_INVOICE_GONE, ORIGINAL_SKIPPED] as const;

export type OriginalResolution =
  | { original: OriginalBooking }
  | { reason: { code: string; message: LocalizedText } };

/** What resolving a credit's original reads: the journal, the shop's orders and its payment records. */
export interface CreditOriginalContext {
  store: Store;
  /** The order as the shop has it (from the run's page when it was read there); undefined if unreadable. */
  orderFor: (orderNumber: string) => Promise<Order | undefined>;
  paymentRecords: ShopPaymentRecordReader;
}

/**
 * A credit waits while its original is on its way: in the journal and neither booked, skipped nor
 * parked. A parked original needs the owner first, and the credit says so (parked itself).
 */
export function waitsForOriginal(journal: Store['journal'], entry: JournalEntry): boolean {
  if (!entry.creditedOrderNumber) return false;
  const original = journal.get(entry.creditedOrderNumber);
  return original !== undefined && !['done', 'skipped', 'parked'].includes(original.state);
}

/** The booking a credit order credits: its invoice and the tax rates its lines were booked at. */
export async function originalBooking(
  context: CreditOriginalContext,
  order: Order,
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
): Promise<OriginalResolution> {
  const originalNumber = order.creditedOrderNumber!;
  const booked = context.store.journal.get(originalNumber);
  if (booked?.state === 'skipped') {
    const params = { order: order.number, original: originalNumber };
    // Said as it came about: the owner's choice, the shop's cancellation, or dated before the start date.
    const key =
      booked.reason?.code === CANCELLED_IN_SHOP
        ? 'sync.original_skipped.cancelled_in_shop'
        : booked.reason?.code === BEFORE_START_DATE
          ? 'sync.original_skipped.before_start_date'
          : 'sync.original_skipped';
    return { reason: { code: ORIGINAL_SKIPPED, message: localize(syncMessages, key, params) } };
  }
  if (booked?.state === 'parked') {
    // Not booked for a reason the owner must resolve first; it follows like any missing original.
    const params = { order: order.number, original: originalNumber };
    return {
      reason: { code: ORIGINAL_MISSING, message: localize(syncMessages, 'sync.original_parked', params) },
    };
  }
  if (booked?.state !== 'done' || !booked.moneybird.invoiceId || !booked.reference) {
    return originalBookingFrom(order, undefined, undefined, settings, reference);
  }
  const originalOrder = await context.orderFor(originalNumber);
  const resolved = originalBookingFrom(
    order,
    {
      reference: booked.reference,
      invoiceId: booked.moneybird.invoiceId,
      invoiceNumber: booked.invoiceNumber,
    },
    originalOrder,
    settings,
    reference,
  );
  if ('reason' in resolved) return resolved;
  // credit notes (#11): the other credits of the original, and the shop's refunds of its payments.
  const paymentMethod = originalOrder?.payment?.methodName;
  resolved.original.otherCredits = otherCreditsOf(context.store, originalNumber, order.number);
  resolved.original.refunds = await context.paymentRecords.refundsOf(originalNumber);
  if (paymentMethod) resolved.original.paymentMethod = paymentMethod;
  return resolved;
}

/**
 * The booking a credit order credits, from the original's booking (`booked`: its reference and
 * invoice, undefined when it is not booked) and the original order as the shop has it.
 */
export function originalBookingFrom(
  order: Order,
  booked: { reference: string; invoiceId: string; invoiceNumber?: string | null } | undefined,
  originalOrder: Order | undefined,
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
): OriginalResolution {
  const originalNumber = order.creditedOrderNumber!;
  if (!booked) {
    return {
      reason: {
        code: ORIGINAL_MISSING,
        message: localize(syncMessages, 'sync.original_missing', {
          order: order.number,
          original: originalNumber,
        }),
      },
    };
  }
  // Planned again only for what its booking was made of (VAT treatment and country, tax rates,
  // total). A lock set since (the accountant closed its quarter) says nothing about that: the credit
  // itself is dated in the open period.
  const originalPlan = originalOrder
    ? planBooking({
        order: originalOrder,
        settings,
        reference,
        exchangeRate: '1',
        moveOutOfLockedPeriod: true,
      })
    : undefined;
  if (originalPlan && isRefusal(originalPlan)) {
    // Read, but its booking cannot be worked out again now (a rate no longer mapped, say): why.
    return {
      reason: {
        code: ORIGINAL_UNPLANNABLE,
        message: localize(
          syncMessages,
          'sync.original_unplannable',
          { order: order.number, original: originalNumber },
          { reason: originalPlan.message },
        ),
      },
    };
  }
  if (!originalPlan) {
    return {
      reason: {
        code: 'original_unreadable',
        message: localize(syncMessages, 'sync.original_unreadable', {
          order: order.number,
          original: originalNumber,
        }),
      },
    };
  }
  return {
    original: {
      orderNumber: originalNumber,
      reference: booked.reference,
      invoiceId: booked.invoiceId,
      invoiceNumber: booked.invoiceNumber ?? null,
      vatTreatment: originalPlan.vatTreatment,
      vatCountry: originalPlan.vatCountry,
      taxRateIds: originalPlan.taxRateIds,
      totalInclTax: originalPlan.expected.totalInclTax,
      taxByTaxRateId: originalPlan.expected.taxByTaxRateId,
    },
  };
}

/**
 * Why a credit of a sale booked in another administration waits for the owner: the sale's invoice by
 * its number (the owner finds it by that in Moneybird; by its reference before it had one), and both
 * administrations by the names the owner gave them (one request; in general words when Moneybird does
 * not tell them now).
 */
async function otherAdministrationMessage(
  moneybird: Pick<MoneybirdClient, 'administrationId' | 'administrations'>,
  booked: JournalEntry,
  params: { order: string; original: string; reference: string },
): Promise<LocalizedText> {
  const invoice = booked.invoiceNumber
    ? localize(syncMessages, 'sync.invoice_label_numbered', { number: booked.invoiceNumber })
    : localize(syncMessages, 'sync.invoice_label_reference', { reference: params.reference });
  const names = await administrationNames(moneybird, booked.administrationId, moneybird.administrationId);
  // Unnamed, the general words say all the owner needs to settle the credit.
  return names
    ? localize(syncMessages, 'sync.original_other_administration_named', { ...params, ...names }, { invoice })
    : localize(syncMessages, 'sync.original_other_administration', params, { invoice });
}

/**
 * The original's invoice as Moneybird holds it now, read once before a credit's first write: the
 * owner may have deleted it, or changed it, since it was booked. A credit against an invoice that is
 * not there, or that together with the earlier credits would credit more than the invoice now holds,
 * is parked with the reason; so is one whose original is in another administration than the one
 * connected (booked before the owner switched: a credit note is made in its original's). Null when
 * the credit fits.
 */
export async function originalInvoiceProblem(
  moneybird: Pick<
    MoneybirdClient,
    'getSalesInvoice' | 'getExternalSalesInvoice' | 'administrationId' | 'administrations'
  >,
  store: Store,
  plan: BookingPlan,
  original: OriginalBooking,
): Promise<JournalReason | null> {
  const params = { order: plan.orderNumber, original: original.orderNumber, reference: original.reference };
  const booked = store.journal.get(original.orderNumber);
  if (booked && bookedInAnotherAdministration(booked, moneybird.administrationId)) {
    return {
      code: ORIGINAL_OTHER_ADMINISTRATION,
      message: await otherAdministrationMessage(moneybird, booked, params),
      details: {
        original: original.orderNumber,
        invoiceId: original.invoiceId,
        administrationId: booked.administrationId,
      },
    };
  }
  const external = booked?.bookingStyle === 'external_invoice';
  let held: bigint;
  try {
    const invoice = external
      ? await moneybird.getExternalSalesInvoice(original.invoiceId)
      : await moneybird.getSalesInvoice(original.invoiceId);
    held = abs(parseDecimal(invoice.total_price_incl_tax));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return {
      code: ORIGINAL_INVOICE_GONE,
      message: localize(syncMessages, 'sync.original_invoice_gone', params),
      details: { original: original.orderNumber, invoiceId: original.invoiceId },
    };
  }
  const before = sum((original.otherCredits ?? []).filter((c) => c.booked).map((c) => abs(c.total)));
  const credit = abs(parseDecimal(plan.expected.totalInclTax));
  if (before + credit <= held) return null;
  const amount = (value: bigint) => writtenAmounts(toFixed(value, 2), plan.expected.currency);
  return {
    code: 'original_invoice_changed',
    message: localize(syncMessages, 'sync.original_invoice_changed', params, {
      creditTotal: amount(credit),
      creditedBefore: amount(before),
      invoiceTotal: amount(held),
    }),
    details: {
      original: original.orderNumber,
      invoiceId: original.invoiceId,
      invoiceTotal: toFixed(held, 2),
      creditTotal: toFixed(credit, 2),
      creditedBefore: toFixed(before, 2),
    },
  };
}
