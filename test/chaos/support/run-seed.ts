// One chaos seed from start to finish: a fault-free control run of the seed's shop, then the same
// shop under injected faults while the CLI is killed and restarted: the history import first, then
// (after some orders were completed in the shop) `sync --once` runs, each followed by calm runs until
// one completes; a last `sync --once` must write nothing. Then everything Moneybird holds is checked
// against the shop's own orders (shop-check.ts) and compared with the control run.
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/main/core/cli/cli-commands';
import { EnvSecretSource } from '../../../src/main/core/secrets/keychain';
import { DATABASE_FILE_NAME } from '../../../src/main/core/store';
import { parseDecimal, toFixed } from '../../sim/common/decimal';
import {
  type BookingFigures,
  type BooksSnapshot,
  bookingDifferences,
  type JournalVerdict,
  letBackoffPass,
  snapshotBooks,
  snapshotJournal,
} from './books';
import { ChaosDriver } from './chaos-driver';
import { type ChaosPlan, chaosPlan, describePlan } from './chaos-plan';
import { type CliExit, describeExit, runCliProcess, startCli } from './cli-process';
import {
  type ChaosShop,
  isCredit,
  isEligible,
  minimumMoneybirdRequests,
  orderNumberOf,
  referenceOf,
  shopFor,
} from './shop';
import { invoiceDifferencesFromShop, type ShopCheckContext } from './shop-check';
import { type ChaosWorld, startChaosWorld } from './world';

/** Calm runs after the chaos before the seed counts as never completing. */
const CALM_ATTEMPTS = 4;

export interface SeedResult {
  seed: number;
  differences: string[];
  /** What happened, round by round, and the plan: the failure message of a seed. */
  message: string;
  eligible: number;
  booked: number;
  parked: number;
}

interface RunOutcome {
  journal: Map<string, JournalVerdict>;
  books: BooksSnapshot;
  contractViolations: string[];
  /** Each booked invoice against the shop's own order, by reference (see shop-check.ts). */
  shopDifferences: string[];
}

/** The live orders reach their final status in the shop now (status_changed moves to now). */
function completeLiveOrders(shop: ChaosShop, world: ChaosWorld): void {
  for (const [number, status] of shop.live) world.mww.shop.setStatus(number, status);
}

/** A fault-free run of the same shop (same seed, fresh simulators and data directory, no kills). */
async function runControl(shop: ChaosShop): Promise<RunOutcome & { summary: string; differences: string[] }> {
  const world = await startChaosWorld(shop, 'control');
  try {
    // In-process through the CLI's own command function: the same code the child runs, minus the
    // process start, which the chaos part pays for often enough.
    const options = { env: world.env, secrets: new EnvSecretSource(world.env) };
    const result = await runCli({ name: 'import', since: shop.since }, options);
    completeLiveOrders(shop, world);
    const synced = await runCli({ name: 'sync' }, options);
    const differences: string[] = [];
    for (const [what, r] of [
      ['import', result],
      ['sync', synced],
    ] as const)
      if (r.exitCode !== 0 && r.exitCode !== 3)
        differences.push(`control ${what} did not complete: exit ${r.exitCode}, ${JSON.stringify(r.json)}`);
    const outcome = outcomeOf(world, shop);
    for (const v of outcome.contractViolations)
      differences.push(`control run broke the Moneybird contract: ${v}`);
    return {
      ...outcome,
      summary: `import → exit ${result.exitCode}, sync → exit ${synced.exitCode}`,
      differences,
    };
  } finally {
    await world.close();
  }
}

/** Contract violations, at most a few of them spelled out (the rest are usually the same). */
function violations(world: ChaosWorld): string[] {
  const all = world.moneybird.contract?.take() ?? [];
  const shown = all
    .slice(0, 5)
    .map(
      (v) =>
        `${v.direction} of ${v.method} ${v.path}${v.status ? ` (${v.status})` : ''}: ${v.errors.slice(0, 3).join('; ')}`,
    );
  return all.length > shown.length ? [...shown, `… and ${all.length - shown.length} more`] : shown;
}

