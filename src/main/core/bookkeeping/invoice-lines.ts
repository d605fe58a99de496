// Order lines -> invoice details: one detail per order line and per VAT rate within it, priced incl.
// tax so that Moneybird's line total (amount × price, rounded) is exactly the shop's
// `amount_including_tax`. Gift cards are a way of paying, so they become payments, not lines.
// Descriptions are cleaned for Moneybird (moneybird-text.ts): no control, bidirectional or
// zero-width characters, and at most the 4096 characters Moneybird accepts.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { interpolate } from '../../../shared/i18n/translate';
import type { Order, OrderLine } from '../mijnwebwinkel/order-schema';
import { type Decimal, toFixed } from '../money/decimal';
import { moneybirdDescription } from './moneybird-text';
import { rateKey } from './settings';

export type LineKind = 'product' | 'shipping' | 'payment_costs' | 'discount' | 'gift_card';

const KIND_BY_TYPE: Record<string, LineKind> = {
  shipping: 'shipping',
  shipping_costs: 'shipping',
  shipping_fee: 'shipping',
  shipment: 'shipping',
  payment: 'payment_costs',
  payment_costs: 'payment_costs',
  payment_fee: 'payment_costs',
  transaction: 'payment_costs',
  discount: 'discount',
  discountcode: 'discount',
  discount_code: 'discount',
  cart_discount: 'discount',
  giftcard: 'gift_card',
  gift_card: 'gift_card',
  voucher: 'gift_card',
  store_credit: 'gift_card',
};

/** The kind of an order line by its `type`; unknown types (and article/custom) are products. */
export function lineKind(line: OrderLine): LineKind {
  return KIND_BY_TYPE[line.type.trim().toLowerCase()] ?? 'product';
}

/** One VAT-rate part of one order line, before tax rates and ledger accounts are chosen. */
export interface LinePart {
  lineIndex: number;
  kind: LineKind;
  rate: Decimal;
  /** Incl. VAT, already sign-corrected for credit orders. */
  amountInclTax: Decimal;
  description: string;
  amount: string;
  price: string;
}

const CENT = 10_000n;

function baseDescription(order: Order, line: OrderLine, kind: LineKind, lang: 'nl' | 'en'): string {
  const texts = bookkeepingMessages[lang];
  // A description with nothing visible left in it counts as none.
  const given = line.description ?? line.articles[0]?.description;
  const own = given === undefined ? undefined : moneybirdDescription(given) || undefined;
  switch (kind) {
    case 'shipping':
      return own ?? texts['line.shipping'];
    case 'payment_costs':
      return own ?? texts['line.payment_costs'];
    case 'discount': {
      const code = order.discountCode;
      if (code === undefined) return own ?? texts['line.discount'];
      if (own === undefined) return interpolate(texts['line.discount_code'], { code });
      return own.toLowerCase().includes(code.toLowerCase()) ? own : `${own} (${code})`;
    }
    default:
      return own ?? texts['line.unnamed'];
  }
}

/**
 * Splits the order's lines into parts. `sign` is -1 for a credit order whose amounts the shop sends
 * positive. Each part's amount/price give exactly its incl. amount: quantity × unit when the line
 * total divides into whole cents, otherwise "1 ×" the line total with the quantity in the text.
 */
export function splitLines(order: Order, sign: 1n | -1n, lang: 'nl' | 'en'): LinePart[] {
  const texts = bookkeepingMessages[lang];
  const parts: LinePart[] = [];
  order.lines.forEach((line, lineIndex) => {
    const kind = lineKind(line);
    const description = baseDescription(order, line, kind, lang);
    const split = line.prices.length > 1;
    for (const price of line.prices) {
      const incl = (price.amountInclTax ?? 0n) * sign;
      let text = split
        ? interpolate(texts['line.rate_part'], { description, rate: rateKey(price.rate) })
        : description;
      let amount = '1';
      let unit = incl;
      const quantity = BigInt(Math.abs(line.quantity));
      if (quantity > 1n) {
        if (incl % (quantity * CENT) === 0n) {
          amount = quantity.toString();
          unit = incl / quantity;
        } else {
          text = interpolate(texts['line.quantity'], { quantity: quantity.toString(), description: text });
        }
      }
      parts.push({
        lineIndex,
        kind,
        rate: price.rate,
        amountInclTax: incl,
        description: moneybirdDescription(text),
        amount,
        price: toFixed(unit, 2),
      });
    }
  });
  return parts;
}
