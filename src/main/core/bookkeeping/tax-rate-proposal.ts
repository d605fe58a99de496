// Proposes the tax-rate mapping from Moneybird's tax rates where that is unambiguous: exactly one
// active sales-invoice rate with that percentage (for OSS, of that country; for 0 % at home, one
// ordinary rate, see below). Everything else is reported so the owner (or the CLI) chooses.
// Reverse charge and export are never proposed from the percentage alone: both are 0 %, as is
// "geen btw"; only a single candidate whose name (or, when an answer carries it, its
// `tax_report_reference`) says so is.
//
// The shop's reverse charge (tax_strategy reverse_charged_vat) is an intra-community supply to a
// business in another EU country: box 3b and the ICP listing. Moneybird's "Btw verlegd" is the
// DOMESTIC reverse charge (box 1e) and is never proposed for it.
//
// Nor is a 0 % rate meant for other sales ever proposed for an ordinary 0 % sale at home: on an
// intra-community or export rate that revenue lands in box 3b or 3a, and "Btw verlegd" tells the
// customer on the invoice to pay the VAT. When such rates are all Moneybird has at 0 %, the owner
// chooses (they stay candidates, for a conscious choice).
import { type Decimal, parseDecimal, ZERO } from '../money/decimal';
import type { MoneybirdTaxRate } from './reference-data';
import { rateKey } from './settings';
import { normaliseReferences, rateReferenceSays } from './vat-box';
import { taxRatePercentage } from './vat-treatment';

export interface TaxRateNeed {
  treatment: 'domestic' | 'reverse_charge' | 'export' | 'oss';
  /** Percentage as text ("21", "9", "0"); for reverse charge and export always "0". */
  rate: string;
  /** OSS only. */
  country?: string;
}

export interface TaxRateProposalItem {
  need: TaxRateNeed;
  /** The proposed id when exactly one rate fits. */
  taxRateId?: string;
  /** All rates that fit (none, one, or several: then the owner chooses). */
  candidates: Array<{ id: string; name?: string }>;
  /**
   * Domestic 0 % only: every candidate is meant for other sales (`meantForOtherSales`), so even a
   * single one is left to the owner's choice.
   */
  onlyForOtherSales?: true;
}

export interface TaxRateProposal {
  proposed: TaxRateProposalItem[];
  ambiguous: TaxRateProposalItem[];
  missing: TaxRateProposalItem[];
}

const NAME_HINTS: Record<'reverse_charge' | 'export', RegExp> = {
  reverse_charge:
    /intra-?communautair|intra-?communit|\bicp\b|binnen de eu|within the eu|inside the eu|\bintra-?eu\b/i,
  export: /export|buiten de eu|outside the eu|non-eu/i,
};

/** Whether a 0 % rate without a country is meant for the treatment: its box if known, else its name. */
export function namedForTreatment(treatment: 'reverse_charge' | 'export', rate: MoneybirdTaxRate): boolean {
  const says = rateReferenceSays(treatment, rate.tax_report_reference);
  if (says !== undefined) return says === 'fits';
  const name = rate.name ?? '';
  // "Export buiten de EU" must not pass for intra-EU by the words "de EU", nor an ICP rate for export.
  if (treatment === 'reverse_charge' && NAME_HINTS.export.test(name)) return false;
  return NAME_HINTS[treatment].test(name);
}

/**
 * Names whose VAT box cannot tell them from an ordinary 0 % sale at home: the domestic reverse
 * charge ("Btw verlegd" lands in box 1e, as the ordinary rate does) and an exemption.
 */
const OTHER_SALES_NAME = /verlegd|reverse|vrijgesteld|exempt/i;

/**
 * Whether a 0 % rate is meant for other sales than an ordinary 0 % sale at home: the domestic reverse
 * charge or an exemption (by name), an intra-community supply or export (by its box when Moneybird
 * gives one, else by name). The one definition for the proposal and the owner's advice.
 */
export function meantForOtherSales(rate: MoneybirdTaxRate): boolean {
  return (
    OTHER_SALES_NAME.test(rate.name ?? '') ||
    namedForTreatment('reverse_charge', rate) ||
    namedForTreatment('export', rate)
  );
}

/**
 * Names of a 0 % rate outside the VAT return: no sale in any box (Moneybird's "Geen btw"), unlike an
 * ordinary "0% btw", which lands in box 1e.
 */
