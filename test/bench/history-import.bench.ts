// `npm run bench -- [--orders N] [--rate-window-seconds S] [--style sales|external] [--seed N]
//   [--store-timing]`
//
// A history import of N generated orders against both simulators, with Moneybird's limit of 150
// requests per 300 s compressed to 150 per S s on both sides (the simulator's window and the
// engine's budget). The simulators run in a forked process so this process's CPU time and memory
// are the engine's alone. Prints a few readable lines, then, as its last line, one JSON object.
//
// This is a benchmark, not a test: it measures and reports; it asserts nothing and is not part of
// `npm test`. The targets of issue 6 are evaluated in the JSON's `targets` so a reader sees at once
// which hold.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { openRuntime } from '../../src/main/core/core-runtime';
import { parseDecimal } from '../../src/main/core/money';
import { RateLimiterRegistry } from '../../src/main/core/moneybird/rate-limiter';
import { ACTIONABLE_STATES, type JournalEntry, type JournalState } from '../../src/main/core/store';
import { ADOPTED_CONTACT_CHANGED } from '../../src/main/core/sync/adoption';
import type { EngineEvent } from '../../src/main/core/sync/run-report';
import { bookkeepingMappingSetting, completedStatusesSetting } from '../../src/main/core/sync/sync-settings';
import type { BooksSummary, FloorReport, FloorRequest } from './host-protocol';
import { forkSibling, SimulatorHost } from './simulator-host-client';
import { timeStatements } from './store-timing';

const REAL_WINDOW_SECONDS = 300;
const REAL_REQUESTS_PER_HOUR = (150 * 3600) / REAL_WINDOW_SECONDS;
/** Moneybird requests a known customer's order may cost (issue 6's targets). */
const REQUESTS_PER_ORDER_TARGET = { sales: 3, external: 2 } as const;

interface BenchOptions {
  orders: number;
  windowSeconds: number;
  style: 'sales' | 'external';
  seed: number;
  since: string;
  keepData: boolean;
  /** Time the store's statements (store-timing.ts); costs CPU of its own, so off by default. */
  storeTiming: boolean;
}

function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      orders: { type: 'string', default: '1000' },
      'rate-window-seconds': { type: 'string', default: '10' },
      style: { type: 'string', default: 'sales' },
      seed: { type: 'string', default: '1' },
      since: { type: 'string', default: '2024-01-01' },
      'keep-data': { type: 'boolean', default: false },
      'store-timing': { type: 'boolean', default: false },
    },
  });
  const orders = Number(values.orders);
  const windowSeconds = Number(values['rate-window-seconds']);
  const seed = Number(values.seed);
  if (!Number.isInteger(orders) || orders < 1) throw new Error(`--orders must be a whole number ≥ 1`);
  if (!(windowSeconds > 0)) throw new Error(`--rate-window-seconds must be a positive number`);
  if (values.style !== 'sales' && values.style !== 'external')
    throw new Error(`--style must be sales or external`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since)) throw new Error(`--since must be YYYY-MM-DD`);
  return {
    orders,
    windowSeconds,
    style: values.style,
    seed,
    since: values.since,
    keepData: values['keep-data'],
    storeTiming: values['store-timing'],
  };
}

/** The transport-floor process (transport-floor.ts): mirrors the engine's exchanges while it runs. */
class TransportFloor {
  private readonly child = forkSibling('transport-floor');

  start(mirrorUrl: string): void {
    this.child.send({ type: 'start', mirrorUrl } satisfies FloorRequest);
  }

  /** CPU per exchange of the mirrored traffic, in ms. */
  stop(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.child.once('exit', (code) =>
        reject(new Error(`The transport-floor process stopped (exit ${code})`)),
      );
      this.child.once('message', (raw) => {
        const report = raw as FloorReport;
        resolve(report.exchanges > 0 ? report.cpuMs / report.exchanges : 0);
      });
      this.child.send({ type: 'stop' } satisfies FloorRequest);
    });
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
  }
}

function journalIn(
  list: (options: {
    states?: readonly JournalState[];
    limit: number;
    afterOrderNumber?: string;
  }) => JournalEntry[],
  states: JournalState[],
): JournalEntry[] {
  const all: JournalEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const page = list({ states, limit: 1000, afterOrderNumber: after });
    all.push(...page);
    if (page.length < 1000) return all;
    after = page.at(-1)!.orderNumber;
  }
}

