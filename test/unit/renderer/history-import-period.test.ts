// The period "Eerdere bestellingen boeken" offers and books: before the sync's start date, from the
// start of a quarter so that quarter's VAT return adds up, never of a quarter whose return is due
// already (the end of the month after the quarter); never a day Moneybird has locked; never a day
// the sync books by itself.
import { describe, expect, it } from 'vitest';
import {
  dayAfter,
  dayBefore,
  dueReturnsIn,
  importOffer,
  lockedDaysIn,
  quarterOf,
  quarterReturnDue,
  quarterStart,
  returnsDueUntil,
} from '../../../src/renderer/components/history-import-period';

const offered = (startDate: string | null, today: string) => importOffer(startDate, today).since;

describe('the period of earlier orders', () => {
  it('offers the start of the quarter before the start date, not a date that ignores it', () => {
    // Started on 29 November: the rest of that quarter (October, November) is offered.
    expect(offered('2026-11-29', '2026-12-05')).toBe('2026-10-01');
    // Started on the first day of a quarter: the whole quarter before it, while its return is not due.
    expect(offered('2026-10-01', '2026-10-20')).toBe('2026-07-01');
    expect(offered('2026-01-01', '2026-01-10')).toBe('2025-10-01');
    // No start date yet: the first run will take today.
    expect(offered(null, '2026-12-05')).toBe('2026-10-01');
    expect(offered(null, '2026-10-01')).toBe('2026-07-01');
    // A start date after today counts as today, as the first run does.
    expect(offered('2027-03-01', '2026-12-05')).toBe('2026-10-01');
  });

  it('offers no quarter whose VAT return is due already: not the 3rd quarter on 30 November', () => {
    // The dashboard on 30 November with a start date of 1 October (or 25 September): every day
    // before it is in the 3rd quarter or earlier, whose return was due on 31 October. None offered.
    expect(importOffer('2026-10-01', '2026-11-30')).toEqual({
      since: null,
      quarter: 3,
      year: 2026,
      due: '2026-10-31',
      locked: null,
    });
    expect(offered('2026-09-25', '2026-11-30')).toBeNull();
    // Around the due date: offered up to the day before, not on it (the return is due that day).
    expect(offered('2026-09-25', '2026-10-30')).toBe('2026-07-01');
    expect(offered('2026-09-25', '2026-10-31')).toBeNull();
    expect(offered('2026-09-25', '2026-11-01')).toBeNull();
    // The 4th quarter's return is due at the end of January of the next year.
    expect(offered('2026-12-15', '2027-01-30')).toBe('2026-10-01');
    expect(offered('2026-12-15', '2027-01-31')).toBeNull();
    // A start date long ago: nothing before it is in an open return.
    expect(importOffer('2024-05-15', '2026-12-05')).toEqual({
      since: null,
      quarter: 2,
      year: 2024,
      due: '2024-07-31',
      locked: null,
    });
    // A start date in this quarter, today just after the last one's due date: this quarter's start.
    expect(importOffer('2026-10-31', '2026-11-30')).toEqual({
      since: '2026-10-01',
      quarter: 4,
      year: 2026,
      due: '2027-01-31',
      locked: null,
    });
  });

  it('knows when each quarter’s VAT return is due: the end of the month after the quarter', () => {
    expect(quarterReturnDue('2026-02-10')).toBe('2026-04-30');
    expect(quarterReturnDue('2026-06-30')).toBe('2026-07-31');
    expect(quarterReturnDue('2026-08-15')).toBe('2026-10-31');
    expect(quarterReturnDue('2026-11-28')).toBe('2027-01-31');
    expect(returnsDueUntil('2026-11-30')).toBe('2026-09-30');
    expect(returnsDueUntil('2026-10-31')).toBe('2026-09-30');
    expect(returnsDueUntil('2026-10-30')).toBe('2026-06-30');
    expect(returnsDueUntil('2027-01-31')).toBe('2026-12-31');
    expect(returnsDueUntil('2027-01-15')).toBe('2026-09-30');
  });

  it('tells which of the period’s orders belong in a VAT return due already', () => {
    // On 30 November, from 1 July to 30 October: July to September was due on 31 October.
    expect(dueReturnsIn('2026-07-01', '2026-10-30', '2026-11-30')).toEqual({
      all: false,
      from: null,
      until: '2026-09-30',
    });
    // All of them, when the period ends before the last due quarter does.
    expect(dueReturnsIn('2026-07-01', '2026-09-24', '2026-11-30')).toEqual({ all: true });
    expect(dueReturnsIn('2026-07-01', '2026-09-30', '2026-11-30')).toEqual({ all: true });
    // An open end (no start date yet): those up to the last due quarter.
    expect(dueReturnsIn('2026-08-01', null, '2026-11-30')).toEqual({
      all: false,
      from: null,
      until: '2026-09-30',
    });
    // None in an open quarter, such as the one offered.
    expect(dueReturnsIn('2026-10-01', '2026-10-30', '2026-11-30')).toBeNull();
    expect(dueReturnsIn('2026-07-01', '2026-09-24', '2026-10-20')).toBeNull();
  });

  it('offers no day Moneybird has locked: the day after the lock when it falls in the quarter offered', () => {
    // Started on 29 November, on 5 December: the 4th quarter is offered from 1 October, unless locked.
    const offer = (lock: string | null) => importOffer('2026-11-29', '2026-12-05', lock);
    // Locked before the quarter (the 3rd quarter's return filed and locked): no difference.
    expect(offer('2026-09-30')).toEqual({
      since: '2026-10-01',
      quarter: 4,
      year: 2026,
      due: '2027-01-31',
      locked: null,
    });
    // Locked inside it (an owner who files monthly locked October): the day after, named as why.
    expect(offer('2026-10-31')).toEqual({
      since: '2026-11-01',
      quarter: 4,
      year: 2026,
      due: '2027-01-31',
      locked: '2026-10-31',
    });
    expect(offer('2026-10-01').since).toBe('2026-10-02');
    // Locked up to two days before the start date: the one day left, the day before it.
    expect(offer('2026-11-27').since).toBe('2026-11-28');
    // Locked up to the day before the start date: no day is left to book on its own date.
    expect(offer('2026-11-28')).toEqual({
      since: null,
      quarter: 4,
      year: 2026,
      due: '2027-01-31',
      locked: '2026-11-28',
    });
    // Locked beyond the start date: none either (the sync's own days are locked too).
    expect(offer('2026-12-01')).toMatchObject({ since: null, locked: '2026-12-01' });
    // No lock, or not known (not read yet, or it could not be): the VAT returns alone decide.
    expect(offer(null)).toEqual(importOffer('2026-11-29', '2026-12-05'));
    expect(offer(null)).toMatchObject({ since: '2026-10-01', locked: null });
    // No start date yet: the first run takes today, and the lock still moves the day offered.
    expect(importOffer(null, '2026-12-05', '2026-11-15')).toMatchObject({ since: '2026-11-16' });
  });

  it('says the lock rather than the VAT return when both leave no day, and the return when only it does', () => {
    // On 30 November with a start date of 1 October the 3rd quarter's return is due: none offered.
    // Locked through September too: the lock is the reason the owner can act on.
    expect(importOffer('2026-10-01', '2026-11-30', '2026-09-30')).toMatchObject({
      since: null,
      locked: '2026-09-30',
    });
    // Locked through August only: the return due is why none is offered, as without a lock.
    expect(importOffer('2026-10-01', '2026-11-30', '2026-08-31')).toEqual(
      importOffer('2026-10-01', '2026-11-30'),
    );
  });

  it('tells which of the period’s orders are dated in the locked period, and the returns due after it', () => {
    // From 1 July to 30 October, locked through 31 August: those up to 31 August wait for the owner.
    // On 30 November their first open day, 1 September, lies in the 3rd quarter, whose return was due
    // on 31 October: booked there, they change it.
    expect(lockedDaysIn('2026-07-01', '2026-10-30', '2026-08-31', '2026-11-30')).toEqual({
      all: false,
      until: '2026-08-31',
      returnDue: { quarter: 3, year: 2026 },
    });
    // On 30 October that return was not due yet: nothing more to say.
    expect(lockedDaysIn('2026-07-01', '2026-10-30', '2026-08-31', '2026-10-30')).toEqual({
      all: false,
      until: '2026-08-31',
      returnDue: null,
    });
    // Every one of them, when the period ends on or before the lock date.
    expect(lockedDaysIn('2026-07-01', '2026-08-31', '2026-08-31', '2026-11-30')).toEqual({
      all: true,
      until: '2026-08-31',
      returnDue: { quarter: 3, year: 2026 },
    });
    // Locked through October: the first open day, 1 November, is in the 4th quarter, not due yet.
    expect(lockedDaysIn('2026-07-01', '2026-08-15', '2026-10-31', '2026-11-30')).toEqual({
      all: true,
      until: '2026-10-31',
      returnDue: null,
    });
    // An open end (no start date yet): those up to the lock date.
    expect(lockedDaysIn('2026-07-01', null, '2026-08-31', '2026-11-30')).toEqual({
      all: false,
      until: '2026-08-31',
      returnDue: { quarter: 3, year: 2026 },
    });
    // None when the period begins after the lock date, or there is no lock, or it is not known.
    expect(lockedDaysIn('2026-09-01', '2026-10-30', '2026-08-31', '2026-11-30')).toBeNull();
    expect(lockedDaysIn('2026-07-01', '2026-10-30', null, '2026-11-30')).toBeNull();

    // On 30 November the 3rd quarter's return was due. Locked through 31 August: the return's
    // orders Moneybird still takes are those of September alone; the locked ones are not said twice.
    expect(dueReturnsIn('2026-07-01', '2026-10-30', '2026-11-30', '2026-08-31')).toEqual({
      all: false,
      from: '2026-09-01',
      until: '2026-09-30',
    });
    expect(dueReturnsIn('2026-07-01', '2026-09-24', '2026-11-30', '2026-08-31')).toEqual({
      all: false,
      from: '2026-09-01',
      until: '2026-09-24',
    });
    // Locked through the whole quarter due, or beyond: no return warning left, the lock says it all.
    expect(dueReturnsIn('2026-07-01', '2026-10-30', '2026-11-30', '2026-09-30')).toBeNull();
    expect(dueReturnsIn('2026-07-01', '2026-10-30', '2026-11-30', '2026-10-14')).toBeNull();
    // Locked before the period: the returns as without a lock.
    expect(dueReturnsIn('2026-07-01', '2026-09-24', '2026-11-30', '2026-06-30')).toEqual({ all: true });
    expect(dueReturnsIn('2026-07-01', '2026-10-30', '2026-11-30', null)).toEqual(
      dueReturnsIn('2026-07-01', '2026-10-30', '2026-11-30'),
    );
  });

  // Which day may be picked and where the period ends: the core's rule, tested in
  // test/unit/shared/history-import-since.test.ts.
  it('counts days across months, years and leap days', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(quarterStart('2026-12-31')).toBe('2026-10-01');
  });

  it('names the quarter a day falls in, for the hint under the date offered', () => {
    expect(quarterOf('2026-07-01')).toEqual({ quarter: 3, year: 2026 });
    expect(quarterOf('2026-10-01')).toEqual({ quarter: 4, year: 2026 });
    expect(quarterOf('2025-01-01')).toEqual({ quarter: 1, year: 2025 });
    expect(quarterOf('2024-06-30')).toEqual({ quarter: 2, year: 2024 });
  });
});