const OUTSIDE_RETURN_NAME =
  /geen btw|no vat|zonder btw|without vat|buiten de (btw-?)?aangifte|outside the (vat )?return/i;

/**
 * Whether a 0 % sales rate at home lies outside the VAT return: by its boxes when an answer carries
 * them (none of the Dutch boxes), else by its name. What the rounding line's balancing amount should
 * be booked on, so that a few cents are no sale in box 1e; for an ordinary 0 % sale it is the
 * accountant's call (box 1e, or exempt / no supply at all).
 */
export function outsideTheReturn(rate: MoneybirdTaxRate): boolean {
  if (rate.country || taxRatePercentage(rate) !== ZERO) return false;
  if (Array.isArray(rate.tax_report_reference))
    return !normaliseReferences(rate.tax_report_reference).some((r) => r.startsWith('NL/'));
  return OUTSIDE_RETURN_NAME.test(rate.name ?? '') && !meantForOtherSales(rate);
}

function usable(rate: MoneybirdTaxRate): boolean {
  return rate.active !== false && rate.tax_rate_type === 'sales_invoice';
}

interface Candidates {
  rates: MoneybirdTaxRate[];
  /** Every one is meant for other sales: none may be proposed. */
  onlyForOtherSales: boolean;
}

/** The domestic rates at the percentage; at 0 % the ordinary ones, else (if any) those for other sales. */
function domesticCandidates(atRate: readonly MoneybirdTaxRate[], percentage: Decimal): Candidates {
  const home = atRate.filter((r) => !r.country);
  if (percentage !== ZERO) return { rates: home, onlyForOtherSales: false };
  const ordinary = home.filter((r) => !meantForOtherSales(r));
  if (ordinary.length > 0 || home.length === 0) return { rates: ordinary, onlyForOtherSales: false };
  return { rates: home, onlyForOtherSales: true };
}

function candidatesFor(need: TaxRateNeed, rates: readonly MoneybirdTaxRate[]): Candidates {
  let percentage: Decimal;
  try {
    percentage = parseDecimal(need.rate);
  } catch {
    return { rates: [], onlyForOtherSales: false };
  }
  const atRate = rates.filter((r) => usable(r) && taxRatePercentage(r) === percentage);
  const treatment = need.treatment;
  switch (treatment) {
    case 'domestic':
      return domesticCandidates(atRate, percentage);
    case 'oss':
      return {
        rates: atRate.filter((r) => r.country?.toUpperCase() === need.country?.toUpperCase()),
        onlyForOtherSales: false,
      };
    case 'reverse_charge':
    case 'export':
      return {
        rates: atRate.filter((r) => !r.country && namedForTreatment(treatment, r)),
        onlyForOtherSales: false,
      };
  }
}

/** For each needed rate, the unambiguous Moneybird rate, or why there is none. */
export function proposeTaxRateMapping(
  needs: readonly TaxRateNeed[],
  rates: readonly MoneybirdTaxRate[],
): TaxRateProposal {
  const proposal: TaxRateProposal = { proposed: [], ambiguous: [], missing: [] };
  for (const need of needs) {
    const normalised: TaxRateNeed = {
      ...need,
      rate: (() => {
        try {
          return rateKey(parseDecimal(need.rate));
        } catch {
          return need.rate;
        }
      })(),
    };
    const { rates: found, onlyForOtherSales } = candidatesFor(normalised, rates);
    const item: TaxRateProposalItem = {
      need: normalised,
      candidates: found.map((r) => ({ id: r.id, ...(r.name !== undefined && { name: r.name }) })),
      ...(onlyForOtherSales && { onlyForOtherSales: true as const }),
    };
    // A rate meant for other sales is the owner's conscious choice, as among several.
    if (onlyForOtherSales) proposal.ambiguous.push(item);
    else if (found.length === 1) proposal.proposed.push({ ...item, taxRateId: found[0]!.id });
    else if (found.length === 0) proposal.missing.push(item);
    else proposal.ambiguous.push(item);
  }
  return proposal;
}

/** The usual needs of a Dutch shop: 21 / 9 / 0 domestic, reverse charge and export. */
export const DEFAULT_TAX_RATE_NEEDS: readonly TaxRateNeed[] = [
  { treatment: 'domestic', rate: '21' },
  { treatment: 'domestic', rate: '9' },
  { treatment: 'domestic', rate: '0' },
  { treatment: 'reverse_charge', rate: '0' },
  { treatment: 'export', rate: '0' },
];
