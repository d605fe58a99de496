// "Eerdere bestellingen boeken" while an earlier import is paused (a blocker stopped it), in Chromium
// as the owner has it (Dutch, Amsterdam's time). The paused import moved the start date back to its
// day (1 November) and books up to the day before the start date it found (19 November). The panel
// goes by the core's rule: a later day than the paused one's is refused with why, its own day goes on
// with it, and an earlier day books up to where the paused one's period ends — which the question
// before booking names, and its warning about Moneybird's lock covers.
//
// The owner's calendar is fixed (25 November 2026), so every date in the texts is the same on any day
// the test runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDateSetting } from '../../src/main/core/sync/sync-settings';
import { syncMessages } from '../../src/shared/i18n/messages/sync';
import { localize } from '../../src/shared/i18n/translate';
import type { Demo } from '../sim/demo';
import type { LaunchedBrowser } from '../support/browser';
import { launchDutchChromium } from './support/dutch-browser';
import { openImportPanel, startSyncedDemo } from './support/import-panel';
import { nextRunFinished } from './support/runs';
import { recordScreen } from './support/screens';
import { dutchDay } from './support/wizard';

/** 25 November 2026, noon in Amsterdam. */
const TODAY = new Date('2026-11-25T12:00:00+01:00');

let demo: Demo;
let browser: LaunchedBrowser;

beforeAll(async () => {
  demo = await startSyncedDemo('2026-11-20');
  const { store } = demo.runtime;
  // Then an import since 1 November, paused by a blocker: the shop's plan lost its API access. The
  // import moved the start date back to its day, its period ends the day before the start date it
  // found, and the run stopped at the shop's first answer.
  demo.mww.server.faults.add({ path: '/v1/orders/count', fault: { kind: 'status', status: 403 } });
  const paused = nextRunFinished(demo.service);
  expect(await demo.service.dispatch('import.start', { since: '2026-11-01' }, 'test')).toMatchObject({
    ok: true,
  });
  expect(await paused).toMatchObject({ trigger: 'import', outcome: 'failed', booked: 0 });
  expect(store.settings.get(startDateSetting)).toBe('2026-11-01');
  expect(store.historyImport.get()).toMatchObject({
    since: '2026-11-01',
    until: '2026-11-19',
    status: 'paused',
  });
  browser = await launchDutchChromium();
});

afterAll(async () => {
  await browser?.close();
  demo?.moneybird.contract?.assertNone();
  await demo?.close();
});

/** The dashboard on the owner's fixed day, its panel ready (support/import-panel.ts). */
const dashboard = (lock: string) => openImportPanel(browser, demo.url, TODAY, lock, 'paused');

const text = (page: Awaited<ReturnType<typeof dashboard>>, testId: string) =>
  page.getByTestId(testId).textContent();

describe('earlier orders while an import is paused', () => {
  it('refuses a later day, goes on from its own day, and books an earlier day up to its end', async () => {
    const page = await dashboard('none');
    // The quarter before the start date (1 November) is offered; the paused import is shown.
    expect(await page.getAttribute('[data-testid="import-since"]', 'data-day')).toBe('2026-10-01');
    // The status panel says what stopped the import; the import's panel points to it.
    expect(await text(page, 'status-reason')).toBe(localize(syncMessages, 'sync.shop_no_api_access').nl);
    // The shop's line says it gives no access, without repeating the reason above.
    expect(await page.getAttribute('[data-testid="connection-mijnwebwinkel"]', 'data-state')).toBe(
      'unauthorized',
    );
    expect(await text(page, 'connection-mijnwebwinkel')).toBe('Mijnwebwinkel: Geen toegang');
    expect(await page.getAttribute('[data-testid="connection-moneybird"]', 'data-state')).toBe('connected');
    expect(await text(page, 'import-paused-above')).toBe(
      'Het boeken van de bestellingen vanaf 1 nov 2026 staat stil tot wat hierboven staat is opgelost; daarna gaat het vanzelf verder. Wat al geboekt is, wordt niet nog eens geboekt.',
    );

    // A later day than the paused import's: the sync (and that import) books it already.
    await page.fill('[data-testid="import-since"]', dutchDay('2026-11-10'));
    await page.waitForSelector('[data-testid="import-since-problem"]');
    expect(await text(page, 'import-since-problem')).toBe(
      'Vanaf 1 nov 2026 boekt Winkelbrug de bestellingen al vanzelf. Kies een datum vóór 1 nov 2026.',
    );
    expect(await page.isDisabled('[data-testid="import-start"]')).toBe(true);
    await recordScreen(page, 'dashboard-import-paused-later-day');

    // Its own day: the same import, going on over its own period.
    await page.fill('[data-testid="import-since"]', dutchDay('2026-11-01'));
    expect(await page.getByTestId('import-since-problem').count()).toBe(0);
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-confirm"]');
    expect(await text(page, 'import-confirm-period')).toBe(
      'De afgeronde en betaalde bestellingen van 1 nov 2026 tot en met 19 nov 2026 boeken in de Moneybird-administratie "Winkelbrug Demo B.V."?',
    );
    // The blocker is still in force: the question says the booking waits for it.
    expect(await text(page, 'import-confirm-blocked')).toBe(
      'Winkelbrug kan nu niet synchroniseren: eerst moet opgelost zijn wat hierboven staat. Kies je toch "Ja, deze bestellingen boeken", dan onthoudt Winkelbrug deze periode en begint het boeken vanzelf zodra dat is opgelost.',
    );
    await page.click('[data-testid="import-confirm-cancel"]');
    await page.waitForSelector('[data-testid="import-confirm"]', { state: 'detached' });

    // An earlier day replaces it and books what it left too: up to 19 November, not 31 October.
    await page.fill('[data-testid="import-since"]', dutchDay('2026-10-01'));
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-confirm"]');
    expect(await text(page, 'import-confirm-period')).toBe(
      'De afgeronde en betaalde bestellingen van 1 okt 2026 tot en met 19 nov 2026 boeken in de Moneybird-administratie "Winkelbrug Demo B.V."?',
    );
    await recordScreen(page, 'dashboard-import-paused-confirm');
    await page.click('[data-testid="import-confirm-cancel"]');
    // Nothing was asked of the core: the paused import is as it was.
    expect(demo.runtime.store.historyImport.get()).toMatchObject({ since: '2026-11-01', status: 'paused' });
    await page.close();
  });

  it('warns of the lock over the period the run books, not only the days before the paused import', async () => {
    // Locked through October: every day before the paused import's, but not its own period.
    demo.moneybird.owner.lockPeriodUntil('2026-10-31');
    const page = await dashboard('2026-10-31');
    await page.fill('[data-testid="import-since"]', dutchDay('2026-10-15'));
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-confirm"]');
    // Not "all of these orders": those of 1 to 19 November are booked on their own date.
    expect(await text(page, 'import-confirm-locked')).toBe(
      'Let op: Moneybird heeft je boeken afgesloten tot en met 31 okt 2026. De bestellingen tot en met die dag boekt Winkelbrug daarom niet vanzelf: ze wachten op jou, en je kiest "Boek op de eerste open dag" of "Overslaan". Wil je dat niet, kies dan als datum 1 nov 2026 of later.',
    );
    await recordScreen(page, 'dashboard-import-paused-locked');
    await page.close();
  });
});
