// Order lines -> invoice details: one detail per order line and per VAT rate within it, priced incl.
// tax so that Moneybird's line total (amount × price, rounded) is exactly the shop's
// `amount_including_tax`. A redeemed gift card is a way of paying, so it becomes a payment, not a
// line; a gift card sold at 0 % is no sale either, but money owed to the customer until it is used,
// so it goes on the gift-card liability outside the VAT return. A line's type only chooses its ledger
// account; every other line is booked at its own VAT rate.
// Descriptions are cleaned for Moneybird (moneybird-text.ts): no control, bidirectional or
// zero-width characters, and at most the 4096 characters Moneybird accepts.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { interpolate } from '../../../shared/i18n/translate';
import type { Order, OrderLine } from '../mijnwebwinkel/order-schema';
import { type Decimal, toFixed } from '../money/decimal';
import { moneybirdDescription } from './moneybird-text';
import { rateKey } from './settings';

/**
 * What an order line's part is to the bookkeeping. `gift_card`: a redeemed gift card (a payment);
 * `gift_card_sold`: a gift card sold at 0 % (a debt to the customer until it is redeemed).
 */
export type LineKind = 'product' | 'shipping' | 'payment_costs' | 'discount' | 'gift_card' | 'gift_card_sold';

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
  // Only these name a gift card or store credit. A "voucher" may be a discount voucher: it is not
  // taken for a payment on a guess, and books as an ordinary line at its own rate.
  giftcard: 'gift_card',
  gift_card: 'gift_card',
  store_credit: 'gift_card',
};

/** Types the shop documents for goods and services (the order endpoint's and the payments view's). */
const PRODUCT_TYPES = new Set(['article', 'custom', 'product', 'physical', 'digital', 'surcharge']);

const typeOf = (line: OrderLine) => line.type.trim().toLowerCase();

/** The kind of an order line by its `type`; unknown types (and article/custom) are products. */
export function lineKind(line: OrderLine): LineKind {
  return KIND_BY_TYPE[typeOf(line)] ?? 'product';
}

/** Whether the line's type is one the bookkeeping knows; an unknown one books as revenue and is logged. */
export function isKnownLineType(line: OrderLine): boolean {
  const type = typeOf(line);
  return type in KIND_BY_TYPE || PRODUCT_TYPES.has(type);
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
    case 'gift_card':
      return own ?? texts['line.gift_card'];
    default:
      return own ?? texts['line.unnamed'];
  }
}

/**
 * Whether a gift-card line's part (its signed amount incl. VAT, as booked) pays for the order: only
 * when it lowers what the customer pays (a credit reverses that) and carries no VAT.
 */
export function giftCardPays(rate: Decimal, signedInclTax: Decimal, isCredit: boolean): boolean {
  return rate === 0n && (isCredit ? signedInclTax > 0n : signedInclTax < 0n);
}

/**
 * What one part of a line of this type is, by its rate and signed amount incl. VAT (as booked). A
 * gift card that lowers what the customer pays at 0 % pays (`gift_card`). One that adds to it at 0 %
 * is a gift card sold, in a credit one sold credited back (`gift_card_sold`): a multi-purpose voucher,
 * which is no supply when sold (art. 30a-30b VAT Directive, art. 4a Wet OB) but money owed to the
 * customer; the goods it buys are the turnover when it is redeemed. A gift card with VAT (a
 * single-purpose voucher, taxed when sold) and one of no money are ordinary lines at their rate.
 * The booking plan and the month per VAT rate both go by this.
 */
export function partKind(
  typeKind: LineKind,
  rate: Decimal,
  signedInclTax: Decimal,
  isCredit: boolean,
): LineKind {
  if (typeKind !== 'gift_card') return typeKind;
  if (giftCardPays(rate, signedInclTax, isCredit)) return 'gift_card';
  return rate === 0n && signedInclTax !== 0n ? 'gift_card_sold' : 'product';
}

/**
 * Splits the order's lines into parts. `sign` is -1 for a credit order whose amounts the shop sends
 * positive. Each part's amount/price give exactly its incl. amount: quantity × unit when the line
 * total divides into whole cents, otherwise "1 ×" the line total with the quantity in the text.
 */
export function splitLines(order: Order, sign: 1n | -1n, lang: 'nl' | 'en'): LinePart[] {
  const texts = bookkeepingMessages[lang];
  const parts: LinePart[] = [];
  const isCredit = order.creditedOrderNumber !== undefined;
  order.lines.forEach((line, lineIndex) => {
    const typeKind = lineKind(line);
    const description = baseDescription(order, line, typeKind, lang);
    const split = line.prices.length > 1;
    for (const price of line.prices) {
      const incl = (price.amountInclTax ?? 0n) * sign;
      const kind = partKind(typeKind, price.rate, incl, isCredit);
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
