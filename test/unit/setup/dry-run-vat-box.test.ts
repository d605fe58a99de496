// The part of the VAT return the dry run names for each row of "Btw per tarief", as the month per VAT
// rate names it, and the part the mapping's options name for each rate. Moneybird reports a line in
// the box of its rate, whatever slot the owner chose the rate for, so both go by the rate wherever
// the rate says (its box from Moneybird, else its name); a rate that says nothing is placed as
// Moneybird's ordinary rate of its percentage: a sale at home.
import { describe, expect, it } from 'vitest';
import type { MoneybirdTaxRate, VatTreatment } from '../../../src/main/core/bookkeeping';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { rateBox, rateBoxOf, vatBoxOf } from '../../../src/main/core/setup/vat-box-of';
import { rate } from './moneybird-records';

const pct = (p: string) => parseDecimal(p);

/** A slot of the mapping for a 0 % sale, and the country of a sale of that treatment. */
const SLOTS: ReadonlyArray<[VatTreatment, string]> = [
  ['domestic', 'NL'],
  ['reverse_charge', 'DE'],
  ['export', 'US'],
];

describe("the dry run's VAT-return part per row", () => {
  it('places a sale at home by its percentage: 1a, 1b, 1e, 1c', () => {
    expect(vatBoxOf('domestic', 'NL', pct('21'), rate('21% btw', '21.0'))).toBe('NL/1a');
    expect(vatBoxOf('domestic', 'NL', pct('9'), rate('9% btw', '9.0'))).toBe('NL/1b');
    expect(vatBoxOf('domestic', 'NL', pct('0'), rate('0% btw', '0.0'))).toBe('NL/1e');
    expect(vatBoxOf('domestic', 'NL', pct('13'), rate('13% btw', '13.0'))).toBe('NL/1c');
  });

  it('places a 0 % line on a rate outside the return (the rounding line on "Geen btw") outside it', () => {
    expect(vatBoxOf('domestic', 'NL', pct('0'), rate('Geen btw', '0.0'))).toBe('none');
    expect(vatBoxOf('domestic', 'NL', pct('0'), rate('Nul', '0.0', { tax_report_reference: [] }))).toBe(
      'none',
    );
    // Where Moneybird says the rate's box, that box.
    expect(
      vatBoxOf('domestic', 'NL', pct('0'), rate('Geen btw', '0.0', { tax_report_reference: ['NL/1e'] })),
    ).toBe('NL/1e');
  });

  it('places intra-community supplies in 3b, export in 3a, and distance sales in their OSS country', () => {
    expect(vatBoxOf('reverse_charge', 'DE', pct('0'), rate('Intracommunautaire levering', '0.0'))).toBe(
      'NL/3b',
    );
    expect(vatBoxOf('export', 'US', pct('0'), rate('Export buiten de EU', '0.0'))).toBe('NL/3a');
    expect(vatBoxOf('oss', 'BE', pct('21'), rate('BE 21% btw', '21.0', { country: 'BE' }))).toBe('OSS/BE');
    // Without the rate (not among Moneybird's rates any more): by the treatment.
    expect(vatBoxOf('reverse_charge', 'DE', pct('0'), undefined)).toBe('NL/3b');
    expect(vatBoxOf('export', 'US', pct('0'), undefined)).toBe('NL/3a');
    expect(vatBoxOf('domestic', 'NL', pct('9'), undefined)).toBe('NL/1b');
  });

  it('places a rate by itself, as the mapping names its options: by its box, else its name and percentage', () => {
    expect(rateBoxOf(rate('21% btw', '21.0'))).toBe('NL/1a');
    expect(rateBoxOf(rate('9% btw', '9.0'))).toBe('NL/1b');
    expect(rateBoxOf(rate('0% btw', '0.0'))).toBe('NL/1e');
    expect(rateBoxOf(rate('Geen btw', '0.0'))).toBe('none');
    // The domestic reverse charge lands in 1e, as an ordinary 0 % sale does.
    expect(rateBoxOf(rate('Btw verlegd', '0.0'))).toBe('NL/1e');
    expect(rateBoxOf(rate('Intracommunautaire levering', '0.0'))).toBe('NL/3b');
    expect(rateBoxOf(rate('Export buiten de EU', '0.0'))).toBe('NL/3a');
    expect(rateBoxOf(rate('BE 21% btw', '21.0', { country: 'BE' }))).toBe('OSS/BE');
    // Where Moneybird says the rate's box, that box, whatever the name.
    expect(rateBoxOf(rate('Nul', '0.0', { tax_report_reference: ['NL/3b'] }))).toBe('NL/3b');
    expect(rateBoxOf(rate('Geen btw', '0.0', { tax_report_reference: ['NL/1e'] }))).toBe('NL/1e');
    expect(rateBoxOf(rate('Nul', '0.0', { tax_report_reference: [] }))).toBe('none');
    expect(rateBoxOf(rate('Onleesbaar', 'veel'))).toBeUndefined();
  });
});

