// The dry run: what the first sync would book, planned with the engine's own rules and nothing
// written anywhere. It reads the shop's orders from the start date in the chosen statuses (as the
// first run does: by order date, page by page), admits them as the engine does (paid, not a test
// order, on or after the start date), completes the mapping per page exactly as the engine does,
// and plans each order with the same planner. Moneybird is asked for nothing but its (cached)
// reference data: no request per order, and no write at all.
//
// It mirrors the first run's order of work too, because that decides what a credit order does: a
// credit is planned after its original, against the original's plan; a credit whose original is not
// booked is parked; a credit whose original is parked waits for it.
import type { CheckProblem, DryRunReport, MappingSection } from '../../../shared/contract';
import {
  type SetupMappingMessageKey,
  setupMappingMessages,
} from '../../../shared/i18n/messages/setup-mapping';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import {
  interpolate,
  type LocalizedText,
  localize,
  type MessageParams,
} from '../../../shared/i18n/translate';
import { shopLocalDate } from '../../../shared/shop-calendar';
import {
  type BookingPlan,
  type BookkeepingSettings,
  computeInvoiceTotals,
  type InvoiceDetail,
  isRefusal,
  lineTotal,
  type MoneybirdTaxRate,
  rateKey,
  requiredBoxWording,
  type TaxRateNeed,
  taxRatePercentage,
  treatmentWording,
  type VatTreatment,
  vatBoxesWording,
} from '../bookkeeping';
import { ApiError, AuthenticationError, PlanLimitError } from '../http/errors';
import type { Logger } from '../http/logger';
import type { MijnwebwinkelClient, OrderResult } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import { type Decimal, parseDecimal, toFixed, toPlain, ZERO } from '../money/decimal';
import { MONEYBIRD_BUDGET } from '../moneybird/rate-limiter';
import type { JournalEntry } from '../store';
import type { SettingsRepository } from '../store/settings';
import { completeMapping } from '../sync/auto-mapping';
import { originalBookingFrom } from '../sync/credit-originals';
import { estimateRemainingMs } from '../sync/engine';
import { admissionOf } from '../sync/order-admission';
import { discoverOrderPages } from '../sync/order-discovery';
import {
  acceptsAuthorizedPayments,
  completeRunMapping,
  ossNeedsOf,
  planOrderBooking,
  SetupRequiredError,
  storedShopCountry,
} from '../sync/run-mapping';
import { bookkeepingMappingSetting, completedStatusesSetting, startDateSetting } from '../sync/sync-settings';
import { invalidChoiceText, sectionName } from './mapping/invalid-choice';
import { acceptProposals, mappingFields } from './mapping-fields';
import type { LoadedReferenceData } from './reference-cache';
import { settingsSectionFor } from './settings-section';
import { misplacement, vatBoxOf } from './vat-box-of';

export interface DryRunDeps {
  /** The shop: its order pages, and single orders (an original a credit refers to, when not kept). */
  mijnwebwinkel: Pick<MijnwebwinkelClient, 'listOrdersPage' | 'order'>;
  /** Moneybird's reference data, read once (cached by the caller). */
  reference: () => Promise<LoadedReferenceData>;
  settings: SettingsRepository;
  now: () => number;
  /** How long this many Moneybird requests take at the rate limit (the rate limiter's estimate). */
  estimateMs?: (requests: number) => number;
  /** The journal, when one exists: orders it already handled are not the first run's. */
  journal?: { get(orderNumber: string): JournalEntry | undefined };
  /** Where a refusal's technical facts go (a stored choice's path and the schema's words). */
  logger?: Logger;
}

export interface DryRunOptions {
  /** The start date to plan from; else the stored one; else today (as the first run sets it). */
  startDate?: string;
  /** The completed statuses to plan with; else the stored ones. */
  statuses?: readonly number[];
  /** How many orders the sample shows (5). */
  sampleSize?: number;
  /**
   * Plan as if the proposals the mapping shows were stored too (what accepting them all stores).
   * Off by default: the dry run plans with the stored mapping, completed as the engine completes it.
   */
  withProposals?: boolean;
}

