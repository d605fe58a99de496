// Where a sale on a Moneybird tax rate lands in the VAT return, as the month per VAT rate names it
// ("NL/1a", "NL/3b", "OSS/BE", "none" outside the return, or "" when Winkelbrug cannot tell).
// Moneybird fixes a rate's box when the rate is made (each rate carries its "btw-rapport" code), and
// reports every line in the box of its rate, whatever the owner chose the rate for. So the dry run's
// rows, the mapping's options and their cautions all go by the rate: the box Moneybird gives it, else
// what its name says ("Btw verlegd" 1e, "Intracommunautaire levering" 3b, "Export buiten de EU" 3a,
// "Geen btw" outside the return, an exemption unknown). A rate that says nothing (an ordinary "0% btw":
// the API's tax rates carry no box) is placed as Moneybird's ordinary rate of its percentage is, as a
// sale at home: "0% btw" in 1e, also where it is mapped for intra-community supplies or export. That is
// a guess, and said to be one; the check after each create reads the box Moneybird really gave.
import {
  domesticBox,
  EXPORT_BOX,
  fitsTreatment,
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
// Not known (the row names no box): a rate exempt by name, without a box from Moneybird.
import { UNKNOWN_BOX } from '../reconciliation/vat-lines';

/**
 * Names that say which sales a rate is for without saying a box (the rest of `OTHER_SALES_NAME` in
 * bookkeeping/tax-rate-proposal.ts): the domestic reverse charge ("Btw verlegd", box 1e, as a 0 % sale
 * at home) and an exemption. An exempt supply is generally not in box 1e, and where Moneybird reports
 * such a rate is not known without its box: no box is stated for it.
 */
const DOMESTIC_REVERSE_CHARGE_NAME = /verlegd|reverse/i;
const EXEMPT_NAME = /vrijgesteld|exempt/i;

/**
 * The part of the return a rate itself says it lands in: the Dutch box Moneybird gives it (where an
 * answer carries `tax_report_reference`); outside the return when its boxes (or, without them, its
 * name) say so; else the box its name says. Undefined when the rate says nothing.
 */
function ownBoxOf(rate: MoneybirdTaxRate, percentage: Decimal): string | undefined {
  const dutch = normaliseReferences(rate.tax_report_reference)
    .filter((r) => r.startsWith('NL/'))
    .sort();
  if (dutch.length > 0) return dutch[0];
  if (outsideTheReturn(rate)) return OUTSIDE_RETURN;
  // Moneybird gave its boxes and none is Dutch: the name cannot overrule that.
  if (Array.isArray(rate.tax_report_reference)) return undefined;
  const name = rate.name ?? '';
  if (namedForTreatment('reverse_charge', rate)) return INTRA_EU_BOX;
  if (namedForTreatment('export', rate)) return EXPORT_BOX;
  if (EXEMPT_NAME.test(name)) return UNKNOWN_BOX;
  if (DOMESTIC_REVERSE_CHARGE_NAME.test(name)) return domesticBox(percentage);
  return undefined;
}

/**
 * Where a group of lines at one Moneybird rate lands in the VAT return, named as the month page
 * names it: an OSS sale in that country's OSS return; any other sale where its rate lands (`rateBox`:
 * "Btw verlegd" in 1e even when mapped for intra-community supplies, and so an ordinary "0% btw").
 * Without the rate (no longer among Moneybird's), by the treatment: an intra-community supply in 3b,
 * export in 3a, a sale at home in the box of its percentage (1a, 1b, 1e for 0 %, 1c). "" when the
 * rate is exempt by name without a box.
 */
export function vatBoxOf(
  treatment: VatTreatment,
  country: string,
  percentage: Decimal,
  rate: MoneybirdTaxRate | undefined,
): string {
  if (treatment === 'oss') return ossBox(country);
  if (rate) return ownBoxOf(rate, percentage) ?? domesticBox(percentage);
  switch (treatment) {
    case 'reverse_charge':
      return INTRA_EU_BOX;
    case 'export':
      return EXPORT_BOX;
    case 'domestic':
      return domesticBox(percentage);
  }
}

/** Where a sale on a rate lands, and whether the rate says so or is placed by its percentage alone. */
export interface RateBox {
  box: string;
  /** The rate says nothing of its box: placed as Moneybird's ordinary rate of its percentage is. */
  guessed: boolean;
}

/**
 * Where a sale booked on this rate lands in the VAT return, by the rate alone (what the mapping's
 * options say of each rate, and what their cautions compare with the slot): an OSS rate in its
 * country's OSS return, else the rate's own box, else as a sale at home by its percentage (guessed).
 * Undefined for a rate without a readable percentage, and for one whose box is not known (exempt by
 * name, no box from Moneybird).
 */
export function rateBox(rate: MoneybirdTaxRate): RateBox | undefined {
  const percentage = taxRatePercentage(rate);
  if (percentage === undefined) return undefined;
  if (rate.country) return { box: ossBox(rate.country), guessed: false };
  const own = ownBoxOf(rate, percentage);
  if (own === UNKNOWN_BOX) return undefined;
  return own === undefined ? { box: domesticBox(percentage), guessed: true } : { box: own, guessed: false };
}

/**
 * Where a sale on the rate lands when that is not where the treatment's sales belong (`fitsTreatment`,
 * the check made after each create): an ordinary "0% btw" or "Btw verlegd" used for intra-community
 * supplies (1e, not 3b), an ICP rate for a sale at home. Undefined where the rate fits, and where its
 * box is not known.
 */
export function misplacement(treatment: VatTreatment, rate: MoneybirdTaxRate): RateBox | undefined {
  const placed = rateBox(rate);
  if (!placed) return undefined;
  // Outside the return and an OSS country's return carry no Dutch box.
  const references = placed.box === OUTSIDE_RETURN || placed.box.startsWith('OSS/') ? [] : [placed.box];
  return fitsTreatment(treatment, references) ? undefined : placed;
}

/** `rateBox`'s box alone: "0% btw" in 1e, "Geen btw" outside the return, an ICP rate in 3b. */
export function rateBoxOf(rate: MoneybirdTaxRate): string | undefined {
  return rateBox(rate)?.box;
}
