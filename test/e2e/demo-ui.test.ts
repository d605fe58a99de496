// The demo set-up (both simulators, the real sync engine, the headless shell) driven in Chromium as
// a shop owner would: Sync now books orders, a parked order shows its reason, Retry books it once
// its cause is fixed, Skip sets another aside, and an import books the older orders. In Chromium as
// the owner has it (Dutch, Amsterdam's time, the screenshots' width).
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../src/main/core/money';
import { bookkeepingMappingSetting, startDateSetting } from '../../src/main/core/sync/sync-settings';
import { app } from '../../src/shared/i18n/messages/app';
import { interpolate } from '../../src/shared/i18n/translate';
import { dayBefore, returnsDueUntil } from '../../src/shared/vat-return-due';
import { DEMO_COMPLETED_STATUSES } from '../sim/demo';
import { generateOrders } from '../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../sim/mijnwebwinkel/types';
import { hasDomesticZeroRateLine, parkingDemo } from './support/parking-demo';
import { recordScreen } from './support/screens';
import { dutchDay } from './support/wizard';

const DAY = 24 * 60 * 60 * 1000;
/** A day as the dashboard writes it: "14 mei 2026". */
const shortDay = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium' }).format(new Date(`${day}T12:00:00Z`));
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const START_DAYS_AGO = 30;

/** Today in Amsterdam, the browser's calendar, as yyyy-mm-dd. */
const amsterdamToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/**
 * The day "Eerdere bestellingen boeken" offers, by its rule: the first day of the quarter the day
 * before the start date falls in, while that quarter's VAT return (due on the last day of the month
 * after the quarter) is not due yet; else none.
 */
function expectedOffer(startDate: string, today: string): string | null {
  const dayBefore = new Date(Date.parse(`${startDate}T12:00:00Z`) - DAY);
  const year = dayBefore.getUTCFullYear();
  const firstMonth = Math.floor(dayBefore.getUTCMonth() / 3) * 3; // 0-based
  const due = new Date(Date.UTC(year, firstMonth + 4, 0)).toISOString().slice(0, 10);
  return today < due ? `${year}-${String(firstMonth + 1).padStart(2, '0')}-01` : null;
}

function isEligible(order: MwwOrder): boolean {
  const zero = parseDecimal(String(order.price?.total ?? '0')) === 0n;
  return (
    DEMO_COMPLETED_STATUSES.includes(Number(order.status)) &&
    (zero || order.payment_status === 'captured') &&
    !order.sim_test_order &&
    !order.credited_order_number &&
    // Domestic only: an OSS order's rate is mapped automatically per run, which is not what this tests.
    (!order.tax_region || order.tax_region.toUpperCase() === 'NL')
  );
}

/** Four orders to book, two that park (a domestic 0 % line without a mapped rate), two older ones. */
function pickOrders(): { orders: MwwOrder[]; parked: string[]; recent: string[]; old: string[] } {
  const now = Date.now();
  const start = isoDay(now - START_DAYS_AGO * DAY);
  const all = generateOrders({ seed: 23, count: 200, from: isoDay(now - 60 * DAY), to: isoDay(now - DAY) });
  const eligible = all.filter(isEligible);
  const recentZero = eligible.filter((o) => o.date >= start && hasDomesticZeroRateLine(o)).slice(0, 2);
  const recent = eligible.filter((o) => o.date >= start && !hasDomesticZeroRateLine(o)).slice(0, 4);
  const old = eligible.filter((o) => o.date < start && !hasDomesticZeroRateLine(o)).slice(0, 2);
  if (recentZero.length < 2 || recent.length < 4 || old.length < 2) {
    throw new Error('the generator did not make the orders this test needs; choose another seed');
  }
  const number = (o: MwwOrder) => String(o.number);
  return {
    orders: [...old, ...recent, ...recentZero],
    parked: recentZero.map(number),
    recent: recent.map(number),
    old: old.map(number),
  };
}

let picked: ReturnType<typeof pickOrders>;
const frame = parkingDemo({
  orders: () => {
    picked = pickOrders();
    return picked.orders;
  },
  startDaysAgo: START_DAYS_AGO,
  dutch: true,
});

const state = (value: string) => `[data-testid="app-state"][data-state="${value}"]`;
const text = (testId: string, value: string) => `[data-testid="${testId}"]:text-is("${value}")`;

function invoiceReferences(): string[] {
  return frame
    .demo()
    .moneybird.books.salesInvoices()
    .map((invoice) => String(invoice.reference));
}

