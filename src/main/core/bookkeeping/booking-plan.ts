// Order -> booking plan: the contact, the invoice payload, the payments and the figures Moneybird
// must end up with; or a refusal saying what is wrong and what to change. Pure: no I/O, no clock.
//
// The plan is made in named steps (./plan), each a pure function a rule can be found by:
//   the shop's figures → VAT treatment → tax rates → invoice lines → the shop's VAT per rate →
//   per-line rounding → Moneybird settings → payments → the invoice.
// Prices are always sent incl. tax: the shop's `amount_including_tax` is exact, so every line total
// is the shop's and the invoice total is the order's to the cent.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { interpolate } from '../../../shared/i18n/translate';
import { writtenDay } from '../../../shared/i18n/written-day';
import { type Order, parseOrder } from '../mijnwebwinkel/order-schema';
import { parseDecimal } from '../money/decimal';
import { type ContactPlan, planContact } from './contact';
import { splitLines } from './invoice-lines';
import { computeInvoiceTotals } from './moneybird-arithmetic';
import { bookingReference } from './order-reference';
import { fmt, moneyWording } from './plan/amounts';
import { bookingDate, openPaymentDate } from './plan/booking-date';
import {
  type CreditRefund,
  creditVatWithinOriginal,
  creditWithinOriginal,
  type OtherCredit,
  planCreditRefund,
} from './plan/credit';
import { type InvoiceDetail, planDetails } from './plan/invoice-details';
import {
  type ExternalSalesInvoicePayload,
  invoicePayload,
  type SalesInvoicePayload,
} from './plan/invoice-payload';
import { type PlannedPayment, planPayments } from './plan/payments';
import { planRounding, type VatRounding } from './plan/rounding';
import { readShopFigures } from './plan/shop-figures';
import { shopVatPerTaxRate } from './plan/shop-vat';
import { chooseTaxRates } from './plan/tax-rates';
import { decideTreatment } from './plan/treatment';
import type { MoneybirdReferenceData } from './reference-data';
import { isRefusal, type Refusal, refuse } from './refusal';
import type { BookkeepingSettings, VatTreatment } from './settings';
import type { ShopCapture, ShopRefund } from './shop-payments';

export type { CreditRefund, OtherCredit } from './plan/credit';
export type { InvoiceDetail } from './plan/invoice-details';
export type { ExternalSalesInvoicePayload, SalesInvoicePayload } from './plan/invoice-payload';
export type { PlannedPayment } from './plan/payments';
export type { VatRounding } from './plan/rounding';

/** What the sync engine recorded when it booked the original of a credit order. */
export interface OriginalBooking {
  orderNumber: string;
  reference: string;
  /** The Moneybird invoice (sales or external) id. */
  invoiceId: string;
  /** The number Moneybird gave the original invoice, when the journal knows it (the credit names it). */
  invoiceNumber?: string | null;
  vatTreatment: VatTreatment;
  /** The country whose rates the original applied (OSS), which its credits keep; unknown: the credit's. */
  vatCountry?: string;
  /** Shop VAT percentage key ("21", "9") -> the tax_rate_id the original used. */
  taxRateIds: Record<string, string>;
  /** The original's total incl. tax, 2 decimals. */
  totalInclTax: string;
  /** The original's VAT per tax_rate_id (2 decimals), when known: a credit takes back no more at a rate. */
  taxByTaxRateId?: Record<string, string>;
  /** Credit notes (#11): the other credit orders of the original the journal knows. */
  otherCredits?: readonly OtherCredit[];
  /** Credit notes (#11): the shop's refund records of the original order (none: awaiting one). */
  refunds?: readonly ShopRefund[];
  /** Credit notes (#11): the original's payment method, whose account the refund goes back through. */
  paymentMethod?: string;
}

export interface PlanInput {
  order: Order;
  settings: BookkeepingSettings;
  reference: MoneybirdReferenceData;
  /** Required for credit orders: the booking of `order.creditedOrderNumber`. */
  original?: OriginalBooking;
  /** Administration currency per one unit of the order's currency; required for foreign currency. */
  exchangeRate?: string;
  /** The shop's captures of this order (its payments view); without them one payment on `paidAt`. */
  captures?: readonly ShopCapture[];
  /** Date the payment was made when the shop has no payment records (yyyy-mm-dd); else the order date. */
  paidAt?: string;
  /** The owner chose to book this order, dated in a locked period, on the first open day. */
  moveOutOfLockedPeriod?: boolean;
  /** The shop's day (yyyy-mm-dd): a locked period's reason says whether the first open day's VAT return was due. */
  today?: string;
}

