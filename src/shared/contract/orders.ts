// The orders screen and one order's page: what the core answers for a search of the journal and for
// one order (the journal's steps, the shop's order and the Moneybird invoice as booked).
import { z } from 'zod';
import { isoDateSchema, localizedTextSchema, mappingSectionSchema, timestampSchema } from './status';

/**
 * Where an order is, as the owner sees it. `in_progress`: being booked now; `not_eligible`: known to
 * the journal but not to be booked (yet): unpaid.
 */
export const ORDER_OVERVIEW_STATES = [
  'booked',
  // Booked, but a comparison with Moneybird found its invoice deleted there since.
  'deleted_in_moneybird',
  // Booked, but the shop called the order off since, and no credit order covers it. Its invoice is
  // in Moneybird still: a part of `booked`, which finds and counts it too.
  'cancelled_in_shop',
  'in_progress',
  'parked',
  'waiting',
  'skipped',
  'not_eligible',
] as const;
export const orderOverviewStateSchema = z.enum(ORDER_OVERVIEW_STATES);
export type OrderOverviewState = z.infer<typeof orderOverviewStateSchema>;

/** A plain decimal as text ("24.95", "-5.00"): amounts never travel as floats. */
const amountSchema = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal amount');
const count = z.int().nonnegative();

export const ORDERS_PAGE_SIZES = [25, 50, 100] as const;
export const ORDERS_QUERY_MAX_LENGTH = 100;

export const ordersSearchArgsSchema = z.strictObject({
  /** Part of an order number, a customer's name or e-mail; empty: every order. */
  query: z.string().trim().max(ORDERS_QUERY_MAX_LENGTH).optional(),
  /** Empty or absent: every state. */
  states: z.array(orderOverviewStateSchema).max(ORDER_OVERVIEW_STATES.length).optional(),
  /** The order date, both ends included. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** From 1. */
  page: z.int().min(1).max(100_000).optional(),
  pageSize: z.int().min(1).max(100).optional(),
  /**
   * The list as its first page showed it (that page's `asOf`): orders booked since are left out of
   * the next pages, so none moves onto the page after. Absent: the list as it is now.
   */
  asOf: z.int().nonnegative().optional(),
});
export type OrdersSearchArgs = z.input<typeof ordersSearchArgsSchema>;

