// The VAT treatment an order is booked with, and a credit's: it keeps its original's treatment and,
// for a distance sale, its original's OSS country, whatever region the shop sent with the credit.
import { describe, expect, it } from 'vitest';
import { bookedTreatmentOf } from '../../../src/main/core/bookkeeping/vat-treatment';
import { type Order, parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';

function order(patch: Record<string, unknown>): Order {
  const parsed = parseOrder({ number: 2, date: '2026-10-20', status: 3, debtor: {}, ...patch });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.order;
}

/** A credit of order 1, with the tax settings the shop sent with it. */
const credit = (patch: Record<string, unknown> = {}) => order({ credited_order_number: 1, ...patch });

describe('the treatment a credit is booked with', () => {
  it('a credit of a sale to Belgium is Belgian OSS, also when the credit names no region', () => {
    expect(bookedTreatmentOf(credit(), 'NL', { treatment: 'oss', country: 'BE' })).toEqual({
      treatment: 'oss',
      country: 'BE',
    });
  });

  it.each(['NL', 'FR', 'BE'])(
    'a credit naming region %s corrects the Belgian sale: Belgian OSS',
    (region) => {
      expect(
        bookedTreatmentOf(credit({ tax_region: region }), 'NL', { treatment: 'oss', country: 'BE' }),
      ).toEqual({ treatment: 'oss', country: 'BE' });
    },
  );

  it("an OSS original of unknown country leaves the credit's own region, as before", () => {
    expect(bookedTreatmentOf(credit({ tax_region: 'DE' }), 'NL', { treatment: 'oss' })).toEqual({
      treatment: 'oss',
      country: 'DE',
    });
    expect(bookedTreatmentOf(credit(), 'NL', { treatment: 'oss' })).toEqual({
      treatment: 'oss',
      country: 'NL',
    });
  });

  it("a credit of a sale at home or of an intra-community supply is in the shop's country, whatever its region", () => {
    for (const treatment of ['domestic', 'reverse_charge', 'export'] as const)
      expect(bookedTreatmentOf(credit({ tax_region: 'BE' }), 'NL', { treatment })).toEqual({
        treatment,
        country: 'NL',
      });
  });

  it('an order that credits nothing is treated by its own tax settings', () => {
    expect(bookedTreatmentOf(order({ tax_region: 'BE' }), 'NL', undefined)).toEqual({
      treatment: 'oss',
      country: 'BE',
    });
    expect(bookedTreatmentOf(order({}), 'NL', undefined)).toEqual({ treatment: 'domestic', country: 'NL' });
  });
});
