// A history import's period: from its day up to the day before the sync's start date it found, kept
// on the import's own row from the moment it starts. The same day again after a failure keeps the
// period the first try found (the start date has moved back to that day by then), and so does an
// earlier day replacing an import that did not complete, which books what that one left; the shop is
// asked to count, and the journal counted, within the period only. The row starts in the commit that
// moves the start date back, so a crash leaves neither.
import { describe, expect, it, vi } from 'vitest';
import type { MijnwebwinkelClient } from '../../../src/main/core/mijnwebwinkel/client';
import type { Store } from '../../../src/main/core/store';
import { ImportProgress } from '../../../src/main/core/sync/import-progress';
import { startDateSetting } from '../../../src/main/core/sync/sync-settings';
import { freshStores } from '../../support/temp-dir';
import { worldPerTest } from './support';

const stores = freshStores('winkelbrug-import-progress-');
const worlds = worldPerTest();
const STATUSES = [2] as const;
/** A blocker as a blocked run passes it on. */
const TOKEN_REVOKED = { code: 'mww_auth', message: { nl: 'Token ingetrokken.', en: 'Token revoked.' } };

/** A shop that holds `count` orders for any question, and keeps the periods it was asked about. */
function shopCounting(count: number) {
  const asked: Array<{ startDate?: string; endDate?: string }> = [];
  const client = {
    async countOrders(filter: { startDate?: string; endDate?: string }) {
      asked.push({ startDate: filter.startDate, endDate: filter.endDate });
      return count;
    },
  } as unknown as MijnwebwinkelClient;
  return { client, asked };
}

/** Starts (or resumes) the import as a run does, and counts what it has to do. */
async function begin(progress: ImportProgress, since: string, startDate: string | null) {
  progress.begin(since, startDate);
  await progress.count(STATUSES);
}

/** Orders the journal handled (skipped by the owner), one on each day. */
function skippedOn(store: Store, days: Record<string, string>) {
  for (const [orderNumber, orderDate] of Object.entries(days)) {
    store.journal.record({ orderNumber, orderDate });
    store.journal.skip(orderNumber, 'discovered', { code: 'test_order', message: { nl: 't', en: 't' } });
  }
}

