// The date an order is booked on. Normally the order's own date. An order dated in the
// administration's locked period (after a VAT return, say) cannot be booked there: it is refused
// with the reason until the owner chooses to book it on the first open day — the invoice then says
// which day the order really was — or to skip it.
import type { Order } from '../../mijnwebwinkel/order-schema';
import { type Refusal, refuse } from '../refusal';
import { addDays } from './amounts';

export interface BookingDate {
  date: string;
  /** The order's own date when the booking was moved out of a locked period. */
  movedFrom?: string;
}

export function bookingDate(
  order: Order,
  periodLockedUntil: string | null | undefined,
  moveOutOfLockedPeriod: boolean,
): BookingDate | Refusal {
  if (!periodLockedUntil || order.date > periodLockedUntil) return { date: order.date };
  const firstOpenDate = addDays(periodLockedUntil, 1);
  if (!moveOutOfLockedPeriod)
    return refuse('period_locked', {
      order: order.number,
      date: order.date,
      lockedUntil: periodLockedUntil,
      firstOpenDate,
    });
  return { date: firstOpenDate, movedFrom: order.date };
}

/** A payment cannot be dated in the locked period either: it moves with the booking. */
export function openPaymentDate(date: string, booking: BookingDate): string {
  return booking.movedFrom !== undefined && date < booking.date ? booking.date : date;
}
