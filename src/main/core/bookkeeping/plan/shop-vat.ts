// Step 5 of a plan: the VAT the shop charged, per Moneybird tax rate. From the order's `price.tax`;
// without it, from the lines' own VAT (incl. minus excl., rounded per line as the shop does).
import type { Order } from '../../mijnwebwinkel/order-schema';
import { type Decimal, ZERO } from '../../money/decimal';
import { type Refusal, refuse } from '../refusal';
import { rateKey } from '../settings';
import { fmt, moneyWording, roundCents } from './amounts';
import type { TaxRateChoice } from './tax-rates';

export function shopVatPerTaxRate(
  order: Order,
  sign: 1n | -1n,
  rates: TaxRateChoice,
): Map<string, Decimal> | Refusal {
  const shopTax = new Map<string, Decimal>();
  const entries =
    order.tax ??
    order.lines.flatMap((l) =>
      l.prices.map((p) => ({
        rate: p.rate,
        amount: p.amountExclTax === undefined ? ZERO : roundCents((p.amountInclTax ?? 0n) - p.amountExclTax),
      })),
    );
  for (const entry of entries) {
    const amount = entry.amount * sign;
    const taxRate = rates.byKey.get(rateKey(entry.rate));
    if (amount === ZERO && !taxRate) continue;
    // VAT at a rate no line carries: the shop's VAT cannot be explained by its lines.
    if (!taxRate)
      return refuse(
        'vat_without_lines',
        { order: order.number, rate: rateKey(entry.rate), shopTax: fmt(amount) },
        moneyWording({ shopTax: amount }, order.currency),
      );
    shopTax.set(taxRate.id, (shopTax.get(taxRate.id) ?? ZERO) + amount);
  }
  return shopTax;
}
