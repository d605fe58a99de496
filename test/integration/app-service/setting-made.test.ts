// Orders parked because a setting was missing keep the reason they were parked with: it is their
// history. Once the owner makes that setting, the dashboard and the order's page say it is made by
// now (the reason's details against the mapping as stored), and one "Alle N opnieuw proberen" books
// them. On the real core against both simulators, through the channels as the window asks them.
import { describe, expect, it } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { startDemo } from '../../sim/demo';
import { completedSale } from '../sync/shop-sales';
import { call, closeAfterEach, syncNow } from './service-calls';

const opened = closeAfterEach();

describe('orders parked for a setting the owner has made since', () => {
  it('say the setting is made, on the dashboard and the order’s page, and book on one retry', async () => {
    // Stamps are sold at 0 %: no Moneybird rate is chosen for that yet, so these park.
    const demo = opened(
      await startDemo({
        orderList: [
          completedSale(8201, ['zegels']),
          completedSale(8202, ['mok', 'zegels']),
          completedSale(8203, ['zegels']),
        ],
        rateWindowSeconds: 2,
        logger: { log: () => {} },
        omit: ['taxRates.domestic.0'],
      }),
    );
    expect(await syncNow(demo)).toMatchObject({ booked: 0, parked: 3 });
    const before = await call(demo, 'orders.list', { limit: 100 });
    expect(before.parked.map((o) => [o.reasonCode, o.settingsSection, o.settingMade ?? false])).toEqual([
      ['unmapped_tax_rate', 'taxRates', false],
      ['unmapped_tax_rate', 'taxRates', false],
      ['unmapped_tax_rate', 'taxRates', false],
    ]);

    // Another choice in Settings says nothing about these orders.
    const { store } = demo.runtime;
    const stored = store.settings.get(bookkeepingMappingSetting);
    store.settings.set(bookkeepingMappingSetting, { ...stored, invoiceLanguage: 'en' });
    expect((await call(demo, 'orders.list', { limit: 100 })).parked.some((o) => o.settingMade)).toBe(false);

    // The owner chooses the 0 % rate, as Settings saves it: each order says it is made by now; its
    // reason is still the one it was parked with.
    store.settings.set(bookkeepingMappingSetting, { ...demo.mapping } as Record<string, unknown>);
    const after = await call(demo, 'orders.list', { limit: 100 });
    expect(after.parked.map((o) => o.settingMade)).toEqual([true, true, true]);
    expect(after.parked.map((o) => o.reason)).toEqual(before.parked.map((o) => o.reason));
    const page = await call(demo, 'orders.detail', { orderNumber: '8201' });
    expect(page.order).toMatchObject({ settingsSection: 'taxRates', settingMade: true });

    // "Alle 3 opnieuw proberen": one run books them.
    const finished = new Promise<void>((resolve) => {
      const stop = demo.service.subscribe((event) => {
        if (event.channel !== 'run.finished') return;
        stop();
        resolve();
      });
    });
    await call(demo, 'orders.retry', { orderNumbers: ['8201', '8202', '8203'] });
    await finished;
    expect(['8201', '8202', '8203'].map((n) => store.journal.get(n)?.state)).toEqual([
      'done',
      'done',
      'done',
    ]);
    expect((await call(demo, 'orders.list', { limit: 100 })).parked).toEqual([]);
  }, 60_000);
});
