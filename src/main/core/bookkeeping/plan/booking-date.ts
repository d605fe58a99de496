// The date an order is booked on. Normally the order's own date. An order dated in the
// administration's locked period (after a VAT return, say) cannot be booked there: it is refused
// with the reason until the owner chooses to book it on the first open day — the invoice then says
// which day the order really was — or to skip it.

import { bookkeepingMessages } from '../../../../shared/i18n/messages/bookkeeping';
import { type LocalizedText, localize } from '../../../../shared/i18n/translate';
import { writtenDays, writtenMonth } from '../../../../shared/i18n/written-day';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { isRefusal, type Refusal, refuse } from '../refusal';
import { addDays } from './amounts';

export interface BookingDate {
  date: string;
  /** The order's own date when the booking was moved out of a locked period. */
  movedFrom?: string;
}

export function bookingDate(
  order: Pick<Order, 'number' | 'date'>,
  periodLockedUntil: string | null | undefined,
  moveOutOfLockedPeriod: boolean,
): BookingDate | Refusal {
  if (!periodLockedUntil || order.date > periodLockedUntil) return { date: order.date };
  if (moveOutOfLockedPeriod) return { date: addDays(periodLockedUntil, 1), movedFrom: order.date };
  // The dates as the owner writes them; the details keep them as dates.
  const firstOpenDate = addDays(periodLockedUntil, 1);
  const refusal = refuse(
    'period_locked',
    { order: order.number },
    {
      date: writtenDays(order.date),
      lockedUntil: writtenDays(periodLockedUntil),
      firstOpenDate: writtenDays(firstOpenDate),
      periods: returnPeriods(order.date, firstOpenDate),
    },
  );
  return {
    ...refusal,
    details: { order: order.number, date: order.date, lockedUntil: periodLockedUntil, firstOpenDate },
  };
}

/**
 * Which VAT return the order moves to when booked on the first open day: none other in the same
 * month; in the same quarter, another only for a monthly return; else both the quarter and the month.
 */
function returnPeriods(own: string, booked: string): LocalizedText {
  const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const month = { nl: writtenMonth(booked, 'nl'), en: writtenMonth(booked, 'en') };
  if (own.slice(0, 7) === booked.slice(0, 7))
    return localize(bookkeepingMessages, 'refusal.period_locked.same_month');
  const quarter = localize(bookkeepingMessages, 'refusal.period_locked.quarter', {
    quarter: String(quarterOf(booked)),
    year: booked.slice(0, 4),
  });
  if (own.slice(0, 4) === booked.slice(0, 4) && quarterOf(own) === quarterOf(booked))
    return localize(
      bookkeepingMessages,
      'refusal.period_locked.same_quarter',
      {},
      { quarter, month, ownMonth: { nl: writtenMonth(own, 'nl'), en: writtenMonth(own, 'en') } },
    );
  return localize(bookkeepingMessages, 'refusal.period_locked.other_quarter', {}, { quarter, month });
}

/**
 * Why an order dated on or before the lock is not booked until the owner chooses; null when its date
 * is open. Also what the sync tells when Moneybird refused a booking because the lock moved meanwhile.
 */
export function lockedPeriodRefusal(
  order: Pick<Order, 'number' | 'date'>,
  periodLockedUntil: string | null | undefined,
): Refusal | null {
  const when = bookingDate(order, periodLockedUntil, false);
  return isRefusal(when) ? when : null;
}

/**
 * A payment cannot be dated in the locked period either (Moneybird refuses it, leaving the invoice
 * open): it moves with a moved booking, and one captured on or before the lock for an order in the
 * open period (a capture just before midnight, an order just after) goes on the booking's date.
 */
export function openPaymentDate(
  date: string,
  booking: BookingDate,
  periodLockedUntil?: string | null,
): string {
  const inLockedPeriod = !!periodLockedUntil && date <= periodLockedUntil;
  const beforeMovedBooking = booking.movedFrom !== undefined && date < booking.date;
  return inLockedPeriod || beforeMovedBooking ? booking.date : date;
}