export const orderSummarySchema = z.object({
  orderNumber: z.string().min(1),
  /** YYYY-MM-DD; null for an order the shop sent without a readable date. */
  orderDate: z.string().nullable(),
  customerName: z.string().nullable(),
  customerEmail: z.string().nullable(),
  state: orderOverviewStateSchema,
  /**
   * Total including VAT as it is booked: a credit order's negative (its credit note's), also where
   * the shop states it positive, so a list of sales and credits adds up as the books do.
   */
  total: amountSchema.nullable(),
  currency: z.string().nullable(),
  /** The invoice number in Moneybird, once it has one. */
  invoiceNumber: z.string().nullable(),
  /** On a credit order: the order it credits. */
  creditedOrderNumber: z.string().nullable(),
  /** Why it is parked, waiting, skipped or not booked; null when booked or on its way. */
  reason: localizedTextSchema.nullable(),
  bookedAt: timestampSchema.nullable(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const ordersPageSchema = z.object({
  orders: z.array(orderSummarySchema),
  /** Orders matching the search and filters, over all pages. */
  total: count,
  page: z.int().min(1),
  pageSize: z.int().min(1),
  /** The moment of the list this page shows: the next pages ask for it (`asOf`). */
  asOf: count,
  /**
   * Orders per state that the search finds in the period (not narrowed by the chosen states): the
   * filter's labels, so "Geboekt 12" counts what the owner looks for.
   */
  stateCounts: z.record(orderOverviewStateSchema, count),
});
export type OrdersPage = z.infer<typeof ordersPageSchema>;

/** How an order's payment stands as Winkelbrug judges it (see `shopOrderViewSchema`). */
export const PAYMENT_STATES_SHOWN = [
  'paid',
  'authorized',
  'zero_total',
  'credit',
  'refunded',
  'failed',
  'unpaid',
] as const;
export type PaymentStateShown = (typeof PAYMENT_STATES_SHOWN)[number];

const vatLineSchema = z.object({
  /** The VAT percentage ("21", "9", "5.5"); null when it cannot be told. */
  rate: amountSchema.nullable(),
  /** The rate's name in Moneybird, where known. */
  name: z.string().nullable(),
  amount: amountSchema,
  /** The turnover excl. VAT at the rate (what the VAT is over), where known. */
  taxable: amountSchema.nullable(),
});
export type VatLine = z.infer<typeof vatLineSchema>;

/**
 * How the booking came by the customer's contact at `contact_ok`: an existing Moneybird contact
 * (matched by e-mail address or VAT number), that one with the shop's changed details sent to it
 * ('updated'), one Winkelbrug created ('added', also when the create's answer was lost and a look-up
 * found it), or the one shared contact of the customers without e-mail address or VAT number
 * ('shared', found or made: the customer's own name is not in Moneybird either way).
 */
export const CONTACT_ORIGINS = ['found', 'updated', 'added', 'shared'] as const;
export type ContactOrigin = (typeof CONTACT_ORIGINS)[number];

export const journalStepSchema = z.object({
  /**
   * The journal's own state name (pending, contact_ok, invoice_created, …), or a moment the journal
   * keeps beside its states: the shop cancelling the booked order (`cancelled_in_shop`), the owner
   * saying they settled that in Moneybird themselves (`cancellation_settled`), and the booked invoice
   * found deleted in Moneybird (`deleted_in_moneybird`).
   */
  state: z.string().min(1),
  at: timestampSchema,
  reasonCode: z.string().nullable(),
  /**
   * On the step that took a booked order back because its invoice was deleted in Moneybird (the
   * owner's "Opnieuw boeken" or "Niet opnieuw boeken"): that invoice, by the number the owner knew it
   * by (null when the journal never learnt it). Absent on every other step, and on such a step the
   * journal wrote before it kept the invoice.
   */
  deletedInvoice: z.object({ number: z.string().min(1).nullable() }).optional(),
  /**
   * On a `credited` step (a credit order of this order booked): that credit order, its credit
   * invoice's number (null when not known), and whether the order was only partly credited by then.
   */
  credit: z
    .object({ orderNumber: z.string().min(1), invoiceNumber: z.string().nullable(), partly: z.boolean() })
    .optional(),
  /**
   * On a `contact_ok` step: how the customer's contact came (CONTACT_ORIGINS). Absent where the
   * journal cannot tell (a booking made before it kept this, a take-over's step).
   */
  contact: z.enum(CONTACT_ORIGINS).optional(),
});
export type JournalStepView = z.infer<typeof journalStepSchema>;

export const shopOrderViewSchema = z.object({
  date: z.string(),
  time: z.string().nullable(),
  currency: z.string(),
  lines: z.array(
    z.object({
      description: z.string(),
      quantity: z.number(),
      /**
       * The price of one incl. VAT: the line's total over its quantity, when that is whole cents
       * (null otherwise, or when the shop sent no price).
       */
      unitPrice: amountSchema.nullable(),
      /** The line's total including VAT (null when the shop sent no price). */
      amount: amountSchema.nullable(),
      rates: z.array(amountSchema),
    }),
  ),
  vat: z.array(vatLineSchema),
  total: amountSchema.nullable(),
  payment: z.object({
    method: z.string().nullable(),
    /** The shop's own words for the payment ("Succesvol"), as it sends them. */
    status: z.string().nullable(),
    /**
     * The payment as Winkelbrug judged it to decide whether the order is booked (`paymentState`, the
     * eligibility rule), so the page never says "paid" of an order held as unpaid: captured ('paid'),
     * approved but not collected ('authorized'), a zero total, a credit order (its refund is the
     * owner's act), refunded since, failed or called off at the payment provider ('failed'), or not
     * paid yet ('unpaid').
     */
    state: z.enum(PAYMENT_STATES_SHOWN),
  }),
  customer: z.object({
    name: z.string().nullable(),
    company: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    /** The country's ISO code as the shop sends it ("NL"): the screen names it in its own language. */
    countryCode: z.string().nullable(),
    /** The country's name as the shop sends it (in the shop's language): shown when it sent no code. */
    country: z.string().nullable(),
    vatNumber: z.string().nullable(),
  }),
});
export type ShopOrderView = z.infer<typeof shopOrderViewSchema>;

export const moneybirdInvoiceViewSchema = z.object({
  kind: z.enum(['sales_invoice', 'external_invoice']),
  /**
   * A credit invoice: a credit note of another invoice (a credit order's booking), or an invoice
   * whose total is below zero.
   */
  credit: z.boolean(),
  /** The number the owner knows it by; null for a draft that has none yet. */
  number: z.string().nullable(),
  /** Moneybird's state: draft, open, paid, late, … */
  state: z.string(),
  date: z.string().nullable(),
  currency: z.string(),
  pricesIncludeVat: z.boolean(),
  lines: z.array(
    z.object({
      description: z.string(),
      quantity: z.string().nullable(),
      /** The price of one, incl. or excl. VAT as `pricesIncludeVat` says. */
      price: amountSchema,
      /** The line's amount (price × quantity), incl. or excl. VAT as its price is. */
      amount: amountSchema,
      /** The VAT percentage of the line's tax rate, where the mapping tells it. */
      rate: amountSchema.nullable(),
      /** The name of the line's tax rate in Moneybird ("Intracommunautaire levering"), where known. */
      taxRateName: z.string().nullable(),
      /**
       * The part of the VAT return the line is in, as the month per VAT rate names it ("NL/3b",
       * "OSS/BE", "none": outside the return); null when Moneybird does not say.
       */
      vatBox: z.string().nullable(),
      /** The line's ledger account: its name, and its code where Moneybird has one ("8000"). */
      ledgerAccount: z.object({ name: z.string(), code: z.string().nullable() }).nullable(),
    }),
  ),
  vat: z.array(vatLineSchema),
  totalExclVat: amountSchema,
  totalInclVat: amountSchema,
  payments: z.array(
    z.object({
      date: z.string(),
      amount: amountSchema,
      /** The payment provider's reference Moneybird matches payouts by (or the order's reference). */
      transaction: z.string().nullable(),
    }),
  ),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable() }),
  /** The invoice's contact in Moneybird (the page's link opens it). */
  contactId: z.string(),
});
export type MoneybirdInvoiceView = z.infer<typeof moneybirdInvoiceViewSchema>;

/** A part of the page fetched from a service: what it holds, or why it could not be shown. */
const fetched = <T extends z.ZodType>(schema: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: schema }),
    z.object({ ok: z.literal(false), problem: localizedTextSchema }),
  ]);

