// The sync engine: one run finds the shop's completed and paid orders, records each in the journal
// before anything is written to Moneybird, and books the due ones through the booking executor.
// An order that cannot be booked is parked with its reason and the rest goes on; a revoked token or
// a plan limit stops the run, since no other order could be booked either.
//
// This file holds the run itself: its order of steps, retry and skip, the log and the events. Its
// parts live beside it, each by its domain name: which orders are admitted (order-admission.ts), what
// a run books with (run-booking-setup.ts), the booking of one order (order-booking.ts), what a run's
// journal vouches for and what it adopts (run-adoption.ts), the booking a credit credits
// (credit-originals.ts), a history import's progress (import-progress.ts), the mapping a run books
// with (run-mapping.ts) and what a run reports (run-report.ts).

import { syncMessages } from '../../../shared/i18n/messages/sync';
import { reasonLead } from '../../../shared/i18n/reason-parts';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { shopLocalDate, shopLocalTime } from '../../../shared/shop-calendar';
import { cancellableBy } from '../http/cancellation';
import {
  AuthenticationError,
  PlanLimitError,
  RequestCancelledError,
  RequestRejectedError,
} from '../http/errors';
import type { MijnwebwinkelClient, OrderResult } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';
import type { MoneybirdClient } from '../moneybird/client';
import {
  ACTIONABLE_STATES,
  type JournalEntry,
  type LogLevel,
  type RunCounts,
  type RunKind,
  type RunLock,
  type RunLockResult,
  SKIPPED_BY_OWNER,
  type Store,
  storeWriteErrorOf,
} from '../store';
import { RunBlockedError } from './booking-executor';
import { FOLLOWS_ITS_ORIGINAL, waitsForOriginal } from './credit-originals';
import { ImportProgress, importRefusal } from './import-progress';
import { OrderAdmission, STATUS_CHANGED_CURSOR } from './order-admission';
import { OrderBooking } from './order-booking';
import { discoverOrderPages } from './order-discovery';
import { ReferenceKeeper } from './reference-keeper';
import { RunAdoption } from './run-adoption';
import { RunBookingSetup } from './run-booking-setup';
import { runFinishedText } from './run-log-text';
import { referencePrefixOf, SetupRequiredError } from './run-mapping';
import { type EngineEvent, type OrderReport, type RunReport, toReport } from './run-report';
import { ShopCancellations } from './shop-cancellations';
import { ShopPaymentRecordReader } from './shop-payment-records';
import { bookkeepingMappingSetting, logRetentionDaysSetting, startDateSetting } from './sync-settings';

export interface SyncEngineOptions {
  store: Store;
  mijnwebwinkel: MijnwebwinkelClient;
  moneybird: MoneybirdClient;
  now?: () => number;
  /** How long Moneybird's reference data (tax rates, ledgers, …) is reused between runs. */
  referenceDataTtlMs?: number;
  /** At most this many orders are booked in one run (the rest in the next). */
  batchSize?: number;
  /** Keeps other processes on the same data folder from syncing at the same time. */
  runLock?: RunLock;
}

/** A run's report while it runs: the orders handled so far (both are added to in place). */
type RunSoFar = Pick<RunReport, 'runId' | 'kind' | 'startedAt' | 'orders' | 'counts' | 'calledOff'>;

export class SyncEngine {
  private readonly store: Store;
  private readonly now: () => number;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private readonly references: ReferenceKeeper;
  private running: Promise<RunReport> | undefined;
  private cancelled = false;
  /** Aborted by cancel(): ends what the run's requests wait for (http/cancellation.ts). */
  private abort = new AbortController();
  /** Whether a run of this process has begun watching the shop (the first cannot vouch; beginWatch). */
  private watchedBefore = false;
  private runMapping: Record<string, unknown> | undefined;
  private readonly importProgress: ImportProgress;
  /** Line types already logged as unknown by this process: each is worth one line, not one per order. */
  private readonly unknownLineTypesLogged = new Set<string>();

  constructor(private readonly options: SyncEngineOptions) {
    this.store = options.store;
    this.now = options.now ?? Date.now;
    this.references = new ReferenceKeeper(options.moneybird, this.now, options.referenceDataTtlMs);
    this.importProgress = new ImportProgress(options.store, options.mijnwebwinkel);
  }

