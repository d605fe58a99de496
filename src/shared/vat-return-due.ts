// When a VAT return is due, the one rule the screens and the core both go by. Days are "YYYY-MM-DD".
//
// A quarterly VAT return is due at the end of the month after the quarter (the third quarter's on
// 31 October). By then it is filed, and booking an order on a day of that quarter changes a return
// the owner made already: their bookkeeper decides whether it needs a correction. The screens use it
// for the days they offer and warn about ("Eerdere bestellingen boeken"); the core for an order of a
// locked period, booked on the first open day (bookkeeping/plan/booking-date.ts).

const pad = (n: number) => String(n).padStart(2, '0');

export function dayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export function dayAfter(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The first day of the quarter a day falls in: 2026-11-28 → 2026-10-01. */
export function quarterStart(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return `${year}-${pad(Math.floor((month - 1) / 3) * 3 + 1)}-01`;
}

/** The quarter a day falls in, as the texts name it ("3e kwartaal 2026"): 2026-07-01 → 3, 2026. */
export function quarterOf(day: string): { quarter: number; year: number } {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return { quarter: Math.floor((month - 1) / 3) + 1, year };
}

/**
 * The last day to file the VAT return over the quarter a day falls in: the last day of the month
 * after the quarter. 2026-08-15 → 2026-10-31; 2026-11-28 → 2027-01-31; 2026-02-10 → 2026-04-30.
 */
export function quarterReturnDue(day: string): string {
  const { quarter, year } = quarterOf(day);
  // Day 0 of the month after that month is its last day; month 12 (index) is January next year.
  const last = new Date(Date.UTC(year, quarter * 3 + 1, 0));
  return last.toISOString().slice(0, 10);
}

/**
 * The last day of the latest quarter whose VAT return is due by today (on its last day it is):
 * orders up to it belong in a return the owner had to file already.
 * 2026-11-30 → 2026-09-30; 2026-10-15 → 2026-06-30; 2026-10-31 → 2026-09-30.
 */
export function returnsDueUntil(today: string): string {
  const previousQuarterEnd = dayBefore(quarterStart(today));
  return today >= quarterReturnDue(previousQuarterEnd)
    ? previousQuarterEnd
    : dayBefore(quarterStart(previousQuarterEnd));
}

/**
 * Whether what is booked on `day` lands in a VAT return that was due by `today`: the return over
 * that day's quarter (and so over its month, for an owner who files monthly) had to be filed
 * already. 2026-09-01 on 2026-11-25: yes (the 3rd quarter's was due on 31 October); 2026-11-01: no.
 */
export function inDueReturn(day: string, today: string): boolean {
  return today >= quarterReturnDue(day);
}
