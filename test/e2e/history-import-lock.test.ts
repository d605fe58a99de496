// "Eerdere bestellingen boeken" with Moneybird's books locked, in Chromium as the owner has it
// (Dutch, Amsterdam's time): the panel asks the core for the lock date when it opens, offers no day
// on or before it and says why, and before booking warns which orders will wait for the owner's
// choice — without saying the same days again as a VAT return due. When the lock cannot be read
// (Moneybird refused the login) nothing is said about it and the panel works as before.
//
// The owner's calendar is fixed (25 November 2026) and so is the start date (20 November 2026), so
// the offer and every date in the texts are the same on any day the test runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Demo } from '../sim/demo';
import type { LaunchedBrowser } from '../support/browser';
import { launchDutchChromium } from './support/dutch-browser';
import { openImportPanel, startSyncedDemo } from './support/import-panel';
import { recordScreen } from './support/screens';
import { dutchDay } from './support/wizard';

const START_DATE = '2026-11-20';
/** 25 November 2026, noon in Amsterdam: the 3rd quarter's VAT return was due on 31 October. */
const TODAY = new Date('2026-11-25T12:00:00+01:00');

let demo: Demo;
let browser: LaunchedBrowser;

beforeAll(async () => {
  demo = await startSyncedDemo(START_DATE);
  browser = await launchDutchChromium();
});

afterAll(async () => {
  await browser?.close();
  demo?.moneybird.contract?.assertNone();
  await demo?.close();
});

/** The dashboard on the owner's fixed day, its panel ready (support/import-panel.ts). */
const dashboard = (lock: string) => openImportPanel(browser, demo.url, TODAY, lock);

const text = (page: Awaited<ReturnType<typeof dashboard>>, testId: string) =>
  page.getByTestId(testId).textContent();

