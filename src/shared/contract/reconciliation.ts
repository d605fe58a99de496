// The month per VAT rate's part of the contract: which period the owner looks at, the view the core
// computes from the journal (per rate: shop, Moneybird, difference; per order: why it differs), and
// the CSV export of it. Amounts are decimal text with two decimals ("-12.34"), as elsewhere.
import { z } from 'zod';
import { LOCALES } from '../i18n/translate';
import { localizedTextSchema } from './status';

export const periodSchema = z
  .strictObject({
    kind: z.enum(['month', 'quarter']),
    year: z.int().min(2000).max(2100),
    /** The month (1–12) or the quarter (1–4). */
    index: z.int().min(1).max(12),
  })
  .refine((p) => p.kind === 'month' || p.index <= 4, { message: 'a quarter is numbered 1 to 4' });
export type ReconciliationPeriod = z.output<typeof periodSchema>;

const moneySchema = z.string().regex(/^-?\d+\.\d{2}$/, 'an amount with two decimals');
const rateSchema = z.string().regex(/^\d+(\.\d+)?$/, 'a VAT percentage');
/**
 * The part of the VAT return a line is in: a box of the Dutch return ("NL/1a", "NL/3b"), an OSS
 * country ("OSS/BE"), "none" (outside any return), or "" (not known: figures recorded before the
 * app kept it, shown per percentage).
 */
const vatBoxSchema = z.string().regex(/^(|none|NL\/[\w.-]{1,8}|OSS\/[A-Z]{2})$/, 'a part of the VAT return');

export const amountsSchema = z.object({ inclTax: moneySchema, exclTax: moneySchema, vat: moneySchema });
export type Amounts = z.output<typeof amountsSchema>;

export const EXPLANATION_KINDS = [
  'parked',
  'skipped',
  'waiting',
  'not_yet_booked',
  'not_recorded',
  'rounding',
  'zero_rate',
  'booked_in_other_period',
  'booked_from_other_period',
  'deleted_in_moneybird',
  'cancelled_in_shop',
  'cancelled_settled',
  'other',
] as const;
export const explanationKindSchema = z.enum(EXPLANATION_KINDS);
export type ExplanationKind = z.output<typeof explanationKindSchema>;

/**
 * What a period means for the owner, from its figures and its orders (`shared/reconciliation/
 * standing.ts`): `equal` shop and books are equal and no order asks anything; `explained` every
 * difference comes from how bookkeeping works or the owner's own choice (nothing to do); `underway`
 * Winkelbrug still books some orders (nothing to do but wait); `attention` some orders need the
 * owner (parked, deleted in Moneybird, another difference, amounts not recorded, or cancelled in the
 * shop while Moneybird still counts them as revenue); `empty` the period holds nothing.
 */
const STANDINGS = ['empty', 'equal', 'explained', 'underway', 'attention'] as const;
export const standingSchema = z.enum(STANDINGS);
export type Standing = z.output<typeof standingSchema>;

const lineAmountsSchema = amountsSchema.extend({ rate: rateSchema, vatBox: vatBoxSchema });
/** What credit notes dated in one month (YYYY-MM) credit, as sizes. */
const creditedInMonthSchema = amountsSchema.extend({ month: z.string().regex(/^\d{4}-\d{2}$/, 'a month') });

export const rateLineSchema = z.object({
  rate: rateSchema,
  vatBox: vatBoxSchema,
  taxRateNames: z.array(z.string()),
  /**
   * The Moneybird administration has no tax rate for this line: nothing is booked on it, and its
   * orders wait for the owner to add the rate in Moneybird (their reason, `tax_rate_absent`, says so).
   */
  taxRateAbsent: z.boolean(),
  shop: amountsSchema,
  booked: amountsSchema,
  /** Booked (Moneybird) minus shop, as the screen shows it: above zero, Moneybird counts more. */
  difference: amountsSchema,
});
export type RateLine = z.output<typeof rateLineSchema>;

export const orderExplanationSchema = z.object({
  orderNumber: z.string().min(1).max(64),
  orderDate: z.string(),
  /** The day the booking counts in Moneybird's VAT return, when not the order's own day. */
  bookedDate: z.string().nullable(),
  kind: explanationKindSchema,
  credit: z.boolean(),
  reason: localizedTextSchema.nullable(),
  /** Per line where they differ: booked (Moneybird) minus shop. */
  differences: z.array(lineAmountsSchema),
  /**
   * An order cancelled in the shop after it was booked, without a credit covering it, or settled by
   * the owner in Moneybird ("Zelf geregeld"): what still counts of it as revenue in this period, per
   * line (its invoice less its credit notes dated up to the period's end). Empty for every other order.
   */
  stillBooked: z.array(lineAmountsSchema),
  /**
   * An order cancelled in the shop: what its credit notes dated in this period credit of it already
   * (as sizes; all zero when none does). Null for every other order.
   */
  credited: amountsSchema.nullable(),
  /**
   * An order cancelled in the shop: what its credit notes dated after this period credit of it, per
   * month, oldest first (each counts in the VAT return of its own month). Empty for every other order.
   */
  creditedLater: z.array(creditedInMonthSchema),
  /**
   * An order cancelled in the shop: what is still to be credited of it, its booking less all its
   * credit notes in the books, whatever their month (sizes). Null for every other order.
   */
  toCredit: amountsSchema.nullable(),
});
export type OrderExplanation = z.output<typeof orderExplanationSchema>;

