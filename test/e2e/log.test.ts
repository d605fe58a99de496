// The log screen and the browser's notifications in Chromium, against the headless shell, the real
// sync engine and both simulators. A run books four orders and parks two (a 0 % line without a
// mapped rate): the owner, who turned notifications on from the dashboard, gets one notification for
// the run, not one per order; the log shows the run's lines, filters them by kind, order, words and
// period as the stored log says it should, shows new lines as they come, and exports exactly the
// lines shown as a CSV file Excel reads (parsed back here with csv-parse).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../src/main/core/money';
import type { LogEntry } from '../../src/main/core/store';
import { DEMO_COMPLETED_STATUSES } from '../sim/demo';
import { generateOrders } from '../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../sim/mijnwebwinkel/types';
import { expectIssueUnder } from './support/field-issue';
import { hasDomesticZeroRateLine, parkingDemo } from './support/parking-demo';
import { expectAccessible, recordScreen } from './support/screens';
import { DAY, dutchDay, isoDay, waitForFinishedRun } from './support/wizard';

const START_DAYS_AGO = 30;

function bookable(order: MwwOrder): boolean {
  return (
    DEMO_COMPLETED_STATUSES.includes(Number(order.status)) &&
    order.payment_status === 'captured' &&
    parseDecimal(String(order.price?.total ?? '0')) > 0n &&
    !order.sim_test_order &&
    !order.credited_order_number &&
    !order.tax_strategy &&
    (!order.tax_region || order.tax_region.toUpperCase() === 'NL')
  );
}

/** Four domestic orders that book, two that park for their 0 % line. */
function pickOrders(): { orders: MwwOrder[]; parked: string[] } {
  const now = Date.now();
  const all = generateOrders({ seed: 41, count: 200, from: isoDay(now - 25 * DAY), to: isoDay(now - DAY) });
  const eligible = all.filter(bookable);
  const zero = eligible.filter(hasDomesticZeroRateLine).slice(0, 2);
  const plain = eligible.filter((order) => !hasDomesticZeroRateLine(order)).slice(0, 4);
  if (zero.length < 2 || plain.length < 4)
    throw new Error('the generator made too few orders; choose another seed');
  return { orders: [...plain, ...zero], parked: zero.map((order) => String(order.number)) };
}

let picked: ReturnType<typeof pickOrders>;
let page: Page;
const frame = parkingDemo({
  orders: () => {
    picked = pickOrders();
    return picked.orders;
  },
  startDaysAgo: START_DAYS_AGO,
  dutch: true,
});

/** The stored log as the owner may see it (no debug lines), newest first. */
function storedLines(): LogEntry[] {
  return frame.demo().runtime.store.log.recent({ limit: 1000, minLevel: 'info' });
}

interface ShownLine {
  seq: number;
  at: string;
  /** The moment as the Tijd column writes it. */
  time: string;
  level: string;
  order: string;
  message: string;
}

async function shownLines(): Promise<ShownLine[]> {
  return page.getByTestId('log-line').evaluateAll((rows) =>
    rows.map((row) => ({
      seq: Number(row.getAttribute('data-seq')),
      at: row.querySelector('time')?.getAttribute('datetime') ?? '',
      time: row.querySelector('time')?.textContent ?? '',
      level: row.getAttribute('data-level') ?? '',
      order: row.querySelector('[data-testid="log-line-order"]')?.textContent ?? '',
      message: row.querySelector('[data-testid="log-line-message"]')?.textContent ?? '',
    })),
  );
}

/** The row of filters under the period: an issue of a period field is said above it. */
const searchField = () => page.getByLabel('Zoeken', { exact: true });

/** Waits until the table shows exactly these lines (by seq, newest first). */
async function expectShown(entries: LogEntry[]): Promise<ShownLine[]> {
  const wanted = entries.map((entry) => entry.seq);
  await expect
    .poll(async () => (await shownLines()).map((line) => line.seq), { timeout: 15_000 })
    .toEqual(wanted);
  return shownLines();
}

