// The booking's reference: the key by which an existing booking is found again in Moneybird
// (sales_invoices/find_by_reference/{reference}, external invoice `reference`). It must be stable,
// URL-safe and distinct for distinct order numbers, whatever characters a number carries
// (test orders are marked "T-", the API may send numbers as text).

/**
 * `MWW-1042`. Letters, digits and '-' are kept; every other character (and '_', the escape itself)
 * becomes `_XX_` with its code point in hex, so two different numbers never share a reference.
 */
export function bookingReference(orderNumber: string, prefix = 'MWW'): string {
  let encoded = '';
  for (const char of orderNumber.trim()) {
    encoded += /[A-Za-z0-9-]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16).toUpperCase()}_`;
  }
  return `${prefix}-${encoded}`;
}

/** The order number a reference was made from, or undefined if it is not one of ours. */
export function orderNumberFromReference(reference: string, prefix = 'MWW'): string | undefined {
  if (!reference.startsWith(`${prefix}-`)) return undefined;
  const body = reference.slice(prefix.length + 1);
  if (!/^(?:[A-Za-z0-9-]|_[0-9A-F]+_)+$/.test(body)) return undefined;
  return body.replace(/_([0-9A-F]+)_/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

/** The prefix of installs that booked before prefixes were per shop; kept by those installs. */
export const LEGACY_REFERENCE_PREFIX = 'MWW';

/** Whether a booking reference is on the legacy prefix, which installs of different shops share. */
export function sharesLegacyPrefix(reference: string): boolean {
  return reference.startsWith(`${LEGACY_REFERENCE_PREFIX}-`);
}

/**
 * A default reference prefix unique to the shop, so that two shops booking into one administration
 * never share a reference: "MW" and the first six letters or digits of the shop's store id
 * (`Store.id`), upper case ("3f2a9c1e-…" → "MW3F2A9C"). Only the id is used: the shop's name can
 * change, and a new data folder must derive the same prefix to find the bookings already made
 * (adoption looks them up by reference). Without an id, the legacy "MWW".
 */
export function shopReferencePrefix(store: { id?: string | null }): string {
  const id = (store.id ?? '').replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return id === '' ? LEGACY_REFERENCE_PREFIX : `MW${id.slice(0, 6)}`;
}
