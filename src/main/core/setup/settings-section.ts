// Which part of Settings → Bookkeeping fixes a parked order, from the reason it was parked. Only
// causes a setting can remove are linked; a data error in the shop (a total that does not add up)
// links nowhere, because no setting fixes it, and neither does a rate Moneybird does not have yet
// (tax_rate_absent: it is added in Moneybird, and a retry maps it).
import type { MappingSection } from '../../../shared/contract';

const SECTION_OF_REASON: Readonly<Record<string, MappingSection>> = {
  unmapped_tax_rate: 'taxRates',
  tax_rate_not_found: 'taxRates',
  tax_rate_unusable: 'taxRates',
  tax_rate_percentage_mismatch: 'taxRates',
  tax_rate_country_mismatch: 'taxRates',
  rounding_not_configured: 'rounding',
  vat_mismatch: 'rounding',
  ledger_account_not_found: 'revenue',
  workflow_not_found: 'invoice',
  document_style_not_found: 'invoice',
  financial_account_missing: 'payments',
};

export function settingsSectionFor(reasonCode: string | null | undefined): MappingSection | null {
  if (!reasonCode) return null;
  return Object.hasOwn(SECTION_OF_REASON, reasonCode) ? SECTION_OF_REASON[reasonCode]! : null;
}
