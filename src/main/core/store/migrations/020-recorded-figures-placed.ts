// Version 20: figures recorded before version 19 are placed in their part of the VAT return where
// the journal can tell. Left without a box, a month that an upgrade falls in showed "21 %" twice:
// the orders booked before it on a line without a box, those booked after it on "1a". The booked
// side's tax rate says its part through the owner's mapping (the rate chosen for 21 % at home is
// 1a, the intra-community rate 3b, Belgium's 21 % OSS Belgium); the shop's side then takes the part
// of its booking, as a booking made now places it (`reconciliation/vat-lines.ts`), and each touched
// order's differences are worked out again per line. A rate the mapping does not name (or names for
// two parts), and orders not booked, keep no box: they stay on a line per percentage.
import type { Database } from 'better-sqlite3';
import { domesticBox, ossBox } from '../../bookkeeping/vat-box';
import { parseDecimal } from '../../money/decimal';
import { bookedBoxesFilledIn, shopBoxesAligned } from '../../reconciliation/vat-lines';
import type { Migration } from './migration';

/** The setting the bookkeeping mapping is stored under (sync/sync-settings.ts). */
const MAPPING_SETTING = 'bookkeeping.mapping';
const INTRA_EU = 'NL/3b';
const EXPORT = 'NL/3a';

/** Each mapped tax rate's part of the return; a rate mapped to two parts is left out. */
export function partsOfMappedRates(mapping: unknown): Map<string, string> {
  const parts = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (id: unknown, part: string) => {
    if (typeof id !== 'string' || id === '') return;
    if (parts.has(id) && parts.get(id) !== part) ambiguous.add(id);
    parts.set(id, part);
  };
  const taxRates = record(record(mapping).taxRates);
  for (const [rate, id] of Object.entries(record(taxRates.domestic))) {
    try {
      add(id, domesticBox(parseDecimal(rate)));
    } catch {
      // Not a percentage: not a key the app writes.
    }
  }
  add(taxRates.reverseCharge, INTRA_EU);
  add(taxRates.export, EXPORT);
  for (const [country, rates] of Object.entries(record(taxRates.oss)))
    if (/^[A-Z]{2}$/.test(country)) for (const id of Object.values(record(rates))) add(id, ossBox(country));
  for (const id of ambiguous) parts.delete(id);
  return parts;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function storedMapping(db: Database): unknown {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(MAPPING_SETTING) as
    | { value: string }
    | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

export const recordedFiguresPlacedMigration: Migration = {
  version: 20,
  name: 'recorded figures placed',
  up(db) {
    const parts = partsOfMappedRates(storedMapping(db));
    if (parts.size === 0) return;
    // Only orders whose booked side was recorded wholly before version 19: one recorded since has
    // its parts already.
    const unplaced = db
      .prepare(
        `SELECT order_number FROM order_vat_figures WHERE source = 'booked'
         GROUP BY order_number HAVING max(vat_box <> '') = 0`,
      )
      .pluck()
      .all() as string[];
    const placed = db
      .prepare(
        `SELECT rate, vat_box AS vatBox, tax_rate_id AS taxRateId, excl_tax AS exclTax
         FROM order_vat_figures WHERE order_number = ? AND source = ?`,
      )
      .safeIntegers(true);
    const move = db.prepare(
      `UPDATE order_vat_figures SET vat_box = @to
       WHERE order_number = @order AND source = @source AND rate = @rate AND vat_box = @from
         AND tax_rate_id = @taxRateId`,
    );
    type Row = { rate: string; vatBox: string; taxRateId: string; exclTax: bigint };
    /** Moves the side's rows to their parts; whether any moved. */
    const moveAll = (order: string, source: 'shop' | 'booked', rows: Row[], to: string[]) => {
      let moved = false;
      for (const [i, row] of rows.entries()) {
        if (to[i] === row.vatBox) continue;
        move.run({ order, source, rate: row.rate, taxRateId: row.taxRateId, from: row.vatBox, to: to[i] });
        moved = true;
      }
      return moved;
    };
    const touched: string[] = [];
    for (const order of unplaced) {
      const bookedRows = placed.all(order, 'booked') as Row[];
      if (
        !moveAll(
          order,
          'booked',
          bookedRows,
          bookedRows.map((r) => parts.get(r.taxRateId) ?? r.vatBox),
        )
      )
        continue;
      touched.push(order);
      const booked = placed.all(order, 'booked') as Row[];
      const shop = placed.all(order, 'shop') as Row[];
      moveAll(order, 'shop', shop, shopBoxesAligned(shop, booked));
      // What the booked side holds under no tax rate (an invoice read without its lines): the shop's part.
      moveAll(order, 'booked', booked, bookedBoxesFilledIn(booked, placed.all(order, 'shop') as Row[]));
    }

    // The touched orders' differences, per line now (as store/vat-figures.ts works them out).
    const deleteDifference = db.prepare(
      "DELETE FROM order_vat_figures WHERE order_number = ? AND source = 'difference'",
    );
    const insertDifference = db.prepare(
      `INSERT INTO order_vat_figures (order_number, source, rate, vat_box, tax_rate_id, incl_tax, excl_tax, vat,
         order_date, currency)
       SELECT f.order_number, 'difference', f.rate, f.vat_box, '',
         sum(CASE f.source WHEN 'shop' THEN f.incl_tax ELSE -f.incl_tax END) AS d_incl,
         sum(CASE f.source WHEN 'shop' THEN f.excl_tax ELSE -f.excl_tax END) AS d_excl,
         sum(CASE f.source WHEN 'shop' THEN f.vat ELSE -f.vat END) AS d_vat, j.order_date, j.currency
       FROM order_vat_figures f JOIN order_journal j ON j.order_number = f.order_number
       WHERE f.order_number = ? AND f.source IN ('shop', 'booked')
         AND j.shop_figures_at IS NOT NULL AND j.booked_total IS NOT NULL
       GROUP BY f.rate, f.vat_box
       HAVING d_incl <> 0 OR d_excl <> 0 OR d_vat <> 0`,
    );
    const markDiffer = db.prepare(
      `UPDATE order_journal SET figures_differ = CASE
         WHEN shop_figures_at IS NULL OR booked_total IS NULL THEN NULL
         WHEN booked_date IS NOT NULL AND booked_date <> order_date THEN 1
         ELSE EXISTS (SELECT 1 FROM order_vat_figures
           WHERE order_number = @order AND source = 'difference') END
       WHERE order_number = @order`,
    );
    for (const order of touched) {
      deleteDifference.run(order);
      insertDifference.run(order);
      markDiffer.run({ order });
    }
  },
};