/** An order in another currency than the euro, as the view names it. */
const foreignCurrencyOrderSchema = z.object({
  orderNumber: z.string().min(1).max(64),
  orderDate: z.string(),
  currency: z.string().min(1).max(8),
  total: moneySchema.nullable(),
  /** The day its booking counts on in Moneybird, when not the order's own day; else null. */
  bookedDate: z.string().nullable(),
});
export type ForeignCurrencyOrder = z.output<typeof foreignCurrencyOrderSchema>;

export const reconciliationViewSchema = z.object({
  period: periodSchema,
  from: z.string(),
  to: z.string(),
  rates: z.array(rateLineSchema),
  total: z.object({ shop: amountsSchema, booked: amountsSchema, difference: amountsSchema }),
  /**
   * The figures alone: `agrees` equal on every line, `explained` they differ and every difference is
   * explained per order, `incomplete` some orders' amounts were never recorded. What that means for
   * the owner (an order cancelled in the shop is on both sides, so its figures agree) is `standing`.
   */
  verdict: z.enum(['agrees', 'explained', 'incomplete']),
  standing: standingSchema,
  counts: z.object({
    /** Orders in euros, the VAT return's currency: the sums and explanations hold these. */
    orders: z.int().nonnegative(),
    /** Orders in another currency: booked in it, converted by Moneybird; counted, not summed. */
    foreignCurrency: z.int().nonnegative(),
    inBooks: z.int().nonnegative(),
    parked: z.int().nonnegative(),
    skipped: z.int().nonnegative(),
    waiting: z.int().nonnegative(),
    shopNotRecorded: z.int().nonnegative(),
    bookedNotRecorded: z.int().nonnegative(),
    /** Of those in the books, booked in another Moneybird administration than the one connected. */
    inOtherAdministration: z.int().nonnegative(),
    /** Of those in the books, called off in the shop since, without a credit order covering them. */
    cancelledInShop: z.int().nonnegative(),
  }),
  /**
   * Per kind, its orders and the part of the difference they make (booked minus shop), in the order
   * the owner reads them (`KIND_ORDER`: what needs the owner first).
   */
  kinds: z.array(
    z.object({ kind: explanationKindSchema, orders: z.int().nonnegative(), difference: amountsSchema }),
  ),
  /**
   * The orders of the period cancelled in the shop after they were booked, without a credit
   * covering them (in euros): how many, and what Moneybird still counts of them as revenue in this
   * period.
   */
  cancelledInShop: z.object({
    orders: z.int().nonnegative(),
    stillBooked: amountsSchema,
    /** Of those, the orders a credit note credits in part already, in this period or a later one. */
    partlyCredited: z.int().nonnegative(),
    /** What the credit notes dated in this period credit of them together. */
    credited: amountsSchema,
    /** What those dated in later months credit of them, per month, oldest first. */
    creditedLater: z.array(creditedInMonthSchema),
    /** What is still to be credited of them: their bookings less all their credit notes, any month. */
    toCredit: amountsSchema,
  }),
  /**
   * The orders of the period the shop cancelled after they were booked and the owner settled by hand
   * in Moneybird ("Zelf geregeld"): how many, and what still counts of them as sold here (their
   * booking less Winkelbrug's credit notes up to the period's end). A credit note the owner made in
   * Moneybird is not in these figures, so the return there is that much lower.
   */
  cancelledSettled: z.object({
    orders: z.int().nonnegative(),
    stillBooked: amountsSchema,
  }),
  /**
   * The period's orders in another currency than the euro (`counts.foreignCurrency`), oldest first,
   * at most `FOREIGN_CURRENCY_LISTED` of them: each with its total as the shop has it, in its currency,
   * and the day its booking counts on in Moneybird when that is another day than the order's (booked
   * on the first open day after a lock: Moneybird counts it in that day's period).
   */
  foreignCurrencyOrders: z.array(foreignCurrencyOrderSchema),
  /**
   * Bookings that count in another period than their order's own, beyond what the sums and the
   * explanations hold, so that every invoice Moneybird counts here is named: orders in another
   * currency of earlier periods booked in this one (how many, and the first
   * `FOREIGN_CURRENCY_LISTED`, oldest first), and bookings of € 0 (in euros, nothing to sum): of
   * this period's orders, counted in a later period, and of earlier orders, counted in this one.
   */
  bookedAcrossPeriods: z.object({
    foreignCurrencyFromEarlier: z.int().nonnegative(),
    foreignCurrencyFromEarlierOrders: z.array(foreignCurrencyOrderSchema),
    atZeroLater: z.int().nonnegative(),
    atZeroFromEarlier: z.int().nonnegative(),
  }),
  /**
   * When the period's bookings were last compared with Moneybird (ISO 8601) in the connected
   * administration, as the data folder keeps it: for a quarter, the oldest of its months' moments
   * (of those that have begun); null when some month was not compared, or none has begun: the booked
   * side is then (in part) what Winkelbrug recorded when it booked.
   */
  checkedAt: z.string().nullable(),
  /**
   * Per month of the period that has begun on the shop's calendar (Europe/Amsterdam; one for a
   * month, up to three for a quarter), oldest first: when it was last compared with Moneybird in the
   * connected administration (by itself or within the quarter, after the month began), null when it
   * was not. A month that has not begun has nothing to compare and is not here, so the page never
   * names it as not compared; a period that has not begun has none. A quarter whose months were
   * compared at different moments, or only some of them, says so month by month; `checkedAt` is set
   * only when every month here was (the oldest moment).
   */
  checkedMonths: z.array(
    z.object({ month: z.string().regex(/^\d{4}-\d{2}$/, 'a month'), checkedAt: z.string().nullable() }),
  ),
  /**
   * The booked side per Moneybird administration, when some of the period's bookings are in another
   * administration than the one connected now (made before the owner switched): each files its own
   * VAT return. The connected one first (also without bookings in the period), then the others by
   * their number of orders. Empty when every booking is in the connected administration (or one
   * made before the journal kept it).
   */
  administrations: z.array(
    z.object({
      id: z.string().min(1),
      connected: z.boolean(),
      /** Orders (and credits) of which the administration holds the booking counted here. */
      orders: z.int().nonnegative(),
      booked: amountsSchema,
      rates: z.array(lineAmountsSchema),
    }),
  ),
  /**
   * The orders to look at, what needs the owner first (`shared/reconciliation/standing.ts`,
   * `KIND_ORDER`), then by date: a page of them, how many in all, and how many settled ones were
   * left out when asked to fold them (`foldSettled`).
   */
  explanations: z.object({
    items: z.array(orderExplanationSchema),
    total: z.int().nonnegative(),
    offset: z.int().nonnegative(),
    limit: z.int().positive(),
    folded: z.int().nonnegative(),
  }),
});
export type ReconciliationView = z.output<typeof reconciliationViewSchema>;

