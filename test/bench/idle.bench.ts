// `npm run bench -- idle [--orders N] [--hours H] [--compression F] [--seed N]`
//
// The core as it lives in the tray between runs: a shop whose history is booked, the app service
// opened as the desktop shell opens it (the scheduler, its heartbeat, a sync every 15 minutes that
// finds nothing new), no window. One hour is compressed F times (default 60: an hour in a minute):
// the scheduler's clock runs F times faster, so an hour holds the same timers and runs as a real one
// and the CPU it costs is the CPU a real hour costs. The simulators run in a process of their own.
// Prints readable lines, then one JSON object whose `targets` say which of issue 13's targets hold:
// well under a second of CPU per hour, and memory that does not grow while nothing happens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openAppService } from '../../src/main/core/app-service/open-app-service';
import { openRuntime } from '../../src/main/core/core-runtime';
import { RateLimiterRegistry } from '../../src/main/core/moneybird/rate-limiter';
import type { SchedulerClock } from '../../src/main/core/sync/clock';
import { bookkeepingMappingSetting, completedStatusesSetting } from '../../src/main/core/sync/sync-settings';
import { MemorySecretStore, SecretsOverEnvironment } from '../support/memory-secrets';
import { SimulatorHost } from './simulator-host-client';

/** The CPU an idle hour may cost: "well under a second". */
const CPU_MS_PER_HOUR_TARGET = 500;
/** Growth of the live heap over the idle hours that still counts as none (allocator noise). */
const HEAP_GROWTH_ALLOWED_MB = 2;
const HOUR_MS = 60 * 60 * 1000;

interface IdleOptions {
  orders: number;
  hours: number;
  compression: number;
  seed: number;
}

function readOptions(argv: string[]): IdleOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      orders: { type: 'string', default: '300' },
      hours: { type: 'string', default: '1' },
      compression: { type: 'string', default: '60' },
      seed: { type: 'string', default: '1' },
    },
  });
  const options = {
    orders: Number(values.orders),
    hours: Number(values.hours),
    compression: Number(values.compression),
    seed: Number(values.seed),
  };
  if (!Number.isInteger(options.orders) || options.orders < 1)
    throw new Error('--orders must be a whole number ≥ 1');
  if (!(options.hours > 0)) throw new Error('--hours must be a positive number');
  if (!(options.compression >= 1)) throw new Error('--compression must be 1 or more');
  if (!Number.isInteger(options.seed)) throw new Error('--seed must be a whole number');
  return options;
}

/** A scheduler clock that runs `factor` times faster than the wall, timers alike. */
function compressedClock(factor: number): SchedulerClock {
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) * factor,
    setTimer(ms, fn) {
      const timer = setTimeout(fn, Math.max(0, ms) / factor);
      timer.unref();
      return { cancel: () => clearTimeout(timer) };
    },
  };
}

