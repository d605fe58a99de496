// A run that finds a booked order called off in the shop says so where the owner reads about runs:
// its line in the activity, and the last run's line in the status panel and the tray, not "niets
// nieuws om te boeken" while the order now waits for them on its own tile. An order the run sets
// aside because the shop called it off before it was booked is counted in that line too. On the real
// core against both simulators, through the app service as the window asks it; the last run's count
// is still there when the app is opened again.
import { describe, expect, it } from 'vitest';
import { createEngineSyncController } from '../../../src/main/core/app-service';
import { lastRunLabel } from '../../../src/main/electron/tray';
import { lastRunText } from '../../../src/renderer/components/dashboard-status';
import { translator } from '../../../src/renderer/i18n/text';
import type { RunSummary } from '../../../src/shared/contract';
import { type Demo, startDemo } from '../../sim/demo';
import { type MwwOrder, STATUS } from '../../sim/mijnwebwinkel/types';
import { sale } from '../sync/shop-sales';
import { call, closeAfterEach, syncNow } from './service-calls';

const DAY = 24 * 60 * 60 * 1000;

const opened = closeAfterEach();

const dayAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

/** A sale of two days ago, paid (completed) or awaiting its bank transfer. */
function saleOf(number: number, paid = true): MwwOrder {
  const base = {
    ...sale(number, `klant-${number}@example.nl`),
    date: dayAgo(2),
    time: '12:00:00',
    status: paid ? STATUS.paid : STATUS.shipped,
    status_changed_date: dayAgo(2),
    status_changed_time: '12:00:00',
  } as MwwOrder;
  return paid
    ? base
    : ({
        ...base,
        payment_status: 'pending',
        payment: {
          gateway_name: 'basic',
          method_name: 'bank_transfer',
          status: { id: 5, text: 'In afwachting' },
        },
      } as MwwOrder);
}

const lastLine = async (demo: Demo) => (await call(demo, 'log.recent', { limit: 1 })).lines.at(-1)!.message;

const nl = translator('nl');
const en = translator('en');
/** The status panel's line without its time: what the run did. */
const panelSays = (run: RunSummary, locale: 'nl' | 'en' = 'nl') =>
  lastRunText(run, locale === 'nl' ? nl : en, locale).split(' · ')[1];

describe('the summary of a run that finds orders called off in the shop', () => {
  it('names the booked order cancelled in the shop, in the activity, the status panel and the tray', async () => {
    const demo = await startDemo({
      orderList: [saleOf(975_001), saleOf(975_002)],
      rateWindowSeconds: 2,
      logger: { log: () => {} },
    });
    opened(demo);
    expect(await syncNow(demo)).toMatchObject({ outcome: 'completed', booked: 2 });

    demo.mww.shop.setStatus(975_001, STATUS.cancelled);
    const run = await syncNow(demo);
    expect(run).toMatchObject({ outcome: 'completed', booked: 0, parked: 0, calledOff: 1 });
    expect(await lastLine(demo)).toEqual({
      nl: 'Synchronisatie klaar: 1 geboekte bestelling is in je winkel geannuleerd.',
      en: 'Sync finished: 1 booked order was cancelled in your shop.',
    });
    const status = await call(demo, 'app.status', {});
    expect(status.lastRun).toMatchObject({ runId: run.runId, calledOff: 1 });
    expect(status.counts).toMatchObject({ cancelled: 1 });
    expect(panelSays(status.lastRun!)).toBe('1 geboekte bestelling is in je winkel geannuleerd');
    expect(panelSays(status.lastRun!, 'en')).toBe('1 booked order was cancelled in your shop');
    expect(lastRunLabel(status.lastRun, 'nl')).toMatch(
      /^Laatste ronde \(\d\d:\d\d\): 1 geboekte bestelling is in je winkel geannuleerd$/,
    );

    // Opened again (a new controller on the same data folder): the last run still says what it found.
    const again = createEngineSyncController({
      store: demo.runtime.store,
      engine: demo.runtime.engine,
      runAtStart: false,
    });
    try {
      expect(again.status().lastRun).toMatchObject({ runId: run.runId, calledOff: 1 });
    } finally {
      await again.close();
    }

    // The next run finds nothing new: the same cancellation is not counted again.
    const next = await syncNow(demo);
    expect(next.calledOff).toBeUndefined();
    expect((await lastLine(demo)).nl).toBe('Synchronisatie klaar: niets nieuws om te boeken.');
    expect(panelSays((await call(demo, 'app.status', {})).lastRun!)).toBe('niets nieuws om te boeken');
  });

  it('counts an unpaid order the shop called off, set aside, among what the run did', async () => {
    const demo = await startDemo({
      orderList: [saleOf(975_011), saleOf(975_012, false)],
      rateWindowSeconds: 2,
      logger: { log: () => {} },
    });
    opened(demo);
    expect(await syncNow(demo)).toMatchObject({ outcome: 'completed', booked: 1 });
    expect(demo.runtime.store.journal.get('975012')?.state).toBe('discovered');

    demo.mww.shop.setStatus(975_011, STATUS.cancelled);
    demo.mww.shop.setStatus(975_012, STATUS.cancelled);
    const run = await syncNow(demo);
    expect(run).toMatchObject({ outcome: 'completed', booked: 0, calledOff: 1 });
    expect(demo.runtime.store.journal.get('975012')).toMatchObject({
      state: 'skipped',
      reason: { code: 'cancelled_in_shop' },
    });
    expect(await lastLine(demo)).toEqual({
      nl: 'Synchronisatie klaar: 1 geboekte bestelling is in je winkel geannuleerd, 1 geannuleerd in je winkel.',
      en: 'Sync finished: 1 booked order was cancelled in your shop, 1 cancelled in your shop.',
    });
    expect(demo.runtime.store.runs.get(Number(run.runId))?.counts).toMatchObject({ skipped: 1 });
  });
});
