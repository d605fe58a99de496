// What the month per VAT rate compares is recorded by the engine as it books: the shop's figures per
// rate when an order is admitted, and Moneybird's when an invoice is in the books (sent, or an
// external invoice), also when the booking is adopted from Moneybird by a journal that lost it. The
// Moneybird simulator's invoices are the oracle for the booked side.
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import type { Store } from '../../../src/main/core/store';
import { type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';
const EVERYTHING = { from: '2000-01-01', to: '2100-01-01' };

interface BookedRow {
  order_number: string;
  rate: string;
  tax_rate_id: string;
  incl_tax: number;
  vat: number;
}

/** Each order's booked figures as stored, and its recorded invoice total. */
function bookedFigures(store: Store) {
  const rows = store.db
    .prepare(
      `SELECT order_number, rate, tax_rate_id, incl_tax, vat FROM order_vat_figures
       WHERE source = 'booked' ORDER BY order_number, rate, tax_rate_id`,
    )
    .all() as BookedRow[];
  const totals = new Map(
    (
      store.db
        .prepare('SELECT order_number, booked_total FROM order_journal WHERE booked_total IS NOT NULL')
        .all() as Array<{ order_number: string; booked_total: string }>
    ).map((r) => [r.order_number, parseDecimal(r.booked_total)]),
  );
  return { rows, totals };
}

/** Turnover and VAT per order and rate, whichever Moneybird rate they went on. */
function perRate(rows: readonly BookedRow[]): Record<string, [number, number]> {
  const result: Record<string, [number, number]> = {};
  for (const row of rows) {
    const key = `${row.order_number} ${row.rate}%`;
    const [incl, vat] = result[key] ?? [0, 0];
    result[key] = [incl + row.incl_tax, vat + row.vat];
  }
  return result;
}

/** Moneybird's invoices in the books (not drafts), by the order number in their reference. */
function invoicesInBooks(w: SyncWorld, style: 'sales' | 'external') {
  const invoices =
    style === 'sales' ? w.moneybird.books.salesInvoices() : w.moneybird.books.externalSalesInvoices();
  return new Map(
    invoices
      .filter((i) => i.state !== 'draft')
      .map((i) => [String(i.reference).slice(String(i.reference).lastIndexOf('-') + 1), i]),
  );
}

describe('the figures the month per VAT rate compares', () => {
  it.each(['sales', 'external'] as const)(
    '%s: are recorded for every order booked, equal to the invoice Moneybird holds, and again on adoption',
    async (style) => {
      const world = await worlds.start({ seed: 21, orderCount: 40, style });
      const first = await world.runtime.engine.run('import', { importSince: SINCE });
      expect(first.outcome).toBe('completed');
      const store = world.runtime.store;
      const booked = store.journal.list({ states: ['done'], limit: 10_000 });
      expect(booked.length).toBeGreaterThan(20);

      // Every admitted order has the shop's figures; every booked one Moneybird's total.
      const admitted = store.db
        .prepare("SELECT count(*) FROM order_journal WHERE state <> 'discovered' AND shop_figures_at IS NULL")
        .pluck()
        .get();
      expect(admitted).toBe(0);
      const held = invoicesInBooks(world, style);
      const recorded = bookedFigures(store);
      for (const entry of booked) {
        const invoice = held.get(entry.orderNumber);
        expect(invoice, entry.orderNumber).toBeDefined();
        expect(recorded.totals.get(entry.orderNumber), entry.orderNumber).toBe(
          parseDecimal(invoice.total_price_incl_tax),
        );
        const sum = recorded.rows
          .filter((r) => r.order_number === entry.orderNumber)
          .reduce((s, r) => s + BigInt(r.incl_tax), 0n);
        expect(sum, entry.orderNumber).toBe(parseDecimal(invoice.total_price_incl_tax));
      }
      // The books side of the whole history is what Moneybird holds in euros, to the cent.
      const inBooks = [...held.values()]
        .filter((i) => i.currency === 'EUR')
        .reduce((s, i) => s + parseDecimal(i.total_price_incl_tax), 0n);
      const sums = store.vatFigures.period(EVERYTHING.from, EVERYTHING.to).sums;
      expect(sums.filter((s) => s.source === 'booked').reduce((s, r) => s + r.inclTax, 0n)).toBe(inBooks);

      // A new data folder adopts the bookings, and records the same figures again.
      await world.whileClosed((dir) => rmSync(dir, { recursive: true, force: true }));
      const again = await world.runtime.engine.run('import', { importSince: SINCE });
      expect(again.outcome).toBe('completed');
      expect(again.orders.filter((o) => o.adopted).length).toBe(booked.length);
      const adopted = bookedFigures(world.runtime.store);
      // Adoption reads invoices without their lines: a 0 % rate left out of the VAT totals is then
      // known by its percentage only, not by its Moneybird id.
      expect(perRate(adopted.rows)).toEqual(perRate(recorded.rows));
      expect(adopted.totals).toEqual(recorded.totals);
    },
    120_000,
  );
});
