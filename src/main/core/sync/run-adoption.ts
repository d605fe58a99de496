// Adoption within a run: Moneybird is the truth, the journal a cache. A run first settles what its
// journal can vouch for (beginWatch); the orders it cannot vouch for are looked up in Moneybird, in
// bulk, before their first write, and a booking found there is adopted (or the order parked when what
// carries its reference is not plainly its booking) instead of being made again. The rules for what
// is plainly an order's booking live in adoption.ts; the look-ups in existing-bookings.ts.
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { localize } from '../../../shared/i18n/translate';
import { shopLocalDate } from '../../../shared/shop-calendar';
import {
  type BookingPlan,
  bookingReference,
  LEGACY_REFERENCE_PREFIX,
  orderNumberFromReference,
} from '../bookkeeping';
import { AuthenticationError, PlanLimitError } from '../http/errors';
import type { MoneybirdClient } from '../moneybird/client';
import type { Administration } from '../moneybird/schemas';
import { bookingStyleOf, type JournalEntry, type JournalReason, type RunKind, type Store } from '../store';
import {
  ADOPTED_CONTACT_CHANGED,
  adoptionSteps,
  connectedAdministrationText,
  judgeBookingElsewhere,
  judgeBookings,
} from './adoption';
import { type BookingExecutor, type CalledOffGuard, RunBlockedError } from './booking-executor';
import { type BookingKind, ExistingBookings } from './existing-bookings';
import { STATUS_CHANGED_CURSOR } from './order-admission';
import { numbered } from './order-overview-facts';
import { MAX_OTHER_ADMINISTRATIONS, OtherAdministrations } from './other-administrations';
import { adoptionSummaryMatters, adoptionSummaryText, parkedReasonForLog } from './run-log-text';
import { type OrderReport, type QuietRunLog, type RunLog, toReport } from './run-report';
import { invoiceTakeOversSetting } from './sync-settings';

/** When the journal was found to be an older copy of itself (ms): what it knows ends there. */
export const JOURNAL_RESTORED_CURSOR = 'journal.restoredAt';
/**
 * A regular run whose journal last finished a discovery longer ago than this cannot vouch for what
 * happened meanwhile (the app was off, or the data folder came back from a backup): the orders it
 * meets that it does not know are looked up in Moneybird first. Scheduled runs come every 15 minutes.
 */
export const WATCH_GAP_MS = 60 * 60 * 1000;

/** What this run's journal can vouch for (see beginWatch). */
interface RunWatch {
  /** Every order the journal does not know yet is looked up in Moneybird before its first write. */
  lookUpAll: boolean;
  /** Orders dated on or before this day (YYYY-MM-DD) are older than the journal's knowledge. */
  knownFrom: string;
}

interface AdoptionStats {
  lookups: ExistingBookings;
  /** The owner's other administrations, for the orders the connected one holds nothing of. */
  elsewhere: OtherAdministrations;
  adopted: number;
  parked: number;
  /** The orders looked up (each under every reference and kind it may be booked as). */
  orders: Set<string>;
}

export interface RunAdoptionContext {
  store: Store;
  moneybird: MoneybirdClient;
  now: () => number;
  log: RunLog;
  logQuietly: QuietRunLog;
  /** The prefix of this run's booking references: a reference with it is one of ours. */
  referencePrefix: () => string;
  /** The administrations the login reaches, for the orders the connected one holds nothing of. */
  administrations: () => Promise<Administration[]>;
}

/** One run's adoption: what its journal vouches for, its look-ups, and what it adopted or parked. */
export class RunAdoption {
  private watch: RunWatch | undefined;
  private stats: AdoptionStats | undefined;
  /** Orders whose look-up in the other administrations failed in this run, with the failure. */
  private readonly elsewhereFailures = new Map<string, unknown>();

  constructor(private readonly context: RunAdoptionContext) {}

