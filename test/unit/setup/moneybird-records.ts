// Moneybird's records as the mapping tests build an administration from them: a sales tax rate and
// a ledger account, each with a fresh id of Moneybird's shape.
import type { MoneybirdLedgerAccount, MoneybirdTaxRate } from '../../../src/main/core/bookkeeping';

let nextId = 100_000_000_000_000_000n;
export const moneybirdId = () => String(nextId++);

export const rate = (
  name: string,
  percentage: string,
  extra: Partial<MoneybirdTaxRate> = {},
): MoneybirdTaxRate => ({
  id: moneybirdId(),
  name,
  percentage,
  tax_rate_type: 'sales_invoice',
  active: true,
  country: null,
  ...extra,
});

export const ledger = (
  name: string,
  accountType = 'revenue',
  extra: Partial<MoneybirdLedgerAccount> & { allowed_document_types?: string[]; account_id?: string } = {},
): MoneybirdLedgerAccount =>
  ({
    id: moneybirdId(),
    name,
    account_type: accountType,
    active: true,
    allowed_document_types: ['sales_invoice'],
    ...extra,
  }) as MoneybirdLedgerAccount;
