// The dashboard as the owner reads it, rendered from what the core answers: counts written as the
// orders page writes them (1.989, not a year), a folder that was disconnected asked to connect
// again with Sync now and Pause off and saying why, and earlier orders booked only from before the
// start date, with the period offered before it.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { HistoryImport } from '../../../src/renderer/components/HistoryImport';
import { SetupReminder } from '../../../src/renderer/components/SetupReminder';
import { StatusPanel } from '../../../src/renderer/components/StatusPanel';
import { SyncActions } from '../../../src/renderer/components/SyncActions';
import type { AppState, AppStore } from '../../../src/renderer/state/app-store';
import type { SetupStore } from '../../../src/renderer/state/setup-store';
import { SetupStoreContext, StoreContext } from '../../../src/renderer/state/store-context';
import type {
  AppStatus,
  Connection,
  HistoryImport as HistoryImportState,
  ImportOutcome,
  SetupState,
} from '../../../src/shared/contract';

const connected: Connection = { state: 'connected', detail: null, checkedAt: null };
const missing: Connection = { state: 'not-configured', detail: null, checkedAt: null };
const done = { state: 'done', reason: null } as const;
const counts = { booked: 0, parked: 0, waiting: 0, deleted: 0, cancelled: 0 };

const idle: AppStatus = {
  state: 'idle',
  reason: null,
  lastRun: {
    runId: '7',
    trigger: 'schedule',
    startedAt: '2026-11-29T14:00:00.000Z',
    finishedAt: '2026-11-29T14:01:00.000Z',
    outcome: 'completed',
    booked: 1250,
    parked: 3,
    failed: 0,
    message: null,
  },
  nextRunAt: '2026-11-29T14:16:00.000Z',
  progress: null,
  counts: { ...counts, booked: 1989, parked: 29 },
  connections: { mijnwebwinkel: connected, moneybird: connected },
};

const disconnectedStatus: AppStatus = {
  ...idle,
  state: 'needs-setup',
  reason: {
    nl: 'Winkelbrug is niet meer gekoppeld met je webwinkel en boekt niets tot je die opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
    en: 'Your web shop is no longer connected.',
  },
  nextRunAt: null,
  counts: { ...counts, booked: 8 },
  connections: { mijnwebwinkel: missing, moneybird: missing },
};

const setupState = (patch: Partial<SetupState>): SetupState => ({
  complete: true,
  steps: { shop: done, orders: done, moneybird: done, administration: done, mapping: done },
  next: null,
  shopName: 'Koffie & Co',
  administrationName: 'Koffie & Co BV',
  moneybirdLogin: 'personal',
  browserLoginAvailable: false,
  keychainProblem: null,
  syncedBefore: true,
  startDate: '2026-11-29',
  ...patch,
});

function render(
  node: React.ReactNode,
  status: AppStatus,
  setup: SetupState,
  historyImport: HistoryImportState | null = null,
): string {
  const app = createStore<AppState>()(
    () =>
      ({
        connection: 'open',
        status,
        log: [],
        locale: 'nl',
        notice: null,
        orders: null,
        historyImport,
        referencePrefix: 'MWW',
      }) as unknown as AppState,
  ) as AppStore;
  const setupStore = createStore()(() => ({
    setup,
    setupProblem: null,
    loadSetup: async () => setup,
  })) as unknown as SetupStore;
  return renderToStaticMarkup(
    <MemoryRouter>
      <StoreContext.Provider value={app}>
        <SetupStoreContext.Provider value={setupStore}>{node}</SetupStoreContext.Provider>
      </StoreContext.Provider>
    </MemoryRouter>,
  );
}

