// The Moneybird administration each booking is in (migration 18). A journal of version 17 keeps no
// administration: its bookings take the one stored in the settings when they were made after it was
// last chosen, and stay unknown otherwise. From then on a booking step writes it with the invoice id,
// set once like the ids, and it goes with the invoice when a deleted one is forgotten.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalTransitionError, MIGRATIONS, openDatabase, type Store } from '../../../src/main/core/store';
import { withStore } from '../../support/store-file';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();

/** A database as version 17 left it, with `work` done in it (version 17's columns). */
function version17(work: (db: ReturnType<typeof openDatabase>) => void): string {
  const file = join(tempDir(), 'v17.sqlite');
  const v17 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 17), now: () => 5 });
  work(v17);
  v17.close();
  return file;
}

/** Orders of version 17: a booking with its invoice-created step at `invoiceAt` (none: no step). */
function booked(
  db: ReturnType<typeof openDatabase>,
  orderNumber: string,
  createdAt: number,
  invoiceAt?: number,
) {
  db.prepare(
    `INSERT INTO order_journal (order_number, state, progress, booking_style, reference,
       moneybird_contact_id, moneybird_invoice_id, moneybird_payment_id, attempts, created_at, updated_at, booked_at)
     VALUES (?, 'done', 'done', 'sales_invoice', ?, '1', ?, '3', 0, ?, 400, 400)`,
  ).run(orderNumber, `WB-${orderNumber}`, `90${orderNumber}`, createdAt);
  if (invoiceAt === undefined) return;
  const step = db.prepare(
    'INSERT INTO order_journal_steps (order_number, seq, state, at) VALUES (?, ?, ?, ?)',
  );
  step.run(orderNumber, 1, 'pending', createdAt);
  step.run(orderNumber, 2, 'invoice_created', invoiceAt);
  step.run(orderNumber, 3, 'done', 400);
}

const administrationOf = (store: Store, orderNumber: string) =>
  store.journal.get(orderNumber)?.administrationId;

describe('migration 18: the administration of existing bookings', () => {
  it('gives the bookings made since the administration was chosen that one, and leaves older ones unknown', () => {
    const file = version17((db) => {
      // Chosen at 100 (the owner may have chosen before; the setting keeps the last time).
      db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(
        'moneybird.administrationId',
        JSON.stringify('311'),
        100,
      );
      booked(db, '1', 90, 200); // journalled before the choice, its invoice made after it
      booked(db, '2', 20, 50); // its invoice made before the last choice: perhaps in another one
      booked(db, '3', 150); // journalled before steps were kept, after the choice
      booked(db, '4', 60); // the same, before the choice
      db.prepare(
        `INSERT INTO order_journal (order_number, state, progress, booking_style, reference, attempts,
           created_at, updated_at) VALUES ('5', 'pending', 'pending', 'sales_invoice', 'WB-5', 0, 300, 300)`,
      ).run();
    });
    withStore(file, (store) => {
      expect(administrationOf(store, '1')).toBe('311');
      expect(administrationOf(store, '2')).toBeNull();
      expect(administrationOf(store, '3')).toBe('311');
      expect(administrationOf(store, '4')).toBeNull();
      // Nothing booked, nothing to be in.
      expect(administrationOf(store, '5')).toBeNull();
      // The rest of the row as it was.
      expect(store.journal.get('1')).toMatchObject({
        state: 'done',
        reference: 'WB-1',
        moneybird: { contactId: '1', invoiceId: '901', paymentId: '3' },
      });
    });
  });

  it('leaves every booking unknown when no administration is stored (one from the environment)', () => {
    const file = version17((db) => {
      booked(db, '1', 90, 200);
      booked(db, '2', 150);
    });
    withStore(file, (store) => {
      expect(administrationOf(store, '1')).toBeNull();
      expect(administrationOf(store, '2')).toBeNull();
    });
  });
});

describe('the administration a booking step writes', () => {
  it('comes with the invoice id, is set once, and goes with a deleted invoice', () => {
    const file = join(tempDir(), 'w.sqlite');
    withStore(file, ({ journal }) => {
      journal.record({
        orderNumber: '7',
        state: 'pending',
        bookingStyle: 'sales_invoice',
        reference: 'WB-7',
      });
      journal.advance('7', 'pending', 'contact_ok', { contactId: '1' }, 'invoice');
      expect(journal.get('7')!.administrationId).toBeNull();
      journal.advance('7', 'contact_ok', 'invoice_created', { invoiceId: '2', administrationId: '311' });
      expect(journal.get('7')!.administrationId).toBe('311');
      // An invoice does not move to another administration.
      let refusal: unknown;
      try {
        journal.advance('7', 'invoice_created', 'totals_ok', { administrationId: '322' });
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(JournalTransitionError);
      expect((refusal as JournalTransitionError).kind).toBe('id-conflict');
      expect(journal.get('7')).toMatchObject({ state: 'invoice_created', administrationId: '311' });
      journal.advanceThrough('7', 'invoice_created', [
        { to: 'totals_ok' },
        { to: 'sent' },
        { to: 'paid', patch: { paymentId: '3' } },
        { to: 'done' },
      ]);
      expect(journal.get('7')!.administrationId).toBe('311');
      // Deleted in Moneybird and taken back to be booked again: in whichever administration is
      // connected then.
      expect(journal.forgetBooking('7', '2').administrationId).toBeNull();
      expect(journal.get('7')!.administrationId).toBeNull();
    });
  });
});

describe('the month per VAT rate after a switch of administration', () => {
  it("counts the period's bookings held in another administration than the one connected", () => {
    const file = join(tempDir(), 'm.sqlite');
    withStore(file, ({ journal, vatFigures }) => {
      const book = (orderNumber: string, orderDate: string, administrationId?: string) => {
        journal.record({
          orderNumber,
          state: 'pending',
          bookingStyle: 'sales_invoice',
          reference: `WB-${orderNumber}`,
          orderDate,
        });
        journal.advanceThrough(orderNumber, 'pending', [
          { to: 'contact_ok', patch: { contactId: '1' } },
          { to: 'invoice_created', patch: { invoiceId: `i${orderNumber}`, administrationId } },
          { to: 'totals_ok' },
          { to: 'sent' },
          { to: 'paid', patch: { paymentId: `p${orderNumber}` } },
          { to: 'done' },
        ]);
      };
      book('1', '2026-10-02', '311');
      book('2', '2026-10-03', '322');
      book('3', '2026-10-04', '322');
      book('4', '2026-10-05'); // booked before the journal kept the administration: unknown
      book('5', '2026-11-01', '311'); // another month
      const october = (connected: string | null) =>
        vatFigures.period('2026-10-01', '2026-11-01', connected).counts.inOtherAdministration;
      expect(october('322')).toBe(1);
      expect(october('311')).toBe(2);
      expect(october('399')).toBe(3);
      // None connected: nothing is known to be elsewhere.
      expect(october(null)).toBe(0);
    });
  });
});
