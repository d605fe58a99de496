// Over thousands of generated orders: Moneybird's arithmetic applied to the plan's payload gives the
// shop's total and VAT per rate exactly (with explicit rounding within tolerance), or the order is
// refused with a reason, and only when a figure was really beyond the tolerance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRefusal, planBooking } from '../../../src/main/core/bookkeeping';
import { computeInvoiceTotals } from '../../../src/main/core/bookkeeping/moneybird-arithmetic';
import { parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { abs, parseDecimal } from '../../../src/main/core/money/decimal';
import { orderArb } from './arbitraries';
import { referenceData, settings } from './fixtures';
import { detailsOf, expectPlanReproducesShop, expectWellFormedRefusal } from './plan-check';

describe('booking plans reproduce the shop exactly or refuse', () => {
  const reference = referenceData();
  const config = settings();

  it('exact, or refused only for a difference beyond the tolerance', () => {
    let planned = 0;
    let refused = 0;
    fc.assert(
      fc.property(orderArb, ({ raw, totalNudge, taxNudges }) => {
        const parsed = parseOrder(raw);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const result = planBooking({ order: parsed.order, settings: config, reference });
        if (isRefusal(result)) {
          refused++;
          expectWellFormedRefusal(result);
          expect(['total_mismatch', 'vat_mismatch']).toContain(result.code);
          // The shop's own figures must really have been off by more than the tolerance:
          // either the total nudge, or a VAT nudge plus the structural per-line rounding drift.
          if (result.code === 'total_mismatch') expect(Math.abs(totalNudge)).toBeGreaterThan(2);
          if (result.code === 'vat_mismatch') {
            expect(abs(parseDecimal(result.details.difference!))).toBeGreaterThan(20_000n);
            expect(result.details.shopTax).toBeDefined();
            expect(result.details.invoiceTax).toBeDefined();
          }
          return;
        }
        planned++;
        expectPlanReproducesShop(parsed.order, result, reference);
        if (
          totalNudge === 0 &&
          Object.values(taxNudges).every((n) => n === 0) &&
          result.rounding.length > 0
        ) {
          // Without nudges a rounding line only ever corrects per-line VAT rounding.
          expect(result.rounding.some((r) => r.purpose === 'vat')).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    // The arbitrary mostly makes bookable orders: refusing everything would pass the above vacuously.
    expect(planned).toBeGreaterThan(refused * 2);
  }, 120_000);

  it('without rounding differences, one Moneybird line per order line and rate, totals equal to the line sums', () => {
    fc.assert(
      fc.property(orderArb, ({ raw }) => {
        const parsed = parseOrder(raw);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const result = planBooking({ order: parsed.order, settings: config, reference });
        if (isRefusal(result) || result.rounding.length > 0) return;
        const parts = parsed.order.lines.flatMap((l) => l.prices);
        const details = detailsOf(result);
        expect(details).toHaveLength(parts.length);
        const percentage = (id: string) => {
          const r = reference.taxRates.find((t) => t.id === id);
          return r ? parseDecimal(String(r.percentage)) : undefined;
        };
        const totals = computeInvoiceTotals(details, true, percentage);
        totals.lineTotals.forEach((total, i) => {
          expect(total).toBe(parts[i]!.amountInclTax);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