/** The text of the element with this test id. */
function textOf(html: string, testId: string): string | undefined {
  const match = new RegExp(`data-testid="${testId}"[^>]*>([\\s\\S]*?)</`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

/** The whole line of a connection in the status panel, its inner elements' text included. */
function connectionLine(html: string, service: string): string | undefined {
  const match = new RegExp(`data-testid="connection-${service}"[^>]*>([\\s\\S]*?)</li>`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
}

describe('the dashboard', () => {
  it('writes the counts as the orders page does: 1.989 booked, not a year', () => {
    const html = render(<StatusPanel />, idle, setupState({}));
    expect(textOf(html, 'count-booked')).toBe('1.989');
    expect(textOf(html, 'last-run')).toMatch(/· 1\.250 geboekt, 3 wachten op jou$/);
    expect(textOf(html, 'app-state')).toBe('Bijgewerkt · 29 bestellingen vragen iets van je');
  });

  it('leaves "0 geboekt" out of the last run when it only left orders waiting, as the log does', () => {
    const run = idle.lastRun!;
    const only = (parked: number, booked = 0) =>
      textOf(
        render(<StatusPanel />, { ...idle, lastRun: { ...run, booked, parked } }, setupState({})),
        'last-run',
      );
    expect(only(3)).toMatch(/· 3 wachten op jou$/);
    expect(only(1)).toMatch(/· 1 wacht op jou$/);
    expect(only(1)).not.toContain('geboekt');
    expect(only(1, 2)).toMatch(/· 2 geboekt, 1 wacht op jou$/);
    expect(only(0)).toMatch(/· niets nieuws om te boeken$/);
  });

  it('names the shop and the Moneybird administration it is connected with', () => {
    const html = render(<StatusPanel />, idle, setupState({ administrationName: 'Tweede Zaak V.O.F.' }));
    expect(connectionLine(html, 'mijnwebwinkel')).toBe('Mijnwebwinkel: Gekoppeld met Koffie & Co');
    expect(connectionLine(html, 'moneybird')).toBe('Moneybird: Gekoppeld met Tweede Zaak V.O.F.');
    // Not known (yet): only the state.
    const unnamed = render(<StatusPanel />, idle, setupState({ shopName: null, administrationName: null }));
    expect(connectionLine(unnamed, 'moneybird')).toBe('Moneybird: Gekoppeld');
  });

  it('says a refused connection without repeating the reason the headline gives, and with one it does not', () => {
    const refused = { nl: 'Moneybird weigert de koppeling.', en: 'Moneybird refuses the connection.' };
    const at = idle.connections.moneybird.checkedAt;
    const blocked: AppStatus = {
      ...idle,
      state: 'error',
      reason: refused,
      connections: {
        ...idle.connections,
        moneybird: { state: 'unauthorized', detail: refused, checkedAt: at },
      },
    };
    expect(connectionLine(render(<StatusPanel />, blocked, setupState({})), 'moneybird')).toBe(
      'Moneybird: Geen toegang',
    );
    // A detail the headline does not say is kept beside the state.
    const other = { nl: 'Het token is ingetrokken.', en: 'The token was revoked.' };
    const apart: AppStatus = {
      ...blocked,
      connections: {
        ...blocked.connections,
        moneybird: { state: 'unauthorized', detail: other, checkedAt: at },
      },
    };
    expect(connectionLine(render(<StatusPanel />, apart, setupState({})), 'moneybird')).toBe(
      'Moneybird: Geen toegang — Het token is ingetrokken.',
    );
  });

  it('says how many of the booked are in another administration than the one it names as connected', () => {
    const switched: AppStatus = { ...idle, counts: { ...idle.counts, booked: 5, bookedElsewhere: 3 } };
    const html = render(<StatusPanel />, switched, setupState({ administrationName: 'Tweede Zaak V.O.F.' }));
    expect(textOf(html, 'count-booked')).toBe('5');
    expect(textOf(html, 'count-booked-elsewhere')).toBe('waarvan 3 in een andere administratie');
    const one: AppStatus = { ...idle, counts: { ...idle.counts, booked: 5, bookedElsewhere: 1 } };
    expect(textOf(render(<StatusPanel />, one, setupState({})), 'count-booked-elsewhere')).toBe(
      'waarvan 1 in een andere administratie',
    );
    // All in the connected one: no note.
    expect(render(<StatusPanel />, idle, setupState({}))).not.toContain('count-booked-elsewhere');
  });

  it('counts a booked order the shop cancelled since under "Geboekt", and the headline names it', () => {
    // Two booked ("Synchronisatie klaar: 2 geboekt"), one of them cancelled in the shop since: its
    // invoice is in Moneybird still. "Geboekt 2, waarvan 1 geannuleerd in je winkel", and "Zelf
    // geregeld" later leaves "Geboekt 2": the number does not jump.
    const run = { ...idle.lastRun!, booked: 0, parked: 0, calledOff: 1 };
    const cancelled: AppStatus = { ...idle, lastRun: run, counts: { ...counts, booked: 2, cancelled: 1 } };
    const html = render(<StatusPanel />, cancelled, setupState({}));
    expect(textOf(html, 'count-booked')).toBe('2');
    expect(textOf(html, 'count-booked-cancelled')).toBe('waarvan 1 geannuleerd in je winkel');
    expect(textOf(html, 'count-parked')).toBe('0');
    // No count of its own beside them, which read as a third kind of order.
    expect(html).not.toContain('count-cancelled');
    // The headline's number is the one under "Geboekt", in its words: not "1 bestelling vraagt iets
    // van je" beside "Wacht op jou 0".
    expect(textOf(html, 'app-state')).toBe('Bijgewerkt · 1 geboekte bestelling is in je winkel geannuleerd');
    const more: AppStatus = {
      ...cancelled,
      counts: { ...cancelled.counts, booked: 1989, cancelled: 1234, parked: 2 },
    };
    const many = render(<StatusPanel />, more, setupState({}));
    expect(textOf(many, 'count-booked-cancelled')).toBe('waarvan 1.234 geannuleerd in je winkel');
    expect(textOf(many, 'app-state')).toBe(
      'Bijgewerkt · 1.236 bestellingen vragen iets van je: 2 wachten op jou en 1.234 geannuleerd in je winkel',
    );
    // Settled: no note.
    const settled = render(
      <StatusPanel />,
      { ...cancelled, counts: { ...counts, booked: 2 } },
      setupState({}),
    );
    expect(textOf(settled, 'count-booked')).toBe('2');
    expect(settled).not.toContain('count-booked-cancelled');
  });

  it('says a cancellation the last run found as history once nothing of it is open, beside "Alles geboekt"', () => {
    const run = { ...idle.lastRun!, booked: 0, parked: 0, calledOff: 1 };
    const quiet: AppStatus = { ...idle, lastRun: run, counts: { ...counts, booked: 2 } };
    const settled = render(<StatusPanel />, quiet, setupState({}));
    expect(textOf(settled, 'app-state')).toMatch(/^Alles geboekt/);
    expect(textOf(settled, 'last-run')).toMatch(
      /· 1 geboekte bestelling bleek in je winkel geannuleerd, inmiddels geregeld$/,
    );
    const open = render(
      <StatusPanel />,
      { ...quiet, counts: { ...quiet.counts, cancelled: 1 } },
      setupState({}),
    );
    expect(textOf(open, 'last-run')).toMatch(/· 1 geboekte bestelling is in je winkel geannuleerd$/);
  });

  it('before the first run says "not synced yet" once, in the headline with when it comes', () => {
    const waiting: AppStatus = { ...idle, state: 'not-synced', lastRun: null, counts };
    const html = render(<StatusPanel />, waiting, setupState({ syncedBefore: false }));
    expect(textOf(html, 'app-state')).toMatch(/^Nog niet gesynchroniseerd · de eerste keer (om|op) /);
    expect(html.split('Nog niet gesynchroniseerd').length - 1).toBe(1);
    expect(html).not.toContain('data-testid="last-run"');
    expect(html).not.toContain('data-testid="next-run"');
  });

  it('after a disconnect says "no longer connected" and offers to connect again, Sync now and Pause off', () => {
    const setup = setupState({
      complete: false,
      next: 'shop',
      steps: { ...setupState({}).steps, shop: { state: 'missing', reason: disconnectedStatus.reason } },
    });
    const panel = render(<StatusPanel />, disconnectedStatus, setup);
    expect(textOf(panel, 'app-state')).toBe('Niet meer gekoppeld');
    expect(textOf(panel, 'count-booked')).toBe('8');

    // Why, and that nothing is booked until then, is said once: in the reminder beside its button.
    const reminder = render(<SetupReminder />, disconnectedStatus, setup);
    expect(reminder).toContain('data-kind="reconnect"');
    expect(reminder).toContain(`<p id="reconnect-reason">${disconnectedStatus.reason!.nl}</p>`);
    expect(reminder).toContain('Opnieuw koppelen');
    expect(reminder).not.toContain('Instellen afmaken');
    expect(panel).not.toContain('status-reason');

    // Sync now and Pause are off and point at that reason rather than say it again.
    const actions = render(<SyncActions />, disconnectedStatus, setup);
    expect(actions).toMatch(/<button[^>]*data-testid="sync-now"[^>]*disabled=""/);
    expect(actions).toMatch(/<button[^>]*data-testid="pause"[^>]*disabled=""/);
    expect(actions).toMatch(/<button[^>]*data-testid="sync-now"[^>]*aria-describedby="reconnect-reason"/);
    expect(actions).not.toContain('sync-unavailable');
    // Earlier orders are not offered while nothing can be booked.
    expect(render(<HistoryImport />, disconnectedStatus, setup)).toBe('');

    // A first install is asked to finish the setup, in the words for that.
    const fresh = setupState({ complete: false, next: 'shop', syncedBefore: false, startDate: null });
    const first = { ...disconnectedStatus, lastRun: null, counts };
    expect(textOf(render(<StatusPanel />, first, fresh), 'app-state')).toBe('Nog niet gekoppeld');
    expect(render(<SetupReminder />, first, fresh)).toContain('Instellen afmaken');
    expect(textOf(render(<SyncActions />, first, fresh), 'sync-unavailable')).toBe(
      'Synchroniseren en pauzeren kan zodra je webwinkel en Moneybird gekoppeld zijn.',
    );
  });

  it('stopped for a bookkeeping choice: says which, and links to Settings → Bookkeeping', () => {
    const stopped: AppStatus = {
      ...idle,
      state: 'needs-setup',
      reason: {
        nl: 'Kies eerst "Omzetrekening" bij Instellingen → Boekhouding → Omzet: zonder die keuze kan Winkelbrug niets boeken.',
        en: 'First choose "Revenue ledger account" under Settings → Bookkeeping → Revenue.',
      },
    };
    const html = render(<StatusPanel />, stopped, setupState({}));
    expect(textOf(html, 'status-reason')).toContain(
      'Kies eerst &quot;Omzetrekening&quot; bij Instellingen → Boekhouding → Omzet',
    );
    expect(html).toMatch(/href="\/settings\/revenue"[^>]*>Instelling aanpassen</);
    // Not for a connection that is gone: connecting again is the way, not a setting.
    expect(render(<StatusPanel />, disconnectedStatus, setupState({}))).not.toContain('status-fix-setting');
  });

  it('keeps Sync now and Pause when connected, also before the first run', () => {
    const waiting: AppStatus = { ...idle, state: 'not-synced', lastRun: null };
    const html = render(<SyncActions />, waiting, setupState({ syncedBefore: false }));
    expect(html).not.toMatch(/data-testid="sync-now"[^>]*disabled/);
    expect(html).not.toContain('sync-unavailable');
  });

  /** The dashboard as it renders on this day of this computer's calendar (the offer follows it). */
  function renderOn(day: string, node: React.ReactNode, setup: SetupState): string {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    vi.useFakeTimers({ now: new Date(year, month - 1, date, 12), toFake: ['Date'] });
    return render(node, idle, setup);
  }
  afterEach(() => {
    vi.useRealTimers();
  });
  const sinceField = (html: string) => /<input[^>]*data-testid="import-since"[^>]*>/.exec(html)?.[0] ?? '';

  it('offers earlier orders from the start of the quarter before the start date, with a button that says what it does', () => {
    const html = renderOn('2026-12-05', <HistoryImport />, setupState({ startDate: '2026-11-29' }));
    // Shown the Dutch way, day first, whatever the browser's language; the day itself in data-day.
    const field = sinceField(html);
    expect(field).toContain('value="01-10-2026"');
    expect(field).toContain('data-day="2026-10-01"');
    expect(field).toContain('placeholder="dd-mm-jjjj"');
    expect(html).toMatch(/<label for="import-since-field">Vanaf<\/label>/);
    expect(field).toContain('id="import-since-field"');
    // The calendar behind the button offers no day after the day before the start date.
    expect(html).toMatch(/<input[^>]*type="date"[^>]*max="2026-11-28"/);
    expect(textOf(html, 'import-start')).toBe('Deze bestellingen boeken');
    expect(html).toContain('Winkelbrug boekt vanzelf de bestellingen vanaf 29 nov 2026.');
    // Nothing is asked until the owner clicks: no confirmation on the page yet.
    expect(html).not.toContain('import-confirm');
    // The hint names the quarter offered, which is the start date's own here, and when its return is due.
    expect(textOf(html, 'import-since-hint')).toBe(
      'Voorgesteld is het begin van het 4e kwartaal 2026, zodat je btw-aangifte over dat hele kwartaal klopt. Die dien je uiterlijk 31 jan 2027 in.',
    );
  });

  it('names the quarter before the start date when that is the one offered', () => {
    // Started on the first day of the 4th quarter, on 20 October: the 3rd quarter's return is not
    // due until 31 October, so that quarter is offered.
    const html = renderOn('2026-10-20', <HistoryImport />, setupState({ startDate: '2026-10-01' }));
    expect(sinceField(html)).toContain('value="01-07-2026"');
    expect(textOf(html, 'import-since-hint')).toBe(
      'Voorgesteld is het begin van het 3e kwartaal 2026, zodat je btw-aangifte over dat hele kwartaal klopt. Die dien je uiterlijk 31 okt 2026 in.',
    );
    expect(html).not.toContain('4e kwartaal');
  });

  it('offers no quarter whose VAT return was due already, and says why, without calling it a mistake', () => {
    // 30 November, booking from 1 October on: the 3rd quarter's return was due on 31 October.
    const html = renderOn('2026-11-30', <HistoryImport />, setupState({ startDate: '2026-10-01' }));
    const field = sinceField(html);
    expect(field).toContain('value=""');
    expect(field).toContain('aria-describedby="import-since-hint"');
    expect(field).not.toContain('aria-invalid');
    expect(html).not.toContain('import-since-problem');
    expect(html).not.toContain('kwartaal 2026, zodat');
    expect(textOf(html, 'import-since-hint')).toBe(
      'Winkelbrug stelt geen datum voor: de bestellingen van vóór 1 okt 2026 horen bij btw-aangiftes die je al moest indienen (die over het 3e kwartaal 2026 uiterlijk 31 okt 2026). Wil je ze toch in Moneybird, kies dan zelf een datum.',
    );
    // Nothing to book until the owner picks a day.
    expect(html).toMatch(/<button[^>]*data-testid="import-start"[^>]*disabled=""/);
    // The day the sync starts in the current quarter: that quarter's start is offered again.
    const later = renderOn('2026-11-30', <HistoryImport />, setupState({ startDate: '2026-10-31' }));
    expect(sinceField(later)).toContain('value="01-10-2026"');
    expect(later).not.toMatch(/<button[^>]*data-testid="import-start"[^>]*disabled=""/);
  });

  describe('once the earlier orders are booked', () => {
    const completed = (outcome: ImportOutcome, until: string | null = '2026-10-30'): HistoryImportState => ({
      since: '2026-05-14',
      until,
      status: 'completed',
      done: outcome.booked + outcome.parked + outcome.skipped,
      total: outcome.booked + outcome.parked + outcome.skipped,
      remainingMs: null,
      error: null,
      startedAt: '2026-11-30T07:50:00.000Z',
      finishedAt: '2026-11-30T07:50:30.000Z',
      outcome,
    });
    const outcome = { booked: 2, skipped: 0, parked: 0, waiting: 0, dueReturn: null };
    const doneOf = (history: HistoryImportState) =>
      render(<HistoryImport />, idle, setupState({ startDate: '2026-05-14' }), history);

    it('says what this import did with the orders of its period, and no "2 van 2 verwerkt"', () => {
      const html = doneOf(completed(outcome));
      expect(textOf(html, 'import-done')).toBe(
        'Klaar met de bestellingen van 14 mei 2026 tot en met 30 okt 2026: 2 geboekt en niets wacht op jou.',
      );
      expect(html).not.toContain('import-progress');
      expect(html).not.toContain('verwerkt');
      expect(html).not.toContain('import-done-return-due');
      // Not booked, waiting for the owner, to be retried: each said, with its own count.
      expect(
        textOf(
          doneOf(completed({ ...outcome, booked: 1250, skipped: 1, parked: 3, waiting: 1 })),
          'import-done',
        ),
      ).toBe(
        'Klaar met de bestellingen van 14 mei 2026 tot en met 30 okt 2026: 1.250 geboekt, 1 niet geboekt, 3 wachten op jou en 1 wordt later opnieuw geprobeerd.',
      );
      expect(textOf(doneOf(completed({ ...outcome, booked: 0, parked: 1 })), 'import-done')).toBe(
        'Klaar met de bestellingen van 14 mei 2026 tot en met 30 okt 2026: 0 geboekt en 1 wacht op jou.',
      );
      // Nothing in the shop in that period.
      expect(textOf(doneOf(completed({ ...outcome, booked: 0 })), 'import-done')).toBe(
        'Klaar: Winkelbrug vond geen afgeronde en betaalde bestellingen van 14 mei 2026 tot en met 30 okt 2026.',
      );
      // The core knows no outcome (an import finished before its period's end was kept): done, no counts.
      expect(textOf(doneOf({ ...completed(outcome, null), outcome: null }), 'import-done')).toBe(
        'Klaar met de bestellingen vanaf 14 mei 2026.',
      );
    });

    it('keeps the warning of a VAT return due already when booked orders count in it, and says when none does', () => {
      const due = (booked: number, inDue: number) =>
        textOf(
          doneOf(completed({ ...outcome, booked, dueReturn: { booked: inDue, until: '2026-09-30' } })),
          'import-done-return-due',
        );
      expect(due(2, 2)).toBe(
        'Let op: de btw-aangifte over de bestellingen tot en met 30 sep 2026 moest je al indienen, en daarin vallen de bestellingen die nu geboekt zijn. Vraag je boekhouder of je die aangifte moet corrigeren.',
      );
      expect(due(5, 1)).toBe(
        'Let op: de btw-aangifte over de bestellingen tot en met 30 sep 2026 moest je al indienen, en 1 van de bestellingen die nu geboekt zijn valt daarin. Vraag je boekhouder of je die aangifte moet corrigeren.',
      );
      expect(due(5, 3)).toBe(
        'Let op: de btw-aangifte over de bestellingen tot en met 30 sep 2026 moest je al indienen, en 3 van de bestellingen die nu geboekt zijn vallen daarin. Vraag je boekhouder of je die aangifte moet corrigeren.',
      );
      expect(due(2, 0)).toBe(
        'De btw-aangifte over de bestellingen tot en met 30 sep 2026 moest je al indienen, maar daarin is niets geboekt: die verandert niet.',
      );
    });
  });

  describe('while an import is paused by a blocker', () => {
    const blocker = {
      nl: 'Mijnwebwinkel geeft Winkelbrug geen toegang meer tot je bestellingen.',
      en: 'Mijnwebwinkel no longer gives Winkelbrug access to your orders.',
    };
    const paused = (error: HistoryImportState['error']): HistoryImportState => ({
      since: '2026-05-14',
      until: '2026-11-28',
      status: 'paused',
      done: 40,
      total: 120,
      remainingMs: null,
      error,
      startedAt: '2026-11-30T07:50:00.000Z',
      finishedAt: null,
      outcome: null,
    });
    const blocked: AppStatus = { ...idle, state: 'error', reason: blocker };
    const pausedOn = (status: AppStatus, history: HistoryImportState) =>
      render(<HistoryImport />, status, setupState({ startDate: '2026-05-14' }), history);

    it('points to the status panel when that says the same blocker, instead of saying it twice', () => {
      const html = pausedOn(blocked, paused(blocker));
      expect(textOf(html, 'import-paused-above')).toBe(
        'Het boeken van de bestellingen vanaf 14 mei 2026 staat stil tot wat hierboven staat is opgelost; daarna gaat het vanzelf verder. Wat al geboekt is, wordt niet nog eens geboekt.',
      );
      expect(html).not.toContain('data-testid="import-pause-reason"');
      expect(textOf(html, 'import-progress')).toBe('40 van 120 bestellingen verwerkt');
    });

    it('says the blocker itself when the status panel says something else, and that it goes on after', () => {
      const html = pausedOn(idle, paused(blocker));
      expect(textOf(html, 'import-pause-reason')).toBe(blocker.nl);
      expect(html).toContain('staat stil, omdat de synchronisatie niet verder kon:');
      expect(html).toContain(
        'Zodra dat is opgelost, gaat het vanzelf verder bij de volgende synchronisatie.',
      );
      expect(html).not.toContain('data-testid="import-paused-above"');
    });

    it('without a kept blocker (paused before blockers were kept) says only that it goes on', () => {
      const html = pausedOn(blocked, paused(null));
      expect(html).toContain(
        'Het boeken van de bestellingen vanaf 14 mei 2026 staat stil; het gaat verder bij de volgende synchronisatie.',
      );
      expect(html).not.toContain('data-testid="import-pause-reason"');
      expect(html).not.toContain('data-testid="import-paused-above"');
    });
  });
});