export interface BookingPlan {
  kind: 'plan';
  reference: string;
  orderNumber: string;
  vatTreatment: VatTreatment;
  /** The country whose rates apply (OSS), else the shop's country. */
  vatCountry: string;
  style: 'sales' | 'external';
  contact: ContactPlan;
  invoice: SalesInvoicePayload | ExternalSalesInvoicePayload;
  /** One per capture; a gift card adds a payment of its own. None for a zero total. */
  payments: PlannedPayment[];
  /** Set for a credit order: the booking it credits. */
  creditOf?: { orderNumber: string; reference: string; invoiceId: string };
  /** Set for a credit order: whether its refund is registered from the shop's record or awaited. */
  creditRefund?: CreditRefund;
  /** Shop VAT percentage key -> tax_rate_id used (kept for crediting this booking later). */
  taxRateIds: Record<string, string>;
  /** What Moneybird must show once created, computed the way Moneybird computes it. */
  expected: { currency: string; totalInclTax: string; taxByTaxRateId: Record<string, string> };
  /** Where the shop's VAT and Moneybird's differ by per-line rounding, and how that was booked. */
  vatRounding: VatRounding[];
  /** Line types the bookkeeping does not know; booked as revenue, to be logged once per type. */
  unknownLineTypes: string[];
}

/** Parses the raw API order first; an unreadable order is a refusal naming its fields. */
export function planBookingFromApi(raw: unknown, input: Omit<PlanInput, 'order'>): BookingPlan | Refusal {
  const parsed = parseOrder(raw);
  if (!parsed.ok) {
    const number =
      typeof raw === 'object' && raw !== null && 'number' in raw
        ? String((raw as { number: unknown }).number)
        : '?';
    return refuse('order_unreadable', {
      order: number,
      fields: parsed.issues.map((i) => `${i.field} (${i.message})`).join('; '),
    });
  }
  return planBooking({ ...input, order: parsed.order });
}

export function planBooking(input: PlanInput): BookingPlan | Refusal {
  const { order, settings, reference, original } = input;
  const orderNo = order.number;
  const ref = bookingReference(orderNo, settings.referencePrefix);

  const figures = readShopFigures(order);
  if (isRefusal(figures)) return figures;
  if (order.creditedOrderNumber !== undefined && !original)
    return refuse('credit_original_not_booked', { order: orderNo, original: order.creditedOrderNumber });

  const when = bookingDate(
    order,
    reference.periodLockedUntil,
    input.moveOutOfLockedPeriod ?? false,
    input.today,
  );
  if (isRefusal(when)) return when;

  const treatment = decideTreatment(order, settings, original);
  if (isRefusal(treatment)) return treatment;

  const rates = chooseTaxRates(order, treatment, settings, reference, original);
  const lines = planDetails(
    order,
    splitLines(order, figures.sign, settings.invoiceLanguage),
    rates,
    treatment.derived.treatment,
    settings,
    reference,
  );
  if (isRefusal(lines)) return lines;

  const shopTax = shopVatPerTaxRate(order, figures.sign, rates);
  if (isRefusal(shopTax)) return shopTax;

  // Moneybird's arithmetic needs every rate the lines use: the mapped ones, and the rate outside the
  // VAT return a gift card sold goes on (it is no shop rate, so not among `taxRateIds`).
  const percentages = new Map(rates.percentages);
  if (lines.giftCardSaleRate) percentages.set(lines.giftCardSaleRate.id, lines.giftCardSaleRate.percentage);
  const rounding = planRounding({
    orderNumber: orderNo,
    details: lines.details,
    percentages,
    shopTax,
    linesPerTaxRate: lines.linesPerTaxRate,
    currency: order.currency,
    settings,
    reference,
  });
  if (isRefusal(rounding)) return rounding;
  if (rounding.balancingRate) percentages.set(rounding.balancingRate.id, rounding.balancingRate.percentage);

  // Gift cards lower what the customer pays, not the sale: the invoice carries the whole sale.
  const invoiceTotal = figures.total - lines.giftCardTotal;
  if (original) {
    const exceeds = creditWithinOriginal({
      orderNumber: orderNo,
      originalNumber: original.orderNumber,
      originalTotal: parseDecimal(original.totalInclTax),
      creditTotal: invoiceTotal,
      otherCredits: original.otherCredits ?? [],
      currency: order.currency,
    });
    if (exceeds) return exceeds;
  }
  const details: InvoiceDetail[] = [...lines.details, ...rounding.lines];
  if (original && details.length > 0) details.unshift(creditHeading(original, details, settings));
  if (when.movedFrom !== undefined && details.length > 0)
    details.unshift(
      headingLine(
        interpolate(bookkeepingMessages[settings.invoiceLanguage]['line.moved_from_locked_period'], {
          order: orderNo,
          date: writtenDay(when.movedFrom, settings.invoiceLanguage),
          lockedUntil: writtenDay(reference.periodLockedUntil ?? '', settings.invoiceLanguage),
        }),
        details,
      ),
    );

  // The last check, with Moneybird's arithmetic on exactly what is sent: the shop's total, always.
  const after = computeInvoiceTotals(details, true, (id) => percentages.get(id));
  if (after.totalInclTax !== invoiceTotal)
    return refuse(
      'lines_do_not_add_up',
      {
        order: orderNo,
        shopTotal: fmt(invoiceTotal),
        linesTotal: fmt(after.totalInclTax),
        difference: fmt(invoiceTotal - after.totalInclTax),
      },
      moneyWording(
        {
          shopTotal: invoiceTotal,
          linesTotal: after.totalInclTax,
          difference: invoiceTotal - after.totalInclTax,
        },
        order.currency,
      ),
    );

  if (original) {
    const credited = original.taxByTaxRateId
      ? creditVatWithinOriginal(orderNo, original, after.groups, percentages, order.currency)
      : undefined;
    if (credited) return credited;
  }

  const refused = checkInvoiceSettings(settings, reference);
  if (refused) return refused;

  // A credit is settled by the shop's own refund record, never by an invented payment.
  const credit = original
    ? planCreditRefund({
        orderNumber: orderNo,
        reference: ref,
        creditTotal: invoiceTotal,
        refunds: original.refunds ?? [],
        otherCredits: original.otherCredits ?? [],
        ...(original.paymentMethod !== undefined && { originalMethod: original.paymentMethod }),
        settings,
        moneybird: reference,
        ...(order.currency !== settings.administrationCurrency &&
          input.exchangeRate !== undefined && { exchangeRate: parseDecimal(input.exchangeRate) }),
      })
    : undefined;
  if (credit && isRefusal(credit)) return credit;
  const payments = credit
    ? credit.payments
    : planPayments({
        order,
        reference: ref,
        paid: figures.total,
        giftCardTotal: lines.giftCardTotal,
        settings,
        moneybird: reference,
        ...(input.exchangeRate !== undefined && { exchangeRate: input.exchangeRate }),
        ...(input.captures !== undefined && { captures: input.captures }),
        ...(input.paidAt !== undefined && { paidAt: input.paidAt }),
      });
  if (isRefusal(payments)) return payments;
  for (const payment of payments)
    payment.payment_date = openPaymentDate(payment.payment_date, when, reference.periodLockedUntil);

  const taxRateIds: Record<string, string> = {};
  for (const [key, taxRate] of rates.byKey) taxRateIds[key] = taxRate.id;
  return {
    kind: 'plan',
    reference: ref,
    orderNumber: orderNo,
    vatTreatment: treatment.derived.treatment,
    vatCountry: treatment.derived.country,
    style: settings.bookingStyle,
    contact: planContact(order, settings.shopCountry, settings.invoiceLanguage, settings.updateContacts),
    invoice: invoicePayload(order, ref, when.date, details, settings),
    payments,
    ...(original && {
      creditOf: {
        orderNumber: original.orderNumber,
        reference: original.reference,
        invoiceId: original.invoiceId,
      },
    }),
    ...(credit && { creditRefund: credit.refund }),
    taxRateIds,
    expected: {
      currency: order.currency,
      totalInclTax: fmt(after.totalInclTax),
      taxByTaxRateId: Object.fromEntries(after.groups.map((g) => [g.taxRateId, fmt(g.tax)])),
    },
    vatRounding: rounding.roundings,
    unknownLineTypes: lines.unknownLineTypes,
  };
}

