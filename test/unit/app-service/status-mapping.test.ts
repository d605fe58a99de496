import { describe, expect, it } from 'vitest';
import {
  appStateOf,
  connectionsOf,
  countsOf,
  jobResultOf,
  remainingTimeMs,
  serviceOfError,
} from '../../../src/main/core/app-service/status-mapping';
import { JOURNAL_STATES, type JournalCounts, type SyncRun } from '../../../src/main/core/store';
import type { RunReport } from '../../../src/main/core/sync/run-report';

const report = (outcome: RunReport['outcome'], code?: string): RunReport => ({
  runId: 1,
  kind: 'manual',
  startedAt: 0,
  finishedAt: 1,
  outcome,
  orders: [],
  counts: { seen: 0, booked: 0, parked: 0, skipped: 0, waiting: 0 },
  error: code ? { code, message: { nl: code, en: code } } : null,
});

const finished = (overrides: Partial<SyncRun> = {}): SyncRun => ({
  id: 1,
  kind: 'manual',
  startedAt: 0,
  finishedAt: 1,
  outcome: 'completed',
  counts: { seen: 0, booked: 0, parked: 0, skipped: 0, waiting: 0 },
  calledOff: 0,
  error: null,
  ...overrides,
});
const facts = { paused: false, running: false, blockedOnAuth: false, lastRun: undefined };

describe('the app state', () => {
  it('is not up to date before the first run has finished: waiting for it, not idle', () => {
    expect(appStateOf(facts)).toEqual({ state: 'not-synced', reason: null });
    // Pausing or running says so first, as it does after a run.
    expect(appStateOf({ ...facts, paused: true }).state).toBe('paused');
    expect(appStateOf({ ...facts, running: true }).state).toBe('syncing');
  });

  it('is up to date once a run finished, and says what went wrong after one that did not', () => {
    expect(appStateOf({ ...facts, lastRun: finished() })).toEqual({ state: 'idle', reason: null });
    // A run that found nothing to book is a finished run too: the shop was compared.
    expect(appStateOf({ ...facts, lastRun: finished({ outcome: 'completed_with_parked' }) }).state).toBe(
      'idle',
    );
    const failed = appStateOf({ ...facts, lastRun: finished({ outcome: 'failed' }) });
    expect(failed.state).toBe('error');
    expect(failed.reason?.nl).toContain('mislukte');
    const setupError = { code: 'setup_mapping', message: { nl: 'Kies een omzetrekening.', en: 'Choose.' } };
    expect(appStateOf({ ...facts, lastRun: finished({ outcome: 'failed', error: setupError }) })).toEqual({
      state: 'needs-setup',
      reason: setupError.message,
    });
  });
});

describe('status mapping', () => {
  it('estimates the time left from the pace, never below what the request budget allows', () => {
    expect(remainingTimeMs({ done: 10, total: 30, elapsedMs: 10_000, budgetMs: 0 })).toBe(20_000);
    expect(remainingTimeMs({ done: 10, total: 30, elapsedMs: 10_000, budgetMs: 120_000 })).toBe(120_000);
    expect(remainingTimeMs({ done: 0, total: 30, elapsedMs: 0, budgetMs: null })).toBeNull();
    expect(remainingTimeMs({ done: 0, total: 30, elapsedMs: 0, budgetMs: 5_000 })).toBe(5_000);
    expect(remainingTimeMs({ done: 30, total: 30, elapsedMs: 9_000, budgetMs: 99 })).toBe(0);
  });

  it('tells the scheduler to wait for the owner after a refused token, and to back off after a failure', () => {
    expect(jobResultOf(report('completed'), null)).toEqual({ kind: 'ok' });
    expect(jobResultOf(report('completed'), 1234)).toEqual({ kind: 'ok', runAgainAt: 1234 });
    expect(jobResultOf(report('blocked', 'authentication'), null).kind).toBe('auth-failure');
    expect(jobResultOf(report('blocked', 'setup_mapping'), null).kind).toBe('ok');
    expect(jobResultOf(report('blocked', 'plan-limit'), null).kind).toBe('transient-failure');
    expect(jobResultOf(report('failed', 'transient'), null).kind).toBe('transient-failure');
  });

  it('reads which service an error is about from its text', () => {
    const text = (en: string) => ({ message: { nl: en, en } });
    expect(serviceOfError(text('Moneybird refused the token'))).toBe('moneybird');
    expect(serviceOfError(text('Mijnwebwinkel cannot be reached; Moneybird is fine'))).toBe('mijnwebwinkel');
    expect(serviceOfError(text('disk full'))).toBeNull();
  });

  it('shows the shop without access when its plan lost the API, and Moneybird as connected', () => {
    const blocked = (code: string, en: string) =>
      finished({ outcome: 'failed', error: { code, message: { nl: en, en } } });
    const noApi = connectionsOf(
      blocked('shop_no_api_access', 'Mijnwebwinkel no longer gives Winkelbrug access to your orders'),
      0,
    );
    expect(noApi.mijnwebwinkel).toMatchObject({
      state: 'unauthorized',
      checkedAt: new Date(1).toISOString(),
    });
    expect(noApi.mijnwebwinkel.detail?.en).toContain('no longer gives Winkelbrug access');
    expect(noApi.moneybird.state).toBe('connected');
    // Moneybird's plan refusing more invoices is not a connection without access: the token works.
    const planLimit = connectionsOf(blocked('plan-limit', 'Moneybird: your plan allows no more invoices'), 0);
    expect(planLimit.moneybird.state).toBe('connected');
    expect(planLimit.mijnwebwinkel.state).toBe('connected');
  });
});

describe('the counts the dashboard shows', () => {
  const journal = (patch: Partial<JournalCounts>): JournalCounts => ({
    ...(Object.fromEntries(JOURNAL_STATES.map((state) => [state, 0])) as JournalCounts),
    ...patch,
  });

  it('tells apart, among the booked, those in another administration than the connected one', () => {
    expect(countsOf(journal({ done: 5, parked: 1 }), 0, 0, 3)).toEqual({
      booked: 5,
      parked: 1,
      waiting: 0,
      deleted: 0,
      cancelled: 0,
      bookedElsewhere: 3,
    });
    // None elsewhere: the count is left out, as the contract's "absent: none" says.
    expect(countsOf(journal({ done: 5 }))).not.toHaveProperty('bookedElsewhere');
    // Never more than are counted booked (a deleted one is not among them).
    expect(countsOf(journal({ done: 4 }), 2, 1, 3).bookedElsewhere).toBe(2);
  });

  it('counts a booked order the shop called off since among the booked, and tells it apart', () => {
    // Two booked, one of them cancelled in the shop after: its invoice is in Moneybird still, so
    // "Geboekt 2" as the run that booked both said ("2 geboekt"), "waarvan 1 geannuleerd in je winkel".
    expect(countsOf(journal({ done: 2 }), 0, 1)).toEqual({
      booked: 2,
      parked: 0,
      waiting: 0,
      deleted: 0,
      cancelled: 1,
    });
    // Settled ("Zelf geregeld"): the same booked count, nothing told apart; the number does not jump.
    expect(countsOf(journal({ done: 2 }), 0, 0).booked).toBe(2);
    // An invoice deleted in Moneybird is out of the books: not among the booked.
    expect(countsOf(journal({ done: 5 }), 1, 2)).toMatchObject({ booked: 4, deleted: 1, cancelled: 2 });
  });
});
