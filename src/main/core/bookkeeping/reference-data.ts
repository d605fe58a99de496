// The slice of Moneybird's reference data the bookkeeping needs, as structural types matching the
// JSON Moneybird returns (snake_case, ids as strings). The Moneybird client's parsed types only have
// to be assignable to these; nothing here depends on that client.

/** GET /tax_rates item. `percentage` arrives as "21.0" (or a number); `country` only on foreign rates. */
export interface MoneybirdTaxRate {
  id: string;
  name?: string;
  percentage: string | number | null;
  tax_rate_type: string;
  active: boolean | null;
  country?: string | null;
  show_tax?: boolean | null;
  /**
   * Not in the spec's tax rate (its schema allows no extra fields; Moneybird gives the box on invoice
   * lines): honoured by the proposal if an answer carries it anyway.
   */
  tax_report_reference?: ReadonlyArray<string | null> | null;
}

/** GET /ledger_accounts item. */
export interface MoneybirdLedgerAccount {
  id: string;
  name?: string;
  account_type: string;
  active: boolean;
}

/** GET /workflows item. */
export interface MoneybirdWorkflow {
  id: string;
  name?: string;
  type: string;
  active: boolean;
  currency?: string;
  prices_are_incl_tax?: boolean;
}

/** GET /document_styles item. */
export interface MoneybirdDocumentStyle {
  id: string;
  name?: string;
}

/** GET /financial_accounts item. */
export interface MoneybirdFinancialAccount {
  id: string;
  name?: string;
  type?: string;
  active: boolean;
  currency?: string | null;
}

export interface MoneybirdReferenceData {
  taxRates: readonly MoneybirdTaxRate[];
  ledgerAccounts: readonly MoneybirdLedgerAccount[];
  workflows: readonly MoneybirdWorkflow[];
  documentStyles: readonly MoneybirdDocumentStyle[];
  financialAccounts: readonly MoneybirdFinancialAccount[];
  /**
   * The last day of the administration's locked period (`period_locked_until`, yyyy-mm-dd): nothing
   * may be booked on or before it. Absent or null: nothing is locked.
   */
  periodLockedUntil?: string | null;
}
