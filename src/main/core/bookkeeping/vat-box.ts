// The right VAT box: each VAT treatment belongs in its own part of the Dutch VAT return, and Moneybird
// says per invoice line where it put it (`details[].tax_report_reference`, an array of strings such as
// "NL/1a"; the spec types the items as string or null). A tax rate that fits the percentage but lands
// in another box (the domestic "Btw verlegd", box 1e, for an intra-community supply, box 3b) books
// the right amounts in the wrong place, so the invoice Moneybird made is checked after each create.
//
// Boxes of the aangifte omzetbelasting used for sales:
//   1a high rate, 1b low rate, 1c other rates, 1e 0 % or not taxed by you (domestic reverse charge)
//   3a supplies to countries outside the EU (export)
//   3b supplies to / services in countries inside the EU (intra-community: also on the ICP listing)
// OSS distance sales are declared in the OSS return, in none of the Dutch boxes.
import type { Decimal } from '../money/decimal';
import type { VatTreatment } from './settings';
import type { DerivedVatTreatment } from './vat-treatment';

/** The Dutch boxes a domestic sale may land in. */
export const DOMESTIC_BOXES: readonly string[] = ['NL/1a', 'NL/1b', 'NL/1c', 'NL/1e'];
export const INTRA_EU_BOX = 'NL/3b';
export const EXPORT_BOX = 'NL/3a';

/** What a treatment requires of a line's references, for the owner and for the check. */
export interface RequiredBox {
  treatment: VatTreatment;
  /** The boxes a line may carry ("NL/…"); empty for OSS, which must carry none of the Dutch boxes. */
  boxes: readonly string[];
  /** Whether a line must carry one of `boxes` (intra-EU and export) or may carry none (domestic, OSS). */
  mustCarry: boolean;
}

/** The VAT-return box each treatment requires. */
export function requiredBox(treatment: VatTreatment): RequiredBox {
  switch (treatment) {
    case 'domestic':
      // An empty list is a rate outside the return (e.g. "Geen btw" for a voucher): still domestic.
      return { treatment, boxes: DOMESTIC_BOXES, mustCarry: false };
    case 'reverse_charge':
      return { treatment, boxes: [INTRA_EU_BOX], mustCarry: true };
    case 'export':
      return { treatment, boxes: [EXPORT_BOX], mustCarry: true };
    case 'oss':
      return { treatment, boxes: [], mustCarry: false };
  }
}

/** The references of one line as Moneybird gave them: strings only, trimmed, upper-case country. */
export function normaliseReferences(references: ReadonlyArray<string | null> | null | undefined): string[] {
  const out: string[] = [];
  for (const reference of references ?? []) {
    if (typeof reference !== 'string') continue;
    const trimmed = reference.trim();
    if (trimmed === '') continue;
    const slash = trimmed.indexOf('/');
    out.push(slash < 0 ? trimmed : `${trimmed.slice(0, slash).toUpperCase()}/${trimmed.slice(slash + 1)}`);
  }
  return out;
}

const isDutchBox = (reference: string) => reference.startsWith('NL/');

/**
 * Whether a line's references fit the treatment: no Dutch box other than the required ones, and for
 * intra-EU supplies and export one of the required ones. Other references (not "NL/…") are another
 * return's business and never count against a line.
 */
export function fitsTreatment(treatment: VatTreatment, references: readonly string[]): boolean {
  const required = requiredBox(treatment);
  const dutch = references.filter(isDutchBox);
  if (dutch.some((r) => !required.boxes.includes(r))) return false;
  if (required.mustCarry && !dutch.some((r) => required.boxes.includes(r))) return false;
  return true;
}

export interface InvoiceLineBoxes {
  tax_rate_id?: string | null;
  tax_report_reference?: ReadonlyArray<string | null> | null;
}

export interface VatBoxProblem {
  treatment: VatTreatment;
  taxRateId: string;
  /** The boxes Moneybird put the lines at this rate in ("-" when none). */
  invoiceBoxes: string[];
  requiredBoxes: readonly string[];
}

/**
 * The tax rates whose lines landed in a box the treatment does not allow. Only lines on the rates the
 * plan chose for the order's treatment are checked (`taxRateIds`): the closing rounding line on the
 * owner's ordinary 0 % rate carries no sale. A line without the field (an answer that leaves it
 * out) cannot be checked and passes; the spec returns it on every line.
 */
export function checkVatBoxes(
  treatment: VatTreatment,
  taxRateIds: Iterable<string>,
  details: readonly InvoiceLineBoxes[],
): VatBoxProblem[] {
  const checked = new Set(taxRateIds);
  const byRate = new Map<string, Set<string>>();
  for (const line of details) {
    const id = line.tax_rate_id;
    if (!id || !checked.has(id) || line.tax_report_reference === undefined) continue;
    const references = normaliseReferences(line.tax_report_reference);
    if (fitsTreatment(treatment, references)) continue;
    const seen = byRate.get(id) ?? new Set<string>();
    for (const r of references) seen.add(r);
    byRate.set(id, seen);
  }
  return [...byRate.entries()].map(([taxRateId, boxes]) => ({
    treatment,
    taxRateId,
    invoiceBoxes: [...boxes].sort(),
    requiredBoxes: requiredBox(treatment).boxes,
  }));
}

/**
 * What a tax rate's own `tax_report_reference` (when an answer carries it: the spec's tax rate has no
 * such field) says about a treatment: 'fits', 'other' (it lands elsewhere), or undefined (unknown).
 */
export function rateReferenceSays(
  treatment: VatTreatment,
  references: ReadonlyArray<string | null> | null | undefined,
): 'fits' | 'other' | undefined {
  const list = normaliseReferences(references);
  if (list.length === 0) return undefined;
  return fitsTreatment(treatment, list) ? 'fits' : 'other';
}

// ---- where a sale's figures go, for the month per VAT rate -----------------------------------------

/** Outside every VAT return (a rate such as "Geen btw" for a voucher): no box at all. */
export const OUTSIDE_RETURN = 'none';

/** The OSS return's part for a member state: "OSS/BE". */
export const ossBox = (country: string) => `OSS/${country.toUpperCase()}`;

/**
 * The domestic box a percentage belongs in by Dutch law: 1a the high rate (21 %), 1b the low rate
 * (9 %, 6 % before 2019), 1e 0 %, 1c any other rate.
 */
export function domesticBox(rate: Decimal): string {
  if (rate === 21_000_000n) return 'NL/1a';
  if (rate === 9_000_000n || rate === 6_000_000n) return 'NL/1b';
  if (rate === 0n) return 'NL/1e';
  return 'NL/1c';
}

/**
 * Where a sale of this treatment at this percentage belongs: a box of the Dutch return ("NL/1a",
 * "NL/3a", "NL/3b") or, for an OSS distance sale, the OSS return's country ("OSS/BE").
 */
export function saleBox(derived: DerivedVatTreatment, rate: Decimal): string {
  switch (derived.treatment) {
    case 'domestic':
      return domesticBox(rate);
    case 'reverse_charge':
      return INTRA_EU_BOX;
    case 'export':
      return EXPORT_BOX;
    case 'oss':
      return ossBox(derived.country);
  }
}
