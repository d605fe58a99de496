// Step 3 of a plan: the Moneybird tax rate for each VAT rate of the shop. An order uses the rates
// mapped for its treatment; a credit uses exactly the rates its original was booked at, so a credit
// note never lands in another VAT box than the sale it reverses.
import type { Order } from '../../mijnwebwinkel/order-schema';
import type { Decimal } from '../../money/decimal';
import type { MoneybirdReferenceData, MoneybirdTaxRate } from '../reference-data';
import { isRefusal, type Refusal, refuse } from '../refusal';
import { type BookkeepingSettings, rateKey } from '../settings';
import { resolveTaxRate, taxRatePercentage } from '../vat-treatment';
import type { TreatmentDecision } from './treatment';

export interface TaxRateChoice {
  /** The Moneybird tax rate for a shop rate, resolved once per rate. */
  resolve(rate: Decimal): MoneybirdTaxRate | Refusal;
  /** Shop rate key ("21") -> the chosen Moneybird rate. */
  readonly byKey: ReadonlyMap<string, MoneybirdTaxRate>;
  /** Moneybird tax_rate_id -> its percentage (what Moneybird's arithmetic needs). */
  readonly percentages: Map<string, Decimal>;
}

export function chooseTaxRates(
  order: Order,
  decision: TreatmentDecision,
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
  original: { orderNumber: string; taxRateIds: Record<string, string> } | undefined,
): TaxRateChoice {
  const byKey = new Map<string, MoneybirdTaxRate>();
  const percentages = new Map<string, Decimal>();
  const { derived, wording } = decision;
  const fromOriginal = (rate: Decimal, o: NonNullable<typeof original>): MoneybirdTaxRate | Refusal => {
    const key = rateKey(rate);
    const id = o.taxRateIds[key];
    if (id === undefined)
      return refuse('credit_rate_not_in_original', {
        order: order.number,
        rate: key,
        original: o.orderNumber,
      });
    const found = reference.taxRates.find((r) => r.id === id);
    if (!found)
      return refuse(
        'tax_rate_not_found',
        { order: order.number, rate: key, taxRateId: id, treatment: derived.treatment },
        { treatment: wording },
      );
    if (taxRatePercentage(found) !== rate)
      return refuse(
        'tax_rate_percentage_mismatch',
        {
          order: order.number,
          rate: key,
          taxRateId: id,
          name: found.name ?? id,
          moneybirdRate: String(found.percentage),
          treatment: derived.treatment,
        },
        { treatment: wording },
      );
    return found;
  };
  return {
    byKey,
    percentages,
    resolve(rate) {
      const key = rateKey(rate);
      const known = byKey.get(key);
      if (known) return known;
      const resolved = original
        ? fromOriginal(rate, original)
        : resolveTaxRate(order, derived, rate, settings, reference);
      if (isRefusal(resolved)) return resolved;
      byKey.set(key, resolved);
      percentages.set(resolved.id, rate);
      return resolved;
    },
  };
}
