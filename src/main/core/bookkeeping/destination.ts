// Where an order's goods go, and whether that place is inside the EU's VAT area for goods. The
// shop's tax setting on an order cannot change where the parcel went: an intra-community supply
// (VAT reverse-charged, box 3b and the ICP listing) must go to another member state, an export
// (0 %, box 3a) outside the EU.
import type { Order } from '../mijnwebwinkel/order-schema';

export interface Destination {
  /** ISO 3166 alpha-2, upper case. */
  country: string;
  zipcode?: string;
}

// biome-ignore format: a few rows of codes read better than one per line
const MEMBER_STATES = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  // Monaco is French territory for VAT.
  'MC',
]);

/**
 * Parts of member states outside the EU's VAT area, by postcode: the Canary Islands, Ceuta and
 * Melilla, Åland, Heligoland and Büsingen, Livigno and Campione d'Italia, Mount Athos, and France's
 * overseas departments when written with a French postcode.
 */
const OUTSIDE_BY_POSTCODE: Record<string, RegExp> = {
  ES: /^(35|38|51|52)\d{3}$/,
  FI: /^22\d{3}$/,
  DE: /^(27498|78266)$/,
  IT: /^(23041|22061)$/,
  GR: /^63086$/,
  FR: /^97\d{3}$/,
};

/** Where the goods go: the shipping country, else the delivery address, else the invoice address. */
export function destinationOf(order: Order): Destination | undefined {
  const delivery = order.debtor.deliveryAddress;
  const invoice = order.debtor.invoiceAddress;
  const country = (order.shippingCountryCode ?? delivery?.countryCode ?? invoice?.countryCode)?.toUpperCase();
  if (!country) return undefined;
  const address = [delivery, invoice].find((a) => a?.countryCode?.toUpperCase() === country);
  const zipcode = address?.zipcode?.replace(/\s+/g, '').toUpperCase();
  return { country, ...(zipcode && { zipcode }) };
}

/** Whether goods delivered here stay inside the EU's VAT area (Northern Ireland does, for goods). */
export function insideEuForGoods({ country, zipcode }: Destination): boolean {
  if (country === 'XI') return true;
  if (country === 'GB') return zipcode?.startsWith('BT') === true;
  if (!MEMBER_STATES.has(country)) return false;
  const outside = OUTSIDE_BY_POSTCODE[country];
  return !(outside && zipcode !== undefined && outside.test(zipcode));
}
