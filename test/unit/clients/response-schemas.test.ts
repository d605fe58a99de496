import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidResponseError } from '../../../src/main/core/http/errors';
import { linkTarget } from '../../../src/main/core/http/link-header';
import { parseResponse } from '../../../src/main/core/http/parse-response';
import {
  orderPaymentListSchema,
  orderStatusListSchema,
  storeSchema,
} from '../../../src/main/core/mijnwebwinkel/schemas';
import { formatFilter, periodFilter } from '../../../src/main/core/moneybird/client';
import {
  idSchema,
  moneySchema,
  salesInvoiceSchema,
  taxRateSchema,
} from '../../../src/main/core/moneybird/schemas';

const context = {
  service: 'moneybird' as const,
  method: 'GET',
  url: 'https://moneybird.com/api/v2/1/x.json',
};

describe('Moneybird response schemas', () => {
  it('keeps 64-bit ids as strings and refuses ids that lost precision', () => {
    expect(idSchema.parse('474244293768251011')).toBe('474244293768251011');
    expect(idSchema.parse(42)).toBe('42');
    // What JSON.parse makes of a 64-bit id sent as a number: no longer the id.
    expect(idSchema.safeParse(JSON.parse('474244293768251011')).success).toBe(false);
    expect(idSchema.safeParse('12a').success).toBe(false);
  });

  it('keeps money as the decimal text Moneybird sent', () => {
    expect(moneySchema.parse('363.0')).toBe('363.0');
    expect(moneySchema.parse('-24.20')).toBe('-24.20');
    expect(moneySchema.parse(10.5)).toBe('10.5');
    expect(moneySchema.safeParse('12 euro').success).toBe(false);
  });

  it('passes unknown fields through and names the field that is wrong', () => {
    const rate = taxRateSchema.parse({
      id: '1',
      name: '21% btw',
      percentage: '21.0',
      tax_rate_type: 'sales_invoice',
      active: true,
      country: null,
      tax_report_reference: ['NL/1a'],
    });
    expect(rate.tax_report_reference).toEqual(['NL/1a']);
    const error = (() => {
      try {
        parseResponse(
          z.array(salesInvoiceSchema),
          [
            {
              id: '1',
              contact_id: '2',
              state: 'open',
              currency: 'EUR',
              prices_are_incl_tax: true,
              total_price_excl_tax: '1.0',
              total_price_incl_tax: 'lots',
            },
          ],
          context,
          200,
        );
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).field).toBe('[0].total_price_incl_tax');
    expect((error as InvalidResponseError).userMessage.nl).toContain('[0].total_price_incl_tax');
  });

  it('builds filters and periods and refuses values that would change their meaning', () => {
    expect(
      formatFilter({ state: 'all', reference: 'WB-1', period: periodFilter('2025-01-01', '2025-12-31') }),
    ).toBe('state:all,reference:WB-1,period:20250101..20251231');
    expect(formatFilter({ updated_after: '2026-08-21 13:50:12 UTC' })).toBe(
      'updated_after:2026-08-21 13:50:12 UTC',
    );
    expect(formatFilter({})).toBeUndefined();
    expect(() => formatFilter({ reference: 'a,b' })).toThrow(RangeError);
    expect(() => formatFilter({ reference: 'x:y' })).toThrow(RangeError);
    expect(() => periodFilter('2025-1-1', '2025-12-31')).toThrow(RangeError);
  });

  it('reads the next page from a Link header', () => {
    const header =
      '<https://moneybird.com/api/v2/1/contacts.json?page=1&per_page=100>; rel="prev", <https://moneybird.com/api/v2/1/contacts.json?page=3&per_page=100>; rel="next"';
    expect(linkTarget(header, 'next')).toBe(
      'https://moneybird.com/api/v2/1/contacts.json?page=3&per_page=100',
    );
    expect(linkTarget(header, 'last')).toBeUndefined();
    expect(linkTarget(undefined, 'next')).toBeUndefined();
  });
});

describe('Mijnwebwinkel response schemas accept the documented loose forms', () => {
  it('reads statuses bare or wrapped, with numbers and booleans as text', () => {
    const bare = orderStatusListSchema.parse([{ status: '3', description: 'Betaald', credit_order: '0' }]);
    expect(bare).toEqual([{ status: 3, description: 'Betaald', credit_order: false }]);
    const wrapped = orderStatusListSchema.parse({
      orderstatuses: [{ status: 10, description: 'Retour', credit_order: 1 }],
    });
    expect(wrapped[0]).toMatchObject({ status: 10, credit_order: true });
    expect(orderStatusListSchema.safeParse([{ status: 'drie', description: 'x' }]).success).toBe(false);
  });

  it('reads the store with prices_include_tax as text', () => {
    expect(
      storeSchema.parse({ name: 'Winkel', prices_include_tax: 'true', extra: [] }).prices_include_tax,
    ).toBe(true);
  });

  it('reads payments with cents as text and an empty order snapshot as []', () => {
    const [payment] = orderPaymentListSchema.parse({
      payments: [
        { id: 'p1', price: '1250', order: [], mutations: [{ id: 7, type: 'capture', price: 1250 }] },
      ],
    });
    expect(payment).toMatchObject({
      id: 'p1',
      price: 1250,
      mutations: [{ id: '7', type: 'capture', price: 1250 }],
    });
    expect(payment?.order).toBeUndefined();
  });
});
