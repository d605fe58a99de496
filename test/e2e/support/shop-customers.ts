// Orders as a Dutch shop has them, for the fixtures of the browser tests whose screens the owner and
// their accountant read: a customer whose name goes with the e-mail address, an address whose
// postcode belongs to its town, and times in the shop's own time (Europe/Amsterdam) that lie before
// now. (The shop simulator's generator gives every Dutch address the postcode 5341 GE, which is
// Oss's; its orders are fine for figures, these are for what a screen shows.)
import { amsterdamStamp } from '../../sim/mijnwebwinkel/payments';
import type { MwwDebtor, MwwOrder } from '../../sim/mijnwebwinkel/types';

const DAY = 24 * 60 * 60 * 1000;

/** A postcode in each town the generator sends Dutch orders to. */
export const TOWN_POSTCODES: Readonly<Record<string, string>> = {
  Oss: '5341 GE',
  Utrecht: '3511 LX',
  Groningen: '9711 LM',
  Zwolle: '8011 CW',
  "'s-Hertogenbosch": '5211 HX',
  Leeuwarden: '8911 BH',
  Maastricht: '6211 CM',
  Amersfoort: '3811 GB',
  Haarlem: '2011 HP',
};

/** The order with each Dutch address carrying a postcode of its own town. */
export function withTownPostcodes(order: MwwOrder): MwwOrder {
  const address = order.debtor.address;
  if (!address) return order;
  const fixed = <T extends { zipcode: string; city?: string; country_code?: string }>(part: T): T => {
    const zipcode = part.country_code === 'NL' && part.city ? TOWN_POSTCODES[part.city] : undefined;
    return zipcode ? { ...part, zipcode } : part;
  };
  const { invoice, delivery } = address;
  return {
    ...order,
    debtor: {
      ...order.debtor,
      address: {
        invoice: fixed(invoice),
        ...(delivery !== undefined && { delivery: Array.isArray(delivery) ? delivery : fixed(delivery) }),
      },
    },
  };
}

export interface DutchCustomer {
  name: string;
  email: string;
  street: string;
  number: string;
  /** One of TOWN_POSTCODES' towns: the postcode is that town's. */
  city: string;
}

/** A private customer in the Netherlands as the shop's debtor: delivered where they are invoiced. */
export function dutchDebtor(customer: DutchCustomer): MwwDebtor {
  const zipcode = TOWN_POSTCODES[customer.city];
  if (!zipcode) throw new Error(`No postcode known for ${customer.city}`);
  const address = {
    name: customer.name,
    street: customer.street,
    number: customer.number,
    zipcode,
    city: customer.city,
    country_code: 'NL',
  };
  return {
    email: customer.email,
    link_to_account: false,
    address: { invoice: { ...address, country: 'Nederland' }, delivery: address },
  };
}

/**
 * The order with a payment of its own at the provider. The shop simulator draws an order's payment
 * (its transaction reference, which Moneybird shows) from the start of its uuid; orders dressed from
 * one generated order share that start, and so would share one transaction.
 */
export function withOwnPayment(order: MwwOrder): MwwOrder {
  const start = (Math.imul(Number(order.number), 2_654_435_761) >>> 0).toString(16).padStart(8, '0');
  return { ...order, uuid: `${start}${order.uuid.slice(8)}` };
}

/** A day as the shop counts days (Europe/Amsterdam), `daysAgo` days before today. */
export function shopDay(daysAgo: number): string {
  return amsterdamStamp(new Date(Date.now() - daysAgo * DAY)).date;
}

/**
 * The shop's day `daysAgo` days before today at `time`, kept within this month: in a month's first
 * days, when that day is last month's, today at midnight instead. An order "of a few days ago" then
 * falls in the month of today's orders, whichever day of the month the test runs.
 */
export function shopDayThisMonth(daysAgo: number, time: string): { date: string; time: string } {
  const today = amsterdamStamp(new Date()).date;
  const date = shopDay(daysAgo);
  return date.slice(0, 7) === today.slice(0, 7) ? { date, time } : { date: today, time: '00:00:00' };
}

/**
 * The shop's date and time `minutesAgo` minutes before now, but never before today began in the
 * shop: an order "of today" stays today's (and this month's) whenever the test runs.
 */
export function shopTimeToday(minutesAgo: number): { date: string; time: string } {
  const today = amsterdamStamp(new Date()).date;
  const then = amsterdamStamp(new Date(Date.now() - minutesAgo * 60_000));
  return then.date === today ? then : { date: today, time: '00:00:00' };
}