/** The most orders in another currency a view names one by one (the rest are counted). */
export const FOREIGN_CURRENCY_LISTED = 25;

/** The most explanations one page holds. */
export const EXPLANATION_PAGE_MAX = 200;

export const reconciliationPeriodArgsSchema = z.strictObject({
  period: periodSchema,
  offset: z.int().nonnegative().max(1_000_000).optional(),
  limit: z.int().min(1).max(EXPLANATION_PAGE_MAX).optional(),
  kind: explanationKindSchema.optional(),
  /**
   * Leave the settled orders (nothing to do: rounding, booked in another period, skipped) out of the
   * list and only count them; a `kind` asked for is listed whatever its group.
   */
  foldSettled: z.boolean().optional(),
});

export const reconciliationExportArgsSchema = z.strictObject({
  period: periodSchema,
  /** The language of the column names and explanations (the amounts are Dutch-formatted either way). */
  language: z.enum(LOCALES).optional(),
  /**
   * The names the owner gave the period's Moneybird administrations, by id, as the screen shows them
   * (read by the screen): a period booked in more than one gets rows per administration, named so.
   */
  administrationNames: z.record(z.string().max(200), z.string().max(500)).optional(),
});

export const reconciliationExportSchema = z.object({
  /** The CSV text, ready to save (it starts with a byte order mark). */
  csv: z.string(),
  /** A name to save it under, such as winkelbrug-btw-per-tarief-2026-10.csv. */
  fileName: z.string().regex(/^[\w.-]+\.csv$/),
});
export type ReconciliationExport = z.output<typeof reconciliationExportSchema>;

export const reconciliationCheckArgsSchema = z.strictObject({ period: periodSchema });

/** What comparing a period's bookings with Moneybird found; the view is then asked for again. */
export const booksCheckSchema = z.object({
  /** The period's bookings compared with their invoices in Moneybird. */
  invoices: z.int().nonnegative(),
  /** Invoices changed in Moneybird since they were booked. */
  changed: z.int().nonnegative(),
  /** Invoices deleted in Moneybird since they were booked. */
  deleted: z.int().nonnegative(),
  /**
   * The period's bookings in another Moneybird administration than the one connected (made before
   * the owner switched): not compared, neither deleted nor missing.
   */
  otherAdministration: z.int().nonnegative(),
  /**
   * The invoices compared, by the order they book: of an order of the period, or of an earlier period
   * booked in this one; each in euros or in another currency. They add up to `invoices`.
   */
  ofPeriod: z.int().nonnegative(),
  fromEarlierPeriod: z.int().nonnegative(),
  foreignCurrency: z.int().nonnegative(),
  foreignCurrencyFromEarlierPeriod: z.int().nonnegative(),
  /**
   * The period's booked orders (in euros) whose invoice is of € 0: no turnover or VAT to compare, so
   * not among `invoices`, though the period counts them as booked.
   */
  bookedAtZero: z.int().nonnegative(),
  /** When (ISO 8601). */
  checkedAt: z.string(),
});
export type BooksCheck = z.output<typeof booksCheckSchema>;
