// A store that cannot be written (a full disk, a file made read-only) stops the run cleanly: the run
// ends with a report that says in Dutch and English what happened and what to do, the app shows it,
// nothing is half-written, and once the disk has room again the next run books every order exactly
// once. A full disk is staged with SQLite's own page limit (max_page_count), which fails writes with
// SQLITE_FULL exactly as a full disk does; read-only with query_only (SQLITE_READONLY).
import { describe, expect, it } from 'vitest';
import { engineSyncControllerFor } from '../../../src/main/core/app-service/engine-sync-controller';
import type { AppStatus } from '../../../src/shared/contract';
import { type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

/**
 * Fills the database up to a page limit, free pages included: from then on a write that needs one
 * more page fails with SQLITE_FULL, as on a full disk.
 */
function fillDisk(w: SyncWorld): void {
  const db = w.runtime.store.db;
  db.exec('CREATE TABLE IF NOT EXISTS test_filler (x BLOB)');
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const insert = db.prepare('INSERT INTO test_filler VALUES (zeroblob(64))');
  try {
    for (let i = 0; i < 1_000_000; i++) insert.run();
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_FULL') throw error;
  }
}

function freeDisk(w: SyncWorld): void {
  w.runtime.store.db.pragma('max_page_count = 1073741823');
}

/** Every invoice in Moneybird belongs to one order booked in the journal, and no order has two. */
function expectBookedOnce(w: SyncWorld): void {
  const byReference = new Map<string, number>();
  for (const invoice of w.moneybird.books.salesInvoices())
    byReference.set(invoice.reference, (byReference.get(invoice.reference) ?? 0) + 1);
  const done = w.runtime.store.journal.list({ states: ['done'], limit: 10_000 });
  expect(done.length).toBeGreaterThan(0);
  for (const entry of done) expect(byReference.get(entry.reference!), entry.orderNumber).toBe(1);
  for (const [reference, count] of byReference) {
    expect(count, reference).toBe(1);
    expect(
      done.some((e) => e.reference === reference),
      reference,
    ).toBe(true);
  }
}

describe('a store that cannot be written', () => {
  it('a full disk stops the run with a message saying what to do; afterwards nothing is lost', async () => {
    const world = await worlds.start({ seed: 31, orderCount: 40 });
    // A first run books a part of the history, so the journal has something to lose.
    const first = await world.runtime.engine.run('import', { importSince: '2024-11-01' });
    expect(first.outcome).toBe('completed');

    fillDisk(world);
    const report = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('failed');
    expect(report.error?.code).toBe('store_disk_full');
    expect(report.error?.message.nl).toMatch(/is vol/);
    expect(report.error?.message.nl).toMatch(/Maak ruimte vrij/);
    expect(report.error?.message.nl).toMatch(/niets verloren/);
    expect(report.error?.message.en).toMatch(/is full/);
    expect(report.error?.message.en).toMatch(/Free some space/);
    expect(report.error?.message.en).not.toMatch(/SQLITE_FULL|database or disk is full/);

    freeDisk(world);
    const after = await world.runtime.engine.run('import', { importSince: SINCE });
    expect(after.outcome).toBe('completed');
    expect(after.error).toBeNull();
    expectBookedOnce(world);
    // Nothing is left half-way: every order is done, parked, waiting for a payment, or not to be booked.
    const counts = world.runtime.store.journal.counts();
    expect(counts.pending + counts.contact_ok + counts.invoice_created + counts.totals_ok + counts.sent).toBe(
      0,
    );
  });

  it('a read-only file stops the run before it starts, with what to do; the app shows it', async () => {
    const world = await worlds.start({ seed: 32, orderCount: 10 });
    const sync = engineSyncControllerFor(world.runtime, { runAtStart: false });
    try {
      world.runtime.store.db.pragma('query_only = ON');
      const shown = new Promise<AppStatus>((resolve) => {
        sync.subscribe((event) => {
          if (event.channel === 'status.changed' && event.payload.state === 'error') resolve(event.payload);
        });
      });
      expect(sync.runNow('manual')).toMatchObject({ accepted: true });
      const status = await shown;
      expect(status.reason?.nl).toMatch(/alleen-lezen/);
      expect(status.reason?.nl).toMatch(/schrijfrechten/);
      expect(status.reason?.en).toMatch(/read-only/);
      expect(status.reason?.en).toMatch(/write permission/);

      world.runtime.store.db.pragma('query_only = OFF');
      const report = await world.runtime.engine.run('manual');
      expect(report.outcome).toBe('completed');
    } finally {
      await sync.close();
    }
  });
});