describe('the demo in Chromium', () => {
  it('books on Sync now, shows parked orders with their reason, and books one on Retry and skips another', async () => {
    const page = await frame.browser().newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(frame.demo().url);
    // Set up, nothing synced yet: the headline says so and when the first run comes, not "Bijgewerkt".
    await page.waitForSelector(state('not-synced'));
    expect(await page.textContent('[data-testid="app-state"]')).toMatch(
      /^Nog niet gesynchroniseerd · de eerste keer (om \d\d:\d\d|op .+)$/,
    );
    // Said once: no "last sync: not synced yet", nor the first run's time a second time.
    expect(await page.getByText('Nog niet gesynchroniseerd').count()).toBe(1);
    expect(await page.locator('[data-testid="last-run"], [data-testid="next-run"]').count()).toBe(0);
    expect(frame.demo().service.status().state).toBe('not-synced');
    // Nothing checks the connections before that run: not "Controleren…", but when it will be done.
    for (const [service, name] of [
      ['mijnwebwinkel', 'Mijnwebwinkel'],
      ['moneybird', 'Moneybird'],
    ] as const)
      expect(await page.textContent(`[data-testid="connection-${service}"]`)).toBe(
        `${name}: Wordt gecontroleerd bij de eerste synchronisatie`,
      );
    await recordScreen(page, 'dashboard-not-synced');
    expect(await page.textContent('[data-testid="count-booked"]')).toBe('0');
    // Nothing parked or waiting: no empty cards before what matters.
    await page.waitForSelector('[data-testid="history-import"]');
    expect(await page.locator('[data-testid="parked-orders"], [data-testid="waiting-orders"]').count()).toBe(
      0,
    );

    // Counts rise as events arrive; record every value the page showed.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { bookedSeen: string[] }).bookedSeen = seen;
      const target = document.querySelector('[data-testid="count-booked"]')!;
      new MutationObserver(() => seen.push(target.textContent ?? '')).observe(target, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });

    await page.click('[data-testid="sync-now"]');
    await page.waitForSelector(text('count-booked', '4'));
    await page.waitForSelector(state('idle'));
    expect(await page.textContent('[data-testid="app-state"]')).toBe(
      'Bijgewerkt · 2 bestellingen vragen iets van je',
    );
    expect(await page.textContent('[data-testid="count-parked"]')).toBe('2');
    expect(await page.textContent('[data-testid="last-run"]')).toContain('4 geboekt, 2 wachten op jou');
    const seen = await page.evaluate(() => (window as unknown as { bookedSeen: string[] }).bookedSeen);
    expect(seen.at(-1)).toBe('4');
    expect(await page.getAttribute('[data-testid="connection-moneybird"]', 'data-state')).toBe('connected');

    // Both parked orders, each with the bookkeeping's reason in Dutch.
    await page.waitForSelector('[data-testid="parked-order"] >> nth=1');
    const parkedNumbers = await page
      .locator('[data-testid="parked-order"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-order')));
    expect(parkedNumbers.sort()).toEqual([...picked.parked].sort());
    const reasons = await page.locator('[data-testid="parked-reason"]').allTextContents();
    for (const reason of reasons) expect(reason).toContain('0% btw');
    const [toRetry, toSkip] = picked.parked as [string, string];

    // The owner links the 0 % rate (here through the store, as the settings screen would).
    frame.demo().runtime.store.settings.set(bookkeepingMappingSetting, { ...frame.demo().mapping });
    await page.click(`[data-testid="parked-order"][data-order="${toRetry}"] [data-testid="retry-order"]`);
    await page.waitForSelector(text('count-booked', '5'));
    await page.waitForSelector(`[data-testid="parked-order"][data-order="${toRetry}"]`, {
      state: 'detached',
    });
    expect(frame.demo().runtime.store.journal.get(toRetry)?.state).toBe('done');
    expect(invoiceReferences().filter((ref) => ref.includes(toRetry))).toHaveLength(1);

    await page.click(`[data-testid="parked-order"][data-order="${toSkip}"] [data-testid="skip-order"]`);
    await page.waitForSelector('[data-testid="parked-orders"]', { state: 'detached' });
    await page.waitForSelector(text('count-parked', '0'));
    await page.waitForSelector(state('idle'));
    // Nothing left for the owner and nothing waiting: everything is booked, and it says so.
    expect(await page.textContent('[data-testid="app-state"]')).toMatch(
      /^Alles geboekt · bijgewerkt (om \d\d:\d\d|op .+)$/,
    );
    expect(frame.demo().runtime.store.journal.get(toSkip)?.state).toBe('skipped');
    expect(invoiceReferences().some((ref) => ref.includes(toSkip))).toBe(false);

    const activity = await page.locator('[data-testid="activity-item"]').allTextContents();
    // The line names the order once, linked where it stands; no "#1002" beside it.
    expect(activity.some((line) => line.includes(`Bestelling ${toSkip} overgeslagen`))).toBe(true);
    expect(activity.some((line) => line.includes(`#${toSkip}`))).toBe(false);
    expect(activity.some((line) => /^.*Synchronisatie gestart \(op jouw verzoek\)\.$/.test(line))).toBe(true);
    // Every order was booked exactly once: no invoice twice.
    expect(new Set(invoiceReferences()).size).toBe(invoiceReferences().length);
    expect(frame.browser().errors).toEqual([]);
  });

  it('books the older orders from a chosen date after the owner confirms the period, and shows the progress', async () => {
    const page = await frame.browser().newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${frame.demo().shell.origin}/`);
    await page.waitForSelector(state('idle'));
    const startDate = frame.demo().runtime.store.settings.get(startDateSetting);
    expect(startDate).toBe(isoDay(Date.now() - START_DAYS_AGO * DAY));
    const panel = page.getByTestId('history-import');
    // The panel asked Moneybird for its locked period when it opened: none in the demo.
    await page.locator('[data-testid="history-import"][data-period-lock="none"]').waitFor();
    expect(await panel.locator('.hint').first().textContent()).toMatch(
      /^Winkelbrug boekt vanzelf de bestellingen vanaf \d+ \w+ \d{4}\./,
    );
    // Offered: the start of the quarter before the start date, not a date that ignores it, and never
    // of a quarter whose VAT return is due already (then none is offered, and the hint says why).
    // Shown day first, the Dutch way; the day itself in data-day.
    const offer = expectedOffer(startDate!, amsterdamToday());
    const offered = (await page.getAttribute('[data-testid="import-since"]', 'data-day')) ?? '';
    const hint = await page.textContent('[data-testid="import-since-hint"]');
    if (offer) {
      expect(offered).toBe(offer);
      expect(await page.inputValue('[data-testid="import-since"]')).toBe(dutchDay(offer));
      expect(offered < startDate!).toBe(true);
      expect(hint).toMatch(
        /^Voorgesteld is het begin van het [1-4]e kwartaal \d{4}, zodat je btw-aangifte over dat hele kwartaal klopt\. Die dien je uiterlijk \d+ \w+ \d{4} in\.$/,
      );
    } else {
      expect(offered).toBe('');
      expect(await page.inputValue('[data-testid="import-since"]')).toBe('');
      expect(hint).toMatch(
        /^Winkelbrug stelt geen datum voor: de bestellingen van vóór .+ horen bij btw-aangiftes/,
      );
      expect(await page.isDisabled('[data-testid="import-start"]')).toBe(true);
    }
    await recordScreen(page, 'dashboard-import-offer');

    // From the start date on the sync books by itself: that date is refused, with what to do.
    await page.fill('[data-testid="import-since"]', dutchDay(startDate!));
    await page.waitForSelector('[data-testid="import-since-problem"]');
    expect(await page.textContent('[data-testid="import-since-problem"]')).toMatch(
      /^Vanaf .+ boekt Winkelbrug de bestellingen al vanzelf\. Kies een datum vóór .+\.$/,
    );
    expect(await page.isDisabled('[data-testid="import-start"]')).toBe(true);

    // A day that does not exist is no day: said, with an example, and nothing can be booked.
    await page.fill('[data-testid="import-since"]', '31-09-2026');
    await expect
      .poll(() => page.textContent('[data-testid="import-since-problem"]'))
      .toBe('Vul een geldige datum in, bijvoorbeeld 1-10-2026.');
    expect(await page.getAttribute('[data-testid="import-since"]', 'aria-invalid')).toBe('true');
    expect(await page.isDisabled('[data-testid="import-start"]')).toBe(true);

    // Far enough back that some of these orders belong in a VAT return that was due already.
    const since = isoDay(Date.now() - 200 * DAY);
    await page.fill('[data-testid="import-since"]', dutchDay(since));
    expect(await page.getAttribute('[data-testid="import-since"]', 'data-day')).toBe(since);
    expect(await page.textContent('[data-testid="import-start"]')).toBe('Deze bestellingen boeken');
    // One click books nothing: it asks first, naming the period and warning about bookings by hand.
    await page.click('[data-testid="import-start"]');
    await page.waitForSelector('[data-testid="import-confirm"]');
    const period = await page.textContent('[data-testid="import-confirm-period"]');
    // Named, with the administration they go into (after a switch, it may not be where they belong).
    expect(period).toMatch(
      /^De afgeronde en betaalde bestellingen van .+ tot en met .+ boeken in de Moneybird-administratie "Winkelbrug Demo B\.V\."\?$/,
    );
    // Those of a VAT return that was due already: said. Moneybird has locked no period (the panel
    // asked), so no "if that period is locked" and no warning of orders that would wait.
    const returnDue = await page.textContent('[data-testid="import-confirm-return-due"]');
    expect(returnDue).toMatch(
      /^Let op: de btw-aangifte over de bestellingen tot en met \d+ \w+ \d{4} moest je al indienen\. Boek je ze nu, dan verandert de omzet in die aangifte; vraag je boekhouder of je die moet corrigeren\.$/,
    );
    expect(await page.getByTestId('import-confirm-locked').count()).toBe(0);
    // Nothing stands in the way: no word of a blocker.
    expect(await page.getByTestId('import-confirm-blocked').count()).toBe(0);
    const warning = await page.textContent('[data-testid="import-confirm-warning"]');
    expect(warning).toContain('al met de hand in Moneybird geboekt');
    expect(warning).toContain('eigen referentie (zoals MWW-1042)');
    expect(warning).toContain('twee keer');
    // The advice the setup and Settings give for earlier orders too, word for word.
    expect(warning).toBe(interpolate(app.nl['handBooked.advice'], { prefix: 'MWW' }));
    await recordScreen(page, 'dashboard-import-confirm');
    expect(frame.demo().runtime.store.historyImport.get()).toBeUndefined();

    // Cancelling books nothing either; confirming does.
    await page.click('[data-testid="import-confirm-cancel"]');
    await page.waitForSelector('[data-testid="import-confirm"]', { state: 'detached' });
    expect(frame.demo().runtime.store.historyImport.get()).toBeUndefined();
    await page.click('[data-testid="import-start"]');
    await page.click('[data-testid="import-confirm-yes"]');
    await page.waitForSelector('[data-testid="import-state"][data-status="completed"]');
    await page.waitForSelector(text('count-booked', '7'));
    // What this import did, of its own period (up to the day before the start date it found): the two
    // older orders booked. Not the orders the sync had booked or skipped since the start date, and
    // no "2 van 2 verwerkt" once it is done.
    const until = dayBefore(startDate!);
    expect(await page.textContent('[data-testid="import-done"]')).toBe(
      `Klaar met de bestellingen van ${shortDay(since)} tot en met ${shortDay(until)}: 2 geboekt en niets wacht op jou.`,
    );
    expect(await page.getByTestId('import-progress').count()).toBe(0);
    // The period reached VAT returns due already, as the question warned: said whether any of the
    // booked orders count in them (then whom to ask), or that those returns did not change.
    const dueUntil = returnsDueUntil(amsterdamToday());
    const inDue = picked.old.filter((number) => {
      const order = picked.orders.find((o) => String(o.number) === number)!;
      return order.date.slice(0, 10) <= dueUntil;
    }).length;
    expect(await page.textContent('[data-testid="import-done-return-due"]')).toBe(
      inDue === 0
        ? `De btw-aangifte over de bestellingen tot en met ${shortDay(dueUntil)} moest je al indienen, maar daarin is niets geboekt: die verandert niet.`
        : inDue === 2
          ? `Let op: de btw-aangifte over de bestellingen tot en met ${shortDay(dueUntil)} moest je al indienen, en daarin vallen de bestellingen die nu geboekt zijn. Vraag je boekhouder of je die aangifte moet corrigeren.`
          : `Let op: de btw-aangifte over de bestellingen tot en met ${shortDay(dueUntil)} moest je al indienen, en 1 van de bestellingen die nu geboekt zijn valt daarin. Vraag je boekhouder of je die aangifte moet corrigeren.`,
    );
    // The import moved the start date back to its first day; what is offered next follows it. Its
    // quarter's VAT return was due long ago: no day is offered, and the hint says why.
    expect(frame.demo().runtime.store.settings.get(startDateSetting)).toBe(since);
    expect(expectedOffer(since, amsterdamToday())).toBeNull();
    await expect.poll(() => page.inputValue('[data-testid="import-since"]')).toBe('');
    expect(await page.textContent('[data-testid="import-since-hint"]')).toMatch(
      /^Winkelbrug stelt geen datum voor: de bestellingen van vóór .+ horen bij btw-aangiftes die je al moest indienen/,
    );
    expect(await page.isDisabled('[data-testid="import-start"]')).toBe(true);
    await recordScreen(page, 'dashboard-import-done');
    for (const order of picked.old) expect(frame.demo().runtime.store.journal.get(order)?.state).toBe('done');
    expect(new Set(invoiceReferences()).size).toBe(7);
    expect(frame.browser().errors).toEqual([]);
  });
});
