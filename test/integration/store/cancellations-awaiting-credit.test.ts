// A booked order the shop called off with a credit order still on its way waits on its own journal
// row (migration 23) until that credit note lands or does not. Before, the waiting ones were a list
// among the owner's settings: the migration moves them onto their rows and drops the list.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase, type Store } from '../../../src/main/core/store';
import { withStore } from '../../support/store-file';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();

/** A database as version 22 left it: two booked orders and the settings' list of `awaiting`. */
function version22(awaiting: string | null): string {
  const file = join(tempDir(), 'v22.sqlite');
  const db = openDatabase(file, { migrations: MIGRATIONS.slice(0, 22), now: () => 5 });
  const insert = db.prepare(
    `INSERT INTO order_journal (order_number, state, progress, booking_style, reference, attempts,
       created_at, updated_at) VALUES (?, 'done', 'done', 'sales_invoice', ?, 0, 10, 10)`,
  );
  insert.run('1001', 'WB-1001');
  insert.run('1002', 'WB-1002');
  if (awaiting !== null)
    db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
      'sync.cancellationsAwaitingCredit',
      awaiting,
      20,
    );
  db.close();
  return file;
}

const settingsRow = (store: Store) =>
  store.db
    .prepare("SELECT count(*) FROM settings WHERE key = 'sync.cancellationsAwaitingCredit'")
    .pluck()
    .get();

describe('migration 23: cancellations awaiting their credit note', () => {
  it('moves the waiting ones from the settings onto their rows, and drops the list', () => {
    const file = version22(
      JSON.stringify([
        { orderNumber: '1002', status: 'Geannuleerd', changed: '2026-11-03 10:00:00' },
        // No longer in the journal (a journal restored from before it): nothing to wait for.
        { orderNumber: '9999', status: 'Geannuleerd', changed: '2026-11-04 09:00:00' },
      ]),
    );
    withStore(file, (store) => {
      expect(store.cancelledInShop.awaitingCredit()).toEqual([
        { orderNumber: '1002', status: 'Geannuleerd', changed: '2026-11-03 10:00:00' },
      ]);
      expect(settingsRow(store)).toBe(0);
      // Waiting is no mark: nothing is before the owner yet.
      expect(store.cancelledInShop.marked()).toEqual([]);
    });
  });

  it('drops a list it cannot read instead of refusing to open: those orders are judged again', () => {
    for (const stored of ['{"orderNumber":"1002"}', '[{"orderNumber":1002}]', '[null, 3]']) {
      withStore(version22(stored), (store) => {
        expect(store.cancelledInShop.awaitingCredit()).toEqual([]);
        expect(settingsRow(store)).toBe(0);
      });
    }
  });

  it('opens a database that never waited for a credit note', () => {
    withStore(version22(null), (store) => expect(store.cancelledInShop.awaitingCredit()).toEqual([]));
  });
});

describe('a cancellation waiting for its credit note', () => {
  it('waits on the order’s row, once per order, and stops when told; an order the journal does not know cannot wait', () => {
    withStore(version22(null), (store) => {
      const waits = store.cancelledInShop;
      expect(waits.awaitCredit('1002', 'Geannuleerd', '2026-11-03 10:00:00')).toBe(true);
      // Seen again in the next run's overlapping window: still one, with the latest moment.
      expect(waits.awaitCredit('1002', 'Geannuleerd', '2026-11-03 10:05:00')).toBe(true);
      expect(waits.awaitCredit('1001', 'Retour', '2026-11-02 08:00:00')).toBe(true);
      expect(waits.awaitCredit('9999', 'Geannuleerd', '2026-11-03 10:00:00')).toBe(false);
      expect(waits.awaitingCredit()).toEqual([
        { orderNumber: '1001', status: 'Retour', changed: '2026-11-02 08:00:00' },
        { orderNumber: '1002', status: 'Geannuleerd', changed: '2026-11-03 10:05:00' },
      ]);
      expect(waits.stopAwaitingCredit('1001')).toBe(true);
      expect(waits.stopAwaitingCredit('1001')).toBe(false);
      expect(waits.awaitingCredit().map((a) => a.orderNumber)).toEqual(['1002']);
      // The rest of the row is untouched.
      expect(store.journal.get('1002')).toMatchObject({ state: 'done', reference: 'WB-1002' });
      // Completed again in the shop (the mark taken off) or settled by the owner: the wait ends too,
      // so a credit order parking later brings nothing up.
      expect(waits.clear('1002')).toBe(false); // no mark to take off, only the wait
      expect(waits.awaitingCredit()).toEqual([]);
      waits.awaitCredit('1001', 'Retour', '2026-11-02 08:00:00');
      expect(waits.mark('1001', 'Retour', '2026-11-02 08:00:00')).toBe(true);
      expect(waits.settleByOwner('1001')).toBe(true);
      expect(waits.awaitingCredit()).toEqual([]);
    });
  });
});

describe('what the credit orders of a cancelled order credit', () => {
  /**
   * A credit order of 1001 for `total` (the shop's), in `state` at `progress`; `booked`: its credit
   * note's figures as kept in the books (incl. VAT), none when not in the books.
   */
  function creditOrder(
    store: Store,
    orderNumber: string,
    [state, progress]: [string, string],
    total: string,
    booked: string | null,
    bookedTotal: string | null = booked,
  ) {
    store.db
      .prepare(
        `INSERT INTO order_journal (order_number, state, progress, booking_style, reference, attempts,
           created_at, updated_at, credited_order_number, shop_total, moneybird_invoice_id, booked_total)
         VALUES (?, ?, ?, 'sales_invoice', ?, 0, 10, 10, '1001', ?, ?, ?)`,
      )
      .run(orderNumber, state, progress, `WB-${orderNumber}`, total, `9${orderNumber}`, bookedTotal);
    if (booked !== null) {
      const inclTax = BigInt(Math.round(Number(booked) * 1_000_000));
      store.db
        .prepare(
          `INSERT INTO order_vat_figures (order_number, source, rate, vat_box, incl_tax, excl_tax, vat, order_date)
           VALUES (?, 'booked', '21', '1a', ?, ?, ?, '2026-11-05')`,
        )
        .run(orderNumber, inclTax, (inclTax * 100n) / 121n, inclTax - (inclTax * 100n) / 121n);
    }
  }

  it('counts what a credit note in the books holds — a draft is still on its way — whatever the order’s state', () => {
    withStore(version22(null), (store) => {
      creditOrder(store, '2001', ['done', 'done'], '-12.10', '-12.10');
      // Sent, then parked on a totals difference: in the books all the same, at what the books hold.
      creditOrder(store, '2002', ['parked', 'sent'], '-5.00', '-5.01');
      // Made as a draft and waiting for a retry: on its way, not credited yet.
      creditOrder(store, '2003', ['waiting_transient', 'invoice_created'], '-3.00', null);
      // Parked before anything was in the books: neither.
      creditOrder(store, '2004', ['parked', 'contact_ok'], '-1.00', null);
      // Booked to the end before the journal kept figures (version 7): its shop total.
      creditOrder(store, '2005', ['done', 'done'], '-2.00', null, null);
      const { cancelledInShop } = store;
      expect(cancelledInShop.creditedTotal('1001')).toBe(19_110_000n);
      expect(cancelledInShop.creditingTotal('1001')).toBe(3_000_000n);
    });
  });
});
