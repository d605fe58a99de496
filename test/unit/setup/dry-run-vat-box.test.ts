// The part of the VAT return the dry run names for each row of "Btw per tarief", as the month per VAT
// rate names it: by the sale's treatment, and at home by the Moneybird rate the lines are booked on.
// The mapping's options name each rate's part by the same rule, from the rate alone.
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import { rateBoxOf, vatBoxOf } from '../../../src/main/core/setup/vat-box-of';
import { rate } from './moneybird-records';

const pct = (p: string) => parseDecimal(p);

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
