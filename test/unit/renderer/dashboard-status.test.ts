// The dashboard's headline and whether it offers syncing, from the core's status and setup state:
// "Bijgewerkt" only after a run, "Niet meer gekoppeld" for a folder that synced before, and Sync
// now off while a connection is missing.
import { describe, expect, it } from 'vitest';
import {
  cannotSync,
  connectionStateKey,
  headlineOf,
  lastRunText,
  localDay,
  noLongerConnected,
} from '../../../src/renderer/components/dashboard-status';
import { translator } from '../../../src/renderer/i18n/text';
import type { AppStatus, Connection, SetupState } from '../../../src/shared/contract';

const connected: Connection = { state: 'connected', detail: null, checkedAt: null };
const missing: Connection = { state: 'not-configured', detail: null, checkedAt: null };
const done = { state: 'done', reason: null } as const;
const counts = { booked: 0, parked: 0, waiting: 0, deleted: 0, cancelled: 0 };

const status = (overrides: Partial<AppStatus>): AppStatus => ({
  state: 'idle',
  reason: null,
  lastRun: null,
  nextRunAt: null,
  progress: null,
  counts,
  connections: { mijnwebwinkel: connected, moneybird: connected },
  ...overrides,
});

const setupState = (syncedBefore: boolean): SetupState => ({
  complete: false,
  steps: {
    shop: { state: 'missing', reason: null },
    orders: done,
    moneybird: done,
    administration: done,
    mapping: done,
  },
  next: 'shop',
  shopName: null,
  administrationName: null,
  moneybirdLogin: null,
  browserLoginAvailable: false,
  keychainProblem: null,
  syncedBefore,
  startDate: '2026-10-01',
});

const nl = translator('nl');
const en = translator('en');
/** 14:00 local time on a day; the next run at 15:21 the same day. */
const now = new Date(2026, 10, 29, 14, 0);
const nextRunAt = new Date(2026, 10, 29, 15, 21).toISOString();

