// A customer's VAT number as the shop owner's customer typed it, brought to the one form VIES and
// Moneybird know: the country prefix, then the national number, upper case, no separators.
//
// The rule is deliberately conservative: a number is only rewritten when the result matches the
// published format of an EU member state (the national part after the prefix). So
// - spaces, dots and dashes go, letters become upper case ("nl 8000.00.000 b01");
// - a doubled prefix loses one ("NL NL800000000B01"), but only when the number after the first
//   prefix is not itself valid (a French number's two-character key may be letters);
// - a missing prefix is added from the customer's country ("800000000B01" for a Dutch customer),
//   only when what was typed is that country's national format;
// - Greece's ISO code GR becomes VIES's prefix EL;
// - anything else (a Swiss or Norwegian number, a typo) is not guessed at: it stays as typed and
//   the caller decides whether that is safe (see `vatNumberRefusal` in booking-plan).

/** National part of the VAT number per VIES prefix (EU member states and Northern Ireland). */
const NATIONAL_FORMATS: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

/** The VIES prefix of a country (ISO 3166 alpha-2): Greece is EL, the rest their own code. */
export function vatPrefixOf(country: string | undefined): string | undefined {
  if (!country) return undefined;
  const code = country.trim().toUpperCase();
  const prefix = code === 'GR' ? 'EL' : code;
  return prefix in NATIONAL_FORMATS ? prefix : undefined;
}

export type VatNumberReading =
  /** A number in a member state's format: `number` is the canonical form, `prefix` its state. */
  | { kind: 'valid'; number: string; prefix: string }
  /** Not recognised: `compact` is what was typed without separators, upper case (a match key). */
  | { kind: 'unrecognised'; compact: string };

/** Without spaces (any kind), dots and dashes, upper case. */
export function compactVatNumber(typed: string): string {
  return typed.replace(/[\s.\-\u00a0\u2007\u202f]/g, '').toUpperCase();
}

const formatOf = (prefix: string, national: string) => NATIONAL_FORMATS[prefix]?.test(national) === true;

/**
 * Reads a typed VAT number. `customerCountry` (the invoice address's country) supplies a missing
 * prefix; a prefix that was typed wins over it (a business may be registered elsewhere).
 */
export function readVatNumber(typed: string, customerCountry?: string): VatNumberReading | undefined {
  const compact = compactVatNumber(typed);
  if (compact === '') return undefined;
  const lead = compact.slice(0, 2);
  const typedPrefix = lead === 'GR' ? 'EL' : lead;
  if (/^[A-Z]{2}$/.test(lead) && typedPrefix in NATIONAL_FORMATS) {
    const rest = compact.slice(2);
    if (formatOf(typedPrefix, rest))
      return { kind: 'valid', number: typedPrefix + rest, prefix: typedPrefix };
    // "NL NL…" or "GR EL…": the prefix typed twice.
    const again = rest.slice(0, 2) === 'GR' ? `EL${rest.slice(2)}` : rest;
    if (again.startsWith(typedPrefix) && formatOf(typedPrefix, again.slice(2)))
      return { kind: 'valid', number: again, prefix: typedPrefix };
  }
  const countryPrefix = vatPrefixOf(customerCountry);
  if (countryPrefix && formatOf(countryPrefix, compact))
    return { kind: 'valid', number: countryPrefix + compact, prefix: countryPrefix };
  return { kind: 'unrecognised', compact };
}

/**
 * The form a VAT number is matched by: the canonical number when it is recognised, else what was
 * typed without separators. Used on both sides (the shop's order, Moneybird's contact), so "NL NL…"
 * in the shop finds "NL…" in Moneybird.
 */
export function vatNumberKey(typed: string | undefined, customerCountry?: string): string | undefined {
  if (typed === undefined) return undefined;
  const reading = readVatNumber(typed, customerCountry);
  if (!reading) return undefined;
  return reading.kind === 'valid' ? reading.number : reading.compact;
}