  /**
   * What this run's journal can vouch for. It knows the orders it booked itself since it was created;
   * it cannot know what was booked before that (a new data folder, a history import), while it was
   * away (no discovery finished for a while: the app was off, or the folder came back from a backup),
   * or after the copy it was restored from was made (the database is behind its seal).
   */
  beginWatch(kind: RunKind, runId: number, firstOfProcess = false): void {
    const { store, now } = this.context;
    const { lineage, cursors, journal } = store;
    const check = lineage.advance();
    if (check.restored) {
      cursors.set(JOURNAL_RESTORED_CURSOR, String(now()));
      const marked = journal.markForLookUp();
      this.context.log(
        'warn',
        localize(syncMessages, 'sync.journal_restored', { orders: marked }),
        null,
        runId,
        { code: 'journal_restored' },
      );
    }
    const stored = Number(cursors.get(JOURNAL_RESTORED_CURSOR) ?? 0);
    const restoredAt = Number.isFinite(stored) ? stored : 0;
    const knownFrom = shopLocalDate(Math.max(lineage.bornAt, restoredAt));
    // Away: no discovery finished yet, none for a while, or none since the restored copy was found.
    // The first run after the app starts cannot vouch either: the folder may have been put back from
    // a copy minutes old, seal and all, while the app was closed.
    const watchedAt = cursors.updatedAt(STATUS_CHANGED_CURSOR);
    const away =
      firstOfProcess || watchedAt === undefined || now() - watchedAt > WATCH_GAP_MS || restoredAt > watchedAt;
    this.watch = { lookUpAll: kind === 'import' || away, knownFrom };
  }

  /**
   * Whether to look for the order's booking in Moneybird before its next write: no invoice known
   * yet, and either marked so when it was recorded, or met by a run whose journal cannot vouch for
   * it (an import, or a journal that was away: a copy of the folder may have booked it meanwhile).
   */
  needsLookUp(entry: JournalEntry): boolean {
    return (
      (entry.adoption === 'look_up' || this.watch?.lookUpAll === true) &&
      entry.moneybird.invoiceId === null &&
      (entry.progress === 'pending' || entry.progress === 'contact_ok') &&
      entry.reference !== null
    );
  }

  /** Whether an order new to the journal may have been booked without it. */
  unvouched(orderDate: string): boolean {
    const watch = this.watch;
    if (!watch) return true;
    return watch.lookUpAll || orderDate <= watch.knownFrom;
  }

  /**
   * Looks up, in bulk, the bookings of the entries to be looked up. A failure (after the client's
   * own retries) is returned, not thrown: those orders wait for a retry while the rest is booked.
   */
  async lookUpBookings(entries: readonly JournalEntry[]): Promise<unknown> {
    return this.lookUp(entries.filter((e) => this.needsLookUp(e)));
  }

  private async lookUp(wanted: readonly JournalEntry[]): Promise<unknown> {
    if (wanted.length === 0) return undefined;
    const wantedOf = (e: JournalEntry) => this.wantedOf(e);
    const { lookups, elsewhere, orders } = this.existingBookings();
    for (const entry of wanted) orders.add(entry.orderNumber);
    try {
      await lookups.lookUp(wanted.flatMap(wantedOf));
    } catch (error) {
      return lookupFailureOf(error);
    }
    // What the connected administration holds nothing of may be in another one of the owner's:
    // booked there before a switch of administration that this journal does not know of.
    const absent = wanted.filter((e) =>
      wantedOf(e).every((w) => (lookups.bookingsOf(w.style, w.reference) ?? []).length === 0),
    );
    try {
      await elsewhere.lookUp(absent.flatMap(wantedOf));
    } catch (error) {
      // Only those orders wait for a retry; the ones found in the connected administration go on.
      const failure = lookupFailureOf(error);
      for (const entry of absent) this.elsewhereFailures.set(entry.orderNumber, failure);
    }
    return undefined;
  }

