// The date an order is booked on. Normally the order's own date. An order dated in the
// administration's locked period (after a VAT return, say) cannot be booked there: it is refused
// with the reason until the owner chooses to book it on the first open day — the invoice then says
// which day the order really was — or to skip it. When that first open day falls in a VAT return
// that was due already (the accountant locked only part of a filed quarter), the reason says so:
// booking there changes a return the owner filed, and their bookkeeper decides whether to correct it.

import { bookkeepingMessages } from '../../../../shared/i18n/messages/bookkeeping';
import { type LocalizedText, localize } from '../../../../shared/i18n/translate';
import { shortDays, writtenMonth } from '../../../../shared/i18n/written-day';
import { inDueReturn, quarterOf, quarterReturnDue, quarterStart } from '../../../../shared/vat-return-due';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { isRefusal, type Refusal, refuse } from '../refusal';
import { addDays } from './amounts';

export interface BookingDate {
  date: string;
  /** The order's own date when the booking was moved out of a locked period. */
  movedFrom?: string;
}

/**
 * `today`: the shop's day, for whether the first open day's VAT return was due already; not known
 * (a caller without a clock), the reason says nothing about it.
 */
export function bookingDate(
  order: Pick<Order, 'number' | 'date'>,
  periodLockedUntil: string | null | undefined,
  moveOutOfLockedPeriod: boolean,
  today?: string,
): BookingDate | Refusal {
  if (!periodLockedUntil || order.date > periodLockedUntil) return { date: order.date };
  if (moveOutOfLockedPeriod) return { date: addDays(periodLockedUntil, 1), movedFrom: order.date };
  // The dates as the owner reads them beside the order ("31 okt 2026"); the details keep them as dates.
  const firstOpenDate = addDays(periodLockedUntil, 1);
  const returnDue = today !== undefined && inDueReturn(firstOpenDate, today);
  const refusal = refuse(
    'period_locked',
    { order: order.number },
    {
      date: shortDays(order.date),
      lockedUntil: shortDays(periodLockedUntil),
      firstOpenDate: shortDays(firstOpenDate),
      periods: returnPeriods(order.date, firstOpenDate),
      returnDue: returnDue
        ? localize(
            bookkeepingMessages,
            'refusal.period_locked.return_due',
            {},
            {
              firstOpenDate: shortDays(firstOpenDate),
            },
          )
        : { nl: '', en: '' },
    },
  );
  return {
    ...refusal,
    details: {
      order: order.number,
      date: order.date,
      lockedUntil: periodLockedUntil,
      firstOpenDate,
      // The first open day's VAT return, due already on this day.
      ...(returnDue && { firstOpenDateReturnDue: quarterReturnDue(firstOpenDate) }),
    },
  };
}

/**
 * Which VAT return the order moves to when booked on the first open day: none other in the same
 * month; in the same quarter, another only for a monthly return; else both the quarter and the month.
 */
function returnPeriods(own: string, booked: string): LocalizedText {
  const month = { nl: writtenMonth(booked, 'nl'), en: writtenMonth(booked, 'en') };
  if (own.slice(0, 7) === booked.slice(0, 7))
    return localize(bookkeepingMessages, 'refusal.period_locked.same_month');
  const bookedQuarter = quarterOf(booked);
  const quarter = localize(bookkeepingMessages, 'refusal.period_locked.quarter', {
    quarter: String(bookedQuarter.quarter),
    year: String(bookedQuarter.year),
  });
  if (quarterStart(own) === quarterStart(booked))
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
  today?: string,
): Refusal | null {
  const when = bookingDate(order, periodLockedUntil, false, today);
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