function outcomeOf(world: ChaosWorld, shop: ChaosShop): RunOutcome {
  return {
    journal: snapshotJournal(world.dataDir),
    books: snapshotBooks(world),
    contractViolations: violations(world),
    shopDifferences: shopDifferencesOf(world, shop),
  };
}

/** Every invoice Moneybird holds, checked against the shop's order it books (shop-check.ts). */
function shopDifferencesOf(world: ChaosWorld, shop: ChaosShop): string[] {
  const mapping = world.mapping as {
    ledgerAccounts?: Record<string, unknown>;
    rounding?: { ledgerAccountId?: string };
  };
  const revenueLedgers = new Set<string>();
  for (const value of Object.values(mapping.ledgerAccounts ?? {})) {
    if (typeof value === 'string') revenueLedgers.add(value);
    else if (value && typeof value === 'object')
      for (const id of Object.values(value)) if (typeof id === 'string') revenueLedgers.add(id);
  }
  const context: ShopCheckContext = {
    taxRates: world.taxRates,
    revenueLedgers,
    roundingLedger: mapping.rounding?.ledgerAccountId,
  };
  const out: string[] = [];
  const { books } = world.moneybird;
  for (const invoice of [...books.salesInvoices(), ...books.externalSalesInvoices()]) {
    const reference = String(invoice.reference ?? '');
    const number = shop.orders.map(orderNumberOf).find((n) => referenceOf(n) === reference);
    // The shop's records as they stand now (a live order's status changed while the seed ran).
    const order = number === undefined ? undefined : world.mww.shop.getOrder(number);
    if (!order) {
      out.push(`${reference}: an invoice for no order of the shop`);
      continue;
    }
    for (const d of invoiceDifferencesFromShop(order, invoice, context)) out.push(`order ${number}: ${d}`);
  }
  return out;
}

