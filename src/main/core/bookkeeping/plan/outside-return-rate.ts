// The owner's 0 % rate outside every VAT-return box (the mapping's `rounding.taxRateId`, proposed as a
// rate such as "Geen btw"): what is booked on it is no sale in any box of the return. The balancing
// line of per-line rounding (rounding.ts) and a gift card sold (invoice-details.ts) both go on it.
import { ZERO } from '../../money/decimal';
import type { MoneybirdReferenceData, MoneybirdTaxRate } from '../reference-data';
import type { BookkeepingSettings } from '../settings';
import { normaliseReferences } from '../vat-box';
import { taxRatePercentage } from '../vat-treatment';

/**
 * The chosen rate when it can carry such a line: an active 0 % sales rate that puts nothing in a
 * Dutch VAT-return box (when Moneybird says where it reports). Undefined when none is chosen, or the
 * chosen one is gone, inactive, not for sales, not 0 % or in a Dutch box.
 */
export function rateOutsideReturn(
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
): MoneybirdTaxRate | undefined {
  const id = settings.rounding.taxRateId;
  const rate = id === undefined ? undefined : reference.taxRates.find((r) => r.id === id);
  if (!rate || rate.active === false || rate.tax_rate_type !== 'sales_invoice') return undefined;
  if (taxRatePercentage(rate) !== ZERO) return undefined;
  if (normaliseReferences(rate.tax_report_reference).some((r) => r.startsWith('NL/'))) return undefined;
  return rate;
}