describe('earlier orders with the books locked in Moneybird', () => {
  it('offers the day after the lock, and warns which orders will wait when the owner goes further back', async () => {
    // An owner who files monthly: the books are closed through October.
    demo.moneybird.owner.lockPeriodUntil('2026-10-31');
    const page = await dashboard('2026-10-31');
    const read = demo.moneybird.server.log.count('GET', /\/administrations(\.json)?$/);

    // Not 1 October (the 4th quarter's start): the day after the lock, and the hint says why.
    expect(await page.getAttribute('[data-testid="import-since"]', 'data-day')).toBe('2026-11-01');
    expect(await page.inputValue('[data-testid="import-since"]')).toBe(dutchDay('2026-11-01'));
    expect(await text(page, 'import-since-hint')).toBe(
      'Voorgesteld is 1 nov 2026: Moneybird heeft je boeken afgesloten tot en met 31 okt 2026, dus bestellingen tot en met die dag kan Winkelbrug niet op hun eigen datum boeken.',
    );
    expect(await page.isDisabled('[data-testid="import-start"]')).toBe(false);
    await recordScreen(page, 'dashboard-import-locked-offer');

    // Typing asks Moneybird nothing more: the lock was read when the panel opened.
    await page.fill('[data-testid="import-since"]', dutchDay('2026-09-15'));
    await page.fill('[data-testid="import-since"]', dutchDay('2026-08-01'));
    expect(await page.getAttribute('[data-testid="import-since"]', 'data-day')).toBe('2026-08-01');
    expect(demo.moneybird.server.log.count('GET', /\/administrations(\.json)?$/)).toBe(read);

    // From 1 August: August to October are locked. Said once, with the choice and a later day; the
    // 3rd quarter's return (due already) lies wholly in the lock, so it is not said a second time.
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-confirm"]');
    expect(await text(page, 'import-confirm-period')).toBe(
      'De afgeronde en betaalde bestellingen van 1 aug 2026 tot en met 19 nov 2026 boeken in de Moneybird-administratie "Winkelbrug Demo B.V."?',
    );
    expect(await text(page, 'import-confirm-locked')).toBe(
      'Let op: Moneybird heeft je boeken afgesloten tot en met 31 okt 2026. De bestellingen tot en met die dag boekt Winkelbrug daarom niet vanzelf: ze wachten op jou, en je kiest "Boek op de eerste open dag" of "Overslaan". Wil je dat niet, kies dan als datum 1 nov 2026 of later.',
    );
    // Their first open day, 1 November, is in the 4th quarter, whose return is not due yet: the
    // paragraph says nothing of a return.
    expect(await page.getByTestId('import-confirm-return-due').count()).toBe(0);
    expect(await text(page, 'import-confirm-warning')).toContain('al met de hand in Moneybird geboekt');
    await recordScreen(page, 'dashboard-import-locked-confirm');

    // Cancelling books nothing.
    await page.click('[data-testid="import-confirm-cancel"]');
    await page.waitForSelector('[data-testid="import-confirm"]', { state: 'detached' });
    expect(demo.runtime.store.historyImport.get()).toBeUndefined();
    await page.close();
  });

  it('names the lock and, apart, the days after it whose VAT return was due already', async () => {
    // Locked through August only: the 4th quarter is offered as usual, from 1 October.
    demo.moneybird.owner.lockPeriodUntil('2026-08-31');
    const page = await dashboard('2026-08-31');
    expect(await page.getAttribute('[data-testid="import-since"]', 'data-day')).toBe('2026-10-01');
    expect(await text(page, 'import-since-hint')).toMatch(
      /^Voorgesteld is het begin van het 4e kwartaal 2026,/,
    );

    await page.fill('[data-testid="import-since"]', dutchDay('2026-07-01'));
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-confirm"]');
    // July and August wait; booked on their first open day, 1 September, they land in the 3rd
    // quarter's return, which was due on 31 October: said, with whom to ask.
    expect(await text(page, 'import-confirm-locked')).toBe(
      'Let op: Moneybird heeft je boeken afgesloten tot en met 31 aug 2026. De bestellingen tot en met die dag boekt Winkelbrug daarom niet vanzelf: ze wachten op jou, en je kiest "Boek op de eerste open dag" of "Overslaan". Wil je dat niet, kies dan als datum 1 sep 2026 of later. Boek je ze op de eerste open dag (1 sep 2026), dan komen ze in de btw-aangifte over het 3e kwartaal 2026, en die moest je al indienen: vraag je boekhouder of je die moet corrigeren.',
    );
    // September's orders Moneybird takes: their return was due on 31 October. No "if that period
    // is locked": the lock is known, and September is not in it.
    expect(await text(page, 'import-confirm-return-due')).toBe(
      'De btw-aangifte over de bestellingen van 1 sep 2026 tot en met 30 sep 2026 moest je al indienen. Boek je ze nu, dan verandert de omzet in die aangifte; vraag je boekhouder of je die moet corrigeren.',
    );
    await recordScreen(page, 'dashboard-import-locked-return-due');
    await page.close();
  });

  it('offers no day when the lock reaches the day before the start date, and says all would wait', async () => {
    demo.moneybird.owner.lockPeriodUntil('2026-11-19');
    const page = await dashboard('2026-11-19');
    expect(await page.inputValue('[data-testid="import-since"]')).toBe('');
    expect(await text(page, 'import-since-hint')).toBe(
      'Winkelbrug stelt geen datum voor: Moneybird heeft je boeken afgesloten tot en met 19 nov 2026, dus eerdere bestellingen kan Winkelbrug niet op hun eigen datum boeken. Wil je ze toch in Moneybird, kies dan zelf een datum.',
    );
    expect(await page.isDisabled('[data-testid="import-start"]')).toBe(true);

    // The owner may still pick a day: every order of the period would wait for their choice.
    await page.fill('[data-testid="import-since"]', dutchDay('2026-11-01'));
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-confirm"]');
    expect(await text(page, 'import-confirm-locked')).toBe(
      'Let op: Moneybird heeft je boeken afgesloten tot en met 19 nov 2026, en daarin vallen al deze bestellingen. Winkelbrug boekt ze daarom niet vanzelf: ze wachten op jou, en je kiest "Boek op de eerste open dag" of "Overslaan".',
    );
    expect(await page.getByTestId('import-confirm-return-due').count()).toBe(0);
    await recordScreen(page, 'dashboard-import-locked-all');
    await page.close();
  });

  it('says nothing of the lock when Moneybird cannot be asked, and works as before', async () => {
    demo.moneybird.owner.lockPeriodUntil('2026-10-31');
    demo.moneybird.revokeToken(demo.moneybird.token);
    const page = await browser.newPage();
    await page.clock.setFixedTime(TODAY);
    // The core's answer to the panel's question, as it reaches the page: not known.
    const notKnown = new Promise<void>((resolve) => {
      page.on('websocket', (socket) =>
        socket.on('framereceived', ({ payload }) => {
          if (String(payload).includes('"known":false')) resolve();
        }),
      );
    });
    await page.goto(demo.url);
    await notKnown;
    expect(await page.getAttribute('[data-testid="history-import"]', 'data-period-lock')).toBe('unknown');
    // The quarter offered, as without a lock; nothing said about one, no error.
    expect(await page.getAttribute('[data-testid="import-since"]', 'data-day')).toBe('2026-10-01');
    expect(await text(page, 'import-since-hint')).toMatch(
      /^Voorgesteld is het begin van het 4e kwartaal 2026,/,
    );
    expect(await page.getByTestId('history-import').textContent()).not.toContain('afgesloten tot en met');
    expect(await page.isDisabled('[data-testid="import-start"]')).toBe(false);
    await page.fill('[data-testid="import-since"]', dutchDay('2026-09-01'));
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-confirm"]');
    expect(await page.getByTestId('import-confirm-locked').count()).toBe(0);
    // The return due warning as before the lock was known, with what happens if it is locked.
    expect(await text(page, 'import-confirm-return-due')).toBe(
      'Let op: de btw-aangifte over de bestellingen tot en met 30 sep 2026 moest je al indienen. Boek je ze nu, dan verandert de omzet in die aangifte; vraag je boekhouder of je die moet corrigeren. Is die periode in Moneybird afgesloten, dan boekt Winkelbrug die bestellingen niet vanzelf: ze wachten op jou, en je kiest "Boek op de eerste open dag" of "Overslaan".',
    );
    expect(await page.isDisabled('[data-testid="import-confirm-yes"]')).toBe(false);
    expect(browser.errors.filter((error) => error.startsWith(demo.shell.origin))).toEqual([]);
    await page.close();
  });
});