  /**
   * Of these entries without a known invoice, those Moneybird holds nothing of under any of their
   * references, in the connected administration or the owner's others (looked up in bulk, whether or
   * not they were to be looked up before their write). None when the look-up failed.
   */
  async holdNothingOf(entries: readonly JournalEntry[]): Promise<Set<string>> {
    const wanted = entries.filter((e) => e.reference !== null && e.moneybird.invoiceId === null);
    if ((await this.lookUp(wanted)) !== undefined) return new Set();
    const { lookups, elsewhere } = this.existingBookings();
    const none = wanted.filter(
      (e) =>
        !this.elsewhereFailures.has(e.orderNumber) &&
        this.wantedOf(e).every(
          (w) =>
            (lookups.bookingsOf(w.style, w.reference) ?? []).length === 0 &&
            elsewhere.bookingsOf(w.style, w.reference).length === 0,
        ),
    );
    return new Set(none.map((e) => e.orderNumber));
  }

  /**
   * Of orders the journal does not know (a new computer, a backup), those Moneybird holds a booking
   * of under their references, in the connected administration or the owner's others (looked up in
   * bulk). None when the look-up failed.
   */
  async heldOf(orders: ReadonlyArray<{ orderNumber: string; orderDate: string }>): Promise<Set<string>> {
    const prefix = this.context.referencePrefix();
    // Only what a look-up reads of an entry: its number, reference, date and that no invoice is known.
    const entries = orders.map(
      (o) =>
        ({
          orderNumber: o.orderNumber,
          orderDate: o.orderDate,
          reference: bookingReference(o.orderNumber, prefix),
          moneybird: { contactId: null, invoiceId: null, paymentId: null },
        }) as JournalEntry,
    );
    if ((await this.lookUp(entries)) !== undefined) return new Set();
    const { lookups, elsewhere } = this.existingBookings();
    const held = entries.filter((e) =>
      this.wantedOf(e).some(
        (w) =>
          (lookups.bookingsOf(w.style, w.reference) ?? []).length > 0 ||
          elsewhere.bookingsOf(w.style, w.reference).length > 0,
      ),
    );
    return new Set(held.map((e) => e.orderNumber));
  }

  /**
   * The bookings to look for: both styles (the owner may have switched the style since an earlier
   * install booked it), and under the legacy prefix too, where an earlier install may have booked
   * the shop's orders.
   */
  private wantedOf(e: JournalEntry) {
    return [e.reference!, ...this.legacyReferences(e)].flatMap((reference) =>
      BOOKING_KINDS.map((style) => ({ reference, orderDate: e.orderDate, style })),
    );
  }

