// What the UI and the core say to each other while the owner sets Winkelbrug up, and later in
// Settings: where the setup stands, the live checks of each connection, the choices with the
// reference data behind them, the dry run, and the settings themselves. Amounts are decimal strings
// ("12.34"), never floats; Moneybird ids stay strings.
import { z } from 'zod';
import { LOCALES } from '../i18n/translate';
import {
  isoDateSchema,
  localizedTextSchema,
  mappingSectionSchema,
  moneybirdIdSchema,
  timestampSchema,
} from './status';

const count = z.int().nonnegative();
/** A decimal amount as text, e.g. "-12.30"; two decimals. */
export const amountSchema = z.string().regex(/^-?\d+\.\d{2}$/, 'an amount with two decimals');
/** A VAT percentage as text: "21", "9", "5.5", "0". */
export const percentageSchema = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'a VAT percentage');

// ---- where the setup stands ---------------------------------------------------------------------

export const SETUP_STEPS = ['shop', 'orders', 'moneybird', 'administration', 'mapping'] as const;
export const setupStepSchema = z.enum(SETUP_STEPS);
export type SetupStep = z.infer<typeof setupStepSchema>;

export const stepStateSchema = z.object({
  /** done: set and checked; missing: not set yet; broken: set, but it does not work (reason says why). */
  state: z.enum(['done', 'missing', 'broken']),
  reason: localizedTextSchema.nullable(),
});
export type StepState = z.infer<typeof stepStateSchema>;

export const setupStateSchema = z.object({
  /** Every step done and the sync running: the dashboard is the home screen. */
  complete: z.boolean(),
  steps: z.object({
    shop: stepStateSchema,
    orders: stepStateSchema,
    moneybird: stepStateSchema,
    administration: stepStateSchema,
    mapping: stepStateSchema,
  }),
  /** The first step that is not done, where the wizard sends the owner; null when complete. */
  next: setupStepSchema.nullable(),
  shopName: z.string().nullable(),
  administrationName: z.string().nullable(),
  /** How Moneybird is connected, when it is. */
  moneybirdLogin: z.enum(['oauth', 'personal']).nullable(),
  /** Whether this build can log in to Moneybird through the browser (it has OAuth client credentials). */
  browserLoginAvailable: z.boolean(),
  /** Where tokens are kept could not be reached: what happened and what to do. */
  keychainProblem: localizedTextSchema.nullable(),
  /**
   * This data folder synced before (its runs or bookings are there): a connection missing now was
   * disconnected, or did not come along to this computer, rather than never made. What was booked
   * stays in Moneybird; the owner connects again rather than sets up anew.
   */
  syncedBefore: z.boolean(),
  /** From which day the sync books orders (the history import books those before it); null until chosen. */
  startDate: isoDateSchema.nullable(),
});
export type SetupState = z.infer<typeof setupStateSchema>;

/** The answer of a live check: it worked, or what is wrong and what to do (nothing was stored). */
export const checkProblemSchema = z.object({
  code: z.enum([
    'wrong-token',
    'no-api-access',
    'unreachable',
    'partner-token',
    'consent-denied',
    'login-failed',
    'login-unavailable',
    'no-administration',
    'no-revenue-ledger',
    'not-connected',
    'keychain',
    'invalid',
  ]),
  message: localizedTextSchema,
});
export type CheckProblem = z.infer<typeof checkProblemSchema>;

// ---- the shop ----------------------------------------------------------------------------------

export const shopSchema = z.object({
  name: z.string(),
  domain: z.string().nullable(),
  country: z.string().nullable(),
  currency: z.string().nullable(),
  /** The plan name the shop reports (e.g. "Premium"). */
  plan: z.string().nullable(),
});
export type Shop = z.infer<typeof shopSchema>;

export const shopCheckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), shop: shopSchema }),
  z.object({ ok: z.literal(false), problem: checkProblemSchema }),
]);
export type ShopCheck = z.infer<typeof shopCheckSchema>;

/** A shop or partner token as pasted: trimmed by the core, printable, no spaces inside. */
export const pastedTokenSchema = z
  .string()
  .trim()
  .min(1, 'paste the token')
  .max(512)
  .regex(/^[\x21-\x7e]+$/, 'a token has no spaces or special characters');

// ---- which orders --------------------------------------------------------------------------------

export const orderStatusSchema = z.object({
  id: z.int().nonnegative(),
  name: z.string(),
  /** Why it is (not) pre-selected, in the owner's words. */
  kind: z.enum(['completed', 'credit', 'open', 'cancelled', 'other']),
  suggested: z.boolean(),
});
export type OrderStatusChoice = z.infer<typeof orderStatusSchema>;

