// VAT numbers as customers type them, brought to the canonical EU form only where the result is a
// member state's format; everything else is left as typed (and parks an intra-community supply).
import { describe, expect, it } from 'vitest';
import {
  normaliseTaxNumber,
  planContact,
  vatNumberRefusal,
  vatNumberToSend,
} from '../../../src/main/core/bookkeeping';
import { readVatNumber, vatPrefixOf } from '../../../src/main/core/bookkeeping/vat-number';
import { type Order, parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';

function order(taxnumber: string | undefined, country = 'NL', email?: string): Order {
  const parsed = parseOrder({
    number: 7,
    date: '2026-03-02',
    status: 3,
    debtor: {
      ...(email && { email }),
      address: { invoice: { company: 'Klant B.V.', country_code: country, ...(taxnumber && { taxnumber }) } },
    },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.order;
}

describe('reading a typed VAT number', () => {
  it.each([
    // typed, customer's country, canonical number
    ['NL800000000B01', 'NL', 'NL800000000B01'],
    ['nl 8000.00.000 b01', 'NL', 'NL800000000B01'],
    ['NL-800-000-000-B01', 'NL', 'NL800000000B01'],
    ['NL\u00a0800000000B01', 'NL', 'NL800000000B01'],
    ['NL NL800000000B01', 'NL', 'NL800000000B01'],
    ['nlnl800000000b01', 'NL', 'NL800000000B01'],
    ['800000000B01', 'NL', 'NL800000000B01'],
    ['123456789', 'DE', 'DE123456789'],
    ['DE 123 456 789', 'NL', 'DE123456789'], // a typed prefix wins over the address
    ['U12345678', 'AT', 'ATU12345678'],
    ['0123456789', 'BE', 'BE0123456789'],
    ['GR123456789', 'GR', 'EL123456789'], // Greece is EL in VIES
    ['123456789', 'GR', 'EL123456789'],
    ['EL EL123456789', 'GR', 'EL123456789'],
    ['FR AB123456789', 'FR', 'FRAB123456789'],
    ['FR FR123456789', 'FR', 'FRFR123456789'], // "FR" is a valid French key: not a doubled prefix
    ['B12345678', 'ES', 'ESB12345678'],
    ['1234567WA', 'IE', 'IE1234567WA'],
    ['5560000000 01', 'SE', 'SE556000000001'],
  ])('%s (%s) is %s', (typed, country, canonical) => {
    expect(readVatNumber(typed, country)).toEqual({
      kind: 'valid',
      number: canonical,
      prefix: canonical.slice(0, 2),
    });
  });

  it.each([
    // typed, customer's country: not any member state's format, so not guessed at
    ['80000000B01', 'NL'], // a digit short
    ['NL800000000', 'NL'], // no B-suffix
    ['12345678', 'DE'],
    ['CHE-123.456.789 MWST', 'CH'], // Swiss: outside the EU
    ['800000000B01', undefined], // no prefix and no country to take it from
    ['800000000B01', 'DE'], // a Dutch number without prefix for a German address
    ['GB123456789', 'GB'], // the UK left the EU (Northern Ireland is XI)
  ])('%s (%s) is left as typed', (typed, country) => {
    expect(readVatNumber(typed, country)).toMatchObject({ kind: 'unrecognised' });
  });

  it('knows the VIES prefixes, and nothing is read from an empty number', () => {
    expect(vatPrefixOf('gr')).toBe('EL');
    expect(vatPrefixOf('NL')).toBe('NL');
    expect(vatPrefixOf('US')).toBeUndefined();
    expect(readVatNumber(' . - ', 'NL')).toBeUndefined();
  });

  it('matches the same number however it was typed, on both sides', () => {
    const key = normaliseTaxNumber('800000000B01', 'NL');
    expect(key).toBe('NL800000000B01');
    expect(normaliseTaxNumber('NL NL 8000.00.000 B01', 'NL')).toBe(key);
    expect(normaliseTaxNumber('nl800000000b01')).toBe(key);
    // Unrecognised numbers still match when typed the same apart from separators and case.
    expect(normaliseTaxNumber('che-123.456.789 mwst', 'CH')).toBe('CHE123456789MWST');
    // Hidden characters never make two numbers differ.
    expect(normaliseTaxNumber('NL800\u200b000000B01')).toBe(key);
  });
});

describe('which VAT number is sent, and when an order parks', () => {
  it('sends the canonical number, and creates the contact on it', () => {
    const plan = planContact(order('NL NL800000000B01'), 'NL');
    expect(plan.create.tax_number).toBe('NL800000000B01');
    expect(plan.details.tax_number).toBe('NL800000000B01');
    expect(plan.match.key).toBe('tax_number:NL800000000B01');
  });

  it('sends an unrecognised number as typed where the VAT does not depend on it', () => {
    const swiss = order('CHE-123.456.789 MWST', 'CH');
    expect(vatNumberToSend(swiss)).toBe('CHE-123.456.789 MWST');
    expect(vatNumberRefusal(swiss, 'export')).toBeUndefined();
    expect(vatNumberRefusal(order('8000000B01', 'NL'), 'domestic')).toBeUndefined();
  });

  it('parks an intra-community supply whose VAT number is in no member state format', () => {
    const refusal = vatNumberRefusal(order('DE 12345', 'DE'), 'reverse_charge');
    expect(refusal?.code).toBe('vat_number_unrecognised');
    expect(refusal?.details).toEqual({ order: '7', vatNumber: 'DE 12345' });
    expect(refusal?.message.nl).toContain('"DE 12345"');
    expect(refusal?.message.nl).toContain('ICP-opgaaf');
    expect(refusal?.message.en).toContain('EC sales list (ICP)');
    // A recognisable one, even with its prefix missing, books.
    expect(vatNumberRefusal(order('123456789', 'DE'), 'reverse_charge')).toBeUndefined();
  });
});
