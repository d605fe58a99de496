// The allow-list of requests the UI may make of the core: each channel with a schema for its
// arguments and one for its result. Arguments are strict objects, so a stray field is refused
// rather than silently ignored. To add a channel, add an entry here and a handler in AppService;
// the type of the handler map makes the second step impossible to forget.
import { z } from 'zod';
import { logExportArgsSchema, logExportSchema, logPageSchema, logSearchArgsSchema } from './log';
import { orderDetailSchema, orderInvoicesSchema, ordersPageSchema, ordersSearchArgsSchema } from './orders';
import {
  booksCheckSchema,
  reconciliationCheckArgsSchema,
  reconciliationExportArgsSchema,
  reconciliationExportSchema,
  reconciliationPeriodArgsSchema,
  reconciliationViewSchema,
} from './reconciliation';
import {
  browserLoginSchema,
  checkProblemSchema,
  dryRunReportSchema,
  mappingChoicesSchema,
  mappingProposalSchema,
  moneybirdCheckSchema,
  orderChoiceSchema,
  orderEstimateSchema,
  pastedTokenSchema,
  saveOutcomeSchema,
  settingsSchema,
  settingsUpdateSchema,
  setupStateSchema,
  shopCheckSchema,
} from './setup';
import {
  actionResultSchema,
  appStatusSchema,
  heldOrdersSchema,
  historyImportSchema,
  isoDateSchema,
  logLineSchema,
  moneybirdIdSchema,
  orderNumberSchema,
} from './status';

const noArgs = z.strictObject({});
const statusIds = z.array(z.int().nonnegative()).min(1).max(50);
/** A result, or what went wrong and what to do. */
const orProblem = <T extends z.ZodRawShape>(shape: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), ...shape }),
    z.object({ ok: z.literal(false), problem: checkProblemSchema }),
  ]);

