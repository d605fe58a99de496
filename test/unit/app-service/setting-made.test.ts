import { describe, expect, it } from 'vitest';
import { settingMadeSince } from '../../../src/main/core/app-service/setting-made';
import { refuse, treatmentWording } from '../../../src/main/core/bookkeeping';

/** A reason as the journal keeps it, from the refusal the plan gives. */
const parkedFor = (code: Parameters<typeof refuse>[0], details: Record<string, string>) => {
  const { code: kept, details: keptDetails } = refuse(code, details, {
    treatment: treatmentWording({ treatment: 'domestic', country: 'NL' }),
  });
  return { code: kept, details: keptDetails };
};

const zeroAtHome = parkedFor('unmapped_tax_rate', {
  order: '1004',
  rate: '0',
  treatment: 'domestic',
  country: 'NL',
});

describe('whether the setting a parked order waits for is made by now', () => {
  it('says a missing rate is chosen once the mapping has one for its percentage and treatment', () => {
    expect(settingMadeSince(zeroAtHome, {})).toBe(false);
    expect(settingMadeSince(zeroAtHome, { taxRates: { domestic: { '21': '101', '9': '102' } } })).toBe(false);
    // A 0 % rate for exports or OSS is not the one for sales at home.
    expect(
      settingMadeSince(zeroAtHome, {
        taxRates: { domestic: {}, export: '103', oss: { BE: { '0': '104' } } },
      }),
    ).toBe(false);
    expect(settingMadeSince(zeroAtHome, { taxRates: { domestic: { '0': '105' } } })).toBe(true);
    // Keys as a form may store them ("0.00") are the same percentage.
    expect(settingMadeSince(zeroAtHome, { taxRates: { domestic: { '0.00': '105' } } })).toBe(true);
  });

  it('reads an OSS rate by its country, and an export or intra-EU rate as the one rate for them', () => {
    const french = parkedFor('unmapped_tax_rate', {
      order: '1',
      rate: '20',
      treatment: 'oss',
      country: 'FR',
    });
    expect(settingMadeSince(french, { taxRates: { oss: { BE: { '20': '201' } } } })).toBe(false);
    expect(settingMadeSince(french, { taxRates: { oss: { FR: { '20': '202' } } } })).toBe(true);
    const exported = parkedFor('unmapped_tax_rate', {
      order: '2',
      rate: '0',
      treatment: 'export',
      country: 'US',
    });
    expect(settingMadeSince(exported, { taxRates: { reverseCharge: '301' } })).toBe(false);
    expect(settingMadeSince(exported, { taxRates: { export: '302' } })).toBe(true);
  });

  it('says a refused rate is replaced only when another one is chosen for it', () => {
    const gone = parkedFor('tax_rate_not_found', {
      order: '3',
      rate: '21',
      treatment: 'domestic',
      country: 'NL',
      taxRateId: '401',
    });
    expect(settingMadeSince(gone, { taxRates: { domestic: { '21': '401' } } })).toBe(false);
    // Unlinked since: nothing is chosen, so nothing is made.
    expect(settingMadeSince(gone, { taxRates: { domestic: {} } })).toBe(false);
    expect(settingMadeSince(gone, { taxRates: { domestic: { '21': '402' } } })).toBe(true);
  });

  it('never says so for a wrong VAT box, rounding or a credit order, where a retry would park again', () => {
    // The draft in Moneybird keeps the wrong box until the owner mends or deletes it.
    const wrongBox = {
      code: 'vat_box_wrong',
      details: {
        treatment: 'domestic',
        country: 'NL',
        boxes: [{ taxRateId: '501', invoiceBoxes: ['NL/1e'] }],
      },
    };
    expect(settingMadeSince(wrongBox, { taxRates: { domestic: { '0': '503', '21': '502' } } })).toBe(false);
    // Rounding's reason does not say which of its choices failed (an unusable 0 % rate parks so too).
    const rounding = parkedFor('rounding_not_configured', { order: '4', difference: '0.05' });
    expect(settingMadeSince(rounding, { rounding: { ledgerAccountId: '601', taxRateId: '602' } })).toBe(
      false,
    );
    // A credit order books on its original's rates, whatever is chosen now.
    const workflow = parkedFor('workflow_not_found', { workflowId: '801' });
    expect(settingMadeSince(workflow, { workflowId: '802' })).toBe(true);
    expect(settingMadeSince(workflow, { workflowId: '802' }, true)).toBe(false);
  });

  it('says a refused ledger account, workflow or document style is replaced once it is no longer chosen', () => {
    const shipping = parkedFor('ledger_account_not_found', { ledgerAccountId: '701', purpose: 'shipping' });
    expect(settingMadeSince(shipping, { ledgerAccounts: { revenue: '700', shipping: '701' } })).toBe(false);
    expect(settingMadeSince(shipping, { ledgerAccounts: { revenue: '701' } })).toBe(false);
    expect(settingMadeSince(shipping, { ledgerAccounts: { revenueByRate: { '21': '701' } } })).toBe(false);
    expect(settingMadeSince(shipping, { ledgerAccounts: { revenue: '700', shipping: '702' } })).toBe(true);
    const workflow = parkedFor('workflow_not_found', { workflowId: '801' });
    expect(settingMadeSince(workflow, { workflowId: '801' })).toBe(false);
    expect(settingMadeSince(workflow, { workflowId: '802' })).toBe(true);
    // Back to Moneybird's default workflow: the one refused is no longer asked for.
    expect(settingMadeSince(workflow, {})).toBe(true);
    const style = parkedFor('document_style_not_found', { documentStyleId: '901' });
    expect(settingMadeSince(style, { documentStyleId: '901' })).toBe(false);
    expect(settingMadeSince(style, { documentStyleId: '902' })).toBe(true);
  });

  it('never says made where the details cannot tell, nor for a reason no setting fixes', () => {
    // The account for a method may be chosen and still be closed in Moneybird: the details do not say.
    const payment = parkedFor('financial_account_missing', { order: '5', method: 'ideal' });
    expect(settingMadeSince(payment, { financialAccountId: '1001' })).toBe(false);
    expect(
      settingMadeSince({ code: 'totals_differ', details: {} }, { taxRates: { domestic: { '0': '1' } } }),
    ).toBe(false);
    expect(settingMadeSince(null, {})).toBe(false);
    // Details damaged or from an older version: not made.
    expect(
      settingMadeSince(
        { code: 'unmapped_tax_rate', details: null },
        { taxRates: { domestic: { '0': '1' } } },
      ),
    ).toBe(false);
  });
});