export async function runSeed(seed: number): Promise<SeedResult> {
  const shop = shopFor(seed);
  const plan = chaosPlan(seed, { minimumMoneybirdRequests: minimumMoneybirdRequests(shop) });
  const story: string[] = [
    `shop: ${shop.orders.length} orders, import since ${shop.since}, ${shop.style} invoices, ${shop.live.size} completed only after the import`,
  ];
  const differences: string[] = [];
  // Seconds since the seed began, in the story only (helps to see where a slow seed spent its time).
  const started = Date.now();
  const at = () => `[${((Date.now() - started) / 1000).toFixed(1)} s]`;

  // The control runs alongside the chaos (its own simulators and data directory); it is needed
  // only for the comparison at the end.
  const controlRun = runControl(shop);
  controlRun.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // ---- chaos: faults, kills, restarts --------------------------------------------------------------
  const world = await startChaosWorld(shop, 'chaos');
  const driver = new ChaosDriver(world, plan);
  const backup = mkdtempSync(join(tmpdir(), `winkelbrug-chaos-${seed}-backup-`));
  let chaos: RunOutcome;
  try {
    const importArgs = ['import', '--since', shop.since, '--json'];
    const crashed = (exit: CliExit) => !exit.killed && (exit.hung || exit.json === undefined);
    const rounds = [...plan.kills, undefined];
    for (const [index, trigger] of rounds.entries()) {
      // The last round under faults is not killed: it meets every order of the shop.
      const resumed = letBackoffPass(world.dataDir);
      const from = world.moneybird.server.log.entries.length;
      const run = startCli(importArgs, world.env);
      const disarm = trigger ? driver.arm(run, trigger) : () => undefined;
      const exit = await run.exited;
      disarm();
      const requests = world.moneybird.server.log.entries.length - from;
      story.push(
        `${at()} round ${index + 1} (${resumed} resumed from backoff, ${requests} Moneybird requests): ${describeExit(exit)}`,
      );
      if (crashed(exit))
        differences.push(`round ${index + 1}: the CLI ended without its summary: ${describeExit(exit)}`);
      const lost = await loseJournal(plan, index + 1, world, backup);
      if (lost) story.push(`${at()} journal lost: ${lost}`);
    }

    // ---- calm: no more faults; run until a run completes with nothing left to do ---------------
    const settle = async (args: string[], label: string) => {
      let completed = false;
      for (let attempt = 1; attempt <= CALM_ATTEMPTS && !completed; attempt++) {
        const resumed = letBackoffPass(world.dataDir);
        const exit = await runCliProcess(args, world.env);
        story.push(
          `${at()} calm ${label} ${attempt} (${resumed} resumed from backoff): ${describeExit(exit)}`,
        );
        if (crashed(exit)) differences.push(`calm ${label} run ${attempt}: ${describeExit(exit)}`);
        const waiting = [...snapshotJournal(world.dataDir).values()].filter(
          (v) => v.state === 'waiting_transient',
        ).length;
        completed = (exit.code === 0 || exit.code === 3) && waiting === 0;
      }
      if (!completed)
        differences.push(`no ${label} run completed within ${CALM_ATTEMPTS} calm runs after the faults`);
    };
    await driver.calm();
    await settle(importArgs, 'import');

    // ---- the sync path: orders completed in the shop now, booked by `sync --once` under faults ----
    // Only `sync` runs from here on: an order the sync path misses stays unbooked and is reported.
    const syncArgs = ['sync', '--once', '--json'];
    if (shop.live.size > 0) {
      completeLiveOrders(shop, world);
      story.push(
        `${at()} ${shop.live.size} orders completed in the shop: ${[...shop.live.keys()].join(', ')}`,
      );
      driver.storm();
      for (const [index, trigger] of [...plan.syncKills, undefined].entries()) {
        const resumed = letBackoffPass(world.dataDir);
        const from = world.moneybird.server.log.entries.length;
        const run = startCli(syncArgs, world.env);
        const disarm = trigger ? driver.arm(run, trigger) : () => undefined;
        const exit = await run.exited;
        disarm();
        const requests = world.moneybird.server.log.entries.length - from;
        story.push(
          `${at()} sync round ${index + 1} (${resumed} resumed from backoff, ${requests} Moneybird requests): ${describeExit(exit)}`,
        );
        if (crashed(exit))
          differences.push(
            `sync round ${index + 1}: the CLI ended without its summary: ${describeExit(exit)}`,
          );
      }
      await driver.calm();
      await settle(syncArgs, 'sync');
    }

    // Every seed meets its 429 bursts (drawn within the traffic any complete run makes).
    const refused = world.moneybird.server.log.entries.filter((e) => e.fault === 'status 429').length;
    if (plan.burstsAt.length > 0 && refused === 0)
      differences.push(`the planned 429 bursts (from request ${plan.burstsAt.join(', ')}) never happened`);

    const before = world.moneybird.server.log.entries.length;
    const again = await runCliProcess(['sync', '--once', '--json'], world.env);
    story.push(`${at()} last: ${describeExit(again)}`);
    if (again.code !== 0 && again.code !== 3)
      differences.push(`sync --once after the import: ${describeExit(again)}`);
    const bookedAgain = (again.json?.booked as unknown[] | undefined) ?? [];
    if (bookedAgain.length > 0)
      differences.push(`sync --once after the import booked again: ${JSON.stringify(bookedAgain)}`);
    const writes = world.moneybird.server.log.entries
      .slice(before)
      .filter((e) => e.method !== 'GET' && !e.path.endsWith('/synchronization.json'));
    for (const w of writes)
      differences.push(`sync --once after the import wrote to Moneybird: ${w.method} ${w.path}`);

    story.push(`Moneybird: ${trafficOf(world.moneybird.server.log.entries)}`);
    story.push(`Mijnwebwinkel: ${trafficOf(world.mww.server.log.entries)}`);
    chaos = outcomeOf(world, shop);
  } finally {
    driver.dispose();
    await world.close();
    rmSync(backup, { recursive: true, force: true });
  }
  for (const v of chaos.contractViolations)
    differences.push(`the product broke the Moneybird contract: ${v}`);
  const control = await controlRun;
  story.splice(1, 0, `control: ${control.summary}`);
  differences.unshift(...control.differences);
  // Against the shop itself, not only against the control run: both runs could be wrong alike.
  for (const d of control.shopDifferences) differences.push(`control run, ${d}`);
  for (const d of chaos.shopDifferences) differences.push(`after the chaos, ${d}`);

  // ---- compare ---------------------------------------------------------------------------------
  const eligible = shop.orders.filter((o) => isEligible(o, shop.since)).map(orderNumberOf);
  const eligibleSet = new Set(eligible);
  const byNumber = new Map(shop.orders.map((o) => [orderNumberOf(o), o]));
  let booked = 0;
  let parked = 0;
  for (const order of eligible) {
    const expected = control.journal.get(order);
    const actual = chaos.journal.get(order);
    const reference = referenceOf(order);
    if (!expected) {
      differences.push(`order ${order}: eligible, but the control run never took it into its journal`);
      continue;
    }
    if (expected.state === 'done') {
      booked += 1;
      if (actual?.state !== 'done')
        differences.push(
          `order ${order}: booked in the control run, but ${describeVerdict(actual)} after the chaos`,
        );
      const found = chaos.books.bookings.get(reference) ?? [];
      const booking = found.length === 1 ? found[0] : undefined;
      if (booking && booking.state !== 'paid')
        differences.push(`order ${order}: invoice ${reference} is ${booking.state}, not paid`);
      // Independently of the control run: the shop's own total, and no payment on a zero total.
      const shopOrder = byNumber.get(order)!;
      const shopTotal = parseDecimal(String(shopOrder.price?.total ?? '0'));
      const expectedTotal = toFixed(isCredit(shopOrder) ? -shopTotal : shopTotal, 2);
      if (booking && toFixed(parseDecimal(booking.totalInclTax), 2) !== expectedTotal)
        differences.push(
          `order ${order}: invoice total ${booking.totalInclTax}, the shop's total is ${expectedTotal}`,
        );
      if (booking && shopTotal === 0n && booking.payments.length > 0)
        differences.push(`order ${order}: a zero total, yet payments [${booking.payments.join('; ')}]`);
    } else if (expected.state === 'parked') {
      parked += 1;
      if (actual?.state !== 'parked' || actual.reasonCode !== expected.reasonCode)
        differences.push(
          `order ${order}: parked (${expected.reasonCode}) in the control run, but ${describeVerdict(actual)} after the chaos`,
        );
    } else {
      // Only a credit whose original is not booked (parked, say) may be left waiting for it.
      if (!(expected.state === 'pending' && isCredit(byNumber.get(order)!)))
        differences.push(
          `order ${order}: eligible, but the control run left it ${describeVerdict(expected)}`,
        );
      if (actual?.state !== expected.state)
        differences.push(
          `order ${order}: ${describeVerdict(expected)} in the control run, but ${describeVerdict(actual)} after the chaos`,
        );
    }
  }

  // Every booking in Moneybird: the same references, each exactly once, with the same figures.
  const references = new Set([...control.books.bookings.keys(), ...chaos.books.bookings.keys()]);
  for (const reference of [...references].sort()) {
    const expected = control.books.bookings.get(reference) ?? [];
    const actual = chaos.books.bookings.get(reference) ?? [];
    const order = reference.replace(/^MWW-/, '');
    const label = `order ${order} (${reference})`;
    if (!eligibleSet.has(order) && expected.length + actual.length > 0)
      differences.push(
        `${label}: not eligible, yet Moneybird holds ${expected.length} booking(s) from the control run and ${actual.length} after the chaos`,
      );
    if (expected.length > 1) differences.push(`${label}: the control run booked it ${expected.length} times`);
    if (actual.length !== expected.length) {
      const states = (list: BookingFigures[]) =>
        list.length ? ` (${list.map((b) => b.state).join(', ')})` : '';
      differences.push(
        `${label}: ${actual.length} booking(s)${states(actual)} after the chaos, the control run has ${expected.length}${states(expected)}; journal: ${describeVerdict(chaos.journal.get(order))}`,
      );
      continue;
    }
    for (const [i, figures] of actual.entries()) {
      for (const d of bookingDifferences(expected[i]!, figures)) differences.push(`${label}: ${d}`);
    }
  }

  // No duplicate or extra contacts: the same contacts as the control run, one per e-mail address.
  const expectedContacts = count(control.books.contacts);
  const actualContacts = count(chaos.books.contacts);
  for (const key of new Set([...expectedContacts.keys(), ...actualContacts.keys()])) {
    const e = expectedContacts.get(key) ?? 0;
    const a = actualContacts.get(key) ?? 0;
    if (a > 1) differences.push(`contact ${key}: ${a} contacts in Moneybird after the chaos (duplicates)`);
    if (e !== a)
      differences.push(`contact ${key}: ${a} in Moneybird after the chaos, ${e} in the control run`);
  }
  if (chaos.books.payments !== control.books.payments)
    differences.push(
      `${chaos.books.payments} payments after the chaos, ${control.books.payments} in the control run`,
    );

  const message = [
    `Chaos seed ${seed} failed; replay it with CHAOS_SEEDS=${seed} node scripts/run-tests.mjs test/chaos`,
    ...differences.map((d) => `  - ${d}`),
    'What happened:',
    ...story.map((s) => `  ${s}`),
    'Plan:',
    describePlan(plan),
  ].join('\n');
  return { seed, differences, message, eligible: eligible.length, booked, parked };
}