  /**
   * Adopts the booking Moneybird holds for this order, or parks the order when what carries its
   * reference is not plainly its booking. Null when Moneybird holds nothing: the order is booked.
   */
  async adoptExisting(
    entry: JournalEntry,
    plan: BookingPlan,
    executor: BookingExecutor,
    lookupFailure: unknown,
    /** For an order the shop called off: a taken-over draft is left unsent (booking-executor.ts). */
    calledOff?: CalledOffGuard,
  ): Promise<OrderReport | null> {
    const { store } = this.context;
    const stats = this.existingBookings();
    let found =
      lookupFailure === undefined ? stats.lookups.bookingsOf(plan.style, plan.reference) : undefined;
    try {
      if (lookupFailure !== undefined) throw lookupFailure;
      if (!found) {
        // Not among the batch's look-ups (its booking style changed since it was recorded).
        stats.orders.add(entry.orderNumber);
        await stats.lookups.lookUp([
          { reference: plan.reference, orderDate: entry.orderDate, style: plan.style },
        ]);
        found = stats.lookups.bookingsOf(plan.style, plan.reference) ?? [];
      }
    } catch (error) {
      const outcome = executor.fail(entry, error);
      return toReport(outcome.entry, outcome.kind);
    }
    const takenOver = store.settings.get(invoiceTakeOversSetting)[entry.orderNumber] ?? null;
    const verdict = judgeBookings(plan, entry, found, takenOver);
    if (verdict.kind === 'absent') return null;
    if (verdict.kind === 'park') return this.park(entry, verdict.reason);
    stats.adopted += 1;
    const steps = adoptionSteps(
      plan,
      entry,
      verdict.invoice,
      verdict.step,
      this.context.moneybird.administrationId,
    );
    let announce: (() => void) | undefined;
    let adopted: JournalEntry;
    try {
      adopted = store.transaction(() => {
        const next = store.journal.advanceThrough(entry.orderNumber, entry.state, steps);
        // month per VAT rate (#12), from the lines the look-up read.
        const booking = found?.find((f) => f.invoice.id === verdict.invoice.id);
        executor.recordBookedFigures(entry.orderNumber, verdict.invoice, booking?.figureLines);
        // Named as the owner knows it in Moneybird: its number, else its reference.
        const params = {
          order: entry.orderNumber,
          invoiceId:
            numbered(verdict.invoice).invoiceNumber ?? verdict.invoice.reference ?? verdict.invoice.id,
        };
        announce = this.context.logQuietly(
          verdict.contactChanged ? 'warn' : 'info',
          verdict.contactChanged
            ? localize(syncMessages, 'sync.order_adopted_contact_changed', {
                ...params,
                ...verdict.contactChanged,
              })
            : localize(
                syncMessages,
                verdict.byOwner ? 'sync.order_taken_over' : 'sync.order_adopted',
                params,
              ),
          entry.orderNumber,
          null,
          {
            invoiceId: verdict.invoice.id,
            adopted: verdict.invoice.state,
            ...(verdict.contactChanged && {
              code: ADOPTED_CONTACT_CHANGED,
              contact: verdict.contactChanged.contact,
              customer: verdict.contactChanged.customer,
            }),
          },
        );
        return next;
      });
    } catch (error) {
      // The journal refused the steps (its booking style changed since it was recorded, say).
      const outcome = executor.fail(entry, error);
      return toReport(outcome.entry, outcome.kind);
    }
    announce?.();
    if (adopted.state === 'done') return { ...toReport(adopted, 'booked'), adopted: true };
    // Carried on from where Moneybird shows it is: totals check and send, or the payment.
    const outcome = await executor.book(plan, adopted, verdict.invoice, calledOff);
    return { ...toReport(outcome.entry, outcome.kind), adopted: true };
  }

  /**
   * The other booking style, when Moneybird holds nothing of the order in the plan's style but does
   * in the other one: booked before the owner switched the style (by an earlier install, or before
   * the journal was lost). The order is then adopted in that style, never booked a second time.
   * Null when there is nothing there, or the look-up failed (the order then fails as usual).
   */
  async bookedInOtherStyle(entry: JournalEntry, plan: BookingPlan): Promise<BookingKind | null> {
    const other: BookingKind = plan.style === 'external' ? 'sales' : 'external';
    const { lookups } = this.existingBookings();
    try {
      if (!lookups.bookingsOf(other, plan.reference))
        await lookups.lookUp([{ reference: plan.reference, orderDate: entry.orderDate, style: other }]);
    } catch {
      return null;
    }
    return (lookups.bookingsOf(other, plan.reference) ?? []).length > 0 ? other : null;
  }

