// What the stored mapping holds for a field: the keys that mean it (a rate may be stored as "5,5",
// "5.5" or "5.50"), its value, and the mapping without it.
import { canonicalRate, type SlotAt } from './field-slots';

export type Mapping = Record<string, unknown>;

export function child(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' && !Array.isArray(node)
    ? (node as Mapping)[key]
    : undefined;
}

export function asRecord(node: unknown): Mapping | undefined {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Mapping) : undefined;
}

/** The keys of a rate-keyed record that mean `rate` ("5.5", "5,5", "5.50" all mean 5.5). */
function rateKeysOf(record: Mapping | undefined, rate: string): string[] {
  if (!record) return [];
  return Object.keys(record).filter((key) => canonicalRate(key) === rate);
}

function countryKeysOf(record: Mapping | undefined, country: string): string[] {
  if (!record) return [];
  return Object.keys(record).filter((key) => key.toUpperCase() === country);
}

/** Where a slot lives in the mapping: the record holding it and every key that means it. */
function locate(mapping: Mapping, at: SlotAt): Array<{ container: string[]; key: string }> {
  const { slot } = at;
  if (slot.kind === 'taxRate' && slot.role === 'domestic') {
    const record = asRecord(child(child(mapping, 'taxRates'), 'domestic'));
    return rateKeysOf(record, slot.rate!).map((key) => ({ container: ['taxRates', 'domestic'], key }));
  }
  if (slot.kind === 'taxRate' && slot.role === 'oss') {
    const oss = asRecord(child(child(mapping, 'taxRates'), 'oss'));
    return countryKeysOf(oss, slot.country!).flatMap((country) =>
      rateKeysOf(asRecord(oss![country]), slot.rate!).map((key) => ({
        container: ['taxRates', 'oss', country],
        key,
      })),
    );
  }
  if (slot.kind === 'ledger' && slot.role === 'byRate') {
    const record = asRecord(child(child(mapping, 'ledgerAccounts'), 'revenueByRate'));
    return rateKeysOf(record, slot.rate!).map((key) => ({
      container: ['ledgerAccounts', 'revenueByRate'],
      key,
    }));
  }
  const parts = at.path.split('.');
  let node: unknown = mapping;
  for (const part of parts.slice(0, -1)) node = child(node, part);
  const key = parts[parts.length - 1]!;
  return asRecord(node) && Object.hasOwn(node as Mapping, key)
    ? [{ container: parts.slice(0, -1), key }]
    : [];
}

function valueAt(mapping: Mapping, place: { container: string[]; key: string }): unknown {
  let node: unknown = mapping;
  for (const part of place.container) node = child(node, part);
  return child(node, place.key);
}

/** The stored value of a slot: its text (the last of equivalent keys wins, as the schema reads it). */
export function storedValue(mapping: Mapping, at: SlotAt): string | undefined {
  const places = locate(mapping, at);
  for (const place of places.reverse()) {
    const value = valueAt(mapping, place);
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  }
  return undefined;
}

export const MONEYBIRD_ID = /^[1-9]\d{0,19}$/;

/**
 * Removes every key that means the slot (a stored key may itself hold a dot, as "21.0" does, so keys
 * are walked, not joined into a path), and a country left empty by that inside the OSS rates.
 */
export function removeSlot(mapping: Mapping, at: SlotAt): Mapping {
  const next: Mapping = structuredClone(mapping);
  const recordAt = (container: readonly string[]) => {
    let node: unknown = next;
    for (const part of container) node = child(node, part);
    return asRecord(node);
  };
  for (const place of locate(next, at)) {
    const record = recordAt(place.container);
    if (record) delete record[place.key];
  }
  if (at.slot.kind === 'taxRate' && at.slot.role === 'oss') {
    const oss = recordAt(['taxRates', 'oss']);
    for (const country of countryKeysOf(oss, at.slot.country!)) {
      if (Object.keys(asRecord(oss![country]) ?? {}).length === 0) delete oss![country];
    }
  }
  return next;
}
