// Step 1 of a plan: the shop's own figures. Every amount in whole cents, the lines adding up exactly
// to the order's total (a difference is a data error, never booked away), and the sign a credit
// order's amounts must be booked with.
import { writtenAmounts } from '../../../../shared/i18n/written-money';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { type Decimal, toFixed } from '../../money/decimal';
import { type Refusal, refuse } from '../refusal';
import { rateKey } from '../settings';
import { fmt, isCents, moneyWording } from './amounts';

export interface ShopFigures {
  /** -1 for a credit order whose amounts the shop sends positive. */
  sign: 1n | -1n;
  /** The order's total incl. VAT, sign-corrected. */
  total: Decimal;
}

/**
 * The sign a credit order's amounts are booked with: -1 when the shop states them positive (the API
 * docs leave it open), so its booking takes the sale off the books; 1 for everything else.
 */
export function bookingSign(order: Order): 1n | -1n {
  if (order.creditedOrderNumber === undefined) return 1n;
  const total = order.total ?? 0n;
  if (total !== 0n) return total > 0n ? -1n : 1n;
  const lineSum = order.lines.reduce(
    (s, l) => s + l.prices.reduce((t, p) => t + (p.amountInclTax ?? 0n), 0n),
    0n,
  );
  return lineSum > 0n ? -1n : 1n;
}

export function readShopFigures(order: Order): ShopFigures | Refusal {
  const orderNo = order.number;
  if (order.lines.length === 0) return refuse('no_lines', { order: orderNo });
  if (order.total === undefined) return refuse('total_missing', { order: orderNo });
  let lineSum = 0n;
  for (const line of order.lines) {
    for (const price of line.prices) {
      const name = line.description ?? line.type;
      if (price.amountInclTax === undefined)
        return refuse('line_without_amount_incl_tax', { order: orderNo, line: name });
      if (!isCents(price.amountInclTax))
        return refuse(
          'amount_not_whole_cents',
          { order: orderNo, field: name, amount: toFixed(price.amountInclTax, 6) },
          { amount: writtenAmounts(toFixed(price.amountInclTax, 6), order.currency, 'all') },
        );
      lineSum += price.amountInclTax;
    }
  }
  if (!isCents(order.total))
    return refuse(
      'amount_not_whole_cents',
      { order: orderNo, field: 'price.total', amount: toFixed(order.total, 6) },
      { amount: writtenAmounts(toFixed(order.total, 6), order.currency, 'all') },
    );
  for (const t of order.tax ?? [])
    if (!isCents(t.amount))
      return refuse(
        'amount_not_whole_cents',
        { order: orderNo, field: `price.tax ${rateKey(t.rate)}%`, amount: toFixed(t.amount, 6) },
        { amount: writtenAmounts(toFixed(t.amount, 6), order.currency, 'all') },
      );
  // The shop computes the total as the sum of its lines: any gap means the order's data is wrong,
  // and booking it away would hide exactly the error an accountant must see.
  if (lineSum !== order.total)
    return refuse(
      'lines_do_not_add_up',
      {
        order: orderNo,
        shopTotal: fmt(order.total),
        linesTotal: fmt(lineSum),
        difference: fmt(order.total - lineSum),
      },
      moneyWording(
        { shopTotal: order.total, linesTotal: lineSum, difference: order.total - lineSum },
        order.currency,
      ),
    );
  const sign = bookingSign(order);
  return { sign, total: order.total * sign };
}