/** V8's collector, reached without starting the process with --expose-gc. */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The requests per route made between two counts. */
function routesSince(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const made: Record<string, number> = {};
  for (const [route, count] of Object.entries(after)) {
    const more = count - (before[route] ?? 0);
    if (more > 0) made[route] = more;
  }
  return made;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  console.log(
    `Idle in the tray: ${options.hours} h compressed ${options.compression}×, after a history of ${options.orders} orders`,
  );
  const gc = collector();
  const host = await SimulatorHost.start({
    orders: options.orders,
    windowSeconds: 3,
    style: 'sales',
    seed: options.seed,
    since: '2024-01-01',
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-idle-'));
  try {
    const env = { ...host.ready.env };
    // The shop's history booked first, as after the setup's import.
    const runtime = await openRuntime({
      env,
      dataDir,
      limiters: new RateLimiterRegistry({ requests: 150, windowMs: 3000 }),
    });
    runtime.store.settings.set(bookkeepingMappingSetting, host.ready.mapping);
    runtime.store.settings.set(completedStatusesSetting, host.ready.statuses);
    const imported = await runtime.engine.run('import', { importSince: '2024-01-01' });
    runtime.close();
    console.log(`history booked: ${imported.counts.booked} orders (${imported.outcome})`);

    // The app as the desktop shell opens it, without a window; its tokens from the environment.
    const { service } = await openAppService({
      env,
      dataDir,
      secrets: new SecretsOverEnvironment(new MemorySecretStore(), env),
      clock: compressedClock(options.compression),
      runAtStart: true,
    });
    let runs = 0;
    let failedRuns = 0;
    let notified: (() => void) | undefined;
    // The CPU spent inside runs, apart from what the app costs between them (timers, nothing else).
    let runCpuUs = 0;
    let runStartedCpu: NodeJS.CpuUsage | null = null;
    service.subscribe((event) => {
      if (event.channel === 'status.changed' && event.payload.state === 'syncing' && !runStartedCpu)
        runStartedCpu = process.cpuUsage();
      if (event.channel !== 'run.finished') return;
      if (runStartedCpu) {
        const used = process.cpuUsage(runStartedCpu);
        runCpuUs += used.user + used.system;
        runStartedCpu = null;
      }
      runs += 1;
      if (event.payload.outcome === 'failed') failedRuns += 1;
      notified?.();
    });
    // The run at start, then the measured hours.
    await new Promise<void>((resolve) => {
      notified = resolve;
    });
    notified = undefined;
    runs = 0;
    await sleep(1000);
    runCpuUs = 0;

    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.memoryUsage().rss;
    const statsBefore = await host.stats();
    const cpuBefore = process.cpuUsage();
    const wallMs = (options.hours * HOUR_MS) / options.compression;
    await sleep(wallMs);
    const cpu = process.cpuUsage(cpuBefore);
    const statsAfter = await host.stats();
    const rssAfter = process.memoryUsage().rss;
    gc();
    const heapAfter = process.memoryUsage().heapUsed;
    await service.close();

    const cpuMsPerHour = (cpu.user + cpu.system) / 1000 / options.hours;
    const result = {
      hours: options.hours,
      compression: options.compression,
      historyOrders: imported.counts.booked,
      runsPerHour: runs / options.hours,
      failedRuns,
      moneybirdRequestsPerHour:
        (statsAfter.moneybirdRequests - statsBefore.moneybirdRequests) / options.hours,
      mwwRequestsPerHour: (statsAfter.mwwRequests - statsBefore.mwwRequests) / options.hours,
      mwwRoutes: routesSince(statsBefore.mwwByRoute, statsAfter.mwwByRoute),
      moneybirdRoutes: routesSince(statsBefore.moneybirdByRoute, statsAfter.moneybirdByRoute),
      cpuMsPerHour: Math.round(cpuMsPerHour),
      cpuMsPerRun: runs > 0 ? Math.round(runCpuUs / 1000 / runs) : null,
      cpuMsPerHourBetweenRuns: Math.round((cpu.user + cpu.system - runCpuUs) / 1000 / options.hours),
      rssBeforeMb: mb(rssBefore),
      rssAfterMb: mb(rssAfter),
      liveHeapBeforeMb: mb(heapBefore),
      liveHeapAfterMb: mb(heapAfter),
      targets: {
        cpuWellUnderASecondPerHour: cpuMsPerHour < CPU_MS_PER_HOUR_TARGET,
        memoryDoesNotGrow: mb(heapAfter - heapBefore) <= HEAP_GROWTH_ALLOWED_MB,
        runsEveryQuarterHour: runs / options.hours >= 3 && failedRuns === 0,
      },
    };
    console.log(
      `${result.runsPerHour} runs per hour, ${result.cpuMsPerHour} ms CPU per hour, ` +
        `live heap ${result.liveHeapBeforeMb} → ${result.liveHeapAfterMb} MB, RSS ${result.rssBeforeMb} → ${result.rssAfterMb} MB`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await host.close().catch(() => host.kill());
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
