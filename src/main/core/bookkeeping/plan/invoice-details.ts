// Step 4 of a plan: the invoice lines. Each part of an order line becomes one invoice detail at its own
// VAT rate; the line's type only chooses the ledger account (revenue, shipping, payment costs,
// discounts). Redeemed gift cards are kept apart: they are payments, not revenue. A gift card sold at
// 0 % is no revenue either: it goes on the owner's gift-card liability, at the rate outside every
// VAT-return box, until it is redeemed.
import { bookkeepingMessages } from '../../../../shared/i18n/messages/bookkeeping';
import { type LocalizedText, localize } from '../../../../shared/i18n/translate';
import type { Order } from '../../mijnwebwinkel/order-schema';
import { abs, type Decimal, ZERO } from '../../money/decimal';
import { isKnownLineType, type LineKind, type LinePart } from '../invoice-lines';
import type { MoneybirdReferenceData, MoneybirdTaxRate } from '../reference-data';
import { isRefusal, type Refusal, refuse } from '../refusal';
import { type BookkeepingSettings, rateKey, type VatTreatment } from '../settings';
import { fmt, moneyWording } from './amounts';
import { rateOutsideReturn } from './outside-return-rate';
import type { TaxRateChoice } from './tax-rates';

export interface InvoiceDetail {
  description: string;
  amount: string;
  price: string;
  tax_rate_id: string;
  ledger_account_id: string;
}

export type LedgerPurpose = 'revenue' | 'shipping' | 'paymentCosts' | 'discounts' | 'rounding' | 'giftCards';

export interface PlannedDetails {
  details: InvoiceDetail[];
  /** Invoice details per Moneybird tax rate: the per-line rounding bound counts them. */
  linesPerTaxRate: Map<string, number>;
  /** Redeemed gift cards, incl. VAT (negative for a sale): paid with, not sold. */
  giftCardTotal: Decimal;
  /** The rate outside the VAT return the gift cards sold are on, when the order sells one. */
  giftCardSaleRate?: { id: string; percentage: Decimal };
  /** Line types the bookkeeping does not know (booked as revenue), each once. */
  unknownLineTypes: string[];
}

export function ledgerFor(
  kind: LineKind,
  rate: Decimal,
  treatment: VatTreatment,
  settings: BookkeepingSettings,
): { id: string; purpose: LedgerPurpose } {
  const l = settings.ledgerAccounts;
  if (kind === 'shipping' && l.shipping) return { id: l.shipping, purpose: 'shipping' };
  if (kind === 'payment_costs' && l.paymentCosts) return { id: l.paymentCosts, purpose: 'paymentCosts' };
  if (kind === 'discount' && l.discounts) return { id: l.discounts, purpose: 'discounts' };
  const id = l.revenueByTreatment?.[treatment] ?? l.revenueByRate?.[rateKey(rate)] ?? l.revenue;
  return { id, purpose: 'revenue' };
}

function purposeWording(purpose: string): LocalizedText {
  const key = `purpose.${purpose}` as keyof typeof bookkeepingMessages.nl;
  return { nl: bookkeepingMessages.nl[key], en: bookkeepingMessages.en[key] };
}

/**
 * The part of the bookkeeping choices (in Settings and in the setup) holding a purpose's account:
 * rounding and gift cards are chosen in their own parts, every other account under revenue.
 */
export function sectionOfLedgerPurpose(purpose: unknown): 'rounding' | 'payments' | 'revenue' {
  return purpose === 'rounding' ? 'rounding' : purpose === 'giftCards' ? 'payments' : 'revenue';
}

function sectionWording(purpose: LedgerPurpose): LocalizedText {
  const key = `section.${sectionOfLedgerPurpose(purpose)}` as const;
  return { nl: bookkeepingMessages.nl[key], en: bookkeepingMessages.en[key] };
}

/** The ledger account must exist and be active, or the order is refused naming what it was for. */
export function checkLedger(
  id: string,
  purpose: LedgerPurpose,
  reference: MoneybirdReferenceData,
): Refusal | undefined {
  const account = reference.ledgerAccounts.find((a) => a.id === id);
  if (!account?.active)
    return refuse(
      'ledger_account_not_found',
      { ledgerAccountId: id, purpose },
      { purpose: purposeWording(purpose), section: sectionWording(purpose) },
    );
  return undefined;
}

/**
 * Where a gift card sold goes: the owner's gift-card liability ledger, at their 0 % rate outside
 * every VAT-return box (the one the rounding's balancing line uses). Without either the order
 * waits: booked as revenue it would count as turnover now and again when the card is redeemed.
 */