  /**
   * The booking an earlier install made of this order under the legacy shared prefix ("MWW"), before
   * this one books under the shop's own: the plan it was booked with (that reference, that style),
   * when Moneybird holds plainly this order's booking there (its customer, its total, its lines).
   * Anything else under that reference is taken for another shop's, which shared the prefix, and
   * the order is booked under its own. Only the run's bulk look-up is consulted (the orders its
   * journal cannot vouch for, where an earlier install's bookings are): an order the owner retries
   * costs no request more. Null too when the shop's own prefix is the legacy one.
   */
  legacyBooking(
    entry: JournalEntry,
    planIn: (style: BookingKind, referencePrefix: string) => BookingPlan | null,
  ): BookingPlan | null {
    const [reference] = this.legacyReferences(entry);
    if (!reference) return null;
    const { lookups } = this.existingBookings();
    const takenOver = this.context.store.settings.get(invoiceTakeOversSetting)[entry.orderNumber] ?? null;
    for (const style of BOOKING_KINDS) {
      const found = lookups.bookingsOf(style, reference) ?? [];
      if (found.length === 0) continue;
      const plan = planIn(style, LEGACY_REFERENCE_PREFIX);
      if (!plan) continue;
      const verdict = judgeBookings(plan, entry, found, takenOver);
      if (verdict.kind === 'adopt' && !verdict.contactChanged) return plan;
    }
    return null;
  }

  /**
   * The booking of this order in another administration of the owner's, found by the run's bulk
   * look-up: adopted as it is there when it is paid (the journal then knows the order is booked, in
   * that administration), and the order parked when it is not finished there. Nothing of it is
   * written, there or in the connected administration. Null when no other administration holds
   * plainly this order's booking: the order is booked in the connected one.
   */
  async adoptElsewhere(
    entry: JournalEntry,
    plan: BookingPlan,
    executor: BookingExecutor,
  ): Promise<OrderReport | null> {
    const { store } = this.context;
    const stats = this.existingBookings();
    const failure = this.elsewhereFailures.get(entry.orderNumber);
    if (failure !== undefined) {
      const outcome = executor.fail(entry, failure);
      return toReport(outcome.entry, outcome.kind);
    }
    const found = [entry.reference ?? plan.reference, ...this.legacyReferences(entry)].flatMap((reference) =>
      BOOKING_KINDS.flatMap((style) => stats.elsewhere.bookingsOf(style, reference)),
    );
    if (found.length === 0) return null;
    const connected = stats.elsewhere.connectedAdministration?.name;
    const verdict = judgeBookingElsewhere(plan, found, connected);
    if (verdict.kind === 'absent') return null;
    if (verdict.kind === 'park') return this.park(entry, verdict.reason);
    const { administration, booking, reference, style } = verdict.found;
    let adopted: JournalEntry;
    try {
      const taxRates = await stats.elsewhere.taxRatesOf(administration.id);
      adopted = store.transaction(() => {
        let current = entry;
        // A contact this run made in the connected administration before the look-up is not the
        // booking's: the journal takes the one the invoice is on there (it keeps ids once).
        const { contactId } = current.moneybird;
        if (current.state === 'contact_ok' && contactId !== null && contactId !== booking.invoice.contact_id)
          current = store.journal.forgetContact(current.orderNumber, contactId);
        // The journal takes the reference and style it was booked under there.
        if (current.reference !== reference || current.bookingStyle !== bookingStyleOf(style))
          current = store.journal.amend(current.orderNumber, current.state, {
            reference,
            bookingStyle: bookingStyleOf(style),
          });
        const steps = adoptionSteps({ ...plan, style }, current, booking.invoice, 'done', administration.id);
        const next = store.journal.advanceThrough(current.orderNumber, current.state, steps);
        executor.recordBookedFigures(entry.orderNumber, booking.invoice, booking.figureLines, taxRates);
        return next;
      });
    } catch (error) {
      const outcome = executor.fail(entry, error);
      return toReport(outcome.entry, outcome.kind);
    }
    stats.adopted += 1;
    const { contactChanged } = verdict;
    const params = {
      order: entry.orderNumber,
      administration: administration.name,
      invoiceId: numbered(booking.invoice).invoiceNumber ?? reference,
    };
    const wording = { current: connectedAdministrationText(connected) };
    this.context.log(
      contactChanged ? 'warn' : 'info',
      contactChanged
        ? localize(
            syncMessages,
            'sync.order_adopted_elsewhere_contact_changed',
            { ...params, ...contactChanged },
            wording,
          )
        : localize(syncMessages, 'sync.order_adopted_elsewhere', params, wording),
      entry.orderNumber,
      null,
      {
        invoiceId: booking.invoice.id,
        adopted: booking.invoice.state,
        administrationId: administration.id,
        // The order's page tells of the changed contact, as for an adoption in the connected administration.
        ...(contactChanged && { code: ADOPTED_CONTACT_CHANGED, ...contactChanged }),
      },
    );
    return { ...toReport(adopted, 'booked'), adopted: true };
  }