interface Verification {
  bookedExactlyOnce: boolean;
  booked: number;
  parked: number;
  parkedByReason: Record<string, number>;
  heldCredits: number;
  waiting: number;
  problems: string[];
}

/** Every eligible order booked exactly once (one paid invoice with the shop's total), or parked with a reason. */
function verify(
  books: BooksSummary,
  journal: { done: JournalEntry[]; parked: JournalEntry[]; open: JournalEntry[] },
  runOutcome: string,
): Verification {
  const problems: string[] = [];
  const byReference = new Map<string, BooksSummary['invoices']>();
  for (const invoice of books.invoices) {
    byReference.set(invoice.reference, [...(byReference.get(invoice.reference) ?? []), invoice]);
  }
  const eligible = new Set(books.eligible);
  const done = new Set(journal.done.map((e) => e.orderNumber));
  const parked = new Set(journal.parked.map((e) => e.orderNumber));
  for (const entry of journal.done) {
    const found = byReference.get(entry.reference ?? '') ?? [];
    if (found.length !== 1) {
      problems.push(`${entry.orderNumber}: ${found.length} invoices`);
      continue;
    }
    const invoice = found[0]!;
    if (invoice.state !== 'paid') problems.push(`${entry.orderNumber}: invoice ${invoice.state}`);
    const expected = books.expectedTotals[entry.reference ?? ''];
    // A zero total is paid without a payment.
    if (invoice.payments < 1 && parseDecimal(invoice.total) !== 0n)
      problems.push(`${entry.orderNumber}: no payment`);
    if (expected === undefined) problems.push(`${entry.orderNumber}: booked but not eligible`);
    else if (parseDecimal(expected) !== parseDecimal(invoice.total))
      problems.push(`${entry.orderNumber}: total ${invoice.total}, shop ${expected}`);
  }
  const bookedReferences = new Set(journal.done.map((e) => e.reference));
  for (const [reference, invoices] of byReference) {
    if (!bookedReferences.has(reference))
      problems.push(`${reference}: ${invoices.length} invoice(s) without a booked order`);
  }
  if (books.otherStyleInvoices > 0) problems.push(`${books.otherStyleInvoices} invoices of the other style`);
  const heldCredits = journal.open.filter(
    (e) => e.creditedOrderNumber !== null && parked.has(e.creditedOrderNumber),
  );
  const held = new Set(heldCredits.map((e) => e.orderNumber));
  const waiting = journal.open.filter((e) => !held.has(e.orderNumber));
  for (const number of eligible) {
    if (!done.has(number) && !parked.has(number) && !held.has(number))
      problems.push(`${number}: eligible but neither booked nor parked`);
  }
  for (const entry of journal.parked) {
    if (!entry.reason?.code || !/\S{10,}/.test(entry.reason.message.nl))
      problems.push(`${entry.orderNumber}: parked without a readable reason`);
  }
  if (runOutcome !== 'completed') problems.push(`run ${runOutcome}`);
  const parkedByReason: Record<string, number> = {};
  for (const entry of journal.parked) {
    const code = entry.reason?.code ?? '?';
    parkedByReason[code] = (parkedByReason[code] ?? 0) + 1;
  }
  return {
    bookedExactlyOnce: problems.length === 0,
    booked: done.size,
    parked: parked.size,
    parkedByReason,
    heldCredits: heldCredits.length,
    waiting: waiting.length,
    problems,
  };
}

/** Resets the kernel's resident-memory peak of this process (Linux); false where it cannot. */
function resetResidentPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The kernel's resident-memory peak of this process since the last reset, in bytes. */
function residentPeak(): number | null {
  if (process.platform !== 'linux') return null;
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : null;
}

/**
 * CPU time of this process's threads so far, in ms: the main thread (the engine, its HTTP client and
 * store) and the others (V8's optimizing compiler and garbage collector's helpers, libuv's pool).
 * Null where /proc is not there. Read twice, around the run, so the reading costs nothing in between.
 */
