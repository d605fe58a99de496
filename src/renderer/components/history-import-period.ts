// The period "Eerdere bestellingen boeken" books: from the day the owner picks up to the day before
// the sync's start date (from the start date on the sync books by itself), or, replacing an import
// that did not complete, up to where that one's period ended. Which day may be picked and where the
// period ends is the core's rule too (src/shared/history-import-since.ts). Days are "YYYY-MM-DD".
//
// The day offered at first is the start of a quarter, so that quarter's VAT return adds up — but
// only of a quarter whose return is not due yet. A quarterly VAT return is due at the end of the
// month after the quarter (the third quarter's on 31 October); by then it is filed, often its days
// are locked in Moneybird, and booking orders into it would change a return already made.
//
// Moneybird's own lock date (`period_locked_until`, read live when the window opens) goes before
// that: days up to and including it take no new invoice, so an order dated then is not booked on
// its own date but waits for the owner (book it on the first open day, or skip it). No day on or
// before it is offered: an owner who files monthly, or whose accountant locked the books early,
// would otherwise be offered days Moneybird refuses. Unknown (not read yet, or it could not be)
// counts as no lock: then the VAT returns alone decide, as they did before the lock was read.

import {
  dayAfter,
  dayBefore,
  inDueReturn,
  quarterOf,
  quarterReturnDue,
  quarterStart,
  returnsDueUntil,
} from '../../shared/vat-return-due';

// The VAT return rule is the core's too (an order of a locked period booked on the first open day):
// one copy, in src/shared.
export { dayAfter, dayBefore, inDueReturn, quarterOf, quarterReturnDue, quarterStart, returnsDueUntil };

export interface ImportOffer {
  /**
   * The day offered: the first day of the quarter the day before the sync's start date falls in, so
   * that quarter's VAT return adds up (a start date on the 1st of a quarter offers the whole quarter
   * before it). Null when that quarter's return is due already: every earlier day then belongs in a
   * return the owner had to file, and no day is offered; the owner may still pick one.
   */
  since: string | null;
  /** That quarter, for the hint: "4e kwartaal 2026". */
  quarter: number;
  year: number;
  /** The last day to file that quarter's return. */
  due: string;
  /**
   * Moneybird's lock date when it decided the offer: the day offered is the one after it (the lock
   * falls in that quarter), or no day is offered (it reaches the day before the start date). Null
   * when the lock made no difference: none, not known, or before that quarter.
   */
  locked: string | null;
}

/**
 * What is offered at first. Without a start date yet, the first run takes today as its start; a
 * quarter then always has a return not due yet, since it is due a month after the quarter ends.
 * Orders of an earlier quarter are never offered: later quarters start on or after the start date,
 * earlier ones were due sooner still. `lockedUntil`: Moneybird's lock date, null when there is none
 * or it is not known; no day on or before it is offered.
 */
export function importOffer(
  startDate: string | null,
  today: string,
  lockedUntil: string | null = null,
): ImportOffer {
  const start = startDate !== null && startDate <= today ? startDate : today;
  const lastDay = dayBefore(start);
  const quarter = { ...quarterOf(lastDay), due: quarterReturnDue(lastDay) };
  // Locked up to the day before the start date, or beyond: no day is left to book on its own date.
  if (lockedUntil !== null && lockedUntil >= lastDay) return { since: null, ...quarter, locked: lockedUntil };
  if (today >= quarter.due) return { since: null, ...quarter, locked: null };
  const first = quarterStart(lastDay);
  return lockedUntil !== null && lockedUntil >= first
    ? { since: dayAfter(lockedUntil), ...quarter, locked: lockedUntil }
    : { since: first, ...quarter, locked: null };
}

/**
 * Which of the period's orders are dated in Moneybird's locked period, for the question before
 * booking: none (null), or those up to and including the lock date, `all` when that is every one of
 * them. They wait for the owner: book them on the first open day, or skip them. `returnDue`: the
 * quarter of that first open day when its VAT return was due by today (booked there, they change a
 * return the owner had to file already), else null.
 */
export function lockedDaysIn(
  since: string,
  until: string | null,
  lockedUntil: string | null,
  today: string,
): { all: boolean; until: string; returnDue: { quarter: number; year: number } | null } | null {
  if (lockedUntil === null || since > lockedUntil) return null;
  const firstOpenDay = dayAfter(lockedUntil);
  return {
    all: until !== null && until <= lockedUntil,
    until: lockedUntil,
    returnDue: inDueReturn(firstOpenDay, today) ? quarterOf(firstOpenDay) : null,
  };
}

/**
 * Which of the period's orders belong in VAT returns due already, for the question before booking:
 * none (null), all of them, or those up to and including `until` — from `from` when Moneybird's lock
 * date falls in the period: the days up to it are not booked on their own date, so their own returns
 * do not change (`lockedDaysIn` names those, and the return of the first open day they may go to),
 * and only the days after it are left. `from` is null when the lock is not in the period (none, not
 * known, or before it).
 */
export function dueReturnsIn(
  since: string,
  until: string | null,
  today: string,
  lockedUntil: string | null = null,
): { all: true } | { all: false; from: string | null; until: string } | null {
  const dueUntil = returnsDueUntil(today);
  const from = lockedUntil !== null && lockedUntil >= since ? dayAfter(lockedUntil) : null;
  const last = until !== null && until < dueUntil ? until : dueUntil;
  if ((from ?? since) > last) return null;
  return from === null && until !== null && until <= dueUntil
    ? { all: true }
    : { all: false, from, until: last };
}