describe("a history import's period", () => {
  it('ends the day before the start date it found, on its row, and counts within it', async () => {
    const store = stores.open();
    skippedOn(store, { '1001': '2025-01-10', '1002': '2025-02-28', '1003': '2025-03-01' });
    const { client, asked } = shopCounting(5);
    const progress = new ImportProgress(store, client);

    await begin(progress, '2025-01-01', '2025-03-01');
    expect(store.historyImport.get()).toMatchObject({
      since: '2025-01-01',
      until: '2025-02-28',
      status: 'running',
      total: 5,
      // The order of the start date itself the sync had booked: not the import's.
      done: 2,
    });
    expect(asked).toEqual([{ startDate: '2025-01-01', endDate: '2025-02-28' }]);
    // No setting beside it any more.
    expect(store.settings.keys()).not.toContain('sync.historyImport.until');
  });

  it('reaches today when it found no start date after its day', async () => {
    for (const startDate of [null, '2025-01-01', '2024-12-01']) {
      const store = stores.open();
      skippedOn(store, { '1001': '2025-01-10', '1003': '2025-03-01' });
      const { client, asked } = shopCounting(2);
      await begin(new ImportProgress(store, client), '2025-01-01', startDate);
      expect(store.historyImport.get()).toMatchObject({ until: null, total: 2, done: 2 });
      expect(asked).toEqual([{ startDate: '2025-01-01', endDate: undefined }]);
    }
  });

  it('keeps the first try’s period for the same day again after a blocker; another day finds its own', async () => {
    const store = stores.open();
    const { client, asked } = shopCounting(3);
    const progress = new ImportProgress(store, client);
    await begin(progress, '2025-01-01', '2025-03-01');
    progress.pause(TOKEN_REVOKED);
    expect(store.historyImport.get()).toMatchObject({ status: 'paused', error: TOKEN_REVOKED });

    // The start date moved back to the import's day already: it would find no period of its own.
    await begin(progress, '2025-01-01', '2025-01-01');
    // Going on clears what stopped it.
    expect(store.historyImport.get()).toMatchObject({
      since: '2025-01-01',
      until: '2025-02-28',
      status: 'running',
      error: null,
    });
    expect(asked.at(-1)).toEqual({ startDate: '2025-01-01', endDate: '2025-02-28' });

    progress.complete();
    await begin(progress, '2024-10-01', '2025-01-01');
    expect(store.historyImport.get()).toMatchObject({
      since: '2024-10-01',
      until: '2024-12-31',
      status: 'running',
    });
  });

  it('resumes a paused import over its own period, and a new day replaces it', async () => {
    const store = stores.open();
    skippedOn(store, { '1001': '2025-01-10', '1003': '2025-03-01' });
    const { client, asked } = shopCounting(4);
    const progress = new ImportProgress(store, client);
    await begin(progress, '2025-01-01', '2025-03-01');
    progress.pause(TOKEN_REVOKED);
    expect(store.historyImport.get()?.status).toBe('paused');

    // Resumed: the start date has moved back meanwhile, the period stays.
    await begin(progress, '2025-01-01', '2025-01-01');
    expect(store.historyImport.get()).toMatchObject({ status: 'running', until: '2025-02-28', done: 1 });
    expect(asked.at(-1)).toEqual({ startDate: '2025-01-01', endDate: '2025-02-28' });
    skippedOn(store, { '1002': '2025-02-01' });
    progress.update();
    expect(store.historyImport.get()?.done).toBe(2);

    // A later day while it runs: the run books from that day on what this one left, up to where its
    // period ended; the days before are no longer the import's.
    await begin(progress, '2025-02-01', '2025-01-01');
    expect(store.historyImport.get()).toMatchObject({ since: '2025-02-01', until: '2025-02-28', done: 1 });
    // One after that period's end: only days the sync had booked by itself, up to today.
    await begin(progress, '2025-03-01', '2025-01-01');
    expect(store.historyImport.get()).toMatchObject({ since: '2025-03-01', until: null, done: 1 });
  });

  it('ends where a stopped import’s period ended when an earlier day replaces it, as it books what that one left', async () => {
    // Paused (by a blocker), or running when the app stopped or its run failed: the start date moved
    // back to its day already, so the day before that would leave its orders out.
    const stops: Record<string, (progress: ImportProgress) => void> = {
      paused: (progress) => progress.pause(TOKEN_REVOKED),
      running: () => {},
    };
    for (const [status, stop] of Object.entries(stops)) {
      const store = stores.open();
      skippedOn(store, { '1001': '2024-12-10', '1002': '2025-01-10', '1003': '2025-03-01' });
      const { client, asked } = shopCounting(6);
      const progress = new ImportProgress(store, client);
      await begin(progress, '2025-01-01', '2025-03-01');
      stop(progress);
      expect(store.historyImport.get()?.status).toBe(status);

      await begin(progress, '2024-12-01', '2025-01-01');
      expect(store.historyImport.get(), status).toMatchObject({
        since: '2024-12-01',
        until: '2025-02-28',
        status: 'running',
        total: 6,
        // December's order and the stopped import's January one; not the start date's own.
        done: 2,
      });
      expect(asked.at(-1)).toEqual({ startDate: '2024-12-01', endDate: '2025-02-28' });
    }
  });

  it('reaches today after a stopped import that did, and finds its own end after a completed one', async () => {
    const store = stores.open();
    const { client } = shopCounting(1);
    const progress = new ImportProgress(store, client);
    // Since a day on or after the start date: its period reached today, and so does its successor's.
    await begin(progress, '2025-02-01', '2025-01-01');
    progress.pause(TOKEN_REVOKED);
    await begin(progress, '2024-12-01', '2025-01-01');
    expect(store.historyImport.get()).toMatchObject({ since: '2024-12-01', until: null });

    // Completed: what it booked is done; the next one ends the day before the start date it moved.
    progress.complete();
    await begin(progress, '2024-10-01', '2024-12-01');
    expect(store.historyImport.get()).toMatchObject({ since: '2024-10-01', until: '2024-11-30' });
  });
});

describe('an import’s start', () => {
  it('moves the start date back in the commit that starts its row: a crash between the two leaves neither', async () => {
    const world = await worlds.start({ orders: [] });
    const { store, engine } = world.runtime;
    // A paused import the new one replaces, with the start date it moved back.
    store.settings.set(startDateSetting, '2025-01-01');
    store.historyImport.start('2025-01-01', '2025-02-28');
    store.historyImport.pause(null);

    // The app stops right after the start date was written, before the new row was.
    const crash = vi.spyOn(store.historyImport, 'start').mockImplementation(() => {
      throw new Error('the app stopped here');
    });
    expect((await engine.run('import', { importSince: '2024-10-01' })).outcome).toBe('failed');
    expect(crash).toHaveBeenCalledOnce();
    // Neither written: the paused import resumes as it was, from the start date it had moved.
    expect(store.settings.get(startDateSetting)).toBe('2025-01-01');
    expect(store.historyImport.get()).toMatchObject({
      since: '2025-01-01',
      until: '2025-02-28',
      status: 'paused',
    });
    crash.mockRestore();

    // Asked again: both written, and the import runs to its end.
    expect((await engine.run('import', { importSince: '2024-10-01' })).outcome).toBe('completed');
    expect(store.settings.get(startDateSetting)).toBe('2024-10-01');
    expect(store.historyImport.get()).toMatchObject({
      since: '2024-10-01',
      until: '2025-02-28',
      status: 'completed',
    });
  });

  it('leaves the start date where it was when the import cannot start (no calendar day)', async () => {
    const world = await worlds.start({ orders: [] });
    const { store, engine } = world.runtime;
    store.settings.set(startDateSetting, '2025-03-01');
    // The command line checks only the pattern; the run refuses the day before it changes anything.
    expect((await engine.run('import', { importSince: '2025-02-30' })).outcome).toBe('blocked');
    expect(store.settings.get(startDateSetting)).toBe('2025-03-01');
    expect(store.historyImport.get()).toBeUndefined();
  });
});
