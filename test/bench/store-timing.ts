// `--store-timing`: how much of a run's CPU is the store's, by statement. Each SQLite statement the
// run executes is timed (run, get, all; BEGIN and COMMIT are statements too), so a reader sees which
// writes a booked order pays for. Off by default: the timing itself costs a little CPU per statement,
// which the plain benchmark must not count.
import type { Database } from 'better-sqlite3';

interface StatementTiming {
  ms: number;
  count: number;
}

export interface StoreTimingReport {
  /** Milliseconds inside SQLite statements during the run. */
  totalMs: number;
  /** The statements that cost most, by their SQL (whitespace folded, cut to 80 characters). */
  statements: Array<{ sql: string; ms: number; count: number }>;
}

type StatementMethod = (this: { source: string }, ...args: unknown[]) => unknown;

/** Times every statement prepared on `db`; `report()` gives what was timed since `reset()`. */
export function timeStatements(db: Database): { reset(): void; report(top: number): StoreTimingReport } {
  const timings = new Map<string, StatementTiming>();
  // One prototype serves every statement of the process; the bench has one store open at a time.
  const prototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, StatementMethod>;
  for (const method of ['run', 'get', 'all'] as const) {
    const original = prototype[method]!;
    prototype[method] = function (this: { source: string }, ...args: unknown[]) {
      const started = process.hrtime.bigint();
      try {
        return original.apply(this, args);
      } finally {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const sql = this.source.replace(/\s+/g, ' ').trim().slice(0, 80);
        const timing = timings.get(sql) ?? { ms: 0, count: 0 };
        timing.ms += ms;
        timing.count += 1;
        timings.set(sql, timing);
      }
    };
  }
  return {
    reset: () => timings.clear(),
    report(top) {
      const all = [...timings].map(([sql, t]) => ({ sql, ms: t.ms, count: t.count }));
      return {
        totalMs: all.reduce((sum, t) => sum + t.ms, 0),
        statements: all.sort((a, b) => b.ms - a.ms).slice(0, top),
      };
    },
  };
}
