// The one rule for when a VAT return is due, as the screens ("Eerdere bestellingen boeken") and the
// core (an order of a locked period booked on the first open day) both go by it: a quarter's return
// is due on the last day of the month after the quarter, and on that day it is due.
import { describe, expect, it } from 'vitest';
import { dayAfter, inDueReturn, returnsDueUntil } from '../../../src/shared/vat-return-due';

describe('whether a day lands in a VAT return that was due already', () => {
  it('is so once its quarter’s return was due, from that last day on', () => {
    // Locked through 31 August: the first open day, 1 September, is in the 3rd quarter (due 31 October).
    const firstOpenDay = dayAfter('2026-08-31');
    expect(firstOpenDay).toBe('2026-09-01');
    expect(inDueReturn(firstOpenDay, '2026-10-30')).toBe(false);
    expect(inDueReturn(firstOpenDay, '2026-10-31')).toBe(true);
    expect(inDueReturn(firstOpenDay, '2026-11-25')).toBe(true);
    // Locked through October: 1 November is in the 4th quarter, due on 31 January.
    expect(inDueReturn(dayAfter('2026-10-31'), '2026-11-25')).toBe(false);
  });

  it('carries over a year end: December’s quarter is due in January of the next year', () => {
    // Locked through 30 November: 1 December, the 4th quarter of 2026, due on 31 January 2027.
    const december = dayAfter('2026-11-30');
    expect(inDueReturn(december, '2026-12-31')).toBe(false);
    expect(inDueReturn(december, '2027-01-30')).toBe(false);
    expect(inDueReturn(december, '2027-01-31')).toBe(true);
    // Locked through 31 December: 1 January 2027 is in the 1st quarter of 2027, due on 30 April.
    const january = dayAfter('2026-12-31');
    expect(january).toBe('2027-01-01');
    expect(inDueReturn(january, '2027-02-15')).toBe(false);
    expect(inDueReturn(january, '2027-04-30')).toBe(true);
  });

  it('agrees with the last day of the returns due, on every day of two years', () => {
    // The screens ask "up to which day are returns due"; the core asks "is this day's return due".
    const days: string[] = [];
    for (let day = '2026-01-01'; day <= '2027-12-31'; day = dayAfter(day)) days.push(day);
    for (const today of days.filter((_, i) => i % 7 === 0))
      for (const day of days.filter((d) => d <= today))
        expect(inDueReturn(day, today), `${day} on ${today}`).toBe(day <= returnsDueUntil(today));
  });
});
