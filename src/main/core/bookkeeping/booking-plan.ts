// Order -> booking plan: the contact, the invoice payload, the payments and the figures Moneybird
// must end up with; or a refusal saying what is wrong and what to change. Pure: no I/O, no clock.
//
// Prices are always sent incl. tax: the shop's `amount_including_tax` is exact, so every line total
// is the shop's. The shop rounds VAT per line, Moneybird per rate, so the VAT per rate may differ
// by a cent or two. Within the tolerance the difference is booked explicitly: a "VAT rounding" line
// at that rate (on the rounding ledger) moves Moneybird's VAT to the shop's figure, and one 0 % line
// (same ledger) brings the total back to the shop's total. Beyond the tolerance: refused.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { interpolate, type LocalizedText } from '../../../shared/i18n/translate';
import { type Order, parseOrder } from '../mijnwebwinkel/order-schema';
import { abs, type Decimal, hasAtMostPlaces, multiply, parseDecimal, toFixed, ZERO } from '../money/decimal';
import { type ContactPlan, planContact } from './contact';
import { type LineKind, type LinePart, splitLines } from './invoice-lines';
import { computeInvoiceTotals, taxFromGross } from './moneybird-arithmetic';
import { bookingReference } from './order-reference';
import type { MoneybirdReferenceData, MoneybirdTaxRate } from './reference-data';
import { isRefusal, type Refusal, refuse } from './refusal';
import { type BookkeepingSettings, rateKey, roundingTolerance, type VatTreatment } from './settings';
import {
  type DerivedVatTreatment,
  deriveVatTreatment,
  resolveTaxRate,
  taxRatePercentage,
  treatmentWording,
} from './vat-treatment';

/** What the sync engine recorded when it booked the original of a credit order. */
export interface OriginalBooking {
  orderNumber: string;
  reference: string;
  /** The Moneybird invoice (sales or external) id. */
  invoiceId: string;
  vatTreatment: VatTreatment;
  /** Shop VAT percentage key ("21", "9") -> the tax_rate_id the original used. */
  taxRateIds: Record<string, string>;
  /** The original's total incl. tax, 2 decimals. */
  totalInclTax: string;
}

export interface PlanInput {
  order: Order;
  settings: BookkeepingSettings;
  reference: MoneybirdReferenceData;
  /** Required for credit orders: the booking of `order.creditedOrderNumber`. */
  original?: OriginalBooking;
  /** Administration currency per one unit of the order's currency; required for foreign currency. */
  exchangeRate?: string;
  /** Date the payment was captured (yyyy-mm-dd); defaults to the order date. */
  paidAt?: string;
}

export interface InvoiceDetail {
  description: string;
  amount: string;
  price: string;
  tax_rate_id: string;
  ledger_account_id: string;
}

export interface SalesInvoicePayload {
  sales_invoice: {
    reference: string;
    invoice_date: string;
    currency: string;
    prices_are_incl_tax: true;
    workflow_id?: string;
    document_style_id?: string;
    details_attributes: InvoiceDetail[];
  };
}

export interface ExternalSalesInvoicePayload {
  external_sales_invoice: {
    reference: string;
    date: string;
    due_date: string;
    currency: string;
    prices_are_incl_tax: true;
    source: string;
    source_url?: string;
    details_attributes: InvoiceDetail[];
  };
}

export interface PlannedPayment {
  payment_date: string;
  price: string;
  price_base?: string;
  financial_account_id: string;
  transaction_identifier: string;
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
  /** Usually one; a gift card adds a payment on its own account. None for a zero total. */
  payments: PlannedPayment[];
  /** Set for a credit order: the booking it credits. */
  creditOf?: { orderNumber: string; reference: string; invoiceId: string };
  /** Shop VAT percentage key -> tax_rate_id used (kept for crediting this booking later). */
  taxRateIds: Record<string, string>;
  /** What Moneybird must show once created, computed the way Moneybird computes it. */
  expected: { currency: string; totalInclTax: string; taxByTaxRateId: Record<string, string> };
  /** Rounding booked explicitly (empty when the shop's figures came out exactly). */
  rounding: Array<{ taxRateId: string; rate: string; amount: string; purpose: 'vat' | 'total' }>;
  /** VAT the shop reported at a 0 % rate (within tolerance): not booked, since 0 % carries none. */
  zeroRateDifferences: Array<{ taxRateId: string; shopTax: string; invoiceTax: string }>;
}

const fmt = (d: Decimal) => toFixed(d, 2);
const isCents = (d: Decimal) => hasAtMostPlaces(d, 2);
const CENT = 10_000n;

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

