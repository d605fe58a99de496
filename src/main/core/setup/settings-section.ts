// Which part of Settings → Bookkeeping fixes a parked order, from the reason it was parked. Only
// causes a setting can remove are linked; a data error in the shop (a total that does not add up)
// links nowhere, because no setting fixes it, and neither does a rate Moneybird does not have yet
// (tax_rate_absent: it is added in Moneybird, and a retry maps it).
import type { MappingSection } from '../../../shared/contract';
import { sectionOfLedgerPurpose } from '../bookkeeping/plan/invoice-details';

const SECTION_OF_REASON: Readonly<Record<string, MappingSection>> = {
  unmapped_tax_rate: 'taxRates',
  tax_rate_not_found: 'taxRates',
  tax_rate_unusable: 'taxRates',
  tax_rate_percentage_mismatch: 'taxRates',
  tax_rate_country_mismatch: 'taxRates',
  vat_box_wrong: 'taxRates',
  rounding_not_configured: 'rounding',
  vat_mismatch: 'rounding',
  workflow_not_found: 'invoice',
  document_style_not_found: 'invoice',
  financial_account_missing: 'payments',
  gift_card_sale_without_ledger: 'payments',
};

/**
 * The part of the bookkeeping choices that fixes a parked order. `details`: the reason's own, which
 * say what a missing ledger account was for (rounding and gift cards are chosen in their own parts).
 */
export function settingsSectionFor(
  reasonCode: string | null | undefined,
  details?: Readonly<Record<string, unknown>> | null,
): MappingSection | null {
  if (!reasonCode) return null;
  if (reasonCode === 'ledger_account_not_found') return sectionOfLedgerPurpose(details?.purpose);
  // A gift card sold needs its liability account (payments) and a rate outside the return (rounding).
  if (reasonCode === 'gift_card_sale_without_ledger' && details?.missing === 'taxRate') return 'rounding';
  return Object.hasOwn(SECTION_OF_REASON, reasonCode) ? SECTION_OF_REASON[reasonCode]! : null;
}
