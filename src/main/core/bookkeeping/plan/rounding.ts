// Step 6 of a plan: per-line VAT rounding. The shop rounds VAT per line, Moneybird per rate, so at one
// rate the two may differ by up to half a cent per line, plus half a cent for Moneybird's own rounding
// of the rate (so one line may differ by a cent). That is ordinary and books without asking:
// within the owner's tolerance Moneybird's own figure is booked; beyond it (an order of many lines) a
// rounding line at that rate moves Moneybird's VAT to the shop's, and a line of the opposite amount
// at a rate outside every VAT-return box keeps the total the shop's. A larger difference is not
// rounding: the order is refused. Totals are never rounded: the lines add up exactly (shop-figures).
import { bookkeepingMessages } from '../../../../shared/i18n/messages/bookkeeping';
import { interpolate } from '../../../../shared/i18n/translate';
import { abs, type Decimal, ZERO } from '../../money/decimal';
import { computeInvoiceTotals, taxFromGross } from '../moneybird-arithmetic';
import type { MoneybirdReferenceData } from '../reference-data';
import { type Refusal, refuse } from '../refusal';
import { type BookkeepingSettings, rateKey, roundingTolerance } from '../settings';
import { CENT, fmt, HALF_CENT, moneyWording } from './amounts';
import { checkLedger, type InvoiceDetail } from './invoice-details';
import { rateOutsideReturn } from './outside-return-rate';

/** How one rate's difference between the shop's VAT and Moneybird's was handled. */
export interface VatRounding {
  taxRateId: string;
  rate: string;
  shopTax: string;
  /** What Moneybird computes from the order's own lines. */
  invoiceTax: string;
  lines: number;
  /**
   * accepted: within the tolerance, Moneybird's figure is booked; rounding_line: rounding lines bring
   * it to the shop's figure; zero_rate: VAT the shop reports at 0 %, where none can exist.
   */
  handling: 'accepted' | 'rounding_line' | 'zero_rate';
}

export interface RoundingPlan {
  lines: InvoiceDetail[];
  roundings: VatRounding[];
  /** The rate the balancing line uses, to add to the arithmetic's percentages. */
  balancingRate?: { id: string; percentage: Decimal };
}

export interface RoundingInput {
  orderNumber: string;
  details: readonly InvoiceDetail[];
  percentages: ReadonlyMap<string, Decimal>;
  shopTax: ReadonlyMap<string, Decimal>;
  linesPerTaxRate: ReadonlyMap<string, number>;
  /** The order's currency, for the owner's text. */
  currency: string;
  settings: BookkeepingSettings;
  reference: MoneybirdReferenceData;
}

export function planRounding(input: RoundingInput): RoundingPlan | Refusal {
  const { orderNumber, settings, reference } = input;
  const texts = bookkeepingMessages[settings.invoiceLanguage];
  const tolerance = roundingTolerance(settings);
  const totals = computeInvoiceTotals(input.details, true, (id) => input.percentages.get(id));
  const roundings: VatRounding[] = [];
  const lines: InvoiceDetail[] = [];
  let balance = ZERO;
  for (const group of totals.groups) {
    const wanted = input.shopTax.get(group.taxRateId) ?? ZERO;
    const difference = wanted - group.tax;
    if (difference === ZERO) continue;
    const count = input.linesPerTaxRate.get(group.taxRateId) ?? 1;
    const bound = HALF_CENT * BigInt(count + 1);
    const figures = {
      order: orderNumber,
      rate: rateKey(group.percentage),
      shopTax: fmt(wanted),
      invoiceTax: fmt(group.tax),
      difference: fmt(difference),
      lines: String(count),
      bound: fmt(bound),
    };
    const written = moneyWording(
      { shopTax: wanted, invoiceTax: group.tax, difference, bound },
      input.currency,
    );
    if (abs(difference) > bound) return refuse('vat_mismatch', figures, written);
    const rounding = {
      taxRateId: group.taxRateId,
      rate: rateKey(group.percentage),
      shopTax: fmt(wanted),
      invoiceTax: fmt(group.tax),
      lines: count,
    };
    if (group.percentage === ZERO) {
      roundings.push({ ...rounding, handling: 'zero_rate' });
      continue;
    }
    if (abs(difference) <= tolerance) {
      roundings.push({ ...rounding, handling: 'accepted' });
      continue;
    }
    const ledger = settings.rounding.ledgerAccountId;
    if (!ledger)
      return refuse(
        'rounding_not_configured',
        { order: orderNumber, difference: fmt(difference) },
        moneyWording({ difference }, input.currency),
      );
    const adjustment = grossAdjustmentFor(
      group.linesTotal,
      group.percentage,
      wanted,
      difference > 0n ? 1n : -1n,
    );
    if (adjustment === undefined) return refuse('vat_mismatch', figures, written);
    roundings.push({ ...rounding, handling: 'rounding_line' });
    lines.push({
      description: interpolate(texts['line.vat_rounding'], { rate: rateKey(group.percentage) }),
      amount: '1',
      price: fmt(adjustment),
      tax_rate_id: group.taxRateId,
      ledger_account_id: ledger,
    });
    balance -= adjustment;
  }
  if (lines.length === 0) return { lines, roundings };

  const ledger = settings.rounding.ledgerAccountId!;
  const bad = checkLedger(ledger, 'rounding', reference);
  if (bad) return bad;
  // The balancing amount is no sale anywhere: on the owner's 0 % rate outside every VAT-return box.
  const rate = rateOutsideReturn(settings, reference);
  if (!rate)
    return refuse(
      'rounding_not_configured',
      { order: orderNumber, difference: fmt(balance) },
      moneyWording({ difference: balance }, input.currency),
    );
  lines.push({
    description: texts['line.rounding'],
    amount: '1',
    price: fmt(balance),
    tax_rate_id: rate.id,
    ledger_account_id: ledger,
  });
  return { lines, roundings, balancingRate: { id: rate.id, percentage: ZERO } };
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