function ledgerFor(
  kind: LineKind,
  rate: Decimal,
  treatment: VatTreatment,
  settings: BookkeepingSettings,
): { id: string; purpose: 'revenue' | 'shipping' | 'paymentCosts' | 'discounts' } {
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

function checkLedger(id: string, purpose: string, reference: MoneybirdReferenceData): Refusal | undefined {
  const account = reference.ledgerAccounts.find((a) => a.id === id);
  if (!account?.active)
    return refuse(
      'ledger_account_not_found',
      { ledgerAccountId: id, purpose },
      { purpose: purposeWording(purpose) },
    );
  return undefined;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function planBooking(input: PlanInput): BookingPlan | Refusal {
  const { order, settings, reference } = input;
  const lang = settings.invoiceLanguage;
  const texts = bookkeepingMessages[lang];
  const tolerance = roundingTolerance(settings);
  const orderNo = order.number;
  const ref = bookingReference(orderNo, settings.referencePrefix);

  // ---- the order's own figures ----------------------------------------------------------------
  if (order.lines.length === 0) return refuse('no_lines', { order: orderNo });
  if (order.total === undefined) return refuse('total_missing', { order: orderNo });
  for (const line of order.lines) {
    for (const price of line.prices) {
      const name = line.description ?? line.type;
      if (price.amountInclTax === undefined)
        return refuse('line_without_amount_incl_tax', { order: orderNo, line: name });
      if (!isCents(price.amountInclTax))
        return refuse('amount_not_whole_cents', {
          order: orderNo,
          field: name,
          amount: price.amountInclTax.toString(),
        });
    }
  }
  if (!isCents(order.total))
    return refuse('amount_not_whole_cents', {
      order: orderNo,
      field: 'price.total',
      amount: toFixed(order.total, 6),
    });
  for (const t of order.tax ?? [])
    if (!isCents(t.amount))
      return refuse('amount_not_whole_cents', {
        order: orderNo,
        field: `price.tax ${rateKey(t.rate)}%`,
        amount: toFixed(t.amount, 6),
      });

  // A credit order's amounts may arrive positive (unknown in the API docs): book them negative.
  const isCredit = order.creditedOrderNumber !== undefined;
  const lineSum = order.lines.reduce(
    (s, l) => s + l.prices.reduce((t, p) => t + (p.amountInclTax ?? 0n), 0n),
    0n,
  );
  const sign: 1n | -1n = isCredit && (order.total > 0n || (order.total === 0n && lineSum > 0n)) ? -1n : 1n;
  const shopTotal = order.total * sign;

  // ---- VAT treatment and contradictions ------------------------------------------------------
  const original = input.original;
  if (isCredit && !original)
    return refuse('credit_original_not_booked', { order: orderNo, original: order.creditedOrderNumber! });
  const derived: DerivedVatTreatment = original
    ? { treatment: original.vatTreatment, country: deriveVatTreatment(order, settings.shopCountry).country }
    : deriveVatTreatment(order, settings.shopCountry);
  const treatment = treatmentWording(derived);
  if (!original && derived.treatment === 'reverse_charge' && !order.debtor.invoiceAddress?.taxNumber)
    return refuse('reverse_charge_without_vat_number', { order: orderNo });
  if (derived.treatment === 'reverse_charge' || derived.treatment === 'export') {
    const taxed = order.lines
      .flatMap((l) => l.prices)
      .find((p) => p.rate !== ZERO && p.amountInclTax !== ZERO);
    if (taxed)
      return refuse(
        'zero_rated_order_with_vat',
        { order: orderNo, rate: rateKey(taxed.rate), treatment: derived.treatment },
        { treatment },
      );
  }

  // ---- tax rates per shop rate ---------------------------------------------------------------
  const taxRateByKey = new Map<string, MoneybirdTaxRate>();
  const percentages = new Map<string, Decimal>();
  const resolveRate = (rate: Decimal): MoneybirdTaxRate | Refusal => {
    const key = rateKey(rate);
    const known = taxRateByKey.get(key);
    if (known) return known;
    let resolved: MoneybirdTaxRate | Refusal;
    if (original) {
      const id = original.taxRateIds[key];
      const found = id === undefined ? undefined : reference.taxRates.find((r) => r.id === id);
      if (id === undefined)
        return refuse('credit_rate_not_in_original', {
          order: orderNo,
          original: original.orderNumber,
          rate: key,
        });
      if (!found)
        return refuse(
          'tax_rate_not_found',
          { order: orderNo, rate: key, taxRateId: id, treatment: derived.treatment },
          { treatment },
        );
      if (taxRatePercentage(found) !== rate)
        return refuse(
          'tax_rate_percentage_mismatch',
          {
            order: orderNo,
            rate: key,
            taxRateId: id,
            name: found.name ?? id,
            moneybirdRate: String(found.percentage),
            treatment: derived.treatment,
          },
          { treatment },
        );
      resolved = found;
    } else {
      resolved = resolveTaxRate(order, derived, rate, settings, reference);
    }
    if (isRefusal(resolved)) return resolved;
    taxRateByKey.set(key, resolved);
    percentages.set(resolved.id, rate);
    return resolved;
  };

  // ---- lines ---------------------------------------------------------------------------------
  const parts: LinePart[] = splitLines(order, sign, lang);
  const details: InvoiceDetail[] = [];
  const giftCardParts: LinePart[] = [];
  const checkedLedgers = new Set<string>();
  for (const part of parts) {
    if (part.kind === 'gift_card') {
      giftCardParts.push(part);
      continue;
    }
    const taxRate = resolveRate(part.rate);
    if (isRefusal(taxRate)) return taxRate;
    const ledger = ledgerFor(part.kind, part.rate, derived.treatment, settings);
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
  }
  const giftCardTotal = giftCardParts.reduce((s, p) => s + p.amountInclTax, ZERO);
  // Gift-card lines lower what the customer pays, not the revenue: the invoice carries the sale.
  const expectedTotal = shopTotal - giftCardTotal;

  // ---- the shop's VAT per Moneybird tax rate -------------------------------------------------
  const shopTax = new Map<string, Decimal>();
  const shopTaxEntries =
    order.tax ??
    // No price.tax: fall back to the lines' own VAT (incl - excl per part, rounded per line as the shop does).
    order.lines.flatMap((l) =>
      l.prices.map((p) => ({
        rate: p.rate,
        amount: p.amountExclTax === undefined ? ZERO : roundCents((p.amountInclTax ?? 0n) - p.amountExclTax),
      })),
    );
  for (const entry of shopTaxEntries) {
    const amount = entry.amount * sign;
    if (amount === ZERO && !taxRateByKey.has(rateKey(entry.rate))) continue;
    const taxRate = taxRateByKey.get(rateKey(entry.rate));
    if (!taxRate)
      return refuse('vat_mismatch', {
        order: orderNo,
        rate: rateKey(entry.rate),
        shopTax: fmt(amount),
        invoiceTax: fmt(ZERO),
        difference: fmt(amount),
        tolerance: fmt(tolerance),
      });
    shopTax.set(taxRate.id, (shopTax.get(taxRate.id) ?? ZERO) + amount);
  }

  // ---- totals check and explicit rounding ----------------------------------------------------
  const percentageOf = (id: string) => percentages.get(id);
  const before = computeInvoiceTotals(details, true, percentageOf);
  const rounding: BookingPlan['rounding'] = [];
  const roundingLines: InvoiceDetail[] = [];
  const zeroRateDifferences: BookingPlan['zeroRateDifferences'] = [];
  const roundingLedger = settings.rounding.ledgerAccountId;
  for (const group of before.groups) {
    const wanted = shopTax.get(group.taxRateId) ?? ZERO;
    const difference = wanted - group.tax;
    if (difference === ZERO) continue;
    const figures = {
      order: orderNo,
      rate: rateKey(group.percentage),
      shopTax: fmt(wanted),
      invoiceTax: fmt(group.tax),
      difference: fmt(difference),
      tolerance: fmt(tolerance),
    };
    if (abs(difference) > tolerance) return refuse('vat_mismatch', figures);
    if (group.percentage === ZERO) {
      // No VAT can exist at 0 %: a cent the shop reports there is its per-line rounding of ex-VAT
      // prices. The books rightly show 0; the difference is recorded, not booked.
      zeroRateDifferences.push({ taxRateId: group.taxRateId, shopTax: fmt(wanted), invoiceTax: fmt(ZERO) });
      shopTax.set(group.taxRateId, ZERO);
      continue;
    }
    if (!roundingLedger)
      return refuse('rounding_not_configured', { order: orderNo, difference: fmt(difference) });
    const adjustment = grossAdjustmentFor(
      group.linesTotal,
      group.percentage,
      wanted,
      difference > 0n ? 1n : -1n,
    );
    if (adjustment === undefined) return refuse('vat_mismatch', figures);
    rounding.push({
      taxRateId: group.taxRateId,
      rate: rateKey(group.percentage),
      amount: fmt(adjustment),
      purpose: 'vat',
    });
    roundingLines.push({
      description: interpolate(texts['line.vat_rounding'], { rate: rateKey(group.percentage) }),
      amount: '1',
      price: fmt(adjustment),
      tax_rate_id: group.taxRateId,
      ledger_account_id: roundingLedger,
    });
  }
  const totalDifference = expectedTotal - before.totalInclTax;
  if (abs(totalDifference) > tolerance)
    return refuse('total_mismatch', {
      order: orderNo,
      shopTotal: fmt(expectedTotal),
      invoiceTotal: fmt(before.totalInclTax),
      difference: fmt(totalDifference),
      tolerance: fmt(tolerance),
    });
  const closing = totalDifference - roundingLines.reduce((s, l) => s + parseDecimal(l.price), ZERO);
  if (closing !== ZERO) {
    const zeroRateId = settings.rounding.taxRateId;
    const zeroRate =
      zeroRateId === undefined ? undefined : reference.taxRates.find((r) => r.id === zeroRateId);
    if (
      !roundingLedger ||
      !zeroRate ||
      zeroRate.active === false ||
      zeroRate.tax_rate_type !== 'sales_invoice' ||
      taxRatePercentage(zeroRate) !== ZERO
    )
      return refuse('rounding_not_configured', { order: orderNo, difference: fmt(closing) });
    percentages.set(zeroRate.id, ZERO);
    rounding.push({ taxRateId: zeroRate.id, rate: '0', amount: fmt(closing), purpose: 'total' });
    roundingLines.push({
      description: texts['line.rounding'],
      amount: '1',
      price: fmt(closing),
      tax_rate_id: zeroRate.id,
      ledger_account_id: roundingLedger,
    });
  }
  if (roundingLines.length > 0) {
    const bad = checkLedger(roundingLedger!, 'rounding', reference);
    if (bad) return bad;
  }

  if (original) {
    const originalTotal = parseDecimal(original.totalInclTax);
    if (abs(expectedTotal) > abs(originalTotal))
      return refuse('credit_exceeds_original', {
        order: orderNo,
        original: original.orderNumber,
        creditTotal: fmt(abs(expectedTotal)),
        originalTotal: fmt(abs(originalTotal)),
      });
  }

  const allDetails = [...details, ...roundingLines];
  if (original) {
    // A heading line names the credited order; at price 0 it changes no figure.
    allDetails.unshift({
      description: interpolate(texts['line.credit'], { original: original.orderNumber }),
      amount: '1',
      price: '0.00',
      tax_rate_id: allDetails[0]?.tax_rate_id ?? taxRateByKey.values().next().value!.id,
      ledger_account_id: allDetails[0]?.ledger_account_id ?? settings.ledgerAccounts.revenue,
    });
  }

  // Final check with Moneybird's arithmetic on exactly what is sent.
  const after = computeInvoiceTotals(allDetails, true, percentageOf);
  if (after.totalInclTax !== expectedTotal)
    return refuse('total_mismatch', {
      order: orderNo,
      shopTotal: fmt(expectedTotal),
      invoiceTotal: fmt(after.totalInclTax),
      difference: fmt(expectedTotal - after.totalInclTax),
      tolerance: fmt(tolerance),
    });
  for (const group of after.groups) {
    const wanted = shopTax.get(group.taxRateId) ?? ZERO;
    if (group.tax !== wanted)
      return refuse('vat_mismatch', {
        order: orderNo,
        rate: rateKey(group.percentage),
        shopTax: fmt(wanted),
        invoiceTax: fmt(group.tax),
        difference: fmt(wanted - group.tax),
        tolerance: fmt(tolerance),
      });
  }

  // ---- Moneybird settings the invoice refers to ----------------------------------------------
  if (settings.bookingStyle === 'sales') {
    if (settings.workflowId !== undefined) {
      const wf = reference.workflows.find((w) => w.id === settings.workflowId);
      if (!wf?.active) return refuse('workflow_not_found', { workflowId: settings.workflowId });
    }
    if (
      settings.documentStyleId !== undefined &&
      !reference.documentStyles.some((s) => s.id === settings.documentStyleId)
    )
      return refuse('document_style_not_found', { documentStyleId: settings.documentStyleId });
  }

  // ---- payments ------------------------------------------------------------------------------
  const currency = order.currency;
  const foreign = currency !== settings.administrationCurrency;
  let rate: Decimal | undefined;
  if (foreign) {
    try {
      rate = input.exchangeRate === undefined ? undefined : parseDecimal(input.exchangeRate);
    } catch {
      rate = undefined;
    }
    if (rate === undefined || rate <= ZERO)
      return refuse('exchange_rate_missing', {
        order: orderNo,
        currency,
        baseCurrency: settings.administrationCurrency,
        date: input.paidAt ?? order.date,
      });
  }
  const paymentDate = input.paidAt ?? order.date;
  const payments: PlannedPayment[] = [];
  const accountFor = (method: string | undefined): string | undefined => {
    const id = (method && settings.financialAccountByPaymentMethod[method]) || settings.financialAccountId;
    return id !== undefined && reference.financialAccounts.some((a) => a.id === id && a.active)
      ? id
      : undefined;
  };
  const addPayment = (amount: Decimal, account: string) => {
    payments.push({
      payment_date: paymentDate,
      price: fmt(amount),
      ...(rate !== undefined && { price_base: fmt(roundCents(multiply(amount, rate))) }),
      financial_account_id: account,
      transaction_identifier: ref,
    });
  };
  if (giftCardTotal !== ZERO) {
    const method = ['gift_card', 'webshop_giftcard'].find((m) => settings.financialAccountByPaymentMethod[m]);
    const account = accountFor(method ?? 'gift_card');
    if (!account || !method)
      return refuse('financial_account_missing', { order: orderNo, method: 'gift_card' });
    addPayment(-giftCardTotal, account);
  }
  if (shopTotal !== ZERO) {
    const method = order.payment?.methodName;
    const account = accountFor(method);
    if (!account) return refuse('financial_account_missing', { order: orderNo, method: method ?? '-' });
    addPayment(shopTotal, account);
  }

  // ---- the invoice ---------------------------------------------------------------------------
  const invoice: SalesInvoicePayload | ExternalSalesInvoicePayload =
    settings.bookingStyle === 'sales'
      ? {
          sales_invoice: {
            reference: ref,
            invoice_date: order.date,
            currency,
            prices_are_incl_tax: true,
            ...(settings.workflowId !== undefined && { workflow_id: settings.workflowId }),
            ...(settings.documentStyleId !== undefined && { document_style_id: settings.documentStyleId }),
            details_attributes: allDetails,
          },
        }
      : {
          external_sales_invoice: {
            reference: ref,
            date: order.date,
            due_date: addDays(order.date, settings.externalDueDays),
            currency,
            prices_are_incl_tax: true,
            source: settings.externalSource,
            ...(settings.externalSourceUrl !== undefined && {
              source_url: settings.externalSourceUrl.replace('{number}', encodeURIComponent(orderNo)),
            }),
            details_attributes: allDetails,
          },
        };

  const taxRateIds: Record<string, string> = {};
  for (const [key, taxRate] of taxRateByKey) taxRateIds[key] = taxRate.id;
  return {
    kind: 'plan',
    reference: ref,
    orderNumber: orderNo,
    vatTreatment: derived.treatment,
    vatCountry: derived.country,
    style: settings.bookingStyle,
    contact: planContact(order, settings.shopCountry, lang),
    invoice,
    payments,
    ...(original && {
      creditOf: {
        orderNumber: original.orderNumber,
        reference: original.reference,
        invoiceId: original.invoiceId,
      },
    }),
    taxRateIds,
    expected: {
      currency,
      totalInclTax: fmt(after.totalInclTax),
      taxByTaxRateId: Object.fromEntries(after.groups.map((g) => [g.taxRateId, fmt(g.tax)])),
    },
    rounding,
    zeroRateDifferences,
  };
}

function roundCents(value: Decimal): Decimal {
  const half = value < 0n ? -CENT / 2n : CENT / 2n;
  return ((value + half) / CENT) * CENT;
}

/**
 * The smallest gross adjustment (whole cents, in the direction of the difference) that makes
 * Moneybird's VAT on the group equal `wanted`. VAT grows by less than a cent per cent of gross, so
 * stepping a cent at a time cannot jump over the target.
 */
function grossAdjustmentFor(
  gross: Decimal,
  percentage: Decimal,
  wanted: Decimal,
  direction: 1n | -1n,
): Decimal | undefined {
  for (let k = 1n; k <= 100_000n; k++) {
    const adjustment = direction * k * CENT;
    const tax = taxFromGross(gross + adjustment, percentage);
    if (tax === wanted) return adjustment;
    if ((direction > 0n && tax > wanted) || (direction < 0n && tax < wanted)) return undefined;
  }
  return undefined;
}
