// Over thousands of generated orders: Moneybird's arithmetic applied to the plan's payload gives the
// shop's total exactly and its VAT per rate exactly or within ordinary per-line rounding, or the
// order is refused with a reason: lines that do not add up to the total, or VAT beyond rounding.
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

  it('exact, or refused only for a total that does not add up or VAT beyond per-line rounding', () => {
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
          expect(['lines_do_not_add_up', 'vat_mismatch']).toContain(result.code);
          // The shop's own figures must really have been off: the total by any amount, the VAT by
          // more than half a cent per line at its rate.
          if (result.code === 'lines_do_not_add_up') expect(totalNudge).not.toBe(0);
          if (result.code === 'vat_mismatch') {
            // Without a nudge every difference is per-line rounding, which is never refused.
            expect(Object.values(taxNudges).some((n) => n !== 0)).toBe(true);
            expect(abs(parseDecimal(result.details.difference!))).toBeGreaterThan(
              5_000n * (BigInt(result.details.lines!) + 1n),
            );
            expect(result.details.shopTax).toBeDefined();
            expect(result.details.invoiceTax).toBeDefined();
          }
          return;
        }
        planned++;
        // A total off by any amount is never booked.
        expect(totalNudge).toBe(0);
        expectPlanReproducesShop(parsed.order, result, reference);
      }),
      { numRuns: 3000 },
    );
    // The arbitrary mostly makes bookable orders: refusing everything would pass the above vacuously.
    expect(planned).toBeGreaterThan(refused);
  }, 120_000);

  it('without rounding differences, one Moneybird line per order line and rate, totals equal to the line sums', () => {
    fc.assert(
      fc.property(orderArb, ({ raw }) => {
        const parsed = parseOrder(raw);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
        const result = planBooking({ order: parsed.order, settings: config, reference });
        if (isRefusal(result) || result.vatRounding.some((r) => r.handling === 'rounding_line')) return;
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
