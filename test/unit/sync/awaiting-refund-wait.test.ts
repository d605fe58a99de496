// A credit note waits, open, for the shop's refund record; how often the shop is asked again
// depends on how old the credit order is: often while a refund is likely, rarely once it is not.
import { describe, expect, it } from 'vitest';
import { awaitingRefundLookAgainMs } from '../../../src/main/core/sync/credit-notes';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = Date.parse('2026-11-29T12:00:00Z');
const daysAgo = (days: number) => new Date(now - days * DAY).toISOString().slice(0, 10);

describe('how long a credit note awaiting its refund waits before the shop is asked again', () => {
  it.each([
    ['dated today', daysAgo(0), HOUR],
    ['dated the day before yesterday', daysAgo(2), HOUR],
    ['three days old', daysAgo(3), 6 * HOUR],
    ['two weeks old', daysAgo(14), 6 * HOUR],
    ['three weeks old', daysAgo(21), DAY],
    ['a year old', daysAgo(365), DAY],
    // A credit order dated ahead of the clock (a shop in another time zone) is as new as can be.
    ['dated tomorrow', daysAgo(-1), HOUR],
  ])('%s: %s', (_, date, wait) => {
    expect(awaitingRefundLookAgainMs(date, now)).toBe(wait);
  });

  it('asks every hour when the credit order carries no readable date', () => {
    expect(awaitingRefundLookAgainMs(null, now)).toBe(HOUR);
    expect(awaitingRefundLookAgainMs('not a date', now)).toBe(HOUR);
  });
});
