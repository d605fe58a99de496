// Step 2 of a plan: the VAT treatment (domestic, intra-EU B2B, export, OSS) and the contradictions that
// make it impossible to book without guessing. A credit keeps the treatment of the booking it credits.
import type { LocalizedText } from '../../../../shared/i18n/translate';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { ZERO } from '../../money/decimal';
import { vatNumberRefusal } from '../contact';
import { type Refusal, refuse } from '../refusal';
import { type BookkeepingSettings, rateKey, type VatTreatment } from '../settings';
import { type DerivedVatTreatment, deriveVatTreatment, treatmentWording } from '../vat-treatment';

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
  const derived: DerivedVatTreatment = original
    ? { treatment: original.vatTreatment, country: deriveVatTreatment(order, settings.shopCountry).country }
    : deriveVatTreatment(order, settings.shopCountry);
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
  return { derived, wording };
}
