// The oracle the table, property and generator tests share: applies Moneybird's arithmetic to the
// payload a plan would send and compares with the shop's own figures, independently of how the
// planner got there; and validates every request body against Moneybird's request schemas.
import { expect } from 'vitest';
import {
  type BookingPlan,
  type PlanInput,
  planBookingFromApi,
} from '../../../src/main/core/bookkeeping/booking-plan';
import { computeInvoiceTotals } from '../../../src/main/core/bookkeeping/moneybird-arithmetic';
import type { MoneybirdReferenceData } from '../../../src/main/core/bookkeeping/reference-data';
import { isRefusal, REFUSAL_CODES, type Refusal } from '../../../src/main/core/bookkeeping/refusal';
import { type Order, parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { abs, parseDecimal, toFixed } from '../../../src/main/core/money/decimal';
import { referenceData, settings } from './fixtures';
import { PATHS, requestErrors } from './moneybird-request-schema';

/**
 * Plans a raw API order with the fixtures' settings and reference data (or those given), fails on a
 * refusal, and checks the plan reproduces the shop's figures with Moneybird's arithmetic.
 */
export function planned(
  raw: Record<string, unknown>,
  input: Partial<Omit<PlanInput, 'order'>> = {},
): BookingPlan {
  const reference = input.reference ?? referenceData();
  const result = planBookingFromApi(raw, { settings: settings(), reference, ...input });
  if (isRefusal(result)) throw new Error(`refused: ${result.message.en}`);
  const parsed = parseOrder(raw);
  if (!parsed.ok) throw new Error('unparseable');
  expectPlanReproducesShop(parsed.order, result, reference);
  return result;
}

export function detailsOf(plan: BookingPlan) {
  return 'sales_invoice' in plan.invoice
    ? plan.invoice.sales_invoice.details_attributes
    : plan.invoice.external_sales_invoice.details_attributes;
}

/** Shop figures with the credit sign applied: positive amounts on a credit order are refunds. */
export function shopFigures(order: Order) {
  const lineSum = order.lines.reduce(
    (s, l) => s + l.prices.reduce((t, p) => t + (p.amountInclTax ?? 0n), 0n),
    0n,
  );
  const credit = order.creditedOrderNumber !== undefined;
  const sign = credit && (order.total! > 0n || (order.total === 0n && lineSum > 0n)) ? -1n : 1n;
  const taxByRate = new Map<string, bigint>();
  for (const t of order.tax ?? [])
    taxByRate.set(toFixed(t.rate, 2), (taxByRate.get(toFixed(t.rate, 2)) ?? 0n) + t.amount * sign);
  return { total: order.total! * sign, taxByRate };
}

export function expectPlanReproducesShop(
  order: Order,
  plan: BookingPlan,
  reference: MoneybirdReferenceData,
  tolerance = parseDecimal('0.02'),
): void {
  const details = detailsOf(plan);
  const percentage = (id: string) => {
    const rate = reference.taxRates.find((r) => r.id === id);
    return rate ? parseDecimal(String(rate.percentage)) : undefined;
  };
  const totals = computeInvoiceTotals(details, true, percentage);
  const shop = shopFigures(order);
  // The total: exactly the shop's (gift cards aside, which these orders do not carry as lines).
  expect(toFixed(totals.totalInclTax, 2)).toBe(toFixed(shop.total, 2));
  expect(plan.expected.totalInclTax).toBe(toFixed(shop.total, 2));
  // VAT per rate: exactly the shop's, except a reported cent at 0 % (recorded, within tolerance).
  const byPercentage = new Map<string, bigint>();
  for (const g of totals.groups) {
    const key = toFixed(g.percentage, 2);
    byPercentage.set(key, (byPercentage.get(key) ?? 0n) + g.tax);
  }
  // Where the plan says it accepted per-line rounding, Moneybird's figure stands: within the
  // tolerance and within half a cent per line at that rate. Everywhere else the shop's exactly.
  const accepted = new Map<string, { lines: number }>();
  for (const r of plan.vatRounding)
    if (r.handling !== 'rounding_line') accepted.set(toFixed(parseDecimal(r.rate), 2), { lines: r.lines });
  for (const [rate, shopTax] of shop.taxByRate) {
    const invoiceTax = byPercentage.get(rate) ?? 0n;
    const rounding = accepted.get(rate);
    if (parseDecimal(rate) === 0n) {
      expect(invoiceTax).toBe(0n);
      if (shopTax !== 0n) expect(rounding).toBeDefined();
    } else if (rounding) {
      const difference = abs(shopTax - invoiceTax);
      expect(difference).toBeGreaterThan(0n);
      expect(difference).toBeLessThanOrEqual(tolerance);
      expect(difference).toBeLessThanOrEqual(5_000n * BigInt(rounding.lines + 1));
    } else {
      expect({ rate, tax: toFixed(invoiceTax, 2) }).toEqual({ rate, tax: toFixed(shopTax, 2) });
    }
  }
  for (const [rate, tax] of byPercentage)
    if (!shop.taxByRate.has(rate)) expect({ rate, tax }).toEqual({ rate, tax: 0n });
  // Every body is one Moneybird accepts.
  const invoicePath = 'sales_invoice' in plan.invoice ? PATHS.salesInvoices : PATHS.externalSalesInvoices;
  expect(requestErrors(invoicePath, 'post', plan.invoice)).toEqual([]);
  expect(requestErrors(PATHS.contacts, 'post', { contact: plan.contact.create })).toEqual([]);
  for (const payment of plan.payments) {
    expect(requestErrors(PATHS.registerPayment, 'patch', { payment })).toEqual([]);
    expect(requestErrors(PATHS.externalPayment, 'post', { payment })).toEqual([]);
  }
  // A credit is paid by the shop's refund record only; without one it awaits it, unpaid.
  const paid = plan.creditOf && plan.creditRefund?.kind !== 'registered' ? 0n : shop.total;
  expect(plan.payments.reduce((s, p) => s + parseDecimal(p.price), 0n)).toBe(paid);
}

export function expectWellFormedRefusal(refusal: Refusal): void {
  expect(REFUSAL_CODES).toContain(refusal.code);
  expect(refusal.message.nl).not.toMatch(/\{\w+\}/);
  expect(refusal.message.en).not.toMatch(/\{\w+\}/);
  expect(refusal.message.nl.length).toBeGreaterThan(40);
  expect(refusal.message.en.length).toBeGreaterThan(40);
}
