// An order seen unpaid is read again from the shop at every run while it is young, then less often
// as it ages in the shop's calendar: every six hours until two weeks old, then once a day. The same
// rule of age spaces the looks at a credit awaiting its refund, with intervals of its own.
import { describe, expect, it } from 'vitest';
import { awaitingRefundLookAgainMs } from '../../../src/main/core/sync/credit-notes';
import { lookAgainByAge, shopDaysOld, unpaidLookAgainMs } from '../../../src/main/core/sync/look-again';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = Date.parse('2026-11-29T12:00:00Z');
const daysAgo = (days: number) => new Date(now - days * DAY).toISOString().slice(0, 10);

describe('how long an order seen unpaid waits before it is read again', () => {
  it.each([
    ['placed today', daysAgo(0), 0],
    ['placed yesterday', daysAgo(1), 0],
    ['placed the day before yesterday', daysAgo(2), 0],
    ['three days old', daysAgo(3), 6 * HOUR],
    ['ten days old', daysAgo(10), 6 * HOUR],
    ['two weeks old', daysAgo(14), 6 * HOUR],
    ['fifteen days old', daysAgo(15), DAY],
    ['a year old', daysAgo(365), DAY],
    // Dated ahead of the clock (a shop in another time zone): as new as can be.
    ['dated tomorrow', daysAgo(-1), 0],
    // No readable date: read every run rather than risk leaving a payment unbooked.
    ['without a date', null, 0],
    ['with an unreadable date', 'not a date', 0],
  ])('%s (%s): waits %d ms', (_, date, wait) => {
    expect(unpaidLookAgainMs(date, now)).toBe(wait);
  });
});

describe("the age of an order, in the shop's calendar", () => {
  it("counts whole days between the shop's dates, not 24-hour spans", () => {
    // 23:30 in Amsterdam on 29 November (22:30 UTC): an order of the 27th is two days old.
    const lateEvening = Date.parse('2026-11-29T22:30:00Z');
    expect(shopDaysOld('2026-11-27', lateEvening)).toBe(2);
    // 00:30 in Amsterdam on 30 November is still the 29th in UTC: the shop's day counts.
    const pastMidnight = Date.parse('2026-11-29T23:30:00Z');
    expect(shopDaysOld('2026-11-27', pastMidnight)).toBe(3);
    expect(unpaidLookAgainMs('2026-11-27', lateEvening)).toBe(0);
    expect(unpaidLookAgainMs('2026-11-27', pastMidnight)).toBe(6 * HOUR);
  });

  it("takes each kind of wait's own intervals, at the same ages", () => {
    const steps = { young: 1, recent: 2, old: 3 };
    expect([0, 2, 3, 14, 15].map((d) => lookAgainByAge(daysAgo(d), now, steps))).toEqual([1, 1, 2, 2, 3]);
    // A credit awaiting its refund: hourly while young, then as an unpaid order.
    expect([0, 2, 3, 14, 15].map((d) => awaitingRefundLookAgainMs(daysAgo(d), now))).toEqual([
      HOUR,
      HOUR,
      6 * HOUR,
      6 * HOUR,
      DAY,
    ]);
  });
});