/** Moneybird requests booking one order takes, about (invoice, send, payment; a new contact is extra). */
export const REQUESTS_PER_ORDER = 3;
const DEFAULT_SAMPLE_SIZE = 5;
/** The engine's batch size for orders found due after the pages (credits after their originals). */
const ROUND_CHUNK = 100;
const MAX_ROUNDS = 10;

type Ok = Extract<DryRunReport, { ok: true }>;
type Parked = Ok['parked'][number];
type Sample = Ok['sample'][number];

function say(key: SetupMappingMessageKey, params: MessageParams = {}): LocalizedText {
  return localize(setupMappingMessages, key, params);
}

/** A failure reading the shop or Moneybird, as the owner reads it. */
export function dryRunProblem(error: unknown): CheckProblem {
  if (error instanceof AuthenticationError)
    return {
      code: error.reason === 'missing-scope' ? 'no-api-access' : 'wrong-token',
      message: error.userMessage,
    };
  if (error instanceof PlanLimitError) return { code: 'no-api-access', message: error.userMessage };
  if (error instanceof ApiError) {
    const unreachable =
      error.kind === 'transient' || error.kind === 'rate-limited' || error.kind === 'uncertain';
    return { code: unreachable ? 'unreachable' : 'invalid', message: error.userMessage };
  }
  const details = error instanceof Error ? error.message : String(error);
  return { code: 'invalid', message: say('dryrun.unexpected', { details }) };
}

const refusalOf = (problem: CheckProblem): DryRunReport => ({ ok: false, problem });

/** The VAT treatment and rate a line's tax rate stands for, for the per-rate figures. */
interface RateBucket {
  treatment: VatTreatment;
  country: string;
  rate: string;
  /** The part of the VAT return: "NL/1a", "NL/3b", "OSS/BE", or outside the return ("none"). */
  vatBox: string;
  base: Decimal;
  vat: Decimal;
}

const TREATMENT_ORDER: readonly VatTreatment[] = ['domestic', 'reverse_charge', 'export', 'oss'];

function detailsOf(plan: BookingPlan): InvoiceDetail[] {
  return 'sales_invoice' in plan.invoice
    ? plan.invoice.sales_invoice.details_attributes
    : plan.invoice.external_sales_invoice.details_attributes;
}

function customerOf(plan: BookingPlan): string {
  const c = plan.contact.create;
  const person = [c.firstname, c.lastname].filter(Boolean).join(' ');
  if (c.company_name && person) return `${c.company_name} (${person})`;
  return c.company_name || person || c.send_invoices_to_email || plan.contact.match.value;
}

/** What the sync engine's journal would hold for an order during the first run. */
interface Entry {
  state: 'pending' | 'discovered' | 'parked' | 'done';
  order?: Order;
  credited?: string;
  /** Done: the booking's reference. */
  reference?: string;
  /** Parked: why (for a credit that waits for it). */
  reasonCode?: string;
  /** Parked: the reason's details (what a missing ledger account was for). */
  reasonDetails?: Readonly<Record<string, unknown>>;
}

/**
 * Plans the first run from the start date: how many orders it books, their total and VAT per rate,
 * the first few as they would appear in Moneybird, every order that would be parked and why.
 * Writes nothing (not to Moneybird, not to the settings).
 */
