// The settings a fresh Dutch webshop administration has: tax rates (domestic, the 0 % rates that
// land in different VAT-return boxes, and OSS rates for other EU countries), ledger accounts,
// document styles, workflows and financial accounts. Built per administration with fresh ids.

export interface TaxRate {
  id: string;
  administration_id: string;
  name: string;
  percentage: string;
  tax_rate_type: 'sales_invoice' | 'purchase_invoice' | 'general_journal_document';
  show_tax: boolean;
  active: boolean;
  country: string | null;
  created_at: string;
  updated_at: string;
  /** Not in the API's tax rate object; copied onto invoice details. */
  taxReportReference: string[];
  mandatoryTaxText: string | null;
}

type Seed = Omit<TaxRate, 'id' | 'administration_id' | 'created_at' | 'updated_at'>;

const sales = (name: string, percentage: string, extra: Partial<Seed> = {}): Seed => ({
  name,
  percentage,
  tax_rate_type: 'sales_invoice',
  show_tax: true,
  active: true,
  country: null,
  taxReportReference: [],
  mandatoryTaxText: null,
  ...extra,
});

// OSS distance sales are declared in the OSS return, outside the Dutch boxes. The spec shows no OSS
// line; this simulator marks them "OSS/<country>".
const oss = (country: string, percentage: string): Seed =>
  sales(`${country} ${percentage.replace('.0', '').replace('.', ',')}% btw`, percentage, {
    country,
    taxReportReference: [`OSS/${country}`],
  });

export const TAX_RATE_SEEDS: Seed[] = [
  // Domestic: 1a high rate, 1b low rate, 1e 0 % or not taxed by you (also the domestic reverse charge).
  sales('21% btw', '21.0', { taxReportReference: ['NL/1a'] }),
  sales('9% btw', '9.0', { taxReportReference: ['NL/1b'] }),
  sales('0% btw', '0.0', { taxReportReference: ['NL/1e'] }),
  // Outside the VAT return altogether (e.g. a multi-purpose voucher): no box.
  sales('Geen btw', '0.0', { show_tax: false, taxReportReference: [] }),
  // The DOMESTIC reverse charge (verleggingsregeling, box 1e): not for sales to EU businesses.
  sales('Btw verlegd', '0.0', {
    show_tax: false,
    taxReportReference: ['NL/1e'],
    mandatoryTaxText: 'Btw verlegd',
  }),
  // Supplies to businesses in other EU countries: box 3b and the ICP listing.
  sales('Intracommunautaire levering', '0.0', {
    show_tax: false,
    taxReportReference: ['NL/3b'],
    mandatoryTaxText: 'Intracommunautaire levering, artikel 138, lid 1, Richtlijn 2006/112',
  }),
  // Export outside the EU: box 3a.
  sales('Export buiten de EU', '0.0', {
    show_tax: false,
    taxReportReference: ['NL/3a'],
    mandatoryTaxText: 'Export buiten de EU, 0% btw',
  }),
  sales('6% btw (oud)', '6.0', { active: false, taxReportReference: ['NL/1b'] }),
  oss('BE', '21.0'),
  oss('BE', '6.0'),
  oss('DE', '19.0'),
  oss('DE', '7.0'),
  oss('FR', '20.0'),
  oss('FR', '5.5'),
  oss('AT', '20.0'),
  oss('AT', '10.0'),
  oss('ES', '21.0'),
  oss('ES', '10.0'),
  { ...sales('21% btw', '21.0'), tax_rate_type: 'purchase_invoice' },
  { ...sales('9% btw', '9.0'), tax_rate_type: 'purchase_invoice' },
  { ...sales('0% btw', '0.0'), tax_rate_type: 'purchase_invoice' },
  { ...sales('21% btw', '21.0'), tax_rate_type: 'general_journal_document' },
];

export interface LedgerSeed {
  name: string;
  account_type: string;
  account_id: string;
  allowed_document_types: string[];
  /** The account a detail without ledger_account_id is booked on. */
  fallback?: boolean;
}

export const LEDGER_SEEDS: LedgerSeed[] = [
  { name: 'Omzet', account_type: 'revenue', account_id: '8000', allowed_document_types: ['sales_invoice'] },
  {
    name: 'Omzet hoog tarief',
    account_type: 'revenue',
    account_id: '8010',
    allowed_document_types: ['sales_invoice'],
  },
  {
    name: 'Omzet laag tarief',
    account_type: 'revenue',
    account_id: '8020',
    allowed_document_types: ['sales_invoice'],
  },
  {
    name: 'Omzet verzendkosten',
    account_type: 'revenue',
    account_id: '8050',
    allowed_document_types: ['sales_invoice'],
  },
  {
    name: 'Omzet buitenland',
    account_type: 'revenue',
    account_id: '8100',
    allowed_document_types: ['sales_invoice'],
  },
  {
    name: 'Ongecategoriseerde inkomsten',
    account_type: 'revenue',
    account_id: '8999',
    allowed_document_types: ['sales_invoice', 'financial_mutation'],
    fallback: true,
  },
  {
    name: 'Inkoopwaarde omzet',
    account_type: 'direct_costs',
    account_id: '7000',
    allowed_document_types: ['purchase_invoice'],
  },
  {
    name: 'Kantoorkosten',
    account_type: 'expenses',
    account_id: '4500',
    allowed_document_types: ['purchase_invoice', 'financial_mutation'],
  },
  { name: 'Debiteuren', account_type: 'current_assets', account_id: '1300', allowed_document_types: [] },
  {
    name: 'Te rubriceren ontvangen betalingen',
    account_type: 'temporary',
    account_id: '2990',
    allowed_document_types: ['payment', 'financial_mutation'],
  },
  {
    name: 'Af te dragen btw',
    account_type: 'current_liabilities',
    account_id: '1500',
    allowed_document_types: ['general_journal_document'],
  },
  {
    name: 'Eigen vermogen',
    account_type: 'equity',
    account_id: '0500',
    allowed_document_types: ['general_journal_document'],
  },
];

/** Exchange rates to EUR the simulator uses for foreign-currency invoices (USD as in the spec example). */
export const EXCHANGE_RATES_TO_EUR: Record<string, string> = {
  EUR: '1',
  USD: '0.8',
  GBP: '1.17',
  CHF: '1.06',
  SEK: '0.087',
  DKK: '0.134',
  PLN: '0.23',
  NOK: '0.086',
};
