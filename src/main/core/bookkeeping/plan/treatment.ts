// Step 2 of a plan: the VAT treatment (domestic, intra-EU B2B, export, OSS) and the contradictions that
// make it impossible to book without guessing. A credit keeps the treatment (and OSS country) of the
// booking it credits.
import { countryName } from '../../../../shared/i18n/country-name';
import type { LocalizedText } from '../../../../shared/i18n/translate';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { ZERO } from '../../money/decimal';
import { vatNumberRefusal, vatNumberToSend } from '../contact';
import { destinationOf, insideEuForGoods } from '../destination';
import { moneybirdName } from '../moneybird-text';
import { type Refusal, refuse } from '../refusal';
import { type BookkeepingSettings, rateKey, type VatTreatment } from '../settings';
import { vatPrefixOf } from '../vat-number';
import { bookedTreatmentOf, type DerivedVatTreatment, treatmentWording } from '../vat-treatment';

export interface TreatmentDecision {
  derived: DerivedVatTreatment;
  /** The treatment's name in both languages, for refusals. */
  wording: LocalizedText;
}

export function decideTreatment(
  order: Order,
  settings: BookkeepingSettings,
  original: { vatTreatment: VatTreatment; vatCountry?: string } | undefined,
): TreatmentDecision | Refusal {
  const orderNo = order.number;
  const derived = bookedTreatmentOf(
    order,
    settings.shopCountry,
    original && { treatment: original.vatTreatment, country: original.vatCountry },
  );
  const wording = treatmentWording(derived);
  // Cleaned as it would be sent: a field of spaces or invisible characters is no number.
  const typedVatNumber = moneybirdName(order.debtor.invoiceAddress?.taxNumber);
  if (!original && derived.treatment === 'reverse_charge' && typedVatNumber === undefined)
    return refuse('reverse_charge_without_vat_number', { order: orderNo });
  const vatNumberProblem = original ? undefined : vatNumberRefusal(order, derived.treatment);
  if (vatNumberProblem) return vatNumberProblem;
  if (derived.treatment === 'reverse_charge' || derived.treatment === 'export') {
    const taxed = order.lines
      .flatMap((l) => l.prices)
      .find((p) => p.rate !== ZERO && p.amountInclTax !== ZERO);
    if (taxed)
      return refuse(
        'zero_rated_order_with_vat',
        { order: orderNo, rate: rateKey(taxed.rate), treatment: derived.treatment },
        { treatment: wording },
      );
  }
  if (!original) {
    const problem =
      destinationRefusal(order, derived) ??
      ossDestinationRefusal(order, derived) ??
      shopCountryVatNumberRefusal(order, derived, settings.shopCountry);
    if (problem) return problem;
  }
  return { derived, wording };
}

/**
 * A zero-rated treatment the goods' destination contradicts: an intra-community supply that stays
 * in the shop's country or leaves the EU, an export that stays inside it. Nothing to check when the
 * order names no destination at all (a counter sale).
 */
function destinationRefusal(order: Order, derived: DerivedVatTreatment): Refusal | undefined {
  if (derived.treatment !== 'reverse_charge' && derived.treatment !== 'export') return undefined;
  const destination = destinationOf(order);
  if (!destination) return undefined;
  const inside = insideEuForGoods(destination);
  const details = { order: order.number, country: destination.country };
  const wording = { country: countryName(destination.country) };
  if (derived.treatment === 'export')
    return inside ? refuse('export_inside_eu', details, wording) : undefined;
  const abroad = inside && destination.country !== derived.country;
  return abroad ? undefined : refuse('intra_eu_supply_not_abroad', details, wording);
}

/** The country an OSS return names for goods delivered here: Monaco's are France's. */
const ossCountryOf = (country: string) => (country === 'MC' ? 'FR' : country);

/**
 * A distance sale taxed in one member state (OSS) whose goods go somewhere else: the VAT of a distance
 * sale is due where the goods arrive, so booking it on the rates of the shop's region would put it in
 * the wrong country's OSS return; goods leaving the EU are an export. Nothing to check without a
 * destination (a digital sale is taxed where the customer lives, which the shop's region says).
 */
function ossDestinationRefusal(order: Order, derived: DerivedVatTreatment): Refusal | undefined {
  if (derived.treatment !== 'oss') return undefined;
  const destination = destinationOf(order);
  if (!destination) return undefined;
  const details = { order: order.number, country: destination.country, taxCountry: derived.country };
  const wording = { country: countryName(destination.country), taxCountry: countryName(derived.country) };
  if (!insideEuForGoods(destination)) return refuse('oss_outside_eu', details, wording);
  return ossCountryOf(destination.country) === derived.country
    ? undefined
    : refuse('oss_destination_differs', details, wording);
}

/**
 * An intra-community supply is zero-rated only with a VAT number of another member state than the
 * one the goods leave: a buyer with a number of the shop's own country pays the shop's VAT, and that
 * number cannot go on the ICP return.
 */
function shopCountryVatNumberRefusal(
  order: Order,
  derived: DerivedVatTreatment,
  shopCountry: string,
): Refusal | undefined {
  if (derived.treatment !== 'reverse_charge') return undefined;
  const number = vatNumberToSend(order);
  const shopPrefix = vatPrefixOf(shopCountry);
  if (number === undefined || shopPrefix === undefined || !number.startsWith(shopPrefix)) return undefined;
  return refuse(
    'vat_number_of_shop_country',
    { order: order.number, vatNumber: number },
    { country: countryName(shopCountry) },
  );
}
