// After Moneybird refused a rate of a booking, the rates it holds now say which one and why.
import { describe, expect, it } from 'vitest';
import { refusedTaxRateOf } from '../../../src/main/core/bookkeeping';
import { referenceData, TAX } from './fixtures';

const plan = {
  orderNumber: '1042',
  vatTreatment: 'domestic' as const,
  vatCountry: 'NL',
  taxRateIds: { '21': TAX.nl21, '9': TAX.nl9 },
};

describe('the rate Moneybird refused', () => {
  it('names a rate deactivated since it was read, and says to activate it or choose another', () => {
    const rates = referenceData().taxRates.map((r) => (r.id === TAX.nl9 ? { ...r, active: false } : r));
    const refusal = refusedTaxRateOf(plan, rates);
    expect(refusal?.code).toBe('tax_rate_unusable');
    expect(refusal?.details).toMatchObject({ order: '1042', rate: '9', taxRateId: TAX.nl9, name: '9% btw' });
    expect(refusal?.message.nl).toContain('"9% btw"');
  });

  it('says a rate deleted since it was read is gone, and nothing when every rate still fits', () => {
    const rates = referenceData().taxRates.filter((r) => r.id !== TAX.nl21);
    expect(refusedTaxRateOf(plan, rates)?.code).toBe('tax_rate_not_found');
    expect(refusedTaxRateOf(plan, referenceData().taxRates)).toBeNull();
  });
});