export async function planFirstRun(deps: DryRunDeps, options: DryRunOptions = {}): Promise<DryRunReport> {
  const statuses = [...(options.statuses ?? deps.settings.get(completedStatusesSetting))];
  if (statuses.length === 0) return refusalOf({ code: 'invalid', message: say('dryrun.no_statuses') });
  const since = options.startDate ?? deps.settings.get(startDateSetting) ?? shopLocalDate(deps.now());

  let reference: LoadedReferenceData;
  try {
    reference = await deps.reference();
  } catch (error) {
    return refusalOf(dryRunProblem(error));
  }
  let stored = deps.settings.get(bookkeepingMappingSetting);
  if (options.withProposals) stored = acceptProposals(stored, mappingFields(stored, reference.data));
  const blocked = mappingBlocker(stored, reference, deps.logger);
  if (blocked) return refusalOf(blocked);

  const acceptAuthorized = acceptsAuthorizedPayments(stored);
  const shopCountry = storedShopCountry(stored);
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE;
  const percentages = new Map<string, Decimal>();
  for (const rate of reference.data.taxRates) {
    const p = taxRatePercentage(rate);
    if (p !== undefined) percentages.set(rate.id, p);
  }
  const taxRateNames = new Map(reference.data.taxRates.map((r) => [r.id, r.name ?? r.id]));
  const taxRates = new Map(reference.data.taxRates.map((r) => [r.id, r]));
  const ledgerNames = new Map(reference.data.ledgerAccounts.map((a) => [a.id, a.name ?? a.id]));

  // ---- what the run's journal would hold ----
  const journal = new Map<string, Entry>();
  /** Pending orders in the order they were recorded (the engine's queue order). */
  const recorded: string[] = [];
  const attempted = new Set<string>();
  const seen = new Set<string>();
  /** Orders in the chosen statuses not booked now: not paid yet (booked once paid), and test orders (never). */
  let unpaid = 0;
  const testOrders = new Set<string>();
  const parked: Parked[] = [];
  const sample: Sample[] = [];
  const buckets = new Map<string, RateBucket>();
  let bookedCount = 0;
  let total = ZERO;
  let vat = ZERO;

  const stateOf = (orderNumber: string): string | undefined =>
    journal.get(orderNumber)?.state ?? deps.journal?.get(orderNumber)?.state;

  const park = (
    order: { number: string; date?: string },
    code: string,
    reason: LocalizedText,
    details?: Readonly<Record<string, unknown>>,
  ) => {
    const entry = journal.get(order.number);
    if (entry) {
      entry.state = 'parked';
      entry.reasonCode = code;
      entry.reasonDetails = details;
      entry.order = undefined;
    }
    parked.push({
      orderNumber: order.number,
      orderDate: order.date ?? null,
      reason: asInSetup(reason),
      reasonCode: code,
      section: settingsSectionFor(code, details),
    });
  };

  const admit = (result: OrderResult) => {
    if (!result.ok) {
      // An order without a number cannot be parked under one: the engine only logs it, and it is
      // neither unpaid nor a test order, so it is in none of the counts either.
      if (result.number === undefined || (deps.journal?.get(result.number) ?? journal.get(result.number)))
        return;
      const issue = result.issues[0];
      journal.set(result.number, { state: 'parked' });
      park(
        { number: result.number },
        'order_unreadable',
        localize(syncMessages, 'sync.order_unreadable', {
          order: result.number,
          field: issue?.field ?? '?',
        }),
      );
      return;
    }
    const order = result.order;
    const known = deps.journal?.get(order.number);
    if (known && known.state !== 'discovered') return;
    if (journal.has(order.number)) return;
    const admission = admissionOf(order, since, acceptAuthorized);
    // The shop is asked for orders from the start date on, so one dated before it does not come up
    // here; were the shop to send one anyway, it is not booked, and in neither count.
    if (admission === 'unpaid') {
      unpaid += 1;
      journal.set(order.number, { state: 'discovered' });
      return;
    }
    if (admission === 'test_order') testOrders.add(order.number);
    if (admission !== 'eligible') return;
    journal.set(order.number, { state: 'pending', order, credited: order.creditedOrderNumber });
    recorded.push(order.number);
  };

  /** The originals a credit order may be planned against, kept from their own planning. */
  const originals = new Map<string, Order>();

  const book = async (numbers: readonly string[]) => {
    const fresh = numbers.filter((n) => !attempted.has(n));
    if (fresh.length === 0) return;
    const needs: TaxRateNeed[] = [];
    for (const n of fresh) {
      const order = journal.get(n)?.order;
      if (order) needs.push(...ossNeedsOf(order, shopCountry));
    }
    const settings = completeRunMapping(stored, reference, needs);
    for (const n of fresh) {
      attempted.add(n);
      const entry = journal.get(n)!;
      await planOne(entry.order!, entry, settings);
    }
  };

  const planOne = async (order: Order, entry: Entry, settings: BookkeepingSettings) => {
    let original: Parameters<typeof planOrderBooking>[3];
    if (order.creditedOrderNumber) {
      const originalNumber = order.creditedOrderNumber;
      const own = journal.get(originalNumber);
      const earlier = own ? undefined : deps.journal?.get(originalNumber);
      const booked =
        own?.state === 'done' && own.reference
          ? { reference: own.reference, invoiceId: '0' }
          : earlier?.state === 'done' && earlier.reference && earlier.moneybird.invoiceId
            ? { reference: earlier.reference, invoiceId: earlier.moneybird.invoiceId }
            : undefined;
      let originalOrder: Order | undefined;
      if (booked) {
        originalOrder = originals.get(originalNumber);
        if (!originalOrder) {
          const read = await deps.mijnwebwinkel.order(originalNumber);
          originalOrder = read.ok ? read.order : undefined;
        }
      }
      const resolved = originalBookingFrom(order, booked, originalOrder, settings, reference.data);
      if ('reason' in resolved) {
        park(order, resolved.reason.code, resolved.reason.message);
        return;
      }
      original = resolved.original;
    }
    const plan = planOrderBooking(
      order,
      settings,
      reference.data,
      original,
      undefined,
      false,
      shopLocalDate(deps.now()),
    );
    if (isRefusal(plan)) {
      park(order, plan.code, plan.message, plan.details);
      return;
    }
    // A rate that says it lands in another box than the treatment's: the check after the create
    // parks the order, so the first run would not book it either.
    const misplaced = misplacedRates(plan, taxRates);
    if (misplaced.length > 0) {
      park(order, 'vat_box_wrong', misplacedReason(plan, misplaced), {
        treatment: plan.vatTreatment,
        country: plan.vatCountry,
      });
      return;
    }
    entry.state = 'done';
    entry.reference = plan.reference;
    entry.order = undefined;
    if (order.creditOrderNumbers.length > 0) originals.set(order.number, order);
    count(order, plan, settings);
  };

  const count = (order: Order, plan: BookingPlan, settings: BookkeepingSettings) => {
    bookedCount += 1;
    const details = detailsOf(plan);
    const totals = computeInvoiceTotals(details, true, (id) => percentages.get(id));
    total += parseDecimal(plan.expected.totalInclTax);
    const rateOfId = new Map(Object.entries(plan.taxRateIds).map(([key, id]) => [id, key]));
    for (const group of totals.groups) {
      vat += group.tax;
      const shopRate = rateOfId.get(group.taxRateId);
      // A line at a rate the order's own rates do not use is the rounding line: a domestic 0 % rate.
      const at =
        shopRate === undefined
          ? { treatment: 'domestic' as const, country: settings.shopCountry, rate: rateKey(group.percentage) }
          : { treatment: plan.vatTreatment, country: plan.vatCountry, rate: shopRate };
      const vatBox = vatBoxOf(at.treatment, at.country, group.percentage, taxRates.get(group.taxRateId));
      const bucket = { ...at, vatBox };
      const key = `${bucket.treatment}|${bucket.treatment === 'oss' ? bucket.country : ''}|${bucket.rate}|${vatBox}`;
      const sum = buckets.get(key) ?? { ...bucket, base: ZERO, vat: ZERO };
      sum.base += group.totalExclTax;
      sum.vat += group.tax;
      buckets.set(key, sum);
    }
    if (sample.length < sampleSize) {
      sample.push({
        orderNumber: order.number,
        orderDate: order.date,
        customer: customerOf(plan),
        total: plan.expected.totalInclTax,
        lines: details.map((d) => ({
          description: d.description,
          // As the invoice will have it: how many, the price of one, and what they come to.
          quantity: toPlain(parseDecimal(d.amount)),
          price: toFixed(parseDecimal(d.price), 2),
          amount: toFixed(lineTotal(d.amount, d.price), 2),
          taxRate: taxRateNames.get(d.tax_rate_id) ?? d.tax_rate_id,
          ledgerAccount: ledgerNames.get(d.ledger_account_id) ?? d.ledger_account_id,
        })),
        creditOf: plan.creditOf?.orderNumber ?? null,
      });
    }
  };

  /** Due now: pending, not attempted, and not a credit whose original is still on its way. */
  const dueAmongPage = (page: readonly OrderResult[]): string[] => {
    const due: string[] = [];
    for (const result of page) {
      if (result.number === undefined) continue;
      const entry = journal.get(result.number);
      if (entry?.state !== 'pending') continue;
      if (entry.credited) {
        const state = stateOf(entry.credited);
        if (state !== undefined && state !== 'done' && state !== 'skipped') continue;
      }
      due.push(result.number);
    }
    return due;
  };

  /** The engine's queue after the pages: pending in recorded order, credits behind an unfinished original held. */
  const dueQueue = (): string[] =>
    recorded.filter((n) => {
      const entry = journal.get(n)!;
      if (entry.state !== 'pending' || attempted.has(n)) return false;
      if (!entry.credited) return true;
      const state = stateOf(entry.credited);
      return state === undefined || state === 'done' || state === 'skipped' || state === 'discovered';
    });

  try {
    const client = deps.mijnwebwinkel as MijnwebwinkelClient;
    for await (const page of discoverOrderPages(client, statuses, { kind: 'order_date', since }, seen)) {
      for (const result of page) admit(result);
      await book(dueAmongPage(page));
    }
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const queue = dueQueue();
      if (queue.length === 0) break;
      for (let i = 0; i < queue.length; i += ROUND_CHUNK) await book(queue.slice(i, i + ROUND_CHUNK));
    }
  } catch (error) {
    if (error instanceof SetupRequiredError)
      return refusalOf({ code: 'invalid', message: error.userMessage });
    return refusalOf(dryRunProblem(error));
  }

  // Credits left waiting: their original will be parked, so they wait with it.
  for (const n of recorded) {
    const entry = journal.get(n)!;
    if (entry.state !== 'pending') continue;
    const originalEntry = entry.credited ? journal.get(entry.credited) : undefined;
    const section: MappingSection | null = settingsSectionFor(
      originalEntry?.reasonCode,
      originalEntry?.reasonDetails,
    );
    parked.push({
      orderNumber: n,
      orderDate: entry.order?.date ?? null,
      reason: say('dryrun.original_parked', { order: n, original: entry.credited ?? '?' }),
      reasonCode: 'original_parked',
      section,
    });
  }

  const perRate = [...buckets.values()]
    .sort(
      (a, b) =>
        TREATMENT_ORDER.indexOf(a.treatment) - TREATMENT_ORDER.indexOf(b.treatment) ||
        a.country.localeCompare(b.country) ||
        (parseDecimal(b.rate) > parseDecimal(a.rate)
          ? 1
          : parseDecimal(b.rate) < parseDecimal(a.rate)
            ? -1
            : 0) ||
        a.vatBox.localeCompare(b.vatBox),
    )
    .map((b) => ({
      treatment: b.treatment,
      country: b.treatment === 'oss' ? b.country : null,
      rate: b.rate,
      vatBox: b.vatBox,
      base: toFixed(b.base, 2),
      vat: toFixed(b.vat, 2),
    }));

  const requests = bookedCount * REQUESTS_PER_ORDER;
  const etaMs = deps.estimateMs
    ? deps.estimateMs(requests)
    : estimateRemainingMs(bookedCount, MONEYBIRD_BUDGET, REQUESTS_PER_ORDER);
  return {
    ok: true,
    since,
    orders: bookedCount,
    total: toFixed(total, 2),
    vat: toFixed(vat, 2),
    perRate,
    sample,
    parked,
    unpaid,
    testOrders: testOrders.size,
    etaMs: Math.max(0, Math.ceil(etaMs)),
    plannedAt: new Date(deps.now()).toISOString(),
  };
}