describe('the dashboard headline', () => {
  it('before the first run says it has not synced yet and when it will, not "Bijgewerkt"', () => {
    const waiting = status({ state: 'not-synced', nextRunAt });
    expect(headlineOf(waiting, null, nl, 'nl', now)).toEqual({
      text: 'Nog niet gesynchroniseerd · de eerste keer om 15:21',
      tone: 'not-synced',
    });
    expect(headlineOf(waiting, null, en, 'en', now).text).toBe('Not synced yet · the first time at 15:21');
    // A first run tomorrow names the day; none planned (paused before) says just that.
    const tomorrow = new Date(2026, 10, 30, 0, 5).toISOString();
    expect(
      headlineOf(status({ state: 'not-synced', nextRunAt: tomorrow }), null, nl, 'nl', now).text,
    ).toMatch(/^Nog niet gesynchroniseerd · de eerste keer op 30 nov 2026.*00:05$/);
    expect(headlineOf(status({ state: 'not-synced' }), null, nl, 'nl', now).text).toBe(
      'Nog niet gesynchroniseerd',
    );
  });

  it('says "Bijgewerkt" after a run, and counts what waits for the owner with thousands separators', () => {
    expect(headlineOf(status({}), null, nl, 'nl', now)).toEqual({ text: 'Bijgewerkt', tone: 'idle' });
    const parked = status({ counts: { ...counts, parked: 1234 } });
    expect(headlineOf(parked, null, nl, 'nl', now)).toEqual({
      text: 'Bijgewerkt · 1.234 bestellingen vragen iets van je',
      tone: 'attention',
    });
    const more = status({ counts: { ...counts, parked: 1200, deleted: 34 } });
    expect(headlineOf(more, null, nl, 'nl', now).text).toBe(
      'Bijgewerkt · 1.234 bestellingen vragen iets van je: 1.200 wachten op jou en 34 verwijderd in Moneybird',
    );
  });

  it('names what it counts, so that each number stands among the counts beside it', () => {
    const headline = (patch: Partial<AppStatus['counts']>, locale: 'nl' | 'en' = 'nl') =>
      headlineOf(
        status({ counts: { ...counts, booked: 2, ...patch } }),
        null,
        locale === 'nl' ? nl : en,
        locale,
        now,
      );
    // Only orders that wait for the owner: the count "Wacht op jou" beside it, in the tray's words.
    expect(headline({ parked: 1 }).text).toBe('Bijgewerkt · 1 bestelling vraagt iets van je');
    // A booked order cancelled in the shop is counted under "Geboekt" ("waarvan 1 geannuleerd in je
    // winkel"), not among "Wacht op jou 0": the headline says what it is.
    expect(headline({ cancelled: 1 })).toEqual({
      text: 'Bijgewerkt · 1 geboekte bestelling is in je winkel geannuleerd',
      tone: 'attention',
    });
    expect(headline({ cancelled: 2 }).text).toBe(
      'Bijgewerkt · 2 geboekte bestellingen zijn in je winkel geannuleerd',
    );
    expect(headline({ cancelled: 1 }, 'en').text).toBe(
      'Up to date · 1 booked order was cancelled in your shop',
    );
    // An invoice deleted in Moneybird: its own count, "Verwijderd in Moneybird".
    expect(headline({ deleted: 1 }).text).toBe(
      'Bijgewerkt · van 1 geboekte bestelling is de factuur verwijderd in Moneybird',
    );
    expect(headline({ deleted: 3 }, 'en').text).toBe(
      'Up to date · the invoices of 3 booked orders were deleted in Moneybird',
    );
    // More than one kind: how many in all, and each by the name of its count.
    expect(headline({ parked: 1, cancelled: 1 }).text).toBe(
      'Bijgewerkt · 2 bestellingen vragen iets van je: 1 wacht op jou en 1 geannuleerd in je winkel',
    );
    expect(headline({ parked: 2, cancelled: 1, deleted: 1 }).text).toBe(
      'Bijgewerkt · 4 bestellingen vragen iets van je: 2 wachten op jou, 1 geannuleerd in je winkel en 1 verwijderd in Moneybird',
    );
    expect(headline({ parked: 2, cancelled: 1, deleted: 1 }, 'en').text).toBe(
      'Up to date · 4 orders ask something of you: 2 need you, 1 cancelled in your shop and 1 deleted in Moneybird',
    );
  });

  it('says "Alles geboekt" with the time only when it is true: the run went through, nothing waits', () => {
    const run = (finishedAt: Date, outcome: 'completed' | 'cancelled' = 'completed') => ({
      runId: '3',
      trigger: 'schedule' as const,
      startedAt: finishedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      outcome,
      booked: 4,
      parked: 0,
      failed: 0,
      message: null,
    });
    const today = run(new Date(2026, 10, 29, 13, 46));
    expect(headlineOf(status({ lastRun: today }), null, nl, 'nl', now)).toEqual({
      text: 'Alles geboekt · bijgewerkt om 13:46',
      tone: 'idle',
    });
    expect(headlineOf(status({ lastRun: today }), null, en, 'en', now).text).toBe(
      'All booked · updated at 13:46',
    );
    const yesterday = run(new Date(2026, 10, 28, 23, 50));
    expect(headlineOf(status({ lastRun: yesterday }), null, nl, 'nl', now).text).toMatch(
      /^Alles geboekt · bijgewerkt op 28 nov 2026.*23:50$/,
    );
    // Orders waiting for a new attempt (or half-way) are not booked yet: said, not "Alles geboekt".
    expect(
      headlineOf(status({ lastRun: today, counts: { ...counts, waiting: 2 } }), null, nl, 'nl', now).text,
    ).toBe('Bijgewerkt · 2 bestellingen worden later opnieuw geprobeerd');
    expect(
      headlineOf(status({ lastRun: today, counts: { ...counts, waiting: 1 } }), null, nl, 'nl', now).text,
    ).toBe('Bijgewerkt · 1 bestelling wordt later opnieuw geprobeerd');
    // A run that was broken off may have left orders unseen.
    expect(
      headlineOf(status({ lastRun: run(new Date(2026, 10, 29, 13, 46), 'cancelled') }), null, nl, 'nl', now)
        .text,
    ).toBe('Bijgewerkt');
    // Parked orders need the owner: that wins.
    expect(
      headlineOf(
        status({ lastRun: today, counts: { ...counts, parked: 1, waiting: 2 } }),
        null,
        nl,
        'nl',
        now,
      ),
    ).toEqual({ text: 'Bijgewerkt · 1 bestelling vraagt iets van je', tone: 'attention' });
  });

  it('tells "no longer connected" (the folder synced before) from "not connected yet"', () => {
    const gone = status({
      state: 'needs-setup',
      connections: { mijnwebwinkel: missing, moneybird: connected },
    });
    expect(headlineOf(gone, setupState(true), nl, 'nl', now).text).toBe('Niet meer gekoppeld');
    expect(headlineOf(gone, setupState(true), en, 'en', now).text).toBe('No longer connected');
    expect(headlineOf(gone, setupState(false), nl, 'nl', now).text).toBe('Nog niet gekoppeld');
    // The setup not known yet: nothing is claimed that the core did not say.
    expect(headlineOf(gone, null, nl, 'nl', now).text).toBe('Nog niet gekoppeld');
  });
});

describe("the headline's today", () => {
  it('is the computer’s own day, as the time beside it is the computer’s clock, not UTC’s', () => {
    // 00:30 on 1 December here is still 30 November in UTC for anyone east of Greenwich.
    expect(localDay(new Date(2026, 11, 1, 0, 30))).toBe('2026-12-01');
  });
});

