// The small pure helpers: Moneybird's arithmetic, references, contacts, eligibility, the tax-rate
// proposal and the settings schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bookingReference,
  bookkeepingSettingsSchema,
  computeInvoiceTotals,
  contactMatches,
  DEFAULT_TAX_RATE_NEEDS,
  isPaid,
  isTestOrder,
  lineTotal,
  type MoneybirdTaxRate,
  normaliseEmail,
  orderNumberFromReference,
  paymentState,
  planContact,
  proposeTaxRateMapping,
  taxFromGross,
  taxFromNet,
} from '../../../src/main/core/bookkeeping';
import { type Order, parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { rate } from '../setup/moneybird-records';
import { referenceData, TAX } from './fixtures';

const d = parseDecimal;

function order(patch: Record<string, unknown>): Order {
  const parsed = parseOrder({ number: 1, date: '2024-01-01', status: 3, debtor: {}, ...patch });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.order;
}

describe('Moneybird arithmetic', () => {
  it('rounds line totals and VAT per rate half away from zero', () => {
    expect(lineTotal('3', '3.333333')).toBe(d('10.00'));
    expect(lineTotal('1', '-0.005')).toBe(d('-0.01'));
    expect(taxFromGross(d('37.49'), d('21'))).toBe(d('6.51'));
    expect(taxFromGross(d('-37.49'), d('21'))).toBe(d('-6.51'));
    expect(taxFromNet(d('30.99'), d('21'))).toBe(d('6.51'));
    expect(taxFromGross(d('100'), d('0'))).toBe(0n);
  });

  it('groups by tax rate id, not percentage, and adds up incl. and excl.', () => {
    const pct = (id: string) => ({ a: d('21'), b: d('0'), c: d('0') })[id];
    const incl = computeInvoiceTotals(
      [
        { amount: 2, price: '4.95', tax_rate_id: 'a' },
        { amount: '1', price: '5.00', tax_rate_id: 'b' },
        { amount: '1', price: '1.00', tax_rate_id: 'c' },
      ],
      true,
      pct,
    );
    expect(incl.groups.map((g) => g.taxRateId)).toEqual(['a', 'b', 'c']);
    expect(incl.totalInclTax).toBe(d('15.90'));
    expect(incl.totalTax).toBe(d('1.72'));
    const excl = computeInvoiceTotals([{ amount: 1, price: '10', tax_rate_id: 'a' }], false, pct);
    expect(excl.totalInclTax).toBe(d('12.10'));
  });

  it('a line priced at the shop incl. amount always totals to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 50 }),
        (cents, q) => {
          const incl = BigInt(cents) * 10_000n;
          if (incl % (BigInt(q) * 10_000n) !== 0n) return;
          const unit = incl / BigInt(q);
          expect(lineTotal(String(q), (Number(unit) / 1e6).toFixed(2))).toBe(incl);
        },
      ),
    );
  });
});

describe('booking reference', () => {
  it('is stable, URL-safe and reversible for any order number', () => {
    expect(bookingReference('1042')).toBe('MWW-1042');
    expect(bookingReference('T-77', 'SHOP2')).toBe('SHOP2-T-77');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (number) => {
        fc.pre(number.trim() === number && number.length > 0);
        const reference = bookingReference(number);
        expect(encodeURIComponent(reference)).toBe(reference);
        expect(orderNumberFromReference(reference)).toBe(number);
      }),
    );
    expect(bookingReference('12/3')).not.toBe(bookingReference('12-3'));
  });
});

describe('contacts', () => {
  it('normalises e-mail and matches exactly', () => {
    expect(normaliseEmail('  Klant@Example.NL ')).toBe('klant@example.nl');
    expect(normaliseEmail('a@b.nl, c@d.nl')).toBeUndefined();
    const plan = planContact(
      order({
        debtor: {
          email: 'Klant@Example.NL',
          address: {
            invoice: { name: 'Truus van Dijk', street: 'Kerkstraat', number: '1a', country_code: 'nl' },
          },
        },
      }),
      'NL',
    );
    expect(plan.match).toEqual({ kind: 'email', value: 'klant@example.nl', key: 'email:klant@example.nl' });
    expect(plan.create).toEqual({
      firstname: 'Truus',
      lastname: 'van Dijk',
      address1: 'Kerkstraat 1a',
      country: 'NL',
      send_invoices_to_email: 'klant@example.nl',
      delivery_method: 'Manual',
    });
    expect(contactMatches(plan.match, { send_invoices_to_email: 'KLANT@example.nl ' })).toBe(true);
    expect(contactMatches(plan.match, { send_invoices_to_email: 'klant@example.nl.evil' })).toBe(false);
  });

  it('without e-mail: by VAT number, else the shared contact', () => {
    const business = planContact(
      order({ debtor: { address: { invoice: { company: 'BV', taxnumber: 'nl 8000.00.000 b01' } } } }),
      'NL',
    );
    expect(business.match.key).toBe('tax_number:NL800000000B01');
    const anonymous = planContact(order({}), 'NL');
    expect(anonymous.match.kind).toBe('shared');
    expect(contactMatches(anonymous.match, { company_name: 'Webwinkelklanten zonder e-mailadres' })).toBe(
      true,
    );
  });
});