/**
 * A reason as the setup shows it. A refusal sends the owner to choose a VAT rate in Winkelbrug's
 * Instellingen → Boekhouding → Btw-tarieven (so it is not taken for Moneybird's own Btw-tarieven);
 * while setting up, that choice is the Boekingen step's, and Instellingen is not there yet.
 */
export function asInSetup(reason: LocalizedText): LocalizedText {
  const say = (lang: 'nl' | 'en') =>
    reason[lang].replaceAll(
      setupMappingMessages[lang]['dryrun.place.settings.taxRates'],
      setupMappingMessages[lang]['dryrun.place.step.taxRates'],
    );
  return { nl: say('nl'), en: say('en') };
}

type Misplaced = { name: string; box: string; guessed: boolean };

/**
 * The rates of the order's treatment that land in another box of the VAT return than the
 * treatment's (`misplacement`): by what the rate says, or, for one that says nothing, as Moneybird's
 * ordinary rate of its percentage would (said to be likely, not certain). The check after the create
 * reads the box Moneybird really gives and parks such an order; the dry run says so beforehand.
 */
function misplacedRates(plan: BookingPlan, taxRates: ReadonlyMap<string, MoneybirdTaxRate>): Misplaced[] {
  const found: Misplaced[] = [];
  for (const id of new Set(Object.values(plan.taxRateIds))) {
    const rate = taxRates.get(id);
    const placed = rate ? misplacement(plan.vatTreatment, rate) : undefined;
    if (rate && placed) found.push({ name: rate.name ?? id, box: placed.box, guessed: placed.guessed });
  }
  return found;
}

