// `node out/bench/month-view.bench.mjs [--orders N] [--months M] [--runs N]` (after
// `node scripts/build-bench.mjs`; `npm run bench` builds it too)
//
// The month per VAT rate at N journal rows (default 50 000) over the last M months (default 24), as
// a journal fills: mostly booked (a fifth with per-line rounding between rates), some parked,
// skipped, waiting or still a draft, and a few old rows whose figures were never recorded. Times the
// view of one month and of one quarter (the store's SQL sums plus the pure view, with its first page
// of explanations), several runs each, and prints the median and worst, then one JSON line with the
// target (each under 50 ms) evaluated. A benchmark, not a test: it measures and reports.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createReconciliationChannels } from '../../src/main/core/app-service/reconciliation-channels';
import type { RateFigures } from '../../src/main/core/reconciliation/order-figures';
import { type Period, periodRange } from '../../src/main/core/reconciliation/period';
import { openStore, type Store } from '../../src/main/core/store';
import { seededRandom } from '../support/seeded-random';

const TARGET_MS = 50;

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '50000' },
    months: { type: 'string', default: '24' },
    runs: { type: 'string', default: '15' },
  },
});
const orders = Number(values.orders);
const months = Number(values.months);
const runs = Number(values.runs);

const CENT = 10_000n;
const pad = (n: number) => String(n).padStart(2, '0');

/** The domestic box of the Dutch VAT return each rate of the journal is in. */
const BOX: Record<number, string> = { 21: 'NL/1a', 9: 'NL/1b', 0: 'NL/1e' };

/** Figures at a rate from an amount incl. VAT in cents, VAT rounded to the cent. */
function figures(rate: number, inclCents: number): RateFigures {
  const incl = BigInt(inclCents) * CENT;
  const vat =
    rate === 0
      ? 0n
      : ((BigInt(inclCents) * BigInt(rate) * 2n + BigInt(100 + rate)) / BigInt(2 * (100 + rate))) * CENT;
  return { rate: String(rate), vatBox: BOX[rate]!, inclTax: incl, exclTax: incl - vat, vat };
}

const nextMonthsFirst = (year: number, month: number) =>
  month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;

