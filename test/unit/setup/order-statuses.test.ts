// Which of the shop's statuses are proposed as "completed": by their names (Dutch or English) and
// the shop's credit flag, never by id.
import { describe, expect, it } from 'vitest';
import { classifyStatus, classifyStatuses } from '../../../src/main/core/setup/order-statuses';
import { settingsSectionFor } from '../../../src/main/core/setup/settings-section';

const kind = (description: string, credit = false) =>
  classifyStatus({ status: 99, description, credit_order: credit });

describe('order status proposal', () => {
  it('proposes shipped, paid and collected statuses, and credit statuses', () => {
    for (const name of [
      'Verzonden',
      'Betaald',
      'Betaald & afgehaald',
      'Shipped',
      'Paid',
      'Afgerond',
      'Delivered',
    ]) {
      expect(kind(name), name).toMatchObject({ kind: 'completed', suggested: true });
    }
    expect(kind('Gecrediteerd', true)).toMatchObject({ kind: 'credit', suggested: true });
    // The flag decides, whatever the name.
    expect(kind('Retour', true)).toMatchObject({ kind: 'credit', suggested: true });
  });

  it('does not propose open, cancelled, unpaid or unknown statuses', () => {
    expect(kind('Nieuw / in behandeling')).toMatchObject({ kind: 'open', suggested: false });
    expect(kind('Order Pending')).toMatchObject({ kind: 'open', suggested: false });
    expect(kind('Geannuleerd')).toMatchObject({ kind: 'cancelled', suggested: false });
    expect(kind('Cancelled')).toMatchObject({ kind: 'cancelled', suggested: false });
    expect(kind('Niet betaald')).toMatchObject({ suggested: false });
    expect(kind('Unpaid')).toMatchObject({ suggested: false });
    expect(kind('Klaar voor inpakken')).toMatchObject({ kind: 'other', suggested: false });
  });

  it('keeps the shop ids, drops duplicates and sorts by id', () => {
    const list = classifyStatuses([
      { status: 10, description: 'Gecrediteerd', credit_order: true },
      { status: 2, description: 'Verzonden' },
      { status: 2, description: 'Verzonden (dubbel)' },
      { status: 1, description: '' },
    ]);
    expect(list.map((s) => [s.id, s.suggested])).toEqual([
      [1, false],
      [2, true],
      [10, true],
    ]);
    expect(list[0]!.name).toBe('1');
  });
});

describe('settings section of a parked order', () => {
  it('links causes a setting removes, and nothing else', () => {
    expect(settingsSectionFor('unmapped_tax_rate')).toBe('taxRates');
    expect(settingsSectionFor('rounding_not_configured')).toBe('rounding');
    expect(settingsSectionFor('financial_account_missing')).toBe('payments');
    expect(settingsSectionFor('ledger_account_not_found')).toBe('revenue');
    expect(settingsSectionFor('total_mismatch')).toBeNull();
    expect(settingsSectionFor('tax_rate_absent')).toBeNull();
    expect(settingsSectionFor('toString')).toBeNull();
    expect(settingsSectionFor(null)).toBeNull();
  });

  it('links a missing ledger account to the part where the account for that purpose is chosen', () => {
    expect(settingsSectionFor('ledger_account_not_found', { purpose: 'rounding' })).toBe('rounding');
    expect(settingsSectionFor('ledger_account_not_found', { purpose: 'giftCards' })).toBe('payments');
    expect(settingsSectionFor('ledger_account_not_found', { purpose: 'shipping' })).toBe('revenue');
    expect(settingsSectionFor('ledger_account_not_found', null)).toBe('revenue');
  });
});