  subscribe(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /**
   * Asks a running run to stop after the order it is booking now. What it waits for from either
   * service ends at once (a write already sent is let finish); the order waiting on it stays for a
   * later run.
   */
  cancel(): void {
    if (!this.running) return;
    this.cancelled = true;
    this.abort.abort();
  }

  /** One run. Runs never overlap: a call during a run gets that run's report. */
  run(kind: RunKind = 'manual', options: { importSince?: string } = {}): Promise<RunReport> {
    if (this.running) return this.running;
    this.cancelled = false;
    this.abort = new AbortController();
    this.running = cancellableBy(this.abort.signal, () => this.execute(kind, options)).finally(() => {
      this.running = undefined;
      this.runMapping = undefined;
    });
    return this.running;
  }

  /** Puts a parked, waiting or skipped order back in the queue; the next run books it. */
  retry(orderNumber: string): JournalEntry {
    const entry = this.store.journal.get(orderNumber);
    if (!entry) throw new Error(`Order ${orderNumber} is not in the journal`);
    if (entry.state === 'parked' || entry.state === 'waiting_transient' || entry.state === 'skipped') {
      // While the order waited for the owner, the owner may have acted in Moneybird (given an invoice
      // the order's reference, or taken it away): the journal cannot vouch for that, so an order
      // without a known invoice looks its booking up before its next write.
      const lookUp = entry.moneybird.invoiceId === null && entry.reference !== null;
      // Nor for the accounts, rates and workflows it was parked over: they are read again.
      this.references.markStale();
      return this.store.journal.resume(orderNumber, entry.state, {
        resetAttempts: true,
        ...(lookUp && { patch: { adoption: 'look_up' } }),
      });
    }
    return entry;
  }

  /**
   * Credits parked only because their original was not booked (or its invoice gone) follow it once
   * it is: back in the queue, as the reason they were parked with promised.
   */
  private creditsFollowTheirOriginals(): void {
    for (const credit of this.store.journal.creditsOfBookedOriginals(FOLLOWS_ITS_ORIGINAL)) {
      this.store.journal.resume(credit.orderNumber, 'parked', { resetAttempts: true });
    }
  }

  /**
   * The owner decided this order is not to be booked. What it was held for is kept with the skip:
   * many reasons ask the owner to book or keep it in Moneybird by hand and then skip it, and the
   * month per VAT rate says so rather than that the order is not in Moneybird.
   */
  skip(orderNumber: string): JournalEntry {
    const entry = this.store.journal.get(orderNumber);
    if (!entry) throw new Error(`Order ${orderNumber} is not in the journal`);
    // Parked: it waited for the owner (a wait for a retry, Moneybird unreachable, is not kept). What
    // happened only, without the ways out the reason offered: one of them was just chosen.
    const held = entry.state === 'parked' ? entry.reason : undefined;
    const waitedFor = held && { nl: reasonLead(held.message.nl), en: reasonLead(held.message.en) };
    return this.store.journal.skip(orderNumber, entry.state, {
      code: SKIPPED_BY_OWNER,
      message: waitedFor
        ? localize(syncMessages, 'sync.skipped_by_owner.held', {}, { reason: waitedFor })
        : localize(syncMessages, 'sync.skipped_by_owner'),
      ...(held && waitedFor && { details: { heldFor: { code: held.code, ...waitedFor } } }),
    });
  }

  // ---- a run -------------------------------------------------------------------------------------

  private async execute(kind: RunKind, options: { importSince?: string }): Promise<RunReport> {
    const lock = this.options.runLock?.tryAcquire() ?? { ok: true as const, release: () => {} };
    try {
      return await this.executeLocked(kind, options, lock);
    } catch (error) {
      // The store could not even record the run (a full disk, a read-only file): nothing was done.
      const failure = storeWriteErrorOf(error, this.store.file);
      if (!failure) throw error;
      const at = this.now();
      const report: RunReport = {
        runId: 0,
        kind,
        startedAt: at,
        finishedAt: at,
        outcome: 'failed',
        orders: [],
        counts: { seen: 0, booked: 0, parked: 0, skipped: 0, waiting: 0 },
        error: { code: failure.kind, message: failure.userMessage },
      };
      this.emit({ type: 'run-finished', report });
      return report;
    } finally {
      if (lock.ok) lock.release();
    }
  }

  private async executeLocked(
    kind: RunKind,
    options: { importSince?: string },
    /** Refused when another process holds the data folder's run lock: the run stops before it starts. */
    lock: RunLockResult,
  ): Promise<RunReport> {
    const run = this.store.runs.start(kind);
    const startedAt = this.now();
    this.runMapping = this.store.settings.get(bookkeepingMappingSetting);
    // The run's parts: what its journal vouches for (and what it adopts), and which orders it admits.
    const adoption = new RunAdoption({
      store: this.store,
      moneybird: this.options.moneybird,
      now: this.now,
      log: (...line) => this.log(...line),
      logQuietly: (...line) => this.logQuietly(...line),
      referencePrefix: () => referencePrefixOf(this.mapping()),
      administrations: () => this.references.administrationsSince(startedAt),
    });
    const admission = new OrderAdmission({
      store: this.store,
      mijnwebwinkel: this.options.mijnwebwinkel,
      now: this.now,
      log: (...line) => this.log(...line),
      mapping: () => this.mapping(),
      unvouched: (orderDate) => adoption.unvouched(orderDate),
    });
    const cancellations = new ShopCancellations({
      store: this.store,
      mijnwebwinkel: this.options.mijnwebwinkel,
      log: (...line) => this.log(...line),
      holdNothingOf: (entries) => adoption.holdNothingOf(entries),
      unvouched: (orderDate) => adoption.unvouched(orderDate),
      heldOf: (orders) => adoption.heldOf(orders),
      admit: (order) => {
        const earliest = this.store.settings.get(startDateSetting) ?? order.date;
        admission.admit({ ok: true, number: order.number, order, raw: undefined }, earliest, new Map());
      },
    });
    const orderBooking = new OrderBooking({
      store: this.store,
      mijnwebwinkel: this.options.mijnwebwinkel,
      moneybird: this.options.moneybird,
      now: this.now,
      // A new reader each run: a refusal of the payments view stops the asking for this run only.
      paymentRecords: new ShopPaymentRecordReader(this.options.mijnwebwinkel),
      cancellations,
      adoption,
      unknownLineTypesLogged: this.unknownLineTypesLogged,
      log: (...line) => this.log(...line),
    });
    const reports: OrderReport[] = [];
    const counts: RunCounts = { seen: 0, booked: 0, parked: 0, skipped: 0, waiting: 0 };
    this.emit({ type: 'run-started', runId: run.id, kind, startedAt });
    this.log('info', localize(syncMessages, `sync.run_started.${kind}`), null, run.id);
    const finishCleanly = (outcome: RunReport['outcome'], error: RunReport['error']): RunReport =>
      this.finishCleanly(
        { runId: run.id, kind, startedAt, orders: reports, counts, calledOff: cancellations.broughtUp },
        adoption,
        outcome,
        error,
      );
    // The run's counts and the import's progress are stored at most once a second (and at the end):
    // a write per order, or a count over the journal per order, costs more than the booking itself.
    const countsDue = pacer(PROGRESS_WRITE_INTERVAL_MS);
    const importProgressDue = pacer(PROGRESS_WRITE_INTERVAL_MS);
    const report = (r: OrderReport) => {
      reports.push(r);
      counts[r.outcome] += 1;
      if (countsDue()) this.store.runs.updateCounts(run.id, counts);
      this.emit({ type: 'order', runId: run.id, report: r });
    };

    if (!lock.ok) {
      const message = localize(syncMessages, 'sync.running_elsewhere', { pid: lock.holderPid ?? '?' });
      this.log('warn', message, null, run.id);
      return finishCleanly('blocked', { code: 'running_elsewhere', message });
    }
    // An import since a day the rule refuses (on or after the start date, other than the day of the
    // import the store holds) stops before it moves the start date or touches the import's row.
    if (kind === 'import' && options.importSince) {
      const refusal = importRefusal(
        options.importSince,
        this.store.settings.get(startDateSetting),
        shopLocalDate(this.now()),
        this.store.historyImport.get(),
      );
      if (refusal) {
        this.log('warn', refusal.message, null, run.id);
        return finishCleanly('blocked', refusal);
      }
    }

    try {
      adoption.beginWatch(kind, run.id, !this.watchedBefore);
      this.watchedBefore = true;
      const statuses = await admission.completedStatuses();
      cancellations.takeStored(statuses);
      // An import moves the start date back and starts its row in one commit: after a crash between
      // the two no import would resume, and the regular sync never looks at the new days' orders
      // whose status did not change.
      const startDate = this.store.transaction(() => {
        // The start date before an import moves it back: the import's period ends the day before it.
        const startDateBefore = this.store.settings.get(startDateSetting);
        const date = admission.startDate(kind === 'import' ? options.importSince : undefined);
        if (kind === 'import' && options.importSince)
          this.importProgress.begin(options.importSince, startDateBefore);
        return date;
      });
      const discoveredAt = this.now();
      const setup = new RunBookingSetup({
        store: this.store,
        mijnwebwinkel: this.options.mijnwebwinkel,
        moneybird: this.options.moneybird,
        references: this.references,
        now: this.now,
        runId: run.id,
        runStartedAt: discoveredAt,
        mapping: () => this.mapping(),
        log: (...line) => this.log(...line),
        logQuietly: (...line) => this.logQuietly(...line),
      });
      const window = admission.discoveryWindow(kind, startDate, options.importSince);
      if (kind === 'import' && options.importSince) await this.importProgress.count(statuses);
      // The start date in force judges every order, in an import too: an import since an earlier day
      // has moved it back already, and one since a later day books nothing before it differently
      // (an order waiting for its payment must not be set aside as too old by it).
      const earliest = startDate;
      // Orders of the page being booked (and originals read for credits); emptied per page, so a
      // large import never holds every order in memory.
      const orders = new Map<string, Order>();
      const seen = new Set<string>();
      const attempted = new Set<string>();
      let done = 0;
      let total = 0;
      /** `followers`: credits placed after their original in the page (see `dueAmong`). */
      const book = async (entries: readonly JournalEntry[], followers?: ReadonlySet<string>) => {
        const fresh = entries.filter((e) => !attempted.has(e.orderNumber));
        if (fresh.length === 0) return;
        const booking = await setup.prepare(fresh, orders);
        total += fresh.length;
        this.emit({ type: 'progress', runId: run.id, done, total });
        // Orders the journal cannot vouch for are looked up in Moneybird first, all of them at once.
        const lookupFailure = await adoption.lookUpBookings(fresh);
        for (const entry of fresh) {
          if (this.cancelled) break;
          // A credit placed after its original in the page, whose original is not booked after all
          // (parked, or a retry later): not attempted, so it waits for it as any credit does.
          if (
            followers?.has(entry.orderNumber) &&
            this.store.journal.get(entry.creditedOrderNumber!)?.state !== 'done'
          ) {
            total -= 1;
            continue;
          }
          attempted.add(entry.orderNumber);
          const outcome = await orderBooking.book(entry, orders, booking, lookupFailure);
          if (outcome) report(outcome);
          done += 1;
          this.emit({ type: 'progress', runId: run.id, done, total });
          if (kind === 'import' && importProgressDue()) this.importProgress.update();
        }
        // The seal beside the database follows the journal, so a copy put back later is recognised.
        this.store.lineage.advance();
      };

      // Each page of the shop's orders is recorded in the journal, then its eligible orders are
      // booked, before the next page is read.
      for await (const page of discoverOrderPages(this.options.mijnwebwinkel, statuses, window, seen)) {
        counts.seen += page.length;
        // One transaction per page: recording a page's orders is one commit, not one per order.
        const skipped = this.store.transaction(() =>
          page.map((result) => admission.admit(result, earliest, orders)),
        );
        for (const r of skipped) if (r) report(r);
        if (this.cancelled) break;
        const { due, followers } = this.dueAmong(page);
        await book(due, followers);
        orders.clear();
      }
      // Orders called off in the shop since: before the unpaid ones are read again (one called off
      // needs no more reading) and before what is due is booked (one called off is not booked).
      if (kind !== 'import' && !this.cancelled) {
        await cancellations.look(
          startDate,
          statuses,
          run.id,
          shopLocalTime(discoveredAt),
          () => this.cancelled,
        );
        // Set aside by the look (nothing of them in Moneybird): the run's summary counts them too.
        for (const entry of cancellations.takeSetAside()) report(toReport(entry, 'skipped'));
      }
      await admission.recheckDiscovered(seen, earliest, orders, report);
      // Orders the re-check found paid are booked from that reading, not read a second time.
      const readAgain = new Set(orders.keys());
      // Everything found is in the journal now: the next run may look from here on.
      if (kind !== 'import' && !this.cancelled) {
        this.store.cursors.set(STATUS_CHANGED_CURSOR, shopLocalTime(discoveredAt));
      }
      // Then what else is due: retries whose time has come, orders resumed after a crash or by the
      // owner, and credits whose original was booked just now.
      for (let round = 0; round < 10 && !this.cancelled; round++) {
        this.creditsFollowTheirOriginals();
        const queue = this.store.journal
          .due(this.now(), this.options.batchSize ?? 100_000)
          .filter((e) => !attempted.has(e.orderNumber));
        if (queue.length === 0) break;
        for (let i = 0; i < queue.length && !this.cancelled; i += 100) {
          const slice = queue.slice(i, i + 100);
          await book(slice);
          // What the slice read is let go; orders read again as paid just now stay until their turn.
          for (const entry of slice) readAgain.delete(entry.orderNumber);
          for (const orderNumber of orders.keys())
            if (!readAgain.has(orderNumber)) orders.delete(orderNumber);
        }
      }
      if (kind === 'import' && !this.cancelled) this.importProgress.complete();
      // Credits booked just now may cover an order the shop called off.
      cancellations.settleCovered(run.id);
      return finishCleanly('completed', null);
    } catch (error) {
      // Cancelled while a request waited: ended as a cancel between two orders is.
      if (this.cancelled && error instanceof RequestCancelledError) return finishCleanly('completed', null);
      return finishCleanly(...this.runError(error, kind));
    }
  }

  /** Ends the run; a store that cannot be written (a full disk) cannot record that, and the report says why. */
  private finishCleanly(
    run: RunSoFar,
    adoption: RunAdoption,
    outcome: RunReport['outcome'],
    error: RunReport['error'],
  ): RunReport {
    try {
      return this.finish(run, adoption, outcome, error);
    } catch (thrown) {
      const failure = storeWriteErrorOf(thrown, this.store.file);
      if (!failure) throw thrown;
      const report = reportOf(
        run,
        'failed',
        error ?? { code: failure.kind, message: failure.userMessage },
        this.now(),
      );
      this.emit({ type: 'run-finished', report });
      return report;
    }
  }

  /** Records the run's end and counts, logs its summary, prunes old log lines and announces the report. */
  private finish(
    run: RunSoFar,
    adoption: RunAdoption,
    outcome: RunReport['outcome'],
    error: RunReport['error'],
  ): RunReport {
    const { counts } = run;
    const storedOutcome =
      outcome === 'completed' ? (counts.parked > 0 ? 'completed_with_parked' : 'completed') : 'failed';
    // The run keeps the owner's words; the command line's are for the report alone.
    // Booked orders it found called off in the shop, kept with the run for its summary.
    const calledOff = run.calledOff?.length ?? 0;
    this.store.runs.finish(
      run.runId,
      storedOutcome,
      counts,
      error && { code: error.code, message: error.message },
      calledOff,
    );
    const report = reportOf(run, outcome, error, this.now());
    adoption.logSummary(run.runId);
    if (outcome === 'completed') {
      // Why the orders not booked were not: the reason each was left with; and the booked orders it
      // found called off in the shop, which wait for the owner now.
      const skipped = run.orders.flatMap((order) => (order.outcome === 'skipped' ? [order.reasonCode] : []));
      this.log('info', runFinishedText(counts, skipped, calledOff), null, run.runId);
    }
    this.prune();
    this.emit({ type: 'run-finished', report });
    return report;
  }

  private runError(thrown: unknown, kind: RunKind): [RunReport['outcome'], RunReport['error']] {
    // A failed write to the store (SQLITE_FULL, …) becomes the owner's text: what happened, what to do.
    const error = storeWriteErrorOf(thrown, this.store.file) ?? thrown;
    let result: [RunReport['outcome'], RunReport['error']];
    if (error instanceof RunBlockedError) {
      result = ['blocked', { code: error.blocker.kind, message: error.userMessage }];
    } else if (error instanceof AuthenticationError || error instanceof PlanLimitError) {
      result = ['blocked', { code: error.kind, message: error.userMessage }];
    } else if (
      error instanceof RequestRejectedError &&
      error.service === 'mijnwebwinkel' &&
      error.status === 403
    ) {
      // The shop's plan has no API access (any more): nothing can be read until the owner changes
      // it, so the run is blocked as by a refused token, and an import pauses rather than fails.
      result = [
        'blocked',
        { code: 'shop_no_api_access', message: localize(syncMessages, 'sync.shop_no_api_access') },
      ];
    } else if (error instanceof SetupRequiredError) {
      result = [
        'blocked',
        {
          code: `setup_${error.code}`,
          message: error.userMessage,
          ...(error.cliMessage && { cli: error.cliMessage }),
        },
      ];
    } else {
      const message =
        error && typeof error === 'object' && 'userMessage' in error
          ? (error.userMessage as LocalizedText)
          : {
              nl: String((error as Error)?.message ?? error),
              en: String((error as Error)?.message ?? error),
            };
      const code =
        error && typeof error === 'object' && 'kind' in error ? String(error.kind) : 'unexpected_error';
      result = ['failed', { code, message }];
    }
    try {
      this.log('error', result[1]!.message, null, null, { code: result[1]!.code });
    } catch (failure) {
      // The log is in the store that may be what failed; the run's report carries the message.
      if (!storeWriteErrorOf(failure, this.store.file)) throw failure;
    }
    if (kind === 'import' && result[0] === 'blocked') this.importProgress.pause(result[1]!);
    return result;
  }

  // ---- booking -------------------------------------------------------------------------------------

  /**
   * The orders of a page that can be booked now, in the shop's order. A credit waits while its
   * original is on its way, unless that original is due before it in this page: then the credit
   * follows it in place (one of the `followers`, booked only once its original is), so Moneybird
   * numbers the credit note among the invoices of its days, not after every other order of the run.
   */
  private dueAmong(page: readonly OrderResult[]): { due: JournalEntry[]; followers: Set<string> } {
    const due: JournalEntry[] = [];
    const followers = new Set<string>();
    const earlier = new Set<string>();
    for (const result of page) {
      if (result.number === undefined) continue;
      const entry = this.store.journal.get(result.number);
      if (!entry || !(ACTIONABLE_STATES as readonly string[]).includes(entry.state)) continue;
      if (waitsForOriginal(this.store.journal, entry)) {
        if (!earlier.has(entry.creditedOrderNumber!)) continue;
        followers.add(entry.orderNumber);
      }
      due.push(entry);
      earlier.add(entry.orderNumber);
    }
    return { due, followers };
  }

  // ---- plumbing ------------------------------------------------------------------------------------

  /** The owner's mapping as stored; read once per run (it is asked for per order). */
  private mapping(): Record<string, unknown> {
    return this.runMapping ?? this.store.settings.get(bookkeepingMappingSetting);
  }

  private prune(): void {
    const days = this.store.settings.get(logRetentionDaysSetting);
    const retention = days * 24 * 60 * 60 * 1000;
    this.store.log.prune(this.now(), retention);
    this.store.runs.prune(this.now() - retention);
  }

  private log(
    level: LogLevel,
    message: string | LocalizedText,
    orderNumber: string | null,
    runId: number | null,
    fields?: Record<string, unknown>,
  ): void {
    this.logQuietly(level, message, orderNumber, runId, fields)();
  }

  /** Stores a log line; the returned function announces it (after the caller's transaction commits). */
  private logQuietly(
    level: LogLevel,
    message: string | LocalizedText,
    orderNumber: string | null,
    runId: number | null,
    fields?: Record<string, unknown>,
  ): () => void {
    const at = this.now();
    const seq = this.store.log.append({ at, level, message, fields: fields ?? null, orderNumber, runId });
    const text = typeof message === 'string' ? { nl: message, en: message } : message;
    return () => this.emit({ type: 'log', seq, at, level, message: text, orderNumber });
  }

  private emit(event: EngineEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener's failure (a closed socket, say) must not stop a booking.
      }
    }
  }
}

const PROGRESS_WRITE_INTERVAL_MS = 1000;

/** True at most once per interval (monotonic time, so a test's frozen business clock does not stop it). */
function pacer(intervalMs: number): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const at = performance.now();
    if (at - last < intervalMs) return false;
    last = at;
    return true;
  };
}

/** The run's report as it ends (the fields in the order the CLI and the UI have always had them). */
function reportOf(
  run: RunSoFar,
  outcome: RunReport['outcome'],
  error: RunReport['error'],
  finishedAt: number,
): RunReport {
  const { runId, kind, startedAt, orders, counts, calledOff } = run;
  return { runId, kind, startedAt, finishedAt, outcome, orders, counts, error, calledOff };
}

/** An estimate of how long booking `orders` takes within Moneybird's limit. */
export function estimateRemainingMs(
  orders: number,
  budget: { requests: number; windowMs: number },
  requestsPerOrder = 3,
): number {
  return Math.ceil((orders * requestsPerOrder * budget.windowMs) / budget.requests);
}
