// The date an order is booked on. Normally the order's own date. An order dated in the
// administration's locked period (after a VAT return, say) cannot be booked there: it is refused
// with the reason until the owner chooses to book it on the first open day — the invoice then says
// which day the order really was — or to skip it.

import { writtenDays } from '../../../../shared/i18n/written-day';
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
    },
  );
  return {
    ...refusal,
    details: { order: order.number, date: order.date, lockedUntil: periodLockedUntil, firstOpenDate },
  };
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