/** Why the first run would leave such an order waiting, in the words the run itself would use. */
function misplacedReason(plan: BookingPlan, misplaced: readonly Misplaced[]): LocalizedText {
  const treatment = treatmentWording({ treatment: plan.vatTreatment, country: plan.vatCountry });
  const required = requiredBoxWording(plan.vatTreatment);
  const text = (lang: 'nl' | 'en') =>
    interpolate(setupMappingMessages[lang]['dryrun.vat_box_wrong'], {
      order: plan.orderNumber,
      lines: misplaced
        .map(({ name, box, guessed }) =>
          guessed
            ? interpolate(setupMappingMessages[lang]['dryrun.vat_box_line_guessed'], {
                name,
                box: vatBoxesWording([box])[lang],
              })
            : interpolate(syncMessages[lang]['sync.vat_box_line'], {
                name,
                boxes: vatBoxesWording([box])[lang],
              }),
        )
        .join('; '),
      treatment: treatment[lang],
      required: required[lang],
    });
  return { nl: text('nl'), en: text('en') };
}

/** A mapping gap that stops every booking (as the engine stops the run), as the owner reads it. */
function mappingBlocker(
  stored: Record<string, unknown>,
  reference: LoadedReferenceData,
  logger?: Logger,
): CheckProblem | null {
  const completion = completeMapping(stored, reference.data, {
    administrationCurrency: reference.administrationCurrency,
  });
  if (completion.ok) return null;
  if (completion.invalid) {
    // The schema's path and words are for the log; the owner reads the field as the step names it.
    const { field, problem } = completion.invalid;
    logger?.log('warn', 'a stored bookkeeping choice does not fit the schema', { field, problem });
    return { code: 'invalid', message: invalidChoiceText(field, storedShopCountry(stored)) };
  }
  const gap = completion.gaps.find((g) => g.essential)!;
  const field = mappingFields(stored, reference.data).find((f) => f.path === gap.path);
  const label = field?.label ?? { nl: gap.path, en: gap.path };
  const section = sectionName(
    field?.section ?? (gap.path === 'ledgerAccounts.revenue' ? 'revenue' : 'payments'),
  );
  const code =
    gap.path === 'ledgerAccounts.revenue' && gap.candidates.length === 0 ? 'no-revenue-ledger' : 'invalid';
  return {
    code,
    message: {
      nl: interpolate(setupMappingMessages.nl['dryrun.mapping_gap'], {
        label: label.nl,
        section: section.nl,
      }),
      en: interpolate(setupMappingMessages.en['dryrun.mapping_gap'], {
        label: label.en,
        section: section.en,
      }),
    },
  };
}
