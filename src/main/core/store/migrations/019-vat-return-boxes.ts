// Version 19: the month per VAT rate keeps the parts of the VAT return apart. Each figure row of
// migration 7 gets the part it belongs in (`vat_box`): a box of the Dutch return ("NL/1a", "NL/1b",
// "NL/1e", "NL/3a", "NL/3b"), an OSS country ("OSS/BE"), "none" outside any return, or '' when not
// known. Dutch 21 % and Belgian OSS 21 % share a percentage, as do a domestic 0 %, an
// intra-community supply (3b, also on the ICP listing) and an export (3a): the accountant copies
// each part into its own box or return, so each is a line of its own.
//
// The part is in the key, since an order's difference is kept per line: shop 0 % in 3b and booked
// 0 % in 3b and in 1e (a rounding line) are two difference rows at the same percentage. So the table
// is rebuilt (SQLite cannot change a key), and the period index with it, `vat_box` beside the rate so
// a period's sums stay one range of it that needs no row of the table. Rows from before this version
// keep '' on both sides: they stay on a line per percentage, as they were shown, until their order's
// figures are recorded again (booked, compared with Moneybird).
import type { Migration } from './migration';

export const vatReturnBoxesMigration: Migration = {
  version: 19,
  name: 'vat return boxes',
  up(db) {
    db.exec(`
      CREATE TABLE order_vat_figures_boxed (
        order_number  TEXT    NOT NULL REFERENCES order_journal (order_number) ON DELETE CASCADE,
        source        TEXT    NOT NULL CHECK (source IN ('shop', 'booked', 'difference')),
        rate          TEXT    NOT NULL,
        vat_box       TEXT    NOT NULL DEFAULT '',
        tax_rate_id   TEXT    NOT NULL DEFAULT '',
        tax_rate_name TEXT,
        incl_tax      INTEGER NOT NULL,
        excl_tax      INTEGER NOT NULL,
        vat           INTEGER NOT NULL,
        order_date    TEXT,
        currency      TEXT,
        PRIMARY KEY (order_number, source, rate, vat_box, tax_rate_id)
      ) WITHOUT ROWID;
      INSERT INTO order_vat_figures_boxed (order_number, source, rate, vat_box, tax_rate_id, tax_rate_name,
          incl_tax, excl_tax, vat, order_date, currency)
        SELECT order_number, source, rate, '', tax_rate_id, tax_rate_name, incl_tax, excl_tax, vat,
          order_date, currency
        FROM order_vat_figures;
      DROP TABLE order_vat_figures;
      ALTER TABLE order_vat_figures_boxed RENAME TO order_vat_figures;
      CREATE INDEX order_vat_figures_period
        ON order_vat_figures (order_date, source, rate, vat_box, currency, incl_tax, excl_tax, vat,
          tax_rate_name);
    `);
  },
};