export const orderChoiceSchema = z.object({
  statuses: z.array(orderStatusSchema),
  /** What is stored now (the suggestion when nothing is stored yet). */
  selected: z.array(z.int().nonnegative()),
  /** From which day orders are booked; today means "from now on". */
  startDate: isoDateSchema,
  /** The shop's today, for the "from now on" choice. */
  today: isoDateSchema,
  /**
   * The earliest start date a save takes: once the sync has run, the one it books from now (the
   * runs then ask only for orders whose status changed, so days before it are booked by "Eerdere
   * bestellingen boeken"); null before the first run.
   */
  earliest: isoDateSchema.nullable(),
});
export type OrderChoice = z.infer<typeof orderChoiceSchema>;

export const orderEstimateSchema = z.object({
  /** Orders in the chosen statuses from the start date on (before the paid check). */
  orders: count,
  /** Moneybird requests that takes, about. */
  requests: count,
  /** How long booking them takes at Moneybird's request limit, in ms. */
  etaMs: count,
});
export type OrderEstimate = z.infer<typeof orderEstimateSchema>;

// ---- Moneybird -----------------------------------------------------------------------------------

export const administrationSchema = z.object({
  id: moneybirdIdSchema,
  name: z.string(),
  currency: z.string().nullable(),
  country: z.string().nullable(),
});
export type AdministrationChoice = z.infer<typeof administrationSchema>;

export const moneybirdCheckSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    administrations: z.array(administrationSchema),
    /** The stored choice, or the only administration there is; none when `conflict` is there. */
    selected: moneybirdIdSchema.nullable(),
    /**
     * A data folder put back from before a switch: the administration this folder booked in, and the
     * one this computer chose last. Nothing is selected then; the owner chooses explicitly.
     */
    conflict: z.object({ inFolder: moneybirdIdSchema, remembered: moneybirdIdSchema }).optional(),
  }),
  z.object({ ok: z.literal(false), problem: checkProblemSchema }),
]);
export type MoneybirdCheck = z.infer<typeof moneybirdCheckSchema>;

export const browserLoginSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), loginId: z.string().min(1), authorizeUrl: z.url() }),
  z.object({ ok: z.literal(false), problem: checkProblemSchema }),
]);

/** Pushed while a browser login runs: waiting for the owner, exchanging the code, the outcome. */
export const loginProgressSchema = z.object({
  loginId: z.string().min(1),
  phase: z.enum(['waiting', 'exchanging', 'connected', 'failed', 'cancelled']),
  problem: checkProblemSchema.nullable(),
});
export type LoginProgress = z.infer<typeof loginProgressSchema>;

// ---- the mapping ---------------------------------------------------------------------------------

export const mappingOptionSchema = z.object({
  id: moneybirdIdSchema,
  name: z.string(),
  /** What tells the record apart, in each language: "21% · rubriek 1a", "8000", "Bankrekening · NL91…". */
  detail: localizedTextSchema.nullable(),
  /**
   * What goes wrong when this record is chosen for this field, shown while it is chosen: a tax rate
   * that lands in another box of the VAT return than the field's sales belong in. Absent: nothing.
   */
  caution: localizedTextSchema.nullable().optional(),
});

export const mappingFieldSchema = z.object({
  /** Dotted path in the mapping, as `config set` takes it (rates written "5,5"). */
  path: z.string().min(1).max(120),
  section: mappingSectionSchema,
  label: localizedTextSchema,
  /** What the choice is for, in the owner's words. */
  help: localizedTextSchema,
  /** Stored or proposed; null: nothing chosen. */
  value: moneybirdIdSchema.nullable(),
  /** Whether `value` is what the owner stored (false: Winkelbrug proposes it). */
  stored: z.boolean(),
  options: z.array(mappingOptionSchema),
  /** Why this is proposed (a whole sentence that says so: "Voorstel: …"), or why nothing is. */
  reason: localizedTextSchema.nullable(),
  /** Where the choice is ambiguous or missing in Moneybird: what to check. */
  warning: localizedTextSchema.nullable(),
  /** Booking cannot start without it; otherwise only orders that need it are parked. */
  required: z.boolean(),
});
export type MappingField = z.infer<typeof mappingFieldSchema>;

export const mappingProposalSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), fields: z.array(mappingFieldSchema) }),
  z.object({ ok: z.literal(false), problem: checkProblemSchema }),
]);
export type MappingProposal = z.infer<typeof mappingProposalSchema>;

/** Path -> chosen id; null clears a stored choice. */
export const mappingChoicesSchema = z.record(z.string().min(1).max(120), moneybirdIdSchema.nullable());

