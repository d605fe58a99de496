// The owner's calendar day (Amsterdam's), as a Date at noon UTC: its UTC year, month and day are the
// shop's whatever the hour. The app dates everything by the shop's calendar, so "last month" in a
// test must too: between 23:00 and midnight UTC on a month's last day, Amsterdam is already in the next.
// Counted by the shop simulator's own clock, not the app's: the test's calendar stays its own oracle.
import { amsterdamStamp } from '../../sim/mijnwebwinkel/payments';

export const shopToday = (): Date => new Date(`${amsterdamStamp(new Date()).date}T12:00:00Z`);