function giftCardSaleTarget(
  order: Order,
  sold: readonly LinePart[],
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
): { ledgerAccountId: string; taxRate: MoneybirdTaxRate } | Refusal {
  const ledgerAccountId = settings.giftCardLedgerAccountId;
  const taxRate = rateOutsideReturn(settings, reference);
  if (ledgerAccountId === undefined || taxRate === undefined) {
    const missing = ledgerAccountId === undefined ? (taxRate === undefined ? 'both' : 'ledger') : 'taxRate';
    const amount = sold.reduce((s, p) => s + abs(p.amountInclTax), ZERO);
    return refuse(
      'gift_card_sale_without_ledger',
      { order: order.number, amount: fmt(amount), missing },
      {
        ...moneyWording({ amount }, order.currency),
        missing: localize(bookkeepingMessages, `refusal.gift_card_sale_without_ledger.${missing}`),
      },
    );
  }
  const bad = checkLedger(ledgerAccountId, 'giftCards', reference);
  return bad ?? { ledgerAccountId, taxRate };
}

export function planDetails(
  order: Order,
  parts: readonly LinePart[],
  rates: TaxRateChoice,
  treatment: VatTreatment,
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
): PlannedDetails | Refusal {
  const details: InvoiceDetail[] = [];
  const linesPerTaxRate = new Map<string, number>();
  const checkedLedgers = new Set<string>();
  let giftCardTotal = ZERO;
  // A line of no money carries no VAT, so its rate needs no mapping of its own ("free shipping" at
  // 21 % on an intra-EU sale): it goes on the rate of the order's first line with money, or, when
  // the order has none that books, it is left off.
  const withMoney = parts.find(
    (p) => p.kind !== 'gift_card' && p.kind !== 'gift_card_sold' && p.amountInclTax !== ZERO,
  );
  const moneyRate = withMoney && rates.resolve(withMoney.rate);
  const freeLineRate = moneyRate && !isRefusal(moneyRate) ? moneyRate : undefined;
  const sold = parts.filter((p) => p.kind === 'gift_card_sold');
  const soldTarget = sold.length > 0 ? giftCardSaleTarget(order, sold, settings, reference) : undefined;
  if (isRefusal(soldTarget)) return soldTarget;
  let leftOff: Refusal | undefined;
  for (const part of parts) {
    if (part.kind === 'gift_card') {
      giftCardTotal += part.amountInclTax;
      continue;
    }
    if (part.kind === 'gift_card_sold' && soldTarget) {
      // Not the order's rate for 0 %, nor a credit's original one: outside the return, always.
      details.push({
        description: part.description,
        amount: part.amount,
        price: part.price,
        tax_rate_id: soldTarget.taxRate.id,
        ledger_account_id: soldTarget.ledgerAccountId,
      });
      const id = soldTarget.taxRate.id;
      linesPerTaxRate.set(id, (linesPerTaxRate.get(id) ?? 0) + 1);
      continue;
    }
    let taxRate = rates.resolve(part.rate);
    // A free line on another rate than its own is no line of that rate for the rounding's bound.
    let onItsRate = true;
    if (isRefusal(taxRate) && part.amountInclTax === ZERO) {
      if (!freeLineRate) {
        leftOff ??= taxRate;
        continue;
      }
      taxRate = freeLineRate;
      onItsRate = false;
    } else if (isRefusal(taxRate)) return taxRate;
    const ledger = ledgerFor(part.kind, part.rate, treatment, settings);
    if (!checkedLedgers.has(ledger.id)) {
      const bad = checkLedger(ledger.id, ledger.purpose, reference);
      if (bad) return bad;
      checkedLedgers.add(ledger.id);
    }
    details.push({
      description: part.description,
      amount: part.amount,
      price: part.price,
      tax_rate_id: taxRate.id,
      ledger_account_id: ledger.id,
    });
    if (onItsRate) linesPerTaxRate.set(taxRate.id, (linesPerTaxRate.get(taxRate.id) ?? 0) + 1);
  }
  // Nothing left to invoice: the free lines' rate is what the owner must map after all.
  if (details.length === 0 && leftOff) return leftOff;
  const unknownLineTypes = [
    ...new Set(order.lines.filter((line) => !isKnownLineType(line)).map((line) => line.type)),
  ];
  return {
    details,
    linesPerTaxRate,
    giftCardTotal,
    ...(soldTarget && { giftCardSaleRate: { id: soldTarget.taxRate.id, percentage: ZERO } }),
    unknownLineTypes,
  };
}
