// Where a sale on a Moneybird tax rate lands in the VAT return, as the month per VAT rate names it
// ("NL/1a", "NL/3b", "OSS/BE", or "none" outside the return). One rule for the dry run's rows (a
// group of lines of a known treatment) and for the mapping's options (a rate by itself), so the
// setup never names a rate's box two ways.
import {
  DOMESTIC_BOXES,
  domesticBox,
  EXPORT_BOX,
  INTRA_EU_BOX,
  type MoneybirdTaxRate,
  namedForTreatment,
  normaliseReferences,
  OUTSIDE_RETURN,
  ossBox,
  outsideTheReturn,
  taxRatePercentage,
  type VatTreatment,
} from '../bookkeeping';
import type { Decimal } from '../money/decimal';

/**
 * Where a group of lines at one Moneybird rate lands in the VAT return, named as the month page
 * names it: an intra-community supply in 3b, export in 3a, an OSS sale in that country's OSS return;
 * a sale at home in the box its rate carries when Moneybird says so, else outside the return on a
 * rate such as "Geen btw", else the box of its percentage (1a, 1b, 1e for 0 %, 1c).
 */
export function vatBoxOf(
  treatment: VatTreatment,
  country: string,
  percentage: Decimal,
  rate: MoneybirdTaxRate | undefined,
): string {
  switch (treatment) {
    case 'reverse_charge':
      return INTRA_EU_BOX;
    case 'export':
      return EXPORT_BOX;
    case 'oss':
      return ossBox(country);
    case 'domestic': {
      const own = normaliseReferences(rate?.tax_report_reference).find((r) => DOMESTIC_BOXES.includes(r));
      if (own) return own;
      if (rate && outsideTheReturn(rate)) return OUTSIDE_RETURN;
      return domesticBox(percentage);
    }
  }
}

/**
 * The treatment a Moneybird rate is meant for by itself: a rate with a country is an OSS rate; a
 * rate whose box (or, without one, its name) says intra-community supply or export is for that;
 * any other is a sale at home.
 */
function treatmentOfRate(rate: MoneybirdTaxRate): VatTreatment {
  if (rate.country) return 'oss';
  if (namedForTreatment('reverse_charge', rate)) return 'reverse_charge';
  if (namedForTreatment('export', rate)) return 'export';
  return 'domestic';
}

/**
 * Where a sale booked on this rate lands in the VAT return, by the rate alone (what the mapping's
 * options say of each rate): "0% btw" in 1e, "Geen btw" outside the return, an ICP rate in 3b, an
 * OSS rate in its country's OSS return. Undefined for a rate without a readable percentage.
 */
export function rateBoxOf(rate: MoneybirdTaxRate): string | undefined {
  const percentage = taxRatePercentage(rate);
  if (percentage === undefined) return undefined;
  return vatBoxOf(treatmentOfRate(rate), rate.country ?? '', percentage, rate);
}
