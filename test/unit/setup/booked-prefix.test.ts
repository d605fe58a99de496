// The rules behind the prefix a data folder without bookings is set up with: where the sample of the
// shop's orders is read, what makes a booking found under an order's reference plainly that order's,
// and which prefix the shop's bookings say to keep.
import { describe, expect, it } from 'vitest';
import { type Order, parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import {
  choosePrefix,
  isShopsBooking,
  type SampledOrder,
  sampledOrder,
  samplePages,
} from '../../../src/main/core/setup/booked-prefix';
import type { FoundBooking } from '../../../src/main/core/sync/existing-bookings';

function order(patch: Record<string, unknown> = {}): Order {
  const parsed = parseOrder({
    number: 1042,
    date: '2026-05-04',
    status: 3,
    currency: 'EUR',
    price: { total: '29.65' },
    debtor: { email: 'Jan@Example.nl' },
    ...patch,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.order;
}

const jan: SampledOrder = {
  number: '1042',
  date: '2026-05-04',
  contactKey: 'email:jan@example.nl',
  currency: 'EUR',
  totalInclTax: '29.65',
};

const booking = (
  reference: string,
  patch: { keys?: string[]; total?: string; currency?: string } = {},
): FoundBooking => ({
  invoice: {
    id: `9${reference.length}`,
    contact_id: '55',
    state: 'paid',
    reference,
    currency: patch.currency ?? 'EUR',
    total_price_incl_tax: patch.total ?? '29.65',
    details: [],
  } as unknown as FoundBooking['invoice'],
  contactKeys: patch.keys ?? ['email:jan@example.nl'],
  contactName: 'Jan Jansen',
  lines: null,
  figureLines: [],
});

describe('the sample of the shop’s orders', () => {
  it('reads every order when there are no more than the sample holds', () => {
    expect(samplePages(0)).toEqual([]);
    expect(samplePages(7)).toEqual([{ offset: 0, limit: 7 }]);
    expect(samplePages(50)).toEqual([{ offset: 0, limit: 50 }]);
  });

  it('spreads runs of consecutive orders from the first order to the last', () => {
    const pages = samplePages(1000);
    expect(pages).toHaveLength(10);
    expect(pages.every((p) => p.limit === 5)).toBe(true);
    expect(pages[0]).toEqual({ offset: 0, limit: 5 });
    expect(pages.at(-1)).toEqual({ offset: 995, limit: 5 });
    const offsets = pages.map((p) => p.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    // No two runs overlap, and the gaps between them are even (to a rounding).
    const gaps = offsets.slice(1).map((offset, i) => offset - offsets[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });

  it('takes an order as a booking of it would show it: number, date, the customer’s key, currency and total', () => {
    expect(sampledOrder(order(), 'NL')).toEqual(jan);
  });

  it('leaves out an order without a total, and one of a customer without e-mail or VAT number', () => {
    expect(sampledOrder(order({ price: undefined }), 'NL')).toBeUndefined();
    // Booked on the contact every such customer shares: two shops' orders would look alike.
    expect(sampledOrder(order({ debtor: {} }), 'NL')).toBeUndefined();
  });
});

describe('a booking found under an order’s reference', () => {
  it('is the order’s on its customer’s contact, with its total and currency', () => {
    expect(isShopsBooking(jan, booking('MWW-1042'))).toBe(true);
    expect(isShopsBooking(jan, booking('MWW-1042', { total: '29.650' }))).toBe(true);
  });

  it('is not on another customer’s contact, with another total or in another currency', () => {
    expect(isShopsBooking(jan, booking('MWW-1042', { keys: ['email:piet@example.nl'] }))).toBe(false);
    expect(isShopsBooking(jan, booking('MWW-1042', { total: '24.95' }))).toBe(false);
    expect(isShopsBooking(jan, booking('MWW-1042', { currency: 'USD' }))).toBe(false);
  });
});

describe('the prefix the shop’s bookings say to keep', () => {
  const piet: SampledOrder = { ...jan, number: '1043', contactKey: 'email:piet@example.nl' };
  const under =
    (bookings: FoundBooking[]) =>
    (reference: string): FoundBooking[] =>
      bookings.filter((b) => b.invoice.reference === reference);

  it('its own when nothing is found', () => {
    expect(choosePrefix('MW3F2A9C', [jan, piet], under([]))).toEqual({ prefix: 'MW3F2A9C', booked: false });
    expect(choosePrefix('MW3F2A9C', [], under([booking('MWW-1042')]))).toEqual({
      prefix: 'MW3F2A9C',
      booked: false,
    });
  });

  it('"MWW" when the shop’s bookings are found under it', () => {
    expect(choosePrefix('MW3F2A9C', [jan, piet], under([booking('MWW-1042')]))).toEqual({
      prefix: 'MWW',
      booked: true,
    });
  });

  it('its own when the MWW- invoices under its order numbers are another shop’s', () => {
    const others = [
      booking('MWW-1042', { keys: ['email:iemand@example.nl'] }),
      booking('MWW-1043', { total: '5.45', keys: ['email:piet@example.nl'] }),
    ];
    expect(choosePrefix('MW3F2A9C', [jan, piet], under(others))).toEqual({
      prefix: 'MW3F2A9C',
      booked: false,
    });
  });

  it('its own when the shop already books under it, "MWW" bookings of an older install beside', () => {
    const both = [booking('MWW-1042'), booking('MW3F2A9C-1043', { keys: ['email:piet@example.nl'] })];
    expect(choosePrefix('MW3F2A9C', [jan, piet], under(both))).toEqual({ prefix: 'MW3F2A9C', booked: true });
  });
});
