// Step 2 of a plan: the VAT treatment (domestic, intra-EU B2B, export, OSS) and the contradictions that
// make it impossible to book without guessing. A credit keeps the treatment of the booking it credits.
import { countryName } from '../../../../shared/i18n/country-name';
import type { LocalizedText } from '../../../../shared/i18n/translate';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { ZERO } from '../../money/decimal';
import { vatNumberRefusal } from '../contact';
import { destinationOf, insideEuForGoods } from '../destination';
import { type Refusal, refuse } from '../refusal';
import { type BookkeepingSettings, rateKey, type VatTreatment } from '../settings';
import { bookedTreatmentOf, type DerivedVatTreatment, treatmentWording } from '../vat-treatment';

export interface TreatmentDecision {
  derived: DerivedVatTreatment;
  /** The treatment's name in both languages, for refusals. */
  wording: LocalizedText;
}

export function decideTreatment(
  order: Order,
  settings: BookkeepingSettings,
  original: { vatTreatment: VatTreatment } | undefined,
): TreatmentDecision | Refusal {
  const orderNo = order.number;
  const derived = bookedTreatmentOf(order, settings.shopCountry, original?.vatTreatment);
  const wording = treatmentWording(derived);
  if (!original && derived.treatment === 'reverse_charge' && !order.debtor.invoiceAddress?.taxNumber)
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
  const destinationProblem = original ? undefined : destinationRefusal(order, derived);
  if (destinationProblem) return destinationProblem;
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