describe('the log and notifications in Chromium', () => {
  it('asks permission from the dashboard and notifies once for a run that parked two orders', async () => {
    page = await frame.browser().newPage();
    // Every notification the page makes is recorded, and then made for real.
    await page.addInitScript(() => {
      const Original = window.Notification;
      const made: Array<{ title: string; body: string; tag: string }> = [];
      (window as unknown as { madeNotifications: typeof made }).madeNotifications = made;
      class Recorded extends Original {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          made.push({ title, body: options?.body ?? '', tag: options?.tag ?? '' });
        }
      }
      window.Notification = Recorded;
    });
    await page.goto(frame.demo().url);
    await page.getByTestId('status-panel').waitFor();

    // Nothing is asked on load: the offer waits for the owner's click.
    const offer = page.getByTestId('notification-offer');
    await offer.getByRole('button', { name: 'Meldingen aanzetten' }).waitFor();
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    await recordScreen(page, 'dashboard-notification-offer');
    await frame.browser().context.grantPermissions(['notifications'], { origin: frame.demo().shell.origin });
    await offer.getByRole('button', { name: 'Meldingen aanzetten' }).click();
    await page.getByTestId('notifications-granted').waitFor();

    await page.getByTestId('sync-now').click();
    expect(await waitForFinishedRun(page)).toEqual({ booked: 4, parked: 2 });
    // The notification follows the run's end, before the status that shows it finished.
    const made = await page.evaluate(
      () => (window as unknown as { madeNotifications: unknown[] }).madeNotifications,
    );
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      title: '2 bestellingen wachten op jou',
      body: 'Winkelbrug kon 2 bestellingen niet boeken. Open Winkelbrug om te zien waarom en wat je kunt doen.',
    });
    expect(frame.appErrors()).toEqual([]);
  }, 120_000);

  it('shows the run in the log, filtered by kind, order, words and period as the stored log says', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).click();
    await page.waitForURL(/#\/log$/);
    await page.getByTestId('log-table').waitFor();

    // Everything the owner may see, newest first, as stored.
    const all = storedLines();
    expect(all.length).toBeGreaterThan(6);
    const shown = await expectShown(all);
    expect(shown.map((line) => line.message)).toEqual(all.map((entry) => entry.message.nl));
    // The time in words, as every other screen writes it ("30 nov 2026, 08:50"), to the minute: the
    // lines are in the log's order already. The CSV keeps the seconds (below).
    const months = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    const written = await page.evaluate(
      ([moments, names]) =>
        moments.map((at) => {
          const d = new Date(at);
          const p = (n: number) => String(n).padStart(2, '0');
          return `${d.getDate()} ${names[d.getMonth()]} ${d.getFullYear()}, ${p(d.getHours())}:${p(d.getMinutes())}`;
        }),
      [shown.map((line) => line.at), months] as const,
    );
    expect(shown.map((line) => line.time)).toEqual(written);
    await recordScreen(page, 'log', 'log');

    // Kind: warnings and errors only (the two parked orders at least).
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Waarschuwingen en fouten' });
    const warnings = all.filter((entry) => entry.level === 'warn' || entry.level === 'error');
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    await expectShown(warnings);

    // One parked order: its lines only, of every kind.
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Alles' });
    const order = picked.parked[0]!;
    await page.getByLabel('Bestelnummer', { exact: true }).fill(order);
    const ofOrder = all.filter((entry) => entry.orderNumber === order);
    expect(ofOrder.length).toBeGreaterThan(0);
    await expectShown(ofOrder);
    await page.getByLabel('Bestelnummer', { exact: true }).fill('');

    // Words, in any case: the lines whose Dutch text says "wachten op jou" or whose order number holds it.
    await page.getByLabel('Zoeken', { exact: true }).fill('WACHTEN OP JOU');
    const parkedLines = all.filter((entry) => entry.message.nl.toLowerCase().includes('wachten op jou'));
    expect(parkedLines.length).toBeGreaterThan(0);
    await expectShown(parkedLines);
    await page.getByLabel('Zoeken', { exact: true }).fill('');

    // Period: today holds every line; from tomorrow on none; an end before the start is explained.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const tomorrow = new Date(Date.now() + DAY).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    // Typed the Dutch way, day first, whatever the browser's language.
    const from = page.getByLabel('Van', { exact: true });
    const until = page.getByLabel('Tot en met', { exact: true });
    await from.fill(dutchDay(today));
    await until.fill(dutchDay(today));
    expect(await from.getAttribute('data-day')).toBe(today);
    expect(await until.getAttribute('data-day')).toBe(today);
    await expectShown(all);
    // A day that does not exist is said once the owner leaves the field; the list ignores it.
    await from.fill('31-09-2026');
    await from.press('Tab');
    await page.getByTestId('log-from-unreadable').waitFor();
    expect(await page.getByTestId('log-from-unreadable').textContent()).toBe(
      'Van: Geen geldige datum. Typ dd-mm-jjjj, bijvoorbeeld 30-09-2026.',
    );
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    // Under "Van" itself, not under the search field below the filters; on screen without "Van".
    await expectIssueUnder(from, page.getByTestId('log-from-unreadable'), 'Van', searchField());
    await expectShown(all);
    await recordScreen(page, 'log-period-unreadable');
    await expectAccessible(page, 'log with a day that is no day');
    await from.fill(dutchDay(tomorrow));
    await page.getByTestId('log-from-unreadable').waitFor({ state: 'detached' });
    await page.getByTestId('log-period-issue').waitFor();
    expect(await page.getByTestId('log-period-issue').textContent()).toContain(
      'De einddatum ligt vóór de begindatum',
    );
    // Said under "Tot en met", the field to change.
    await expectIssueUnder(until, page.getByTestId('log-period-issue'), 'Tot en met', searchField());
    expect(await until.getAttribute('aria-invalid')).toBe('true');
    // The empty list does not send the owner to a longer period: only what to do.
    await page.getByTestId('log-empty').waitFor();
    expect(await page.getByTestId('log-empty').textContent()).toBe('Pas de periode aan.');
    await recordScreen(page, 'log-period-reversed');
    await until.fill('');
    await page.getByTestId('log-empty').waitFor();
    expect(await page.getByTestId('log-empty').textContent()).toContain(
      'Geen regels die bij deze filters passen',
    );
    // Clearing the filters also clears text that was no day.
    await until.fill('1-13-2026');
    await until.press('Tab');
    await expectIssueUnder(until, page.getByTestId('log-until-unreadable'), 'Tot en met', searchField());
    expect(await page.getByTestId('log-from-unreadable').count()).toBe(0);
    await page.getByTestId('log-filter-clear').click();
    await expectShown(all);
    expect(await from.inputValue()).toBe('');
    expect(await until.inputValue()).toBe('');
    expect(await page.getByTestId('log-until-unreadable').count()).toBe(0);
    expect(frame.appErrors()).toEqual([]);
  }, 120_000);

  it('shows new lines as they are written, on top', async () => {
    const before = storedLines();
    const reply = await frame.demo().service.dispatch('sync.runNow', {}, 'test');
    if (!reply.ok || !reply.result.runId) throw new Error('the second run did not start');
    const runId = Number(reply.result.runId);
    await expect
      .poll(() => frame.demo().runtime.store.runs.get(runId)?.finishedAt ?? null, { timeout: 30_000 })
      .not.toBeNull();
    const after = storedLines();
    expect(after.length).toBeGreaterThan(before.length);
    // Without a new search: the lines came live.
    await expectShown(after);
    await page.getByTestId('log-live').waitFor();
  }, 60_000);

  it('exports the filtered lines as a CSV that Excel reads, equal to the lines shown', async () => {
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Waarschuwingen en fouten' });
    const warnings = storedLines().filter((entry) => entry.level !== 'info');
    const shown = await expectShown(warnings);

    const { fileName, header, rows } = await exportShown();
    expect(fileName).toMatch(/^winkelbrug-logboek-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(header).toEqual(['Tijd', 'Soort', 'Bestelling', 'Melding']);
    const levelWord: Record<string, string> = { info: 'Info', warn: 'Waarschuwing', error: 'Fout' };
    expect(rows).toEqual(
      shown.map((line) => [localTime(line.at), levelWord[line.level], line.order, line.message]),
    );
    await page.getByTestId('log-export-done').getByText(`${rows.length} regels geëxporteerd`).waitFor();
    expect(frame.appErrors()).toEqual([]);
  }, 60_000);

  it('searches and exports in English when the owner reads English', async () => {
    await page.getByTestId('locale-switch').click();
    await page.getByRole('heading', { name: 'Log', exact: true }).waitFor();
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Everything' });
    // "booked" is in the English text only (Dutch: "geboekt"): the search looks in the text shown.
    await page.getByLabel('Search', { exact: true }).fill('BOOKED');
    const booked = storedLines().filter(
      (entry) =>
        entry.message.en.toLowerCase().includes('booked') ||
        entry.orderNumber?.toLowerCase().includes('booked'),
    );
    expect(booked.length).toBeGreaterThanOrEqual(4);
    const shown = await expectShown(booked);
    expect(shown.map((line) => line.message)).toEqual(booked.map((entry) => entry.message.en));

    const { fileName, header, rows } = await exportShown();
    expect(fileName).toMatch(/^winkelbrug-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(header).toEqual(['Time', 'Kind', 'Order', 'Message']);
    expect(rows).toEqual(shown.map((line) => [localTime(line.at), 'Info', line.order, line.message]));
    await expectAccessible(page, 'log in English');
    await page.getByTestId('locale-switch').click();
    expect(frame.appErrors()).toEqual([]);
  }, 60_000);
});

/** Clicks Export, waits for the download, and reads it back as a spreadsheet would. */
async function exportShown(): Promise<{ fileName: string; header: string[]; rows: string[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('log-export').click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  // UTF-8 with a byte order mark, so Excel does not guess another encoding; Windows line ends.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('\r\n');
  const [header, ...rows] = parse(text, { bom: true, delimiter: ';' }) as string[][];
  return { fileName: download.suggestedFilename(), header: header!, rows };
}

/** A moment as the CSV writes it: this computer's time (the test runs in the core's process). */
function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