/** The journal rows and their figures, `orders` spread evenly over `months` ending last month. */
function fill(store: Store, first: { year: number; month: number }): void {
  const random = seededRandom(12);
  const insert = store.db.prepare(
    `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date,
       credited_order_number, reason_code, reason_nl, reason_en, created_at, updated_at)
     VALUES (?, ?, ?, 'sales_invoice', ?, ?, ?, ?, ?, 0, 0)`,
  );
  const perMonth = Math.ceil(orders / months);
  store.transaction(() => {
    for (let i = 0; i < orders; i++) {
      const monthIndex = Math.floor(i / perMonth);
      const year = first.year + Math.floor((first.month - 1 + monthIndex) / 12);
      const month = ((first.month - 1 + monthIndex) % 12) + 1;
      const date = `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
      const number = String(100_000 + i);
      const roll = random();
      const [state, progress] =
        roll < 0.02
          ? ['parked', 'contact_ok']
          : roll < 0.03
            ? ['skipped', 'pending']
            : roll < 0.04
              ? ['waiting_transient', 'invoice_created']
              : roll < 0.05
                ? ['totals_ok', 'totals_ok']
                : ['done', 'done'];
      const credit = roll > 0.97 ? String(100_000 + Math.max(0, i - 3)) : null;
      const parked = state === 'parked';
      insert.run(
        number,
        state,
        progress,
        date,
        credit,
        parked ? 'unmapped_tax_rate' : null,
        parked ? 'Geen tarief gekoppeld' : null,
        parked ? 'No rate linked' : null,
      );
      // A few rows from before the figures were recorded.
      if (random() < 0.01) continue;
      const sign = credit ? -1 : 1;
      const shop = [figures(21, sign * (500 + Math.floor(random() * 20_000)))];
      if (random() < 0.5) shop.push(figures(9, sign * (200 + Math.floor(random() * 5_000))));
      if (random() < 0.1) shop.push(figures(0, sign * (100 + Math.floor(random() * 1_000))));
      store.vatFigures.recordShop(number, shop);
      if (state === 'parked' || state === 'skipped' || state === 'waiting_transient') continue;
      // A fifth of the bookings moved a cent between rates by per-line rounding.
      const booked =
        random() < 0.2
          ? shop.map((r, index) =>
              index === 0 ? { ...r, inclTax: r.inclTax + CENT, exclTax: r.exclTax + CENT } : r,
            )
          : shop;
      if (booked !== shop)
        booked.push({ rate: '0', vatBox: BOX[0]!, inclTax: -CENT, exclTax: -CENT, vat: 0n });
      store.vatFigures.recordBooked(number, {
        total: booked.reduce((s, r) => s + r.inclTax, 0n),
        rates: booked.map((r) => ({ ...r, taxRateId: `rate-${r.rate}`, taxRateName: `${r.rate}% btw` })),
        // One booking in a hundred of a month's last days went to the next month (a locked period).
        date: date.endsWith('-28') && random() < 0.3 ? nextMonthsFirst(year, month) : date,
        version: 1,
      });
    }
  });
}

/**
 * Wall time per view (the target), and this process's CPU time per view: on a machine busy with other
 * work the wall time includes waiting for a core, the CPU time does not.
 */
function time(view: () => unknown): { medianMs: number; worstMs: number; cpuMedianMs: number } {
  view(); // prepares the statements
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    view();
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    medianMs: round(median(times)),
    worstMs: round(Math.max(...times)),
    cpuMedianMs: round(median(cpu)),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-month-view-bench-'));
try {
  const store = openStore(join(dir, 'winkelbrug.sqlite'));
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const firstMonth = new Date(
    Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() - (months - 1), 1),
  );
  const fillStarted = performance.now();
  fill(store, { year: firstMonth.getUTCFullYear(), month: firstMonth.getUTCMonth() + 1 });
  const fillMs = performance.now() - fillStarted;
  store.db.pragma('optimize');

  const month: Period = {
    kind: 'month',
    year: lastMonth.getUTCFullYear(),
    index: lastMonth.getUTCMonth() + 1,
  };
  // The last whole quarter: three months of orders, as a VAT return covers.
  const quarterIndex = month.index % 3 === 0 ? month.index / 3 : Math.ceil(month.index / 3) - 1;
  const quarter: Period =
    quarterIndex === 0
      ? { kind: 'quarter', year: month.year - 1, index: 4 }
      : { kind: 'quarter', year: month.year, index: quarterIndex };
  // As the screen asks for it: through its channel, with the facts it names beyond the sums.
  const channels = createReconciliationChannels(store);
  const view = (period: Period) => {
    const answer = channels['reconciliation.period']({ period, limit: 50 });
    // The channel answers at once (the journal is local): a promise here would time nothing.
    if (answer instanceof Promise) throw new Error('reconciliation.period answered later');
    return answer;
  };
  const monthView = view(month);
  const quarterView = view(quarter);
  const results = { month: time(() => view(month)), quarter: time(() => view(quarter)) };
  store.close();

  console.log(`filled ${orders} journal rows over ${months} months in ${(fillMs / 1000).toFixed(1)} s`);
  console.log(
    `month ${periodRange(month).from}: ${monthView.counts.orders} orders, ${monthView.explanations.total} explained; ` +
      `median ${results.month.medianMs} ms, worst ${results.month.worstMs} ms, CPU ${results.month.cpuMedianMs} ms`,
  );
  console.log(
    `quarter ${periodRange(quarter).from}: ${quarterView.counts.orders} orders, ${quarterView.explanations.total} explained; ` +
      `median ${results.quarter.medianMs} ms, worst ${results.quarter.worstMs} ms, CPU ${results.quarter.cpuMedianMs} ms`,
  );
  console.log(
    JSON.stringify({
      bench: 'month-view',
      orders,
      months,
      runs,
      loadAverage: loadavg()[0],
      results,
      targets: {
        monthUnder50ms: results.month.medianMs < TARGET_MS,
        quarterUnder50ms: results.quarter.medianMs < TARGET_MS,
      },
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