describe('a rate in a slot it is not named for: the dry run names the box Moneybird will report it in', () => {
  // [the rate, the slot the owner put it in, where the dry run places it, what its option says]
  const cases: ReadonlyArray<[string, MoneybirdTaxRate, VatTreatment, string]> = [
    // The review's table: the dry run said 3b, 1e and 3a here, against the options' 1e, 3b and none.
    ['"Btw verlegd" in the ICP slot', rate('Btw verlegd', '0.0'), 'reverse_charge', 'NL/1e'],
    [
      '"Intracommunautaire levering" in the 0 % slot at home',
      rate('Intracommunautaire levering', '0.0'),
      'domestic',
      'NL/3b',
    ],
    ['"Geen btw" in the export slot', rate('Geen btw', '0.0'), 'export', 'none'],
    // The same by the name of the other treatment.
    ['"Export buiten de EU" in the ICP slot', rate('Export buiten de EU', '0.0'), 'reverse_charge', 'NL/3a'],
    [
      '"Intracommunautaire levering" in the export slot',
      rate('Intracommunautaire levering', '0.0'),
      'export',
      'NL/3b',
    ],
    ['"Btw verlegd" in the export slot', rate('Btw verlegd', '0.0'), 'export', 'NL/1e'],
    // A box Moneybird gives the rate wins over its name and over the slot.
    [
      'a rate in box 1e in the ICP slot',
      rate('Nul', '0.0', { tax_report_reference: ['NL/1e'] }),
      'reverse_charge',
      'NL/1e',
    ],
    [
      'a rate in box 3b in the 0 % slot at home',
      rate('Nul', '0.0', { tax_report_reference: ['NL/3b'] }),
      'domestic',
      'NL/3b',
    ],
    [
      'a rate in box 3a in the ICP slot',
      rate('Nul', '0.0', { tax_report_reference: ['nl/3a'] }),
      'reverse_charge',
      'NL/3a',
    ],
    [
      'an "ICP" rate Moneybird puts in 1e, in the ICP slot',
      rate('Intracommunautaire levering', '0.0', { tax_report_reference: ['NL/1e'] }),
      'reverse_charge',
      'NL/1e',
    ],
    [
      'a rate Moneybird puts in no Dutch box, in the export slot',
      rate('Nul', '0.0', { tax_report_reference: [] }),
      'export',
      'none',
    ],
  ];

  it.each(cases)('%s', (_case, taxRate, slot, box) => {
    const country = SLOTS.find(([t]) => t === slot)![1];
    expect(vatBoxOf(slot, country, pct('0'), taxRate)).toBe(box);
    // Its option in the mapping says the same box.
    expect(rateBoxOf(taxRate)).toBe(box);
  });

  it('names every rate that says where it lands by the same box in every slot, as its option does', () => {
    for (const [, taxRate] of cases)
      for (const [slot, country] of SLOTS)
        expect(vatBoxOf(slot, country, pct('0'), taxRate)).toBe(rateBoxOf(taxRate));
  });

  it("places an OSS sale in its country's OSS return, whatever box the rate names", () => {
    const be = rate('BE 21% btw', '21.0', { country: 'BE', tax_report_reference: ['NL/1a'] });
    expect(vatBoxOf('oss', 'BE', pct('21'), be)).toBe('OSS/BE');
    expect(rateBoxOf(be)).toBe('OSS/BE');
  });

  it('places an ordinary rate, which says nothing of its box, as Moneybird places its ordinary rate: at home', () => {
    const ordinary = rate('0% btw', '0.0');
    // Moneybird fixes a rate's box when the rate is made: used for ICP or export, "0% btw" still lands in 1e.
    for (const [slot, country] of SLOTS) expect(vatBoxOf(slot, country, pct('0'), ordinary)).toBe('NL/1e');
    expect(rateBoxOf(ordinary)).toBe('NL/1e');
    expect(rateBox(ordinary)).toEqual({ box: 'NL/1e', guessed: true });
    // A rate that says where it lands is no guess.
    expect(rateBox(rate('Intracommunautaire levering', '0.0'))).toEqual({ box: 'NL/3b', guessed: false });
    expect(rateBox(rate('0% btw', '0.0', { tax_report_reference: ['NL/1e'] }))).toEqual({
      box: 'NL/1e',
      guessed: false,
    });
  });
});

describe('an exempt rate without a box from Moneybird', () => {
  const exempt = [
    rate('Vrijgesteld van btw', '0.0'),
    rate('Btw vrijgesteld', '0.0'),
    rate('VAT exempt', '0.0'),
  ];

  it('states no box: its option gives the percentage only, its dry-run row no part of the return', () => {
    for (const taxRate of exempt) {
      expect(rateBoxOf(taxRate), taxRate.name).toBeUndefined();
      for (const [slot, country] of SLOTS) expect(vatBoxOf(slot, country, pct('0'), taxRate)).toBe('');
    }
  });

  it('takes the box Moneybird gives it, or outside the return when Moneybird gives none', () => {
    const inBox = rate('Vrijgesteld van btw', '0.0', { tax_report_reference: ['NL/1e'] });
    expect(rateBoxOf(inBox)).toBe('NL/1e');
    expect(vatBoxOf('domestic', 'NL', pct('0'), inBox)).toBe('NL/1e');
    const outside = rate('Vrijgesteld van btw', '0.0', { tax_report_reference: [] });
    expect(rateBoxOf(outside)).toBe('none');
    expect(vatBoxOf('domestic', 'NL', pct('0'), outside)).toBe('none');
  });

  it('is not mistaken for the domestic reverse charge, which lands in 1e', () => {
    expect(rateBoxOf(rate('Btw verlegd', '0.0'))).toBe('NL/1e');
    expect(rateBoxOf(rate('Reverse charge', '0.0'))).toBe('NL/1e');
  });
});
