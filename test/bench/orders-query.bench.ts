// `node out/bench/orders-query.bench.mjs [--orders N] [--runs N]` (after `node scripts/build-bench.mjs`)
//
// The orders screen's query at N journal rows (default 50 000, spread over three years the way a
// journal fills: mostly booked, some parked, waiting, skipped, unpaid). Times each variant the screen
// makes (first page, search by name, state and period, a deep page, search by order number) and
// prints the median and worst of several runs per variant, then one JSON line with the target (each
// under 50 ms) evaluated. A benchmark, not a test: it measures and reports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createOrderOverview, type OrderOverviewQuery, openStore } from '../../src/main/core/store';
import { fillJournal } from '../support/journal-history';

const TARGET_MS = 50;

const { values } = parseArgs({
  options: { orders: { type: 'string', default: '50000' }, runs: { type: 'string', default: '15' } },
});
const orders = Number(values.orders);
const runs = Number(values.runs);

const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-orders-bench-'));
try {
  const store = openStore(join(dir, 'winkelbrug.sqlite'));
  const fillStarted = performance.now();
  const history = fillJournal(store, { count: orders, seed: 12, from: '2023-01-01', to: '2025-12-31' });
  const fillMs = performance.now() - fillStarted;
  store.db.pragma('optimize');
  const overview = createOrderOverview(store.db);
  const middle = history[Math.floor(history.length / 2)]!;
  // The next pages as the screen asks for them: the list as its first page showed it.
  const { asOf } = overview.search({ page: 1, pageSize: 1 });
  const variants: Record<string, OrderOverviewQuery> = {
    firstPage: { page: 1, pageSize: 50 },
    searchByName: { text: 'sanne de vries', page: 1, pageSize: 50 },
    searchByNumber: { text: middle.orderNumber, page: 1, pageSize: 50 },
    searchCommon: { text: 'example.nl', page: 1, pageSize: 50 },
    searchTwoLetters: { text: 'an', page: 1, pageSize: 50 },
    searchRare: { text: 'no such customer', page: 1, pageSize: 50 },
    statePeriod: {
      states: ['parked', 'waiting'],
      from: '2024-04-01',
      to: '2024-06-30',
      page: 1,
      pageSize: 50,
    },
    bookedInMonth: { states: ['booked'], from: '2025-03-01', to: '2025-03-31', page: 2, pageSize: 50 },
    deepPage: { page: Math.max(1, Math.floor(orders / 50) - 1), pageSize: 50 },
    bookedInMonthAsOf: {
      states: ['booked'],
      from: '2025-03-01',
      to: '2025-03-31',
      page: 2,
      pageSize: 50,
      asOf,
    },
    searchCommonAsOf: { text: 'example.nl', page: 2, pageSize: 50, asOf },
    deepPageAsOf: { page: Math.max(1, Math.floor(orders / 50) - 1), pageSize: 50, asOf },
  };
  const results: Record<string, { medianMs: number; worstMs: number; total: number }> = {};
  for (const [name, query] of Object.entries(variants)) {
    overview.search(query); // prepares the statement
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const found = overview.search(query);
      total = found.total;
      // The filter's labels, as the screen asks for them: what the search finds in the period.
      overview.stateCounts({ from: query.from, to: query.to, text: query.text, asOf: found.asOf });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 100) / 100;
    results[name] = {
      medianMs: round(times[Math.floor(times.length / 2)]!),
      worstMs: round(times.at(-1)!),
      total,
    };
    console.log(
      `${name.padEnd(15)} ${results[name].medianMs.toFixed(2).padStart(7)} ms median, ` +
        `${results[name].worstMs.toFixed(2).padStart(7)} ms worst  (${total} matches)`,
    );
  }
  store.close();
  const worst = Math.max(...Object.values(results).map((r) => r.worstMs));
  console.log(`filled ${orders} journal rows in ${(fillMs / 1000).toFixed(1)} s`);
  console.log(
    JSON.stringify({
      bench: 'orders-query',
      orders,
      runs,
      variants: results,
      targets: { perQueryUnderMs: TARGET_MS, worstMs: worst, met: worst < TARGET_MS },
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