/**
 * The plan's journal loss after `round` (no CLI runs now): the data folder deleted and set up again as
 * on a new computer, or an older copy taken or put back (the whole folder, seal and all, or only the
 * database file with its write-ahead log). What happened, in words, or undefined when nothing did.
 */
async function loseJournal(
  plan: ChaosPlan,
  round: number,
  world: ChaosWorld,
  backup: string,
): Promise<string | undefined> {
  const loss = plan.journalLoss;
  if (!loss) return undefined;
  const { dataDir } = world;
  const database = ['', '-wal'].map((suffix) => `${DATABASE_FILE_NAME}${suffix}`);
  if (loss.kind === 'delete') {
    if (loss.after !== round) return undefined;
    rmSync(dataDir, { recursive: true, force: true });
    await world.setUpDataDir();
    return 'data folder deleted and set up again';
  }
  if (loss.copyAfter === round) {
    if (loss.kind === 'restore-folder') cpSync(dataDir, backup, { recursive: true });
    else
      for (const file of database)
        if (existsSync(join(dataDir, file))) copyFileSync(join(dataDir, file), join(backup, file));
    return `${loss.kind === 'restore-folder' ? 'data folder' : 'database'} copied`;
  }
  if (loss.restoreAfter === round) {
    if (loss.kind === 'restore-folder') {
      rmSync(dataDir, { recursive: true, force: true });
      cpSync(backup, dataDir, { recursive: true });
    } else {
      for (const file of [...database, `${DATABASE_FILE_NAME}-shm`])
        rmSync(join(dataDir, file), { force: true });
      for (const file of database)
        if (existsSync(join(backup, file))) copyFileSync(join(backup, file), join(dataDir, file));
    }
    return `the older copy of the ${loss.kind === 'restore-folder' ? 'data folder' : 'database'} put back`;
  }
  return undefined;
}

function describeVerdict(verdict: JournalVerdict | undefined): string {
  if (!verdict) return 'not in the journal';
  const extra = [verdict.reasonCode, verdict.writeIntent && `intent ${verdict.writeIntent}`].filter(Boolean);
  return `${verdict.state}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** Requests, injected faults by kind and answers by status, in one line. */
function trafficOf(entries: ReadonlyArray<{ fault?: string; status?: number }>): string {
  const faults = count(entries.flatMap((e) => (e.fault ? [e.fault] : [])));
  const statuses = count(entries.flatMap((e) => (e.status && !e.fault ? [String(e.status)] : [])));
  const list = (m: Map<string, number>) => [...m.entries()].map(([k, n]) => `${k} ×${n}`).join(', ');
  return `${entries.length} requests; faults: ${list(faults) || 'none'}; answered: ${list(statuses)}`;
}

function count(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