function threadCpuMs(): { main: number; helpers: number } | null {
  if (process.platform !== 'linux') return null;
  const ticksPerMs = 100 / 1000; // USER_HZ, 100 on every Linux Node supports
  let main = 0;
  let helpers = 0;
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
      if (Number(tid) === process.pid) main += ms;
      else helpers += ms;
    }
  } catch {
    return null;
  }
  return { main, helpers };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  console.log(
    `History import of ${options.orders} orders, ${options.style} invoices, Moneybird window ${options.windowSeconds} s`,
  );
  const host = await SimulatorHost.start(options);
  const floor = new TransportFloor();
  const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-bench-'));
  const lostDataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-bench-lost-'));
  try {
    const env = { ...host.ready.env };
    // One budget for both runtimes (the import, then the one that lost its journal): one token.
    const limiters = new RateLimiterRegistry({ requests: 150, windowMs: options.windowSeconds * 1000 });
    const runtime = await openRuntime({ env, dataDir, limiters });
    runtime.store.settings.set(bookkeepingMappingSetting, host.ready.mapping);
    runtime.store.settings.set(completedStatusesSetting, host.ready.statuses);
    console.log(`${host.ready.generated} orders generated, ${host.ready.eligible} eligible`);
    const statementTimer = options.storeTiming ? timeStatements(runtime.store.db) : null;

    let lastPrinted = 0;
    runtime.engine.subscribe((event: EngineEvent) => {
      if (event.type !== 'progress' || event.total === 0) return;
      const at = Date.now();
      if (at - lastPrinted < 10_000 && event.done !== event.total) return;
      lastPrinted = at;
      console.log(`  ${event.done} / ${event.total}`);
    });

    // Memory is read without a timer in this process: a timer firing four times a second costs a
    // process on this VM about 1 ms of CPU per second, which would count as the engine's work.
    // The kernel keeps the peak (VmHWM, reset for the run where Linux allows it); the heap is read
    // on the engine's own progress events.
    const rssBefore = process.memoryUsage().rss;
    const peakBeforeRun = Math.max(residentPeak() ?? 0, process.resourceUsage().maxRSS * 1024);
    const runPeak = resetResidentPeak();
    let heapPeak = getHeapStatistics().used_heap_size;
    runtime.engine.subscribe(() => {
      heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
    });
    floor.start(host.ready.mirrorUrl);
    const threadsBefore = threadCpuMs();
    const cpuBefore = process.cpuUsage();
    statementTimer?.reset();
    const started = performance.now();
    const report = await runtime.engine.run('import', { importSince: options.since });
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const threadsAfter = threadCpuMs();
    const storeTiming = statementTimer?.report(12);
    const transportMsPerExchange = await floor.stop();
    const peakRssDuringRun = runPeak ? residentPeak() : null;
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const peakRss = Math.max(peakBeforeRun, peakRssDuringRun ?? 0, maxRss);

    const stats = await host.stats();
    const list = runtime.store.journal.list.bind(runtime.store.journal);
    const journal = {
      done: journalIn(list, ['done']),
      parked: journalIn(list, ['parked']),
      open: journalIn(list, [...ACTIONABLE_STATES, 'waiting_transient']),
    };
    const books = await host.books();
    const verification = verify(books, journal, report.outcome);
    runtime.close();

    // The journal lost (a new computer): the same history imported again into a new data folder.
    // Moneybird holds every booking already; adoption must find them all and write nothing.
    const lost = await openRuntime({ env, dataDir: lostDataDir, limiters });
    lost.store.settings.set(bookkeepingMappingSetting, host.ready.mapping);
    lost.store.settings.set(completedStatusesSetting, host.ready.statuses);
    const lostStarted = performance.now();
    const reimport = await lost.engine.run('import', { importSince: options.since });
    const lostWallMs = performance.now() - lostStarted;
    const lostStats = await host.stats();
    const lostBooks = await host.books();
    const lostDone = journalIn(lost.store.journal.list.bind(lost.store.journal), ['done']);
    // Adopted on their total and lines, their contact no longer matching the customer (a warning each).
    const adoptedContactChanged = lost.store.log
      .recent({ minLevel: 'warn', limit: 1_000_000 })
      .filter((l) => l.fields?.code === ADOPTED_CONTACT_CHANGED).length;
    lost.close();
    const lostJournal = {
      runOutcome: reimport.outcome,
      moneybirdRequests: lostStats.moneybirdRequests - stats.moneybirdRequests,
      adoptionRequests: lostStats.adoptionRequests - stats.adoptionRequests,
      adoptionRequestsPer100Orders: round(
        (100 * (lostStats.adoptionRequests - stats.adoptionRequests)) / Math.max(1, host.ready.eligible),
        2,
      ),
      writes: lostStats.writes - stats.writes,
      adopted: lostDone.filter((e) => e.adoption === 'adopted').length,
      adoptedContactChanged,
      bookedBefore: verification.booked,
      newInvoices: lostBooks.invoices.length - books.invoices.length,
      newPayments: lostBooks.payments - books.payments,
      wallSeconds: round(lostWallMs / 1000, 1),
    };

    const transportCpuMs = transportMsPerExchange * (stats.moneybirdRequests + stats.mwwRequests);

    const booked = verification.booked;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const localCpuMs = Math.max(0, cpuMs - transportCpuMs);
    // Counted apart, as what a known customer's ordinary order does not cost: adoption's look-ups
    // (once per order the journal did not know), the new customers' creates, the updates of
    // customers whose details changed, and a credit note's adjustment of its draft.
    const apart =
      stats.contactsCreated + stats.contactUpdates + stats.creditNoteRequests + stats.adoptionRequests;
    const bookingRequests = stats.moneybirdRequests - stats.setupRequests - apart;
    const knownCustomerRequestsPerOrder = booked > 0 ? bookingRequests / booked : 0;
    const target = REQUESTS_PER_ORDER_TARGET[options.style];
    // What Moneybird's real limit allows at the target request count plus the requests counted apart
    // (a history import looks every order up once).
    const allowedOrdersPerHour = booked > 0 ? REAL_REQUESTS_PER_HOUR / (target + apart / booked) : 0;
    const realWallHours = ((wallMs / 1000) * (REAL_WINDOW_SECONDS / options.windowSeconds)) / 3600;
    const ordersPerHourAtRealLimit = booked / realWallHours;
    // The first 150 requests go out at once on a fresh budget, which flatters a short run. The
    // sustained pace is measured between the arrivals of the 151st and the last whole multiple of
    // 150 requests after it, and turned into orders at this run's requests per booked order.
    const marks = stats.everyBudgetAt;
    const sustainedMs = marks.length >= 2 ? marks.at(-1)! - marks[0]! : 0;
    const sustainedRequestsPerRealHour =
      sustainedMs > 0
        ? (150 * (marks.length - 1)) /
          (((sustainedMs / 1000) * (REAL_WINDOW_SECONDS / options.windowSeconds)) / 3600)
        : null;
    const steadyOrdersPerHour =
      sustainedRequestsPerRealHour !== null && booked > 0
        ? sustainedRequestsPerRealHour * (booked / stats.moneybirdRequests)
        : null;
    const result = {
      orders: options.orders,
      style: options.style,
      rateWindowSeconds: options.windowSeconds,
      eligible: host.ready.eligible,
      booked,
      parked: verification.parked,
      parkedByReason: verification.parkedByReason,
      heldCredits: verification.heldCredits,
      notFinished: verification.waiting,
      runOutcome: report.outcome,
      moneybirdRequests: stats.moneybirdRequests,
      moneybirdRequestsPerOrder: round(booked > 0 ? stats.moneybirdRequests / booked : 0, 3),
      knownCustomerRequestsPerOrder: round(knownCustomerRequestsPerOrder, 3),
      setupRequests: stats.setupRequests,
      contactsCreated: stats.contactsCreated,
      contactUpdates: stats.contactUpdates,
      creditNoteRequests: stats.creditNoteRequests,
      adoptionRequests: stats.adoptionRequests,
      adoptionRequestsPer100Orders: round(
        (100 * stats.adoptionRequests) / Math.max(1, host.ready.eligible),
        2,
      ),
      lostJournal,
      mwwRequests: stats.mwwRequests,
      throttled429: stats.throttled429,
      wallSeconds: round(wallMs / 1000, 1),
      ordersPerHourAtRealLimit: round(ordersPerHourAtRealLimit, 1),
      allowedOrdersPerHour: round(allowedOrdersPerHour, 1),
      throughputOfAllowed: round(ordersPerHourAtRealLimit / allowedOrdersPerHour, 3),
      sustainedBudgetUse:
        sustainedRequestsPerRealHour === null
          ? null
          : round(sustainedRequestsPerRealHour / REAL_REQUESTS_PER_HOUR, 3),
      steadyOrdersPerHourAtRealLimit: steadyOrdersPerHour === null ? null : round(steadyOrdersPerHour, 1),
      steadyThroughputOfAllowed:
        steadyOrdersPerHour === null ? null : round(steadyOrdersPerHour / allowedOrdersPerHour, 3),
      // The whole process: the engine's work plus what its HTTP exchanges cost the process.
      cpuMsPerOrder: round(cpuMs / options.orders, 3),
      cpuUserMsPerOrder: round(cpu.user / 1000 / options.orders, 3),
      cpuSystemMsPerOrder: round(cpu.system / 1000 / options.orders, 3),
      // The same CPU by thread: the main thread, and V8's compiler and collector helpers (null off Linux).
      mainThreadCpuMsPerOrder:
        threadsBefore && threadsAfter
          ? round((threadsAfter.main - threadsBefore.main) / options.orders, 3)
          : null,
      helperThreadsCpuMsPerOrder:
        threadsBefore && threadsAfter
          ? round((threadsAfter.helpers - threadsBefore.helpers) / options.orders, 3)
          : null,
      transportCpuMsPerExchange: round(transportMsPerExchange, 3),
      transportCpuMsPerOrder: round(transportCpuMs / options.orders, 3),
      // The engine's own work: the process's CPU less the measured cost of its exchanges.
      localCpuMsPerOrder: round(localCpuMs / options.orders, 3),
      localCpuMsPerBookedOrder: round(booked > 0 ? localCpuMs / booked : 0, 3),
      rssBeforeRunMb: round(rssBefore / 2 ** 20, 1),
      peakRssMb: round(peakRss / 2 ** 20, 1),
      peakRssDuringRunMb: peakRssDuringRun === null ? null : round(peakRssDuringRun / 2 ** 20, 1),
      peakHeapUsedMb: round(heapPeak / 2 ** 20, 1),
      // --store-timing: the time inside SQLite's statements, per booked order, and the dearest.
      ...(storeTiming && {
        storeMsPerBookedOrder: round(booked > 0 ? storeTiming.totalMs / booked : 0, 3),
        storeStatements: storeTiming.statements.map((t) => ({ ...t, ms: round(t.ms, 1) })),
      }),
      moneybirdByRoute: stats.moneybirdByRoute,
      bookedExactlyOnce: verification.bookedExactlyOnce,
      problems: verification.problems.slice(0, 20),
      targets: {
        requestsPerKnownCustomerOrder: knownCustomerRequestsPerOrder <= target,
        throughput98: ordersPerHourAtRealLimit >= 0.98 * allowedOrdersPerHour,
        zero429: stats.throttled429 === 0,
        localCpuUnder2ms: localCpuMs / options.orders < 2,
        // Only meaningful for --orders 10000.
        memoryUnder150Mb: peakRss / 2 ** 20 < 150,
        // A journal lost and the history imported again: every booking adopted, nothing written.
        lostJournalBooksNothingTwice:
          lostJournal.runOutcome === 'completed' &&
          lostJournal.writes === 0 &&
          lostJournal.newInvoices === 0 &&
          lostJournal.newPayments === 0 &&
          lostJournal.adopted === booked,
      },
    };
    console.log(
      `booked ${booked}, parked ${verification.parked}, ${stats.moneybirdRequests} Moneybird requests ` +
        `(${stats.setupRequests} setup, ${stats.contactsCreated} new contacts, ${stats.adoptionRequests} look-ups), ` +
        `${stats.throttled429} × 429, ${round(wallMs / 1000, 1)} s`,
    );
    console.log(
      `journal lost, imported again: ${lostJournal.adopted} adopted ` +
        `(${lostJournal.adoptedContactChanged} on their lines, the contact changed), ${lostJournal.newInvoices} new invoices, ` +
        `${lostJournal.newPayments} new payments, ${lostJournal.moneybirdRequests} Moneybird requests ` +
        `(${lostJournal.adoptionRequests} look-ups, ${lostJournal.adoptionRequestsPer100Orders} per 100 orders)`,
    );
    if (storeTiming) {
      console.log(
        `store: ${round(storeTiming.totalMs, 1)} ms in SQLite statements during the run; the dearest:`,
      );
      for (const t of storeTiming.statements) console.log(`  ${round(t.ms, 1)} ms, ${t.count} ×  ${t.sql}`);
    }
    if (verification.problems.length > 0)
      console.log(`problems: ${verification.problems.slice(0, 5).join('; ')}`);
    console.log(JSON.stringify(result));
  } finally {
    floor.kill();
    await host.close().catch(() => host.kill());
    if (!options.keepData) {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(lostDataDir, { recursive: true, force: true });
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
