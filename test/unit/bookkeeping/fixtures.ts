// A Moneybird administration's reference data and matching settings, as a Dutch shop would have
// them: domestic 21/9/0, reverse charge, export, a "geen btw" rate for rounding, OSS rates for
// BE, DE and FR, and a liability account for gift cards (chosen in the settings only where a test
// says so). Ids are 64-bit decimal strings, as Moneybird sends them.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type {
  MoneybirdReferenceData,
  MoneybirdTaxRate,
} from '../../../src/main/core/bookkeeping/reference-data';
import {
  type BookkeepingSettings,
  type BookkeepingSettingsInput,
  bookkeepingSettingsSchema,
} from '../../../src/main/core/bookkeeping/settings';
import { myOnlineStoreSpecPath } from '../../support/specs';

const rate = (
  id: string,
  name: string,
  percentage: string,
  country: string | null = null,
): MoneybirdTaxRate => ({
  id,
  name,
  percentage,
  tax_rate_type: 'sales_invoice',
  active: true,
  country,
  show_tax: true,
});

export const TAX = {
  nl21: '470000000000000021',
  nl9: '470000000000000009',
  nl0: '470000000000000000',
  verlegd: '470000000000000100',
  icp: '470000000000000110',
  export: '470000000000000200',
  geen: '470000000000000300',
  be21: '470000000000001021',
  be6: '470000000000001006',
  de19: '470000000000002019',
  de7: '470000000000002007',
  fr20: '470000000000003020',
  fr55: '470000000000003055',
  purchase21: '470000000000009021',
  inactive9: '470000000000009009',
} as const;

export const LEDGER = {
  revenue: '480000000000000001',
  revenueEu: '480000000000000002',
  shipping: '480000000000000003',
  paymentCosts: '480000000000000004',
  discounts: '480000000000000005',
  rounding: '480000000000000006',
  inactive: '480000000000000007',
  /** Gift cards sold and not yet redeemed: a debt to the customers. */
  giftCards: '480000000000000008',
} as const;

export const FINANCIAL = {
  psp: '490000000000000001',
  giftCards: '490000000000000002',
  inactive: '490000000000000003',
} as const;

export function referenceData(): MoneybirdReferenceData {
  return {
    taxRates: [
      rate(TAX.nl21, '21% btw', '21.0'),
      rate(TAX.nl9, '9% btw', '9.0'),
      rate(TAX.nl0, '0% btw', '0.0'),
      rate(TAX.verlegd, 'Btw verlegd', '0.0'),
      rate(TAX.icp, 'Intracommunautaire levering', '0.0'),
      rate(TAX.export, 'Export buiten de EU', '0.0'),
      rate(TAX.geen, 'Geen btw', '0.0'),
      rate(TAX.be21, 'BE 21%', '21.0', 'BE'),
      rate(TAX.be6, 'BE 6%', '6.0', 'BE'),
      rate(TAX.de19, 'DE 19%', '19.0', 'DE'),
      rate(TAX.de7, 'DE 7%', '7.0', 'DE'),
      rate(TAX.fr20, 'FR 20%', '20.0', 'FR'),
      rate(TAX.fr55, 'FR 5,5%', '5.5', 'FR'),
      { ...rate(TAX.purchase21, '21% btw inkoop', '21.0'), tax_rate_type: 'purchase_invoice' },
      { ...rate(TAX.inactive9, 'Oud 9%', '9.0'), active: false },
    ],
    ledgerAccounts: [
      { id: LEDGER.revenue, name: 'Omzet', account_type: 'revenue', active: true },
      { id: LEDGER.revenueEu, name: 'Omzet EU', account_type: 'revenue', active: true },
      { id: LEDGER.shipping, name: 'Verzendkosten', account_type: 'revenue', active: true },
      { id: LEDGER.paymentCosts, name: 'Betaalkosten', account_type: 'revenue', active: true },
      { id: LEDGER.discounts, name: 'Kortingen', account_type: 'revenue', active: true },
      {
        id: LEDGER.rounding,
        name: 'Afrondingsverschillen',
        account_type: 'other_income_expenses',
        active: true,
      },
      { id: LEDGER.inactive, name: 'Oud', account_type: 'revenue', active: false },
      { id: LEDGER.giftCards, name: 'Cadeaubonnen', account_type: 'current_liabilities', active: true },
    ],
    workflows: [
      { id: '500000000000000001', name: 'Webwinkel', type: 'InvoiceWorkflow', active: true, currency: 'EUR' },
    ],
    documentStyles: [{ id: '510000000000000001', name: 'Standaard' }],
    financialAccounts: [
      { id: FINANCIAL.psp, name: 'Mollie', type: 'BankAccount', active: true, currency: 'EUR' },
      { id: FINANCIAL.giftCards, name: 'Cadeaubonnen', type: 'CashAccount', active: true },
      { id: FINANCIAL.inactive, name: 'Oude bank', type: 'BankAccount', active: false },
    ],
  };
}

export function settings(overrides: Partial<BookkeepingSettingsInput> = {}): BookkeepingSettings {
  return bookkeepingSettingsSchema.parse({
    taxRates: {
      domestic: { '21': TAX.nl21, '9.00': TAX.nl9, '0': TAX.nl0 },
      reverseCharge: TAX.icp,
      export: TAX.export,
      oss: {
        BE: { '21': TAX.be21, '6': TAX.be6 },
        DE: { '19': TAX.de19, '7': TAX.de7 },
        FR: { '20': TAX.fr20, '5.5': TAX.fr55 },
      },
    },
    ledgerAccounts: {
      revenue: LEDGER.revenue,
      revenueByTreatment: { oss: LEDGER.revenueEu },
      shipping: LEDGER.shipping,
      paymentCosts: LEDGER.paymentCosts,
      discounts: LEDGER.discounts,
    },
    rounding: { taxRateId: TAX.geen, ledgerAccountId: LEDGER.rounding, tolerance: '0.02' },
    workflowId: '500000000000000001',
    documentStyleId: '510000000000000001',
    financialAccountId: FINANCIAL.psp,
    financialAccountByPaymentMethod: {
      webshop_giftcard: FINANCIAL.giftCards,
      gift_card: FINANCIAL.giftCards,
    },
    ...overrides,
  });
}

/** The Order examples of the MyOnlineStore spec (GET shape), read from the spec itself. */
export function specOrderExamples(): Array<Record<string, unknown>> {
  // The official YAML has a few malformed description strings elsewhere; the document parser
  // recovers from those, and the schemas we read are intact.
  const doc = parseDocument(readFileSync(myOnlineStoreSpecPath(), 'utf8'), { logLevel: 'error' });
  const spec = doc.toJS() as {
    components: { schemas: Record<string, { example?: Record<string, unknown> }> };
  };
  const example = spec.components.schemas.Order?.example;
  if (!example) throw new Error('The MyOnlineStore spec no longer has an Order example');
  return [example];
}