export const saveOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    problem: checkProblemSchema,
    /** The field that was refused, when one was. */
    field: z.string().nullable(),
  }),
]);
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

// ---- the dry run ---------------------------------------------------------------------------------

export const vatPerRateSchema = z.object({
  /** How the orders at this rate are taxed: in the Netherlands, to an EU business (ICP), export, OSS. */
  treatment: z.enum(['domestic', 'reverse_charge', 'export', 'oss']),
  /** The customer's country for OSS ("BE"); null otherwise. */
  country: z.string().length(2).nullable(),
  rate: percentageSchema,
  /**
   * The part of the VAT return, as the month per VAT rate names it: a Dutch box ("NL/1a", "NL/1e",
   * "NL/3b"), an OSS country ("OSS/BE"), or outside the return ("none").
   */
  vatBox: z.string().max(16),
  /** Revenue excluding VAT at this rate. */
  base: amountSchema,
  vat: amountSchema,
});

export const plannedLineSchema = z.object({
  description: z.string(),
  /** How many, as Moneybird's line has it ("6"); the price is then of one. */
  quantity: z.string().regex(/^-?\d+(\.\d+)?$/, 'a quantity'),
  /** The price of one, including VAT. */
  price: amountSchema,
  /** The line's amount including VAT: quantity × price. */
  amount: amountSchema,
  /** The Moneybird tax rate's name, e.g. "21% btw". */
  taxRate: z.string(),
  ledgerAccount: z.string(),
});

export const plannedOrderSchema = z.object({
  orderNumber: z.string(),
  orderDate: z.string().nullable(),
  customer: z.string(),
  /** Including VAT. */
  total: amountSchema,
  lines: z.array(plannedLineSchema),
  /** A credit note for another order. */
  creditOf: z.string().nullable(),
});
export type PlannedOrder = z.infer<typeof plannedOrderSchema>;

export const dryRunParkedSchema = z.object({
  orderNumber: z.string(),
  orderDate: z.string().nullable(),
  reason: localizedTextSchema,
  reasonCode: z.string(),
  /** The part of Settings that fixes it, when a setting does. */
  section: mappingSectionSchema.nullable(),
});

export const dryRunReportSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    since: isoDateSchema,
    /** Orders the first run would book. */
    orders: count,
    /** Including VAT. */
    total: amountSchema,
    vat: amountSchema,
    perRate: z.array(vatPerRateSchema),
    /** The first orders, as they would appear in Moneybird. */
    sample: z.array(plannedOrderSchema),
    parked: z.array(dryRunParkedSchema),
    /** Orders in the chosen statuses not paid yet: not booked now, booked once they are paid. */
    unpaid: count,
    /** Orders in the chosen statuses the shop marks as test orders: never booked. */
    testOrders: count,
    /** How long the first run takes at Moneybird's limit, in ms. */
    etaMs: count,
    plannedAt: timestampSchema,
  }),
  z.object({ ok: z.literal(false), problem: checkProblemSchema }),
]);
export type DryRunReport = z.infer<typeof dryRunReportSchema>;

// ---- settings ------------------------------------------------------------------------------------

export const settingsSchema = z.object({
  intervalMinutes: z
    .int()
    .min(5)
    .max(24 * 60),
  bookingStyle: z.enum(['sales', 'external']),
  invoiceLanguage: z.enum(['nl', 'en']),
  referencePrefix: z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'letters and digits only, at most 10'),
  /** Orders are booked under the prefix (here or by an earlier install): it can no longer change. */
  referencePrefixFixed: z.boolean(),
  /** Count authorized payments (Klarna, Afterpay) as paid. */
  acceptAuthorizedPayments: z.boolean(),
  /** Update a known customer's Moneybird contact when their details changed in the shop (on by default). */
  updateContacts: z.boolean(),
  /** Whether a partner token other than the build's own is stored (Advanced). */
  partnerTokenOverridden: z.boolean(),
  /** The desktop app starts, hidden in the tray, when the owner logs in (on by default). */
  startAtLogin: z.boolean(),
  /** The language of the window, the tray and the notifications (Settings → Taal). */
  language: z.enum(LOCALES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsUpdateSchema = z.strictObject({
  intervalMinutes: settingsSchema.shape.intervalMinutes.optional(),
  bookingStyle: settingsSchema.shape.bookingStyle.optional(),
  invoiceLanguage: settingsSchema.shape.invoiceLanguage.optional(),
  referencePrefix: settingsSchema.shape.referencePrefix.optional(),
  acceptAuthorizedPayments: z.boolean().optional(),
  updateContacts: z.boolean().optional(),
  startAtLogin: z.boolean().optional(),
  language: settingsSchema.shape.language.optional(),
});
