// Version 7: the figures the month per VAT rate compares. For each order, per VAT rate, what the
// shop says (recorded when the order is admitted) and what Winkelbrug booked in Moneybird (recorded
// when the engine's totals check confirms an invoice that is in the books: an external invoice, a
// sent sales invoice; or when such a booking is adopted). Rows from before this version have
// neither: the reconciliation says "not recorded" rather than guess.
import type { Migration } from './migration';

/**
 * A journal row the month per VAT rate must explain: not in Moneybird's books (a sent sales invoice,
 * an external invoice), figures not recorded, or shop and books differing. The period query repeats
 * this text exactly, so SQLite can use the partial index below.
 */
export const UNSETTLED_ORDER = `(NOT (progress IN ('sent', 'paid', 'done')
  OR (booking_style IS 'external_invoice' AND progress IN ('invoice_created', 'paid', 'done')))
  OR shop_figures_at IS NULL OR booked_total IS NULL OR figures_differ = 1)`;

export const bookedTotalsMigration: Migration = {
  version: 7,
  name: 'booked totals',
  up(db) {
    db.exec(`
      -- One row per order, side and rate. Amounts are exact millionths (the core's Decimal) as
      -- integers, so a period's sums are taken in SQL without a float ever holding money.
      -- source: the shop's figures, the booked ones, and their difference (shop minus booked, only
      -- the rates where they differ, kept when either side is written so a period's differences
      -- are read without comparing every order again).
      -- rate: the VAT percentage as plain decimal text ("21", "9", "0", "5.5").
      -- tax_rate_id / tax_rate_name: for booked figures, the Moneybird tax rate and its name as the
      -- reference data named it when booked ('' and NULL otherwise).
      -- order_date, currency: the order's date and currency, copied from the journal, so a period's
      -- sums are one range of the index below without visiting the journal.
      CREATE TABLE order_vat_figures (
        order_number  TEXT    NOT NULL REFERENCES order_journal (order_number) ON DELETE CASCADE,
        source        TEXT    NOT NULL CHECK (source IN ('shop', 'booked', 'difference')),
        rate          TEXT    NOT NULL,
        tax_rate_id   TEXT    NOT NULL DEFAULT '',
        tax_rate_name TEXT,
        incl_tax      INTEGER NOT NULL,
        excl_tax      INTEGER NOT NULL,
        vat           INTEGER NOT NULL,
        order_date    TEXT,
        currency      TEXT,
        PRIMARY KEY (order_number, source, rate, tax_rate_id)
      ) WITHOUT ROWID;
      CREATE INDEX order_vat_figures_period
        ON order_vat_figures (order_date, source, rate, currency, incl_tax, excl_tax, vat, tax_rate_name);

      -- When the shop's figures were recorded (an order may have none at any rate: a zero order).
      ALTER TABLE order_journal ADD COLUMN shop_figures_at INTEGER;
      -- The total including VAT of the invoice as Moneybird confirmed it; NULL: not recorded.
      ALTER TABLE order_journal ADD COLUMN booked_total TEXT;
      -- With both sides recorded: 1 when they differ at some rate, 0 when they agree exactly.
      ALTER TABLE order_journal ADD COLUMN figures_differ INTEGER;
      -- The orders a period's explanations list, in date order: a small part of a settled journal.
      CREATE INDEX order_journal_unsettled ON order_journal (order_date, order_number)
        WHERE ${UNSETTLED_ORDER};
    `);
  },
};