  /** Parks the order over what its look-up found, instead of booking it. */
  private park(entry: JournalEntry, reason: JournalReason): OrderReport {
    this.existingBookings().parked += 1;
    const parked = this.context.store.journal.park(entry.orderNumber, entry.state, reason);
    this.context.log('warn', parkedReasonForLog(reason.message), entry.orderNumber, null, {
      code: reason.code,
    });
    return toReport(parked, 'parked');
  }

  /** The order's reference under the legacy prefix, when the shop books under its own. */
  private legacyReferences(entry: JournalEntry): string[] {
    if (this.context.referencePrefix() === LEGACY_REFERENCE_PREFIX) return [];
    return [bookingReference(entry.orderNumber, LEGACY_REFERENCE_PREFIX)];
  }

  /** One line at the end of a run that looked anything up: what it cost and what it found. */
  logSummary(runId: number): void {
    if (!this.stats || this.stats.lookups.lookedUp === 0) return;
    const { lookups, elsewhere, adopted, parked, orders } = this.stats;
    this.context.log(
      // Nothing found (the usual case): kept for diagnosis, not put before the owner on every run.
      adoptionSummaryMatters({ adopted, parked }) ? 'info' : 'debug',
      // Orders, as the owner counts them: not the references and kinds each was looked up under.
      adoptionSummaryText({ looked: orders.size, adopted, parked }),
      null,
      runId,
      { adoptionRequests: lookups.requests + elsewhere.requests, adopted },
    );
    // Said, not hidden: an order booked in one of those would not be found.
    if (elsewhere.notLookedIn > 0)
      this.context.log(
        'info',
        localize(syncMessages, 'sync.other_administrations_limit', {
          looked: MAX_OTHER_ADMINISTRATIONS,
          total: MAX_OTHER_ADMINISTRATIONS + elsewhere.notLookedIn,
        }),
        null,
        runId,
        { code: 'other_administrations_limit' },
      );
  }

  private existingBookings(): AdoptionStats {
    if (this.stats) return this.stats;
    const { store, moneybird, now, referencePrefix, administrations } = this.context;
    const options = {
      moneybird,
      today: () => shopLocalDate(now()),
      knownInvoiceIds: () => store.journal.knownInvoiceIds(),
      isOurs: (reference: string) =>
        orderNumberFromReference(reference, referencePrefix()) !== undefined ||
        orderNumberFromReference(reference, LEGACY_REFERENCE_PREFIX) !== undefined,
    };
    this.stats = {
      lookups: new ExistingBookings({
        ...options,
        contactKeysOf: (contactId) => store.contacts.keysOf(contactId),
      }),
      // The contact cache is the connected administration's: its ids mean nothing in the others.
      elsewhere: new OtherAdministrations({ ...options, administrations }),
      adopted: 0,
      parked: 0,
      orders: new Set(),
    };
    return this.stats;
  }
}

const BOOKING_KINDS: readonly BookingKind[] = ['sales', 'external'];

/**
 * A look-up that failed after the client's own retries: a refused login or plan stops the run; any
 * other failure is returned, and its orders wait for a retry while the rest is booked.
 */
function lookupFailureOf(error: unknown): unknown {
  if (error instanceof AuthenticationError || error instanceof PlanLimitError)
    throw new RunBlockedError(error);
  return error ?? new Error('look-up failed');
}
