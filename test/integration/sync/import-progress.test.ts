// A history import's period: from its day up to the day before the sync's start date it found, kept
// on the import's own row from the moment it starts. The same day again after a failure keeps the
// period the first try found (the start date has moved back to that day by then); the shop is asked
// to count, and the journal counted, within the period only.
import { describe, expect, it } from 'vitest';
import type { MijnwebwinkelClient } from '../../../src/main/core/mijnwebwinkel/client';
import type { Store } from '../../../src/main/core/store';
import { ImportProgress } from '../../../src/main/core/sync/import-progress';
import { freshStores } from '../../support/temp-dir';

const stores = freshStores('winkelbrug-import-progress-');
const STATUSES = [2] as const;

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

    await progress.begin('2025-01-01', STATUSES, '2025-03-01');
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
      await new ImportProgress(store, client).begin('2025-01-01', STATUSES, startDate);
      expect(store.historyImport.get()).toMatchObject({ until: null, total: 2, done: 2 });
      expect(asked).toEqual([{ startDate: '2025-01-01', endDate: undefined }]);
    }
  });

  it('keeps the first try’s period for the same day again after a failure; another day finds its own', async () => {
    const store = stores.open();
    const { client, asked } = shopCounting(3);
    const progress = new ImportProgress(store, client);
    await progress.begin('2025-01-01', STATUSES, '2025-03-01');
    store.historyImport.fail({
      code: 'mww_auth',
      message: { nl: 'Token ingetrokken.', en: 'Token revoked.' },
    });

    // The start date moved back to the import's day already: it would find no period of its own.
    await progress.begin('2025-01-01', STATUSES, '2025-01-01');
    expect(store.historyImport.get()).toMatchObject({
      since: '2025-01-01',
      until: '2025-02-28',
      status: 'running',
    });
    expect(asked.at(-1)).toEqual({ startDate: '2025-01-01', endDate: '2025-02-28' });

    progress.complete();
    await progress.begin('2024-10-01', STATUSES, '2025-01-01');
    expect(store.historyImport.get()).toMatchObject({
      since: '2024-10-01',
      until: '2024-12-31',
      status: 'running',
    });
  });

  it('resumes a paused import over its own period, and a new day replaces it with a period of its own', async () => {
    const store = stores.open();
    skippedOn(store, { '1001': '2025-01-10', '1003': '2025-03-01' });
    const { client, asked } = shopCounting(4);
    const progress = new ImportProgress(store, client);
    await progress.begin('2025-01-01', STATUSES, '2025-03-01');
    progress.pause();
    expect(store.historyImport.get()?.status).toBe('paused');

    // Resumed: the start date has moved back meanwhile, the period stays.
    await progress.begin('2025-01-01', STATUSES, '2025-01-01');
    expect(store.historyImport.get()).toMatchObject({ status: 'running', until: '2025-02-28', done: 1 });
    expect(asked.at(-1)).toEqual({ startDate: '2025-01-01', endDate: '2025-02-28' });
    skippedOn(store, { '1002': '2025-02-01' });
    progress.update();
    expect(store.historyImport.get()?.done).toBe(2);

    // Another day while it runs: a new import with the period it found.
    await progress.begin('2025-02-01', STATUSES, null);
    expect(store.historyImport.get()).toMatchObject({ since: '2025-02-01', until: null, done: 2 });
  });
});