/**
 * A heading line naming the credited order and its booking reference: the only link an external
 * invoice can carry (Moneybird links only sales invoices to their original).
 */
function creditHeading(
  original: OriginalBooking,
  details: readonly InvoiceDetail[],
  settings: BookkeepingSettings,
): InvoiceDetail {
  const texts = bookkeepingMessages[settings.invoiceLanguage];
  return headingLine(
    // The invoice it corrects by its number, as an accountant looks it up; its reference besides, which
    // is all an external invoice (that Moneybird cannot link) is known by.
    original.invoiceNumber && original.invoiceNumber !== original.reference
      ? interpolate(texts['line.credit_numbered'], {
          invoice: original.invoiceNumber,
          original: original.orderNumber,
          reference: original.reference,
        })
      : interpolate(texts['line.credit'], { original: original.orderNumber, reference: original.reference }),
    details,
  );
}

/** A text line on the invoice: at price 0, on the first line's rate and ledger, it changes no figure. */
function headingLine(description: string, details: readonly InvoiceDetail[]): InvoiceDetail {
  const [first] = details as [InvoiceDetail];
  return {
    description,
    amount: '1',
    price: '0.00',
    tax_rate_id: first.tax_rate_id,
    ledger_account_id: first.ledger_account_id,
  };
}

/** The workflow and document style a sales invoice names must still exist in Moneybird. */
function checkInvoiceSettings(
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
): Refusal | undefined {
  if (settings.bookingStyle !== 'sales') return undefined;
  if (settings.workflowId !== undefined) {
    const wf = reference.workflows.find((w) => w.id === settings.workflowId);
    if (!wf?.active) return refuse('workflow_not_found', { workflowId: settings.workflowId });
  }
  if (
    settings.documentStyleId !== undefined &&
    !reference.documentStyles.some((s) => s.id === settings.documentStyleId)
  )
    return refuse('document_style_not_found', { documentStyleId: settings.documentStyleId });
  return undefined;
}
