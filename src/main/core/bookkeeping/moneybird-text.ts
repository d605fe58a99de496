// Text from the shop as it goes to Moneybird: names, addresses and line descriptions, cleaned of what
// can hide or disguise text (control characters, bidirectional overrides and isolates, zero-width
// and other format characters, unpaired surrogates, line separators) and kept within what Moneybird
// accepts. The shop's order itself is not changed: the invoice's reference (MWW-…) leads back to it.

/**
 * A description's limit: the one Moneybird documents ("is too long (maximum is 4096 characters)",
 * its 422 for a product description in the API spec); an invoice line's description is the same
 * kind of text.
 */
export const MONEYBIRD_DESCRIPTION_MAX_LENGTH = 4096;

/**
 * A contact field's limit. Moneybird documents none; 255 is the limit the shop's API documents for
 * its own free-text field (an order's `reference`, "max 255"), and the usual length of a name field,
 * so a name that fits the shop fits here.
 */
export const MONEYBIRD_NAME_MAX_LENGTH = 255;

/** Shown at the end of a text that was shortened, so nobody mistakes it for the whole. */
const ELLIPSIS = '…';

// Whitespace of any kind (tabs, line breaks, no-break and other spaces, line and paragraph
// separators) becomes one plain space.
const WHITESPACE = /[\t\n\v\f\r\u0085\p{Zs}\p{Zl}\p{Zp}]+/gu;
// Control (Cc), format (Cf: bidi overrides, isolates and marks, zero-width space/joiners, word
// joiner, BOM, soft hyphen) and unpaired surrogate (Cs) characters are dropped.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/** `text` cleaned for Moneybird and at most `maxLength` characters (code points), or '' when nothing is left. */
export function moneybirdText(text: string, maxLength: number): string {
  const clean = text
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .replace(HIDDEN, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  const chars = [...clean];
  if (chars.length <= maxLength) return clean;
  return `${chars
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/** A name or address field: cleaned and shortened; undefined when nothing is left of it. */
export function moneybirdName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const clean = moneybirdText(text, MONEYBIRD_NAME_MAX_LENGTH);
  return clean === '' ? undefined : clean;
}

/** An invoice line's description: cleaned and shortened. */
export function moneybirdDescription(text: string): string {
  return moneybirdText(text, MONEYBIRD_DESCRIPTION_MAX_LENGTH);
}
