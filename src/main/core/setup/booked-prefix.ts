// Which reference prefix a shop's bookings already carry in Moneybird, asked when a data folder that
// holds no bookings is set up. An install that booked under the legacy shared "MWW" and is set up
// again (a new computer, a deleted data folder) must keep "MWW": its history import looks orders up
// under the prefix in use only, and under the shop's own prefix it would book each of them again.
// A sample of the shop's orders, spread over the orders the import will meet, is looked up under both
// prefixes and in both booking styles with the bulk look-up adoption uses (two requests when nothing
// is found). A booking counts only when it is plainly that order's (its customer's contact and its
// total): another shop's MWW- invoice under the same order number never makes this shop take "MWW".
import { z } from 'zod';
import {
  bookingReference,
  LEGACY_REFERENCE_PREFIX,
  orderNumberFromReference,
  planContact,
} from '../bookkeeping';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import { toPlain } from '../money/decimal';
import type { MoneybirdClient } from '../moneybird/client';
import { defineSetting } from '../store/settings';
import { type BookingKind, ExistingBookings, type FoundBooking, sameTotal } from '../sync/existing-bookings';

/**
 * The prefix this shop's bookings were found under in Moneybird while the journal held none (null:
 * none found). Like a booking in the journal, it fixes the prefix (owner-settings.ts).
 */
export const bookedPrefixSetting = defineSetting(
  'bookkeeping.bookedPrefix',
  z
    .string()
    .regex(/^[A-Za-z0-9]{1,10}$/)
    .nullable(),
  null as string | null,
);

/** The sample: this many places spread over the orders, this many consecutive orders at each. */
const SAMPLE_PLACES = 10;
const ORDERS_PER_PLACE = 5;

/** An order of the sample, as a booking of it would show it. */
export interface SampledOrder {
  number: string;
  date: string;
  /** The customer's contact key: e-mail address or VAT number. */
  contactKey: string;
  currency: string;
  totalInclTax: string;
}

/**
 * The order as the sample compares it; undefined for an order without a total, or one booked on the
 * shared contact of customers without an e-mail address (two shops' such orders would look alike).
 */
export function sampledOrder(order: Order, shopCountry: string): SampledOrder | undefined {
  if (order.total === undefined) return undefined;
  const { match } = planContact(order, shopCountry);
  if (match.kind === 'shared') return undefined;
  return {
    number: order.number,
    date: order.date,
    contactKey: match.key,
    currency: order.currency,
    totalInclTax: toPlain(order.total),
  };
}

/**
 * The pages the sample is read from: `places` runs of `perPlace` consecutive orders spread evenly
 * from the first order to the last (an earlier install may have booked only part of them), or every
 * order when there are no more than the sample holds.
 */
export function samplePages(
  total: number,
  places = SAMPLE_PLACES,
  perPlace = ORDERS_PER_PLACE,
): Array<{ offset: number; limit: number }> {
  if (total <= 0) return [];
  if (total <= places * perPlace || places < 2)
    return [{ offset: 0, limit: Math.min(total, places * perPlace) }];
  const last = total - perPlace;
  return Array.from({ length: places }, (_, i) => ({
    offset: Math.round((i * last) / (places - 1)),
    limit: perPlace,
  }));
}

/** Whether a booking found under the order's reference is plainly this order's: its customer, its total. */
export function isShopsBooking(order: SampledOrder, booking: FoundBooking): boolean {
  return (
    booking.contactKeys.includes(order.contactKey) &&
    sameTotal(booking.invoice, { currency: order.currency, totalInclTax: order.totalInclTax })
  );
}

export interface PrefixChoice {
  prefix: string;
  /** Whether the shop's bookings were found under it (the prefix is then fixed). */
  booked: boolean;
}

/**
 * The prefix the shop's bookings carry: its own when any is found under it (an install that already
 * books under it; "MWW" then would book those again), else "MWW" when any is found there, else its own.
 */
export function choosePrefix(
  ownPrefix: string,
  sample: readonly SampledOrder[],
  bookingsUnder: (reference: string) => readonly FoundBooking[],
): PrefixChoice {
  const bookedUnder = (prefix: string) =>
    sample.some((order) =>
      bookingsUnder(bookingReference(order.number, prefix)).some((booking) => isShopsBooking(order, booking)),
    );
  if (bookedUnder(ownPrefix)) return { prefix: ownPrefix, booked: true };
  if (bookedUnder(LEGACY_REFERENCE_PREFIX)) return { prefix: LEGACY_REFERENCE_PREFIX, booked: true };
  return { prefix: ownPrefix, booked: false };
}

export interface BookedPrefixQuestion {
  shop: MijnwebwinkelClient;
  /** A client of the administration the shop books in. */
  moneybird: MoneybirdClient;
  /** The shop's own prefix (shopReferencePrefix). */
  ownPrefix: string;
  /** The booking style the owner chose: the one an earlier install most likely booked in. */
  style: BookingKind;
  /** The first day the import books (the orders it will look up); null: not chosen yet. */
  since: string | null;
  shopCountry: string;
  /** Today as the shop counts days, YYYY-MM-DD. */
  today: () => string;
}

export type BookedPrefixAnswer =
  | (PrefixChoice & { ok: true; sampled: number; requests: number })
  | { ok: false; service: 'mijnwebwinkel' | 'moneybird'; error: unknown };

/** Looks for the shop's bookings under its own prefix and "MWW"; a failure is returned, not thrown. */
export async function findBookedPrefix(question: BookedPrefixQuestion): Promise<BookedPrefixAnswer> {
  const { ownPrefix, style } = question;
  let sample: SampledOrder[];
  try {
    sample = await sampleOrders(question);
  } catch (error) {
    return { ok: false, service: 'mijnwebwinkel', error };
  }
  const prefixes = [ownPrefix, LEGACY_REFERENCE_PREFIX];
  const bookings = new ExistingBookings({
    moneybird: question.moneybird,
    today: question.today,
    knownInvoiceIds: () => new Set(),
    isOurs: (reference) => prefixes.some((p) => orderNumberFromReference(reference, p) !== undefined),
  });
  if (sample.length > 0) {
    try {
      // Both styles, the chosen one first: an earlier install may have booked in the other.
      const styles: BookingKind[] = style === 'sales' ? ['sales', 'external'] : ['external', 'sales'];
      await bookings.lookUp(
        sample.flatMap((order) =>
          prefixes.flatMap((prefix) =>
            styles.map((kind) => ({
              reference: bookingReference(order.number, prefix),
              orderDate: order.date,
              style: kind,
            })),
          ),
        ),
      );
    } catch (error) {
      return { ok: false, service: 'moneybird', error };
    }
  }
  const choice = choosePrefix(ownPrefix, sample, (reference) => [
    ...(bookings.bookingsOf('sales', reference) ?? []),
    ...(bookings.bookingsOf('external', reference) ?? []),
  ]);
  return { ok: true, ...choice, sampled: sample.length, requests: bookings.requests };
}

async function sampleOrders(question: BookedPrefixQuestion): Promise<SampledOrder[]> {
  const filter = { startDate: question.since ?? '2000-01-01' };
  const total = await question.shop.countOrders(filter);
  const sample = new Map<string, SampledOrder>();
  for (const page of samplePages(total)) {
    for (const result of await question.shop.listOrdersPage(filter, page)) {
      const order = result.ok ? sampledOrder(result.order, question.shopCountry) : undefined;
      if (order) sample.set(order.number, order);
    }
  }
  return [...sample.values()];
}