describe("the status panel's line on the last run", () => {
  const finishedAt = new Date(2026, 10, 30, 6, 2).toISOString();
  const run = (counts: { booked: number; parked: number; calledOff?: number }) => ({
    runId: '9',
    trigger: 'manual' as const,
    startedAt: finishedAt,
    finishedAt,
    outcome: 'completed' as const,
    failed: 0,
    message: null,
    ...counts,
  });
  /** What the run did, after the time. */
  const said = (r: ReturnType<typeof run>, locale: 'nl' | 'en' = 'nl') =>
    lastRunText(r, locale === 'nl' ? nl : en, locale).split(' · ')[1];

  it('says a run found a booked order cancelled in the shop, not that there was nothing new', () => {
    expect(lastRunText(run({ booked: 0, parked: 0, calledOff: 1 }), nl, 'nl')).toMatch(
      /^30 nov 2026.*06:02 · 1 geboekte bestelling is in je winkel geannuleerd$/,
    );
    expect(said(run({ booked: 0, parked: 0, calledOff: 1 }), 'en')).toBe(
      '1 booked order was cancelled in your shop',
    );
    expect(said(run({ booked: 0, parked: 0, calledOff: 1200 }))).toBe(
      '1.200 geboekte bestellingen zijn in je winkel geannuleerd',
    );
    // Beside what it booked and what waits: the same words as the run's line in the activity.
    expect(said(run({ booked: 3, parked: 1, calledOff: 2 }))).toBe(
      '3 geboekt, 1 wacht op jou, 2 geboekte bestellingen zijn in je winkel geannuleerd',
    );
    expect(said(run({ booked: 0, parked: 2, calledOff: 1 }))).toBe(
      '2 wachten op jou, 1 geboekte bestelling is in je winkel geannuleerd',
    );
  });

  it('says the cancellation as history once none waits for the owner any more, as news while one does', () => {
    const settled = (r: ReturnType<typeof run>, open: number, locale: 'nl' | 'en' = 'nl') =>
      lastRunText(r, locale === 'nl' ? nl : en, locale, open).split(' · ')[1];
    // Settled ("Zelf geregeld") or credited since: nothing open beside "Alles geboekt".
    expect(settled(run({ booked: 0, parked: 0, calledOff: 1 }), 0)).toBe(
      '1 geboekte bestelling bleek in je winkel geannuleerd, inmiddels geregeld',
    );
    expect(settled(run({ booked: 2, parked: 0, calledOff: 3 }), 0)).toBe(
      '2 geboekt, 3 geboekte bestellingen bleken in je winkel geannuleerd, inmiddels geregeld',
    );
    expect(settled(run({ booked: 0, parked: 0, calledOff: 1 }), 0, 'en')).toBe(
      '1 booked order turned out cancelled in your shop, since settled',
    );
    // Still waiting for the owner: said as it is, as the headline and the tile say it too.
    expect(settled(run({ booked: 0, parked: 0, calledOff: 1 }), 1)).toBe(
      '1 geboekte bestelling is in je winkel geannuleerd',
    );
  });

  it('says "niets nieuws" only when the run found nothing at all', () => {
    expect(said(run({ booked: 0, parked: 0 }))).toBe('niets nieuws om te boeken');
    expect(said(run({ booked: 0, parked: 0, calledOff: 0 }), 'en')).toBe('nothing new to book');
    expect(said(run({ booked: 5, parked: 0 }))).toBe('5 geboekt');
  });
});

describe('whether the dashboard offers syncing', () => {
  it('is off while a connection is missing, on when a setting is (the run says which)', () => {
    const gone = status({
      state: 'needs-setup',
      connections: { mijnwebwinkel: connected, moneybird: missing },
    });
    expect(cannotSync(gone)).toBe(true);
    // A run stopped for a missing setting: both connections work, so Sync now stays (to try again).
    expect(cannotSync(status({ state: 'needs-setup' }))).toBe(false);
    expect(cannotSync(status({ state: 'error' }))).toBe(false);
    expect(noLongerConnected(gone, setupState(true))).toBe(true);
    expect(noLongerConnected(status({}), setupState(true))).toBe(false);
    expect(noLongerConnected(gone, setupState(false))).toBe(false);
  });
});

describe("the status panel's connections before a run has checked them", () => {
  const unchecked: Connection = { state: 'checking', detail: null, checkedAt: null };
  const said = (state: AppStatus['state'], connection = unchecked, t = nl) =>
    t(connectionStateKey(connection, state));

  it('says "Controleren…" only while a run checks them, else that none has yet and when one will', () => {
    // Set up, the first run planned: nothing checks them now; the first run will.
    expect(said('not-synced')).toBe('Wordt gecontroleerd bij de eerste synchronisatie');
    expect(said('not-synced', unchecked, en)).toBe('Checked at the first sync');
    // A run reads the shop and Moneybird first: now it is true.
    expect(said('syncing')).toBe('Controleren…');
    // Paused, or waiting for the other connection, or a run that stopped before it got there.
    expect(said('paused')).toBe('Nog niet gecontroleerd');
    expect(said('needs-setup')).toBe('Nog niet gecontroleerd');
    expect(said('error', unchecked, en)).toBe('Not checked yet');
  });

  it('says what a run found as it is, whatever the app does now', () => {
    expect(said('not-synced', missing)).toBe('Niet gekoppeld');
    expect(said('syncing', connected)).toBe('Gekoppeld');
    expect(said('idle', { state: 'unreachable', detail: null, checkedAt: null })).toBe('Niet bereikbaar');
  });
});
