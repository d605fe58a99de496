// The chaos test of the sync promise: for many seeds, the CLI books a generated shop's history into
// Moneybird, and then (`sync --once`) the orders completed in the shop after it, while the
// simulators inject faults (5xx, resets, timeouts, commits whose answer is lost, writes that land
// only after the client gave up, 429 bursts within the seed's own traffic) and the process is killed
// with SIGKILL at seeded moments and started again; in some seeds the journal is lost between two
// runs (the data folder deleted, or an older copy of the folder or of the database put back), and the
// bookings Moneybird holds must be adopted. Afterwards every booked invoice must match the shop's own
// order (VAT per rate, lines, tax rates, ledger accounts, dates: support/shop-check.ts, through the
// simulators' independent arithmetic), and Moneybird must hold exactly what a fault-free control run
// of the same shop produced: every eligible order once, and nothing else.
//
//   CHAOS_SEEDS=7            run one seed (replay a failure)
//   CHAOS_SEEDS=1,5,20-30    run these seeds
//   CHAOS_SEEDS=random:20    run 20 freshly drawn seeds (nightly style); each failing seed prints
//                            the line that replays it (CHAOS_SEEDS=<seed>)
//   CHAOS_SEED_COUNT=50      run seeds 1..50 (default 10: the fixed seeds CI runs)
//   CHAOS_PARALLEL=1         one seed at a time (default 2)
//   CHAOS_LATE_CONTACT_CREATES=0  contact creates never land late (to tell a failure apart;
//                            see support/chaos-plan.ts)
// e.g. CHAOS_SEEDS=random:20 node scripts/run-tests.mjs test/chaos
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runSeed } from './support/run-seed';

function seeds(env: Record<string, string | undefined>): number[] {
  const random = /^random:(\d+)$/.exec(env.CHAOS_SEEDS?.trim() ?? '');
  if (random) {
    const count = Number(random[1]);
    if (count < 1) throw new Error('CHAOS_SEEDS=random:N needs N of at least 1');
    // Above the fixed seeds, so a drawn seed is never mistaken for one CI already runs.
    const drawn = Array.from({ length: count }, () => randomInt(1_000, 2 ** 31 - 1));
    console.log(`Chaos seeds drawn: ${drawn.join(',')} (replay any of them with CHAOS_SEEDS=<seed>)`);
    return drawn;
  }
  if (env.CHAOS_SEEDS?.trim()) {
    return env.CHAOS_SEEDS.split(',').flatMap((part) => {
      const bounds = part.trim().split('-').map(Number);
      const from = bounds[0] ?? Number.NaN;
      const to = bounds[1] ?? from;
      if (bounds.length > 2 || !Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from)
        throw new Error(`CHAOS_SEEDS: "${part}" is not a seed or a range of seeds (1, 2-5, …)`);
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
  }
  const n = Number(env.CHAOS_SEED_COUNT ?? 10);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`CHAOS_SEED_COUNT: "${env.CHAOS_SEED_COUNT}" is not a count`);
  return Array.from({ length: n }, (_, i) => i + 1);
}

/**
 * Seeds run two at a time: a seed spends most of its time waiting (child processes starting, timeouts
 * and Retry-After moments running out), so two share the machine well. Each has its own simulators
 * and data directories.
 */
function pool(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const queue: Array<() => void> = [];
  return async (task) => {
    if (running >= size) await new Promise<void>((resolve) => queue.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      queue.shift()?.();
    }
  };
}

const parallel = Number(process.env.CHAOS_PARALLEL ?? 2);
const inPool = pool(Number.isInteger(parallel) && parallel > 0 ? parallel : 2);

describe.concurrent('chaos: faults and SIGKILL while booking', () => {
  for (const seed of seeds(process.env)) {
    it(`seed ${seed}: every eligible order booked exactly once, as in a fault-free run`, async () => {
      const result = await inPool(() => runSeed(seed));
      // Printed as well as asserted: a nightly run's log names every failing seed for replay.
      if (result.differences.length > 0) console.error(result.message);
      // The control run must have booked something, or the comparison proves nothing.
      expect(result.booked, `seed ${seed}: the control run booked nothing`).toBeGreaterThan(0);
      expect(result.differences, result.message).toEqual([]);
      if (process.env.CHAOS_VERBOSE && result.differences.length === 0) console.log(result.message);
    }, 300_000); // a hang guard only (it includes the wait for a place in the pool)
  }
});
