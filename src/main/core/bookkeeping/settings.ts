// The owner's bookkeeping settings: which Moneybird records each kind of order line goes to. They
// are stored on disk, so they cross a trust boundary and are parsed by `bookkeepingSettingsSchema`.
import { z } from 'zod';
import { type Decimal, parseDecimal, toPlain } from '../money/decimal';

export type BookingStyle = 'sales' | 'external';
export type VatTreatment = 'domestic' | 'reverse_charge' | 'export' | 'oss';
export const VAT_TREATMENTS: readonly VatTreatment[] = ['domestic', 'reverse_charge', 'export', 'oss'];

/** Canonical key for a VAT percentage: "21.00" and 21 both become "21", "5.50" becomes "5.5". */
export function rateKey(rate: Decimal): string {
  return toPlain(rate);
}

const id = z.string().trim().regex(/^\d+$/, 'expected a Moneybird id (digits)');

const rateKeyed = z.record(z.string(), id).transform((record, ctx) => {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    try {
      out[rateKey(parseDecimal(key))] = value;
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${key}" is not a VAT percentage`, path: [key] });
    }
  }
  return out;
});

export const bookkeepingSettingsSchema = z.object({
  /** 'sales': Moneybird numbers the invoice (default); 'external': the shop's number, the shop's invoice. */
  bookingStyle: z.enum(['sales', 'external']).default('sales'),
  /** The shop's own country (Store.region_code): orders taxed there are domestic. */
  shopCountry: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .default('NL'),
  administrationCurrency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
  /** Prefix of the booking reference; distinct per shop when one administration books several shops. */
  referencePrefix: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,10}$/, 'letters and digits only')
    .default('MWW'),
  taxRates: z
    .object({
      /** VAT percentage -> tax_rate_id for orders taxed in the shop's country. */
      domestic: rateKeyed.default({}),
      /**
       * The intra-community supply rate (box 3b, ICP) for intra-EU B2B orders (tax_strategy
       * reverse_charged_vat). Not the domestic "Btw verlegd" (box 1e), whatever the key's name says.
       */
      reverseCharge: id.optional(),
      /** The 0 % export rate for orders outside the EU (tax_strategy zero_percent). */
      export: id.optional(),
      /** Country -> VAT percentage -> foreign (OSS) tax_rate_id. */
      oss: z
        .record(
          z
            .string()
            .trim()
            .toUpperCase()
            .regex(/^[A-Z]{2}$/),
          rateKeyed,
        )
        .default({}),
    })
    .default({ domestic: {}, oss: {} }),
  ledgerAccounts: z.object({
    /** Revenue for product lines when nothing more specific applies. */
    revenue: id,
    revenueByTreatment: z
      .partialRecord(z.enum(['domestic', 'reverse_charge', 'export', 'oss']), id)
      .optional(),
    revenueByRate: rateKeyed.optional(),
    shipping: id.optional(),
    paymentCosts: id.optional(),
    discounts: id.optional(),
  }),
  rounding: z
    .object({
      /** A 0 % sales tax rate for the rounding line. */
      taxRateId: id.optional(),
      ledgerAccountId: id.optional(),
      /** Largest difference (per VAT rate and in total) booked as rounding; beyond it the order is refused. */
      tolerance: z
        .string()
        .trim()
        .refine((v) => {
          try {
            const d = parseDecimal(v);
            return d >= 0n && d <= 1_000_000n;
          } catch {
            return false;
          }
        }, 'expected an amount between 0 and 1.00')
        .default('0.02'),
    })
    .default({ tolerance: '0.02' }),
  workflowId: id.optional(),
  documentStyleId: id.optional(),
  /** Where payments land (the PSP / bank account). */
  financialAccountId: id.optional(),
  /** Per Mijnwebwinkel payment method (e.g. cash, webshop_giftcard, gift_card) a different financial account. */
  financialAccountByPaymentMethod: z.record(z.string(), id).default({}),
  /**
   * A liability ledger account gift cards are kept on: a redeemed gift card then settles against it
   * (Moneybird's `balance_settlement`) instead of against a financial account.
   */
  giftCardLedgerAccountId: id.optional(),
  /** Count `authorized` (e.g. Klarna, Afterpay) as paid. */
  acceptAuthorizedPayments: z.boolean().default(false),
  /**
   * Update a known customer's Moneybird contact (company, VAT number, address) when the shop's
   * details changed since the app last kept it current. Costs a request only for such a customer.
   */
  updateContacts: z.boolean().default(true),
  /** Language of the texts this app writes on invoices (rounding lines, credit notes). */
  invoiceLanguage: z.enum(['nl', 'en']).default('nl'),
  /** External sales invoices only: `source`, and an optional `source_url` template with {number}. */
  externalSource: z.string().trim().min(1).max(100).default('Mijnwebwinkel'),
  externalSourceUrl: z
    .string()
    .trim()
    .regex(/^https:\/\/\S+$/, 'expected an https URL')
    .optional(),
  /** External sales invoices only: days between invoice date and due date. */
  externalDueDays: z.number().int().min(0).max(365).default(0),
});

export type BookkeepingSettings = z.output<typeof bookkeepingSettingsSchema>;
export type BookkeepingSettingsInput = z.input<typeof bookkeepingSettingsSchema>;

/** Tolerance as a Decimal. */
export function roundingTolerance(settings: BookkeepingSettings): Decimal {
  return parseDecimal(settings.rounding.tolerance);
}