describe('eligibility', () => {
  it('paid means captured, zero total or a credit; authorized by setting', () => {
    expect(isPaid(order({ payment_status: 'captured', price: { total: '5' } }))).toBe(true);
    expect(isPaid(order({ payment_status: 'pending', price: { total: '5' } }))).toBe(false);
    expect(isPaid(order({ payment_status: 'unknown', price: { total: '0.00' } }))).toBe(true);
    expect(isPaid(order({ payment_status: 'authorized', price: { total: '5' } }))).toBe(false);
    expect(
      isPaid(order({ payment_status: 'authorized', price: { total: '5' } }), { acceptAuthorized: true }),
    ).toBe(true);
    expect(paymentState(order({ credited_order_number: 4, price: { total: '5' } }))).toBe('credit');
    expect(paymentState(order({ payment: { status: { id: 1 } }, price: { total: '5' } }))).toBe('captured');
  });

  it('test orders carry a T marker', () => {
    expect(isTestOrder(order({ number: 'T-1042' }))).toBe(true);
    expect(isTestOrder(order({ number: 1042 }))).toBe(false);
  });
});

describe('tax rate proposal', () => {
  it('proposes only unambiguous rates and reports the rest', () => {
    const proposal = proposeTaxRateMapping(
      [
        ...DEFAULT_TAX_RATE_NEEDS,
        { treatment: 'oss', rate: '21.00', country: 'BE' },
        { treatment: 'oss', rate: '20', country: 'AT' },
      ],
      referenceData().taxRates,
    );
    const by = (items: typeof proposal.proposed) =>
      items.map(
        (i) =>
          `${i.need.treatment}:${i.need.rate}${i.need.country ?? ''}=${i.taxRateId ?? i.candidates.length}`,
      );
    expect(by(proposal.proposed)).toEqual([
      `domestic:21=${TAX.nl21}`,
      `domestic:9=${TAX.nl9}`,
      `reverse_charge:0=${TAX.icp}`,
      `export:0=${TAX.export}`,
      `oss:21BE=${TAX.be21}`,
    ]);
    // Five 0 % rates without country, two of them ordinary ("0% btw", "Geen btw"): the owner chooses
    // between those two; "Btw verlegd", the ICP and the export rate are no candidates for it.
    expect(by(proposal.ambiguous)).toEqual(['domestic:0=2']);
    expect(proposal.ambiguous[0]!.candidates.map((c) => c.id)).toEqual([TAX.nl0, TAX.geen]);
    expect(by(proposal.missing)).toEqual(['oss:20AT=0']);
  });

  // The domestic 0 % need: never proposed on a rate meant for other sales (the domestic reverse
  // charge, an intra-community supply, export), by its VAT box when Moneybird gives one, else its name.
  type Outcome =
    | { proposed: string }
    | { ownerChooses: string[]; onlyForOtherSales: boolean }
    | { missing: true };
  const boxed = (name: string, box: string) => rate(name, '0.0', { tax_report_reference: [box] });
  it.each<[string, MoneybirdTaxRate[], Outcome]>([
    [
      'only "Btw verlegd": the owner chooses',
      [rate('Btw verlegd', '0.0')],
      { ownerChooses: ['Btw verlegd'], onlyForOtherSales: true },
    ],
    [
      'only an ICP rate: the owner chooses',
      [rate('Intracommunautaire levering', '0.0')],
      { ownerChooses: ['Intracommunautaire levering'], onlyForOtherSales: true },
    ],
    [
      'only an export rate: the owner chooses',
      [rate('Export buiten de EU', '0.0')],
      { ownerChooses: ['Export buiten de EU'], onlyForOtherSales: true },
    ],
    [
      'an exemption alone: the owner chooses',
      [rate('Vrijgesteld van btw', '0.0')],
      { ownerChooses: ['Vrijgesteld van btw'], onlyForOtherSales: true },
    ],
    [
      'only rates for other sales: all listed for the owner',
      [rate('Btw verlegd', '0.0'), rate('ICP', '0.0'), rate('Export', '0.0')],
      { ownerChooses: ['Btw verlegd', 'ICP', 'Export'], onlyForOtherSales: true },
    ],
    [
      '"Btw verlegd" beside the ordinary "0% btw": the ordinary one',
      [rate('Btw verlegd', '0.0'), rate('0% btw', '0.0')],
      { proposed: '0% btw' },
    ],
    [
      'the usual four 0 % rates: the ordinary one',
      [
        rate('0% btw', '0.0'),
        rate('Btw verlegd', '0.0'),
        rate('Export buiten de EU', '0.0'),
        rate('Intracommunautaire levering', '0.0'),
      ],
      { proposed: '0% btw' },
    ],
    [
      'two ordinary rates: the owner chooses between them, as before',
      [rate('0% btw', '0.0'), rate('Geen btw', '0.0'), rate('Btw verlegd', '0.0')],
      { ownerChooses: ['0% btw', 'Geen btw'], onlyForOtherSales: false },
    ],
    [
      'a plain name in box 3b (intra-community) alone: the owner chooses',
      [boxed('Nul', 'NL/3b')],
      { ownerChooses: ['Nul'], onlyForOtherSales: true },
    ],
    [
      'a plain name in box 3a (export) beside an ordinary rate: the ordinary one',
      [boxed('Nul', 'NL/3a'), rate('Nultarief', '0.0')],
      { proposed: 'Nultarief' },
    ],
    [
      'a name that says export but a box at home (1e): the box decides, proposed',
      [boxed('Export', 'NL/1e')],
      { proposed: 'Export' },
    ],
    [
      '"Btw verlegd" in box 1e, the ordinary box: still the reverse charge by its name',
      [boxed('Btw verlegd', 'NL/1e')],
      { ownerChooses: ['Btw verlegd'], onlyForOtherSales: true },
    ],
    [
      'a foreign or inactive ordinary rate does not count',
      [
        rate('Btw verlegd', '0.0'),
        rate('BE 0%', '0.0', { country: 'BE' }),
        rate('0% btw (oud)', '0.0', { active: false }),
      ],
      { ownerChooses: ['Btw verlegd'], onlyForOtherSales: true },
    ],
    ['no 0 % rate at all', [rate('21% btw', '21.0')], { missing: true }],
  ])('domestic 0 %%: %s', (_, rates, expected) => {
    const proposal = proposeTaxRateMapping([{ treatment: 'domestic', rate: '0' }], rates);
    const nameOf = (id: string) => rates.find((r) => r.id === id)!.name;
    const all = [...proposal.proposed, ...proposal.ambiguous, ...proposal.missing];
    expect(all).toHaveLength(1);
    if ('proposed' in expected) {
      expect(proposal.proposed).toHaveLength(1);
      expect(nameOf(proposal.proposed[0]!.taxRateId!)).toBe(expected.proposed);
      // Only the ordinary rate is a candidate: nothing for other sales offered beside it.
      expect(proposal.proposed[0]!.candidates.map((c) => c.name)).toEqual([expected.proposed]);
      expect(proposal.proposed[0]!.onlyForOtherSales).toBeUndefined();
    } else if ('ownerChooses' in expected) {
      expect(proposal.ambiguous).toHaveLength(1);
      const item = proposal.ambiguous[0]!;
      expect(item.taxRateId).toBeUndefined();
      expect(item.candidates.map((c) => c.name)).toEqual(expected.ownerChooses);
      expect(item.onlyForOtherSales ?? false).toBe(expected.onlyForOtherSales);
    } else {
      expect(proposal.missing).toHaveLength(1);
      expect(proposal.missing[0]!.candidates).toEqual([]);
    }
  });

  it('leaves the other needs as they were: a domestic 21 % rate, the ICP and the export rate', () => {
    const rates = [
      rate('21% btw', '21.0'),
      rate('Btw verlegd', '0.0'),
      rate('Intracommunautaire levering', '0.0'),
      rate('Export buiten de EU', '0.0'),
    ];
    const proposal = proposeTaxRateMapping(DEFAULT_TAX_RATE_NEEDS, rates);
    const proposed = Object.fromEntries(
      proposal.proposed.map((i) => [`${i.need.treatment}:${i.need.rate}`, i.taxRateId]),
    );
    expect(proposed).toEqual({
      'domestic:21': rates[0]!.id,
      'reverse_charge:0': rates[2]!.id,
      'export:0': rates[3]!.id,
    });
    expect(proposal.ambiguous.map((i) => `${i.need.treatment}:${i.need.rate}`)).toEqual(['domestic:0']);
    expect(proposal.missing.map((i) => `${i.need.treatment}:${i.need.rate}`)).toEqual(['domestic:9']);
  });
});

describe('settings schema', () => {
  it('fills defaults, normalises rate keys and names bad fields', () => {
    const parsed = bookkeepingSettingsSchema.parse({
      ledgerAccounts: { revenue: '1' },
      taxRates: { domestic: { '21.00': '5' } },
    });
    expect(parsed).toMatchObject({
      bookingStyle: 'sales',
      shopCountry: 'NL',
      rounding: { tolerance: '0.02' },
      referencePrefix: 'MWW',
    });
    expect(parsed.taxRates.domestic).toEqual({ '21': '5' });
    const bad = bookkeepingSettingsSchema.safeParse({
      ledgerAccounts: { revenue: 'omzet' },
      rounding: { tolerance: '5' },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'ledgerAccounts.revenue',
      'rounding.tolerance',
    ]);
  });
});