export const orderDetailSchema = z.object({
  summary: orderSummarySchema,
  /** The journal's state name (for the steps' wording). */
  journalState: z.string(),
  bookingStyle: z.enum(['sales_invoice', 'external_invoice']).nullable(),
  reference: z.string().nullable(),
  reasonCode: z.string().nullable(),
  /** The part of Settings that fixes a park, when a setting is the cause. */
  settingsSection: mappingSectionSchema.nullable(),
  /** True when that setting has been made since the order was parked (a retry may book it now). */
  settingMade: z.boolean().optional(),
  /** The Moneybird invoice the owner may take over as the order's booking (orders.takeOverInvoice). */
  invoiceToTakeOver: z.string().nullable(),
  nextAttemptAt: timestampSchema.nullable(),
  /** Whether the booking was found in Moneybird and taken over rather than made here. */
  adopted: z.boolean(),
  /**
   * Set when the booking was taken over on its total and lines while its contact no longer matched
   * the customer (the contact's e-mail address or VAT number changed since): both, for the owner.
   */
  adoptedContactChanged: z.object({ contact: z.string(), customer: z.string() }).nullable(),
  steps: z.array(journalStepSchema),
  /** The journal kept steps only from an update on: earlier ones of this order are not known. */
  earlierStepsUnknown: z.boolean(),
  canRetry: z.boolean(),
  canSkip: z.boolean(),
  /**
   * A booked order whose invoice is gone from Moneybird (a comparison found it deleted, or the page
   * just asked): the owner may have it booked again (orders.bookAgain).
   */
  canBookAgain: z.boolean(),
  /**
   * Booked in another Moneybird administration than the one connected (before the owner switched):
   * the invoice is there, not missing; the Moneybird part says where, as a note rather than a problem.
   */
  bookedElsewhere: z.boolean(),
  /**
   * The name the owner gave that other administration in Moneybird, for the page to say where the
   * invoice is ("in de administratie "Bakkerij de Vries""); null when not booked elsewhere, or when
   * Moneybird does not tell the name now.
   */
  bookedElsewhereIn: z.string().nullable(),
  /**
   * The shop called the order off (moved it into a status such as "Geannuleerd") while Moneybird
   * holds its invoice, and no credit order covers it: the shop's status name, when the shop changed
   * it (shop time, "YYYY-MM-DD hh:mm:ss"), and what credits of it credit already. The owner makes a
   * credit order in the shop, or says they settled it in Moneybird (orders.settleCancellation).
   */
  cancelledInShop: z
    .object({
      status: z.string(),
      changed: z.string(),
      credited: amountSchema,
      /** The credit orders whose credit notes make up `credited`, with their invoice numbers. */
      credits: z.array(z.object({ orderNumber: z.string(), invoiceNumber: z.string().nullable() })),
      /** What Moneybird still counts of the order (its total incl. VAT less `credited`), where known. */
      rest: amountSchema.nullable(),
      /**
       * `rest` split into the turnover excl. VAT and the VAT, from the invoice as Moneybird holds it
       * less the credit notes' figures; null where the page does not know them (the invoice could not
       * be read, or its figures and the journal's do not add up to `rest`).
       */
      restExclVat: amountSchema.nullable(),
      restVat: amountSchema.nullable(),
    })
    .nullable(),
  /**
   * The invoice in another administration the order is parked over (unfinished there, or under its
   * reference but not plainly its booking), as Moneybird holds it now: the administration's name, the
   * invoice's number (its reference for an external invoice; null for a draft, or when it could not
   * be read) and state, or that it is gone from there. Null for any other order.
   */
  elsewhereInvoice: z
    .object({
      administration: z.string().nullable(),
      number: z.string().nullable(),
      state: z.string().nullable(),
      gone: z.boolean(),
    })
    .nullable(),
  links: z.object({ invoice: z.url().nullable(), contact: z.url().nullable() }),
  /** Null when the shop cannot be asked now (not connected). */
  shop: fetched(shopOrderViewSchema).nullable(),
  /** Null when nothing is booked in Moneybird yet. */
  moneybird: fetched(moneybirdInvoiceViewSchema).nullable(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

/** The invoice of each order: how the activity list names invoices by number, not by Moneybird's id. */
export const orderInvoicesSchema = z.object({
  invoices: z.array(
    z.object({
      orderNumber: z.string().min(1),
      /** Moneybird's internal id, as older log lines name the invoice. */
      invoiceId: z.string().nullable(),
      invoiceNumber: z.string().nullable(),
      /** On a credit order: the order it credits (its booked line names it). */
      creditedOrderNumber: z.string().nullable(),
      /**
       * The name of the Moneybird administration the booking is in, only once the data folder holds
       * bookings in more than one (each numbers its invoices from 2026-0001): null otherwise, and
       * when Moneybird does not tell the name now.
       */
      administration: z.string().nullable(),
    }),
  ),
});
export type OrderInvoices = z.infer<typeof orderInvoicesSchema>;

/** Moneybird's web app: the only host the app opens in the system browser. */
export const MONEYBIRD_WEB_ORIGIN = 'https://moneybird.com';
