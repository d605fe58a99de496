// The lines of the month per VAT rate: one per part of the VAT return a figure belongs in and per
// percentage, so that the accountant copies each line into the return as it is. A part is a box of
// the Dutch return ("NL/1a" high rate, "NL/1b" low rate, "NL/1e" 0 % or domestic reverse charge,
// "NL/3a" export, "NL/3b" intra-community supply, also on the ICP listing), an OSS country
// ("OSS/BE": the OSS return, per member state), outside every return ("none"), or unknown ("":
// figures recorded before version 19, which stay on a line per percentage as they were).
//
// The shop's side of an order is placed by the order's VAT treatment; the booked side by where
// Moneybird put the invoice's lines. Both are kept on the same line where they belong together, so a
// booked order's two sides always meet: the booking decides between the domestic boxes (the owner
// may book 0 % on a rate outside the return), and a side recorded without a box takes the other's.
// A booking in another part than its treatment (an intra-community supply edited into 1e in
// Moneybird) stays apart, as the difference it is.
import { normaliseReferences, OUTSIDE_RETURN, ossBox } from '../bookkeeping/vat-box';
import { parseDecimal } from '../money/decimal';

/** Not known: figures recorded before version 19 (or an invoice read without its lines). */
export const UNKNOWN_BOX = '';

const DUTCH_BOX = /^NL\/[\w.-]{1,8}$/;
const OSS_BOX = /^OSS\/[A-Z]{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

/**
 * Where Moneybird put the lines of one tax rate: the Dutch box its lines carry; else, for a rate of
 * another country, that country's OSS return; else, when the lines say where (without a Dutch box),
 * outside the return; else unknown (lines read without their boxes, a rate Moneybird no longer
 * lists).
 */
export function bookedBoxOf(
  references: ReadonlyArray<string | null> | null | undefined,
  rate: { country: string | null } | undefined,
): string {
  const boxes = normaliseReferences(references);
  const dutch = boxes.filter((b) => DUTCH_BOX.test(b)).sort();
  if (dutch.length > 0) return dutch[0]!;
  const country = rate?.country?.trim().toUpperCase();
  if (country && COUNTRY.test(country) && country !== 'NL') return ossBox(country);
  const oss = boxes.find((b) => OSS_BOX.test(b));
  if (oss) return oss;
  if (rate === undefined || references === null || references === undefined) return UNKNOWN_BOX;
  return OUTSIDE_RETURN;
}

/**
 * The one OSS country among an order's parts of the return ("OSS/BE" -> "BE"), which its credits are
 * declared in; undefined when the parts name none, or more than one.
 */
export function ossCountryIn(boxes: readonly string[]): string | undefined {
  const countries = new Set(boxes.filter((b) => OSS_BOX.test(b)).map((b) => b.slice('OSS/'.length)));
  return countries.size === 1 ? [...countries][0] : undefined;
}

const isDomestic = (box: string) => box.startsWith('NL/1') || box === OUTSIDE_RETURN;

interface Placed {
  rate: string;
  vatBox: string;
}

/**
 * The booked side's unknown boxes filled in from the shop's side of the same order: the part the
 * shop's figures at that percentage are in (an invoice recorded without its lines).
 */
export function bookedBoxesFilledIn(booked: readonly Placed[], shop: readonly Placed[]): string[] {
  return booked.map((b) => {
    if (b.vatBox !== UNKNOWN_BOX) return b.vatBox;
    const parts = new Set(shop.filter((s) => s.rate === b.rate).map((s) => s.vatBox));
    return parts.size === 1 ? [...parts][0]! : UNKNOWN_BOX;
  });
}

/**
 * The shop's side placed where its booking is, per percentage: on the booked part holding the most
 * turnover at that percentage (a rounding line may sit on another), when the shop's side has no box
 * yet or both are domestic. Otherwise the shop's own part. A gift card sold, outside the return on
 * the shop's side, stays there: booked in a box of the return it is a difference, not a choice. A
 * part another shop row at that percentage holds (the card's, beside a sale at 0 %) is taken only
 * when the booking has no other: then both rows are on it (the store adds them up).
 */
export function shopBoxesAligned(
  shop: readonly Placed[],
  booked: ReadonlyArray<Placed & { exclTax: bigint }>,
): string[] {
  const size = (x: bigint) => (x < 0n ? -x : x);
  const largest = (rows: ReadonlyArray<Placed & { exclTax: bigint }>) => {
    let main: (Placed & { exclTax: bigint }) | undefined;
    for (const b of rows) if (!main || size(b.exclTax) > size(main.exclTax)) main = b;
    return main;
  };
  return shop.map((s) => {
    if (s.vatBox === OUTSIDE_RETURN) return s.vatBox;
    const atRate = booked.filter((b) => b.rate === s.rate && b.vatBox !== UNKNOWN_BOX);
    const others = new Set(shop.filter((o) => o !== s && o.rate === s.rate).map((o) => o.vatBox));
    const main = largest(atRate.filter((b) => !others.has(b.vatBox))) ?? largest(atRate);
    if (!main) return s.vatBox;
    if (s.vatBox === UNKNOWN_BOX || (isDomestic(s.vatBox) && isDomestic(main.vatBox))) return main.vatBox;
    return s.vatBox;
  });
}

/** Where a part stands in the list: the Dutch boxes in the return's order, OSS, outside, unknown. */
function partOrder(box: string): number {
  if (box.startsWith('NL/')) return 0;
  if (box.startsWith('OSS/')) return 1;
  if (box === OUTSIDE_RETURN) return 2;
  return 3;
}

/** Highest rate first (21, 9, 0), as the VAT return lists them. */
export function compareRates(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return x === y ? 0 : x > y ? -1 : 1;
}

/** The return's order: 1a, 1b, 1e, 3a, 3b, OSS per country, outside, then by percentage, highest first. */
export function compareLines(a: Placed, b: Placed): number {
  return (
    partOrder(a.vatBox) - partOrder(b.vatBox) ||
    (a.vatBox < b.vatBox ? -1 : a.vatBox > b.vatBox ? 1 : 0) ||
    compareRates(a.rate, b.rate)
  );
}