export const requests = {
  'app.status': { args: noArgs, result: appStatusSchema },
  /** reason: why a run was not started (paused, not set up), or that it follows the current one. */
  'sync.runNow': { args: noArgs, result: actionResultSchema },
  'sync.pause': { args: noArgs, result: appStatusSchema },
  'sync.resume': { args: noArgs, result: appStatusSchema },
  'log.recent': {
    args: z.strictObject({ limit: z.int().min(1).max(500).optional() }),
    result: z.object({ lines: z.array(logLineSchema) }),
  },
  /** The log filtered by level, order, period and words, newest first, a page at a time (./log.ts). */
  'log.search': { args: logSearchArgsSchema, result: logPageSchema },
  /** The filtered log as CSV text and a file name; the shell or the page saves it. */
  'log.exportCsv': { args: logExportArgsSchema, result: logExportSchema },
  /** Parked and waiting orders, oldest order number first. */
  'orders.list': {
    args: z.strictObject({ limit: z.int().min(1).max(500).optional() }),
    result: heldOrdersSchema,
  },
  /** Every order the journal knows, newest first: searched, filtered and paged in the core. */
  'orders.search': { args: ordersSearchArgsSchema, result: ordersPageSchema },
  /** One order: its journal steps, the shop's order and the Moneybird invoice as booked. */
  'orders.detail': {
    args: z.strictObject({ orderNumber: orderNumberSchema }),
    result: z.object({ order: orderDetailSchema.nullable() }),
  },
  /** The invoice numbers of these orders (those the journal knows). */
  'orders.invoices': {
    args: z.strictObject({ orderNumbers: z.array(orderNumberSchema).min(1).max(100) }),
    result: orderInvoicesSchema,
  },
  /** The month per VAT rate: shop against Moneybird per rate for a month or quarter (./reconciliation.ts). */
  'reconciliation.period': { args: reconciliationPeriodArgsSchema, result: reconciliationViewSchema },
  /** That view as CSV text and a file name; the page saves it. */
  'reconciliation.exportCsv': { args: reconciliationExportArgsSchema, result: reconciliationExportSchema },
  /**
   * Compares the period's bookings with their invoices in Moneybird now (reads only): an invoice
   * changed or deleted there since it was booked is recorded as it is; the view is asked again.
   */
  'reconciliation.checkMoneybird': { args: reconciliationCheckArgsSchema, result: booksCheckSchema },
  /**
   * Puts a parked, waiting or skipped order back in the queue and syncs; several orders (the
   * dashboard's "Opnieuw proberen" for a group) all go back first, then one sync books them all.
   */
  'orders.retry': {
    args: z.union([
      z.strictObject({ orderNumber: orderNumberSchema }),
      z.strictObject({ orderNumbers: z.array(orderNumberSchema).min(1).max(500) }),
    ]),
    result: actionResultSchema,
  },
  /** The owner decided the order is not to be booked. */
  'orders.skip': { args: z.strictObject({ orderNumber: orderNumberSchema }), result: actionResultSchema },
  /**
   * Books an order parked because it is dated in the administration's locked period on the first
   * open day (the invoice names its real date), and syncs. Without an order number: every such order.
   */
  'orders.bookInOpenPeriod': {
    args: z.strictObject({ orderNumber: orderNumberSchema.optional() }),
    result: actionResultSchema,
  },
  /**
   * The owner checked, in Moneybird, the invoice an order was parked beside (its reference and total
   * are the order's, its contact is not the customer's) and says it is the order's booking: Winkelbrug
   * takes it over instead of booking the order, and syncs.
   */
  'orders.takeOverInvoice': {
    args: z.strictObject({ orderNumber: orderNumberSchema }),
    result: actionResultSchema,
  },
  /**
   * Books again an order whose invoice was deleted in Moneybird after it was booked. The deletion is
   * confirmed with Moneybird first; the booking is looked up by its reference before anything is
   * made, and syncs.
   */
  'orders.bookAgain': {
    args: z.strictObject({ orderNumber: orderNumberSchema }),
    result: actionResultSchema,
  },
  /**
   * The owner meant the deletion of a booked order's invoice in Moneybird: confirmed with Moneybird,
   * the order is skipped (out of the books by the owner's choice; a retry books it after all).
   */
  'orders.leaveDeleted': {
    args: z.strictObject({ orderNumber: orderNumberSchema }),
    result: actionResultSchema,
  },
  /**
   * The owner settled in Moneybird, by hand, a booked order the shop called off: the notice goes, and
   * the same cancellation is not brought up again (a credit order made later is still booked).
   */
  'orders.settleCancellation': {
    args: z.strictObject({ orderNumber: orderNumberSchema }),
    result: actionResultSchema,
  },
  'import.status': { args: noArgs, result: z.object({ import: historyImportSchema.nullable() }) },
  /** Books the shop's history from a date (resumable; the same date continues where it stopped). */
  'import.start': { args: z.strictObject({ since: isoDateSchema }), result: actionResultSchema },
  /**
   * The administration's locked period as Moneybird says it now (one request), for the period
   * "Eerdere bestellingen boeken" offers: the last locked day, or null when none is. `known` is
   * false when Moneybird could not be asked (offline, the login refused, nothing set up yet).
   */
  'import.periodLock': {
    args: noArgs,
    result: z.discriminatedUnion('known', [
      z.object({ known: z.literal(true), lockedUntil: isoDateSchema.nullable() }),
      z.object({ known: z.literal(false) }),
    ]),
  },

  // ---- setup: the first-run wizard and Settings (see ./setup.ts) ----
  /** Where the setup stands, step by step, from the keychain, the settings and live checks. */
  'setup.state': { args: noArgs, result: setupStateSchema },
  /** Checks the pasted shop token live; stores it in the keychain only when it works. */
  'setup.shop.connect': { args: z.strictObject({ token: pastedTokenSchema }), result: shopCheckSchema },
  /** Advanced: another partner token than the build's own (null: the build's again). */
  'setup.shop.partnerToken': {
    args: z.strictObject({ token: pastedTokenSchema.nullable() }),
    result: saveOutcomeSchema,
  },
  /** The shop's order statuses with the suggested ones, and the stored choice. */
  'setup.orders.options': { args: noArgs, result: orProblem({ choice: orderChoiceSchema }) },
  /** How many orders a choice means, and how long booking them takes at Moneybird's limit. */
  'setup.orders.estimate': {
    args: z.strictObject({ statuses: statusIds, since: isoDateSchema }),
    result: orProblem({ estimate: orderEstimateSchema }),
  },
  'setup.orders.save': {
    args: z.strictObject({ statuses: statusIds, since: isoDateSchema }),
    result: saveOutcomeSchema,
  },
  /** Starts a browser login; progress and the outcome come as `setup.login` events. */
  'setup.moneybird.browserLogin': { args: noArgs, result: browserLoginSchema },
  'setup.moneybird.cancelLogin': {
    args: z.strictObject({ loginId: z.string().min(1).max(100) }),
    result: z.object({ cancelled: z.boolean() }),
  },
  /** The consent page that shows a code to paste (for when the browser cannot reach this computer). */
  'setup.moneybird.outOfBand': { args: noArgs, result: orProblem({ authorizeUrl: z.url() }) },
  'setup.moneybird.outOfBandCode': {
    args: z.strictObject({ code: pastedTokenSchema }),
    result: moneybirdCheckSchema,
  },
  'setup.moneybird.personalToken': {
    args: z.strictObject({ token: pastedTokenSchema }),
    result: moneybirdCheckSchema,
  },
  /** The administrations the stored login reaches. */
  'setup.moneybird.administrations': { args: noArgs, result: moneybirdCheckSchema },
  /** Checks the administration is usable (a revenue ledger, a financial account) and stores it. */
  'setup.moneybird.chooseAdministration': {
    args: z.strictObject({ administrationId: moneybirdIdSchema }),
    result: saveOutcomeSchema,
  },
  /** Every mapping field with Moneybird's records, the stored or proposed choice, and why. */
  'setup.mapping.proposal': { args: noArgs, result: mappingProposalSchema },
  'setup.mapping.save': {
    args: z.strictObject({ choices: mappingChoicesSchema }),
    result: saveOutcomeSchema,
  },
  /** Plans what the first run would book, writing nothing to Moneybird. */
  'setup.dryRun': { args: noArgs, result: dryRunReportSchema },
  /** Stores the proposals the owner accepted and starts syncing. */
  'setup.finish': { args: noArgs, result: saveOutcomeSchema },
  /** Removes that service's tokens from the keychain; the history stays. */
  'setup.disconnect': {
    args: z.strictObject({ service: z.enum(['mijnwebwinkel', 'moneybird']) }),
    result: setupStateSchema,
  },
  'settings.get': { args: noArgs, result: settingsSchema },
  'settings.update': { args: settingsUpdateSchema, result: settingsSchema },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

export type RequestChannel = keyof typeof requests;
export const REQUEST_CHANNELS = Object.keys(requests) as RequestChannel[];

/** What a caller passes (optional fields may be left out). */
export type RequestArgs<C extends RequestChannel> = z.input<(typeof requests)[C]['args']>;
/** What a handler receives after parsing. */
export type ParsedArgs<C extends RequestChannel> = z.output<(typeof requests)[C]['args']>;
export type RequestResult<C extends RequestChannel> = z.output<(typeof requests)[C]['result']>;

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && Object.hasOwn(requests, value);
}
