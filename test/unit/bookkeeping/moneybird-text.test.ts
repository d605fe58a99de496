// Text sent to Moneybird: names, addresses and line descriptions carry no control characters, no
// bidirectional overrides or isolates and no zero-width characters, and stay within the lengths
// Moneybird accepts (4096 for a description, as its spec documents; 255 for a contact field).
import { describe, expect, it } from 'vitest';
import { type BookingPlan, isRefusal, planBookingFromApi } from '../../../src/main/core/bookkeeping';
import {
  MONEYBIRD_DESCRIPTION_MAX_LENGTH,
  MONEYBIRD_NAME_MAX_LENGTH,
  moneybirdText,
} from '../../../src/main/core/bookkeeping/moneybird-text';
import { referenceData, settings } from './fixtures';
import { PATHS, requestErrors } from './moneybird-request-schema';
import { detailsOf } from './plan-check';

const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;
const RLO = '\u202E';
const ZWSP = '\u200B';

function planned(raw: Record<string, unknown>): BookingPlan {
  const result = planBookingFromApi(raw, { settings: settings(), reference: referenceData() });
  if (isRefusal(result)) throw new Error(`refused: ${result.message.en}`);
  return result;
}

function order(patch: Record<string, unknown>): Record<string, unknown> {
  return {
    number: 3001,
    date: '2024-06-01',
    status: 3,
    tax_region: 'NL',
    payment_status: 'captured',
    payment: { gateway_name: 'mollie', method_name: 'ideal' },
    price: { tax: { rate: '21', amount: '2.10' }, total: '12.10' },
    ...patch,
  };
}

const line = (description: string, incl: string) => ({
  type: 'article',
  quantity: 1,
  description,
  price: { amount_including_tax: incl, rate: '21' },
});

describe('text for Moneybird', () => {
  it('drops control, bidirectional and zero-width characters from names and descriptions', () => {
    const plan = planned(
      order({
        debtor: {
          email: 'klant@example.nl',
          address: {
            invoice: {
              name: `Truus${ZWSP} van\tVoor${RLO}beeldig\u0000`,
              company: `Gek${RLO}exe.kcatta\u2066 BV\u2069`,
              zipcode: '5341\u200dGE',
              street: 'Straat\u0007',
              number: '1\u2028a',
              city: `Oss${RLO}`,
              phone: '06\u00ad-12345678',
              country_code: 'NL',
            },
          },
        },
        orderlines: [line(`T-shirt ${RLO}gpj.exe\u200e maat\nL`, '12.10')],
      }),
    );
    const contact = plan.contact.create;
    for (const [field, value] of Object.entries(contact)) {
      expect(value, field).not.toMatch(HIDDEN);
    }
    expect(contact).toMatchObject({
      firstname: 'Truus',
      lastname: 'van Voorbeeldig',
      company_name: 'Gekexe.kcatta BV',
      zipcode: '5341GE',
      address1: 'Straat 1 a',
      city: 'Oss',
      phone: '06-12345678',
    });
    const [detail] = detailsOf(plan);
    expect(detail!.description).toBe('T-shirt gpj.exe maat L');
    expect(requestErrors(PATHS.contacts, 'post', { contact })).toEqual([]);
    expect(requestErrors(PATHS.salesInvoices, 'post', plan.invoice)).toEqual([]);
  });

  it('keeps names and descriptions within Moneybird’s lengths, marking what was shortened', () => {
    const long = 'Zeer lange productnaam '.repeat(300);
    const plan = planned(
      order({
        debtor: { email: 'b@example.nl', address: { invoice: { company: 'B'.repeat(400), zipcode: '1' } } },
        orderlines: [line(long, '12.10')],
      }),
    );
    const company = plan.contact.create.company_name!;
    expect([...company].length).toBe(MONEYBIRD_NAME_MAX_LENGTH);
    expect(company.endsWith('…')).toBe(true);
    const description = detailsOf(plan)[0]!.description;
    expect([...description].length).toBeLessThanOrEqual(MONEYBIRD_DESCRIPTION_MAX_LENGTH);
    expect(description.endsWith('…')).toBe(true);
    expect(long.startsWith(description.slice(0, -1).trimEnd())).toBe(true);
  });

  it('falls back to the usual text when nothing visible is left of a description', () => {
    const plan = planned(
      order({ debtor: { email: 'c@example.nl' }, orderlines: [line(`${ZWSP}${RLO}`, '12.10')] }),
    );
    expect(detailsOf(plan)[0]!.description).toMatch(/\S/);
    expect(detailsOf(plan)[0]!.description).not.toMatch(HIDDEN);
  });

  it('does not split a character when it shortens, and leaves ordinary text alone', () => {
    expect(moneybirdText('😀😀😀', 2)).toBe('😀…');
    expect(moneybirdText('Café Ørsted – 10 × “mok”', 100)).toBe('Café Ørsted – 10 × “mok”');
    expect(moneybirdText('  a \u00a0 b  ', 100)).toBe('a b');
  });
});
