import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createAppService, createInProcessSyncController } from '../../../src/main/core/app-service';
import {
  clockTime,
  createTrayService,
  TRAY_ICONS,
  type TrayActions,
  type TrayIcon,
  trayIconFile,
  trayMenuTemplate,
  trayTooltip,
  trayView,
} from '../../../src/main/electron/tray';
import type { AppStatus } from '../../../src/shared/contract';

const base: AppStatus = {
  state: 'idle',
  reason: null,
  lastRun: null,
  nextRunAt: null,
  progress: null,
  counts: { booked: 0, parked: 0, waiting: 0, deleted: 0, cancelled: 0 },
  connections: {
    mijnwebwinkel: { state: 'connected', detail: null, checkedAt: null },
    moneybird: { state: 'connected', detail: null, checkedAt: null },
  },
};

function recordingActions() {
  const calls: string[] = [];
  const actions: TrayActions = {
    open: () => calls.push('open'),
    syncNow: () => calls.push('syncNow'),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    quit: () => calls.push('quit'),
  };
  return { calls, actions };
}

const item = (menu: MenuItemConstructorOptions[], id: string) => menu.find((entry) => entry.id === id);
const click = (entry: MenuItemConstructorOptions | undefined) =>
  (entry?.click as (() => void) | undefined)?.();

describe('tray menu', () => {
  it('offers Open, Sync now, Pause and Quit when idle, in Dutch', () => {
    const { calls, actions } = recordingActions();
    const menu = trayMenuTemplate(base, 'nl', actions);
    expect(menu.filter((e) => e.type !== 'separator').map((e) => e.label)).toEqual([
      'Bijgewerkt',
      'Nog niet gesynchroniseerd',
      'Winkelbrug openen',
      'Nu synchroniseren',
      'Pauzeren',
      'Afsluiten',
    ]);
    expect(item(menu, 'state')?.enabled).toBe(false);
    expect(item(menu, 'last-run')?.enabled).toBe(false);
    for (const id of ['open', 'sync-now', 'pause', 'quit']) click(item(menu, id));
    expect(calls).toEqual(['open', 'syncNow', 'pause', 'quit']);
  });

  it('offers Resume instead of Pause when paused, and disables Sync now', () => {
    const { calls, actions } = recordingActions();
    const menu = trayMenuTemplate({ ...base, state: 'paused' }, 'en', actions);
    expect(item(menu, 'pause')).toBeUndefined();
    expect(item(menu, 'resume')?.label).toBe('Resume');
    expect(item(menu, 'sync-now')?.enabled).toBe(false);
    click(item(menu, 'resume'));
    expect(calls).toEqual(['resume']);
  });

  it('disables Sync now while syncing and before setup', () => {
    const { actions } = recordingActions();
    expect(item(trayMenuTemplate({ ...base, state: 'syncing' }, 'nl', actions), 'sync-now')?.enabled).toBe(
      false,
    );
    const setup = trayMenuTemplate({ ...base, state: 'needs-setup' }, 'nl', actions);
    expect(item(setup, 'sync-now')?.enabled).toBe(false);
    expect(item(setup, 'pause')?.enabled).toBe(false);
    expect(item(trayMenuTemplate({ ...base, state: 'error' }, 'nl', actions), 'sync-now')?.enabled).toBe(
      true,
    );
  });

  it('puts the state in the tooltip', () => {
    expect(trayTooltip({ ...base, state: 'syncing' }, 'nl')).toBe('Winkelbrug — Bezig met synchroniseren…');
    expect(trayTooltip({ ...base, state: 'error' }, 'en')).toBe(
      'Winkelbrug — Something went wrong: open Winkelbrug',
    );
  });

  it('before the first run says so, and when it comes; Sync now and Pause stay offered', () => {
    const { actions } = recordingActions();
    const nextRunAt = '2026-03-02T14:21:00.000Z';
    const menu = trayMenuTemplate({ ...base, state: 'not-synced', nextRunAt }, 'nl', actions);
    expect(item(menu, 'state')?.label).toBe('Nog niet gesynchroniseerd');
    expect(item(menu, 'last-run')?.label).toBe(`De eerste ronde is om ${clockTime(nextRunAt, 'nl')}`);
    expect(item(menu, 'sync-now')?.enabled).toBe(true);
    expect(item(menu, 'pause')?.enabled).toBe(true);
  });

  it('shows the last run’s result as a disabled line', () => {
    const { actions } = recordingActions();
    const finishedAt = '2026-03-02T13:05:00.000Z';
    const run = {
      runId: 'r1',
      trigger: 'schedule' as const,
      startedAt: finishedAt,
      finishedAt,
      outcome: 'completed' as const,
      booked: 12,
      parked: 1,
      failed: 0,
      message: null,
    };
    const time = clockTime(finishedAt, 'nl');
    expect(time).toMatch(/^\d\d:\d\d$/);
    expect(item(trayMenuTemplate({ ...base, lastRun: run }, 'nl', actions), 'last-run')?.label).toBe(
      `Laatste ronde (${time}): 12 geboekt, 1 wacht op jou`,
    );
    // More than one waits in the plural; none is left unsaid.
    expect(
      item(trayMenuTemplate({ ...base, lastRun: { ...run, parked: 3 } }, 'nl', actions), 'last-run')?.label,
    ).toBe(`Laatste ronde (${time}): 12 geboekt, 3 wachten op jou`);
    expect(
      item(trayMenuTemplate({ ...base, lastRun: { ...run, parked: 0 } }, 'nl', actions), 'last-run')?.label,
    ).toBe(`Laatste ronde (${time}): 12 geboekt`);
    // Nothing booked: only what did happen, as the dashboard's status line says it.
    const label = (lastRun: typeof run, locale: 'nl' | 'en' = 'nl') =>
      item(trayMenuTemplate({ ...base, lastRun }, locale, actions), 'last-run')?.label;
    expect(label({ ...run, booked: 0, parked: 3 })).toBe(`Laatste ronde (${time}): 3 wachten op jou`);
    expect(label({ ...run, booked: 0, parked: 1 }, 'en')).toBe(
      `Last run (${clockTime(finishedAt, 'en')}): 1 needs you`,
    );
    expect(label({ ...run, booked: 0, parked: 0 })).toBe(
      `Laatste ronde (${time}): niets nieuws om te boeken`,
    );
    expect(item(trayMenuTemplate({ ...base, lastRun: run }, 'en', actions), 'last-run')?.label).toBe(
      `Last run (${clockTime(finishedAt, 'en')}): 12 booked, 1 needs you`,
    );
    expect(
      item(trayMenuTemplate({ ...base, lastRun: { ...run, outcome: 'failed' } }, 'en', actions), 'last-run')
        ?.label,
    ).toBe(`Last run (${clockTime(finishedAt, 'en')}) failed`);
  });

  describe('a run that found booked orders cancelled in the shop', () => {
    const finishedAt = '2026-03-02T13:05:00.000Z';
    const run = {
      runId: 'r2',
      trigger: 'schedule' as const,
      startedAt: finishedAt,
      finishedAt,
      outcome: 'completed' as const,
      booked: 0,
      parked: 0,
      failed: 0,
      calledOff: 1,
      message: null,
    };
    const time = clockTime(finishedAt, 'nl');
    /** The tray's last-run line; `cancelled`: the cancellations waiting for the owner now. */
    const label = (lastRun: typeof run, cancelled: number, locale: 'nl' | 'en' = 'nl') =>
      item(
        trayMenuTemplate(
          { ...base, lastRun, counts: { ...base.counts, cancelled } },
          locale,
          recordingActions().actions,
        ),
        'last-run',
      )?.label;

    it('says so, not that there was nothing new, while they wait for the owner', () => {
      expect(label(run, 1)).toBe(
        `Laatste ronde (${time}): 1 geboekte bestelling is in je winkel geannuleerd`,
      );
      expect(label(run, 1, 'en')).toBe(
        `Last run (${clockTime(finishedAt, 'en')}): 1 booked order was cancelled in your shop`,
      );
      expect(label({ ...run, booked: 4, parked: 1, calledOff: 2 }, 2)).toBe(
        `Laatste ronde (${time}): 4 geboekt, 1 wacht op jou, 2 geboekte bestellingen zijn in je winkel geannuleerd`,
      );
      expect(label({ ...run, calledOff: 0 }, 0)).toBe(`Laatste ronde (${time}): niets nieuws om te boeken`);
    });

    it('says it as history once none waits for the owner any more, as the dashboard does', () => {
      // "Zelf geregeld" (or a credit order since): nothing open, beside "Alles geboekt".
      expect(label(run, 0)).toBe(
        `Laatste ronde (${time}): 1 geboekte bestelling bleek in je winkel geannuleerd, inmiddels geregeld`,
      );
      expect(trayView({ ...base, lastRun: run, counts: { ...base.counts, cancelled: 0 } }, 'nl').state).toBe(
        'Alles geboekt',
      );
      expect(label({ ...run, booked: 2, calledOff: 3 }, 0)).toBe(
        `Laatste ronde (${time}): 2 geboekt, 3 geboekte bestellingen bleken in je winkel geannuleerd, inmiddels geregeld`,
      );
      expect(label(run, 0, 'en')).toBe(
        `Last run (${clockTime(finishedAt, 'en')}): 1 booked order turned out cancelled in your shop, since settled`,
      );
      // One of them still open: news, as the state says too.
      expect(label({ ...run, calledOff: 2 }, 1)).toBe(
        `Laatste ronde (${time}): 2 geboekte bestellingen zijn in je winkel geannuleerd`,
      );
    });
  });
});

describe('tray states', () => {
  const progress = { runId: 'r1', done: 12, total: 40 };
  const finishedAt = '2026-03-02T13:05:00.000Z';
  const completed: NonNullable<AppStatus['lastRun']> = {
    runId: 'r1',
    trigger: 'schedule',
    startedAt: finishedAt,
    finishedAt,
    outcome: 'completed',
    booked: 12,
    parked: 0,
    failed: 0,
    message: null,
  };
  it.each<[string, AppStatus, TrayIcon, string, string]>([
    ['up to date', base, 'ok', 'Winkelbrug — Bijgewerkt', 'Winkelbrug — Up to date'],
    [
      'all booked: the last run went through and nothing waits',
      { ...base, lastRun: completed },
      'ok',
      'Winkelbrug — Alles geboekt',
      'Winkelbrug — All booked',
    ],
    [
      'orders to be retried: not all booked, nothing for the owner',
      { ...base, lastRun: completed, counts: { ...base.counts, waiting: 2 } },
      'ok',
      'Winkelbrug — 2 bestellingen worden later opnieuw geprobeerd',
      'Winkelbrug — 2 orders will be retried later',
    ],
    [
      'syncing with progress',
      { ...base, state: 'syncing', progress },
      'syncing',
      'Winkelbrug — Bezig met synchroniseren: 12 van 40',
      'Winkelbrug — Syncing: 12 of 40',
    ],
    [
      'syncing before the count is known',
      { ...base, state: 'syncing', progress: { ...progress, done: 0, total: 0 } },
      'syncing',
      'Winkelbrug — Bezig met synchroniseren…',
      'Winkelbrug — Syncing…',
    ],
    [
      'one parked order',
      { ...base, counts: { booked: 5, parked: 1, waiting: 0, deleted: 0, cancelled: 0 } },
      'attention',
      'Winkelbrug — 1 bestelling vraagt iets van je',
      'Winkelbrug — 1 order asks something of you',
    ],
    [
      'parked orders',
      { ...base, counts: { booked: 5, parked: 3, waiting: 0, deleted: 0, cancelled: 0 } },
      'attention',
      'Winkelbrug — 3 bestellingen vragen iets van je',
      'Winkelbrug — 3 orders ask something of you',
    ],
    [
      'a parked order and a booking deleted in Moneybird',
      { ...base, counts: { booked: 5, parked: 1, waiting: 0, deleted: 1, cancelled: 0 } },
      'attention',
      'Winkelbrug — 2 bestellingen vragen iets van je',
      'Winkelbrug — 2 orders ask something of you',
    ],
    [
      'a booked order the shop called off since',
      { ...base, counts: { booked: 5, parked: 0, waiting: 0, deleted: 0, cancelled: 1 } },
      'attention',
      'Winkelbrug — 1 bestelling vraagt iets van je',
      'Winkelbrug — 1 order asks something of you',
    ],
    ['paused', { ...base, state: 'paused' }, 'paused', 'Winkelbrug — Gepauzeerd', 'Winkelbrug — Paused'],
    [
      'not set up',
      { ...base, state: 'needs-setup' },
      'attention',
      'Winkelbrug — Niet gekoppeld: open Winkelbrug om te koppelen',
      'Winkelbrug — Not connected: open Winkelbrug to connect',
    ],
    [
      'set up, before its first run',
      { ...base, state: 'not-synced' },
      'ok',
      'Winkelbrug — Nog niet gesynchroniseerd',
      'Winkelbrug — Not synced yet',
    ],
    [
      'failing',
      { ...base, state: 'error' },
      'attention',
      'Winkelbrug — Er ging iets mis: open Winkelbrug',
      'Winkelbrug — Something went wrong: open Winkelbrug',
    ],
  ])('%s', (_name, status, icon, nl, en) => {
    expect(trayView(status, 'nl').icon).toBe(icon);
    expect(trayView(status, 'nl').tooltip).toBe(nl);
    expect(trayView(status, 'en').tooltip).toBe(en);
  });

  it('changes the picture only when the icon state changes, and the menu only when its text does', () => {
    const images: TrayIcon[] = [];
    const loads: TrayIcon[] = [];
    let menus = 0;
    const { actions } = recordingActions();
    const tray = createTrayService<unknown, TrayIcon>(
      {
        createTray: (image) => {
          images.push(image);
          return {
            setImage: (next) => void images.push(next),
            setToolTip: () => {},
            setContextMenu: () => void menus++,
            on: () => {},
            destroy: () => {},
          };
        },
        image: (icon) => {
          loads.push(icon);
          return icon;
        },
        buildMenu: (template) => template,
        locale: 'nl',
        actions,
      },
      base,
    );
    const syncing = (done: number): AppStatus => ({
      ...base,
      state: 'syncing',
      progress: { runId: 'r', done, total: 40 },
    });
    tray.update(syncing(1));
    tray.update(syncing(1));
    tray.update(syncing(2));
    tray.update({ ...base, counts: { booked: 2, parked: 2, waiting: 0, deleted: 0, cancelled: 0 } });
    tray.update(base);
    tray.update(syncing(3));
    expect(images).toEqual(['ok', 'syncing', 'attention', 'ok', 'syncing']);
    expect(loads).toEqual(['ok', 'syncing', 'attention']);
    // initial, syncing 1, syncing 2, attention, ok, syncing 3: the repeated syncing(1) is skipped.
    expect(menus).toBe(6);
    tray.destroy();
    tray.update(syncing(4));
    expect(menus).toBe(6);
  });
});

describe('tray icon files', () => {
  it('are template images on macOS, .ico on Windows and PNG on Linux, and all exist', () => {
    const root = resolve(import.meta.dirname, '../../../resources');
    expect(trayIconFile('/r/', 'ok', 'darwin')).toBe('/r/tray/okTemplate.png');
    expect(trayIconFile('/r', 'paused', 'win32')).toBe('/r/tray/paused.ico');
    expect(trayIconFile('/r', 'syncing', 'linux')).toBe('/r/tray/syncing.png');
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const icon of TRAY_ICONS) expect(existsSync(trayIconFile(root, icon, platform))).toBe(true);
    }
  });
});

describe('tray service', () => {
  it('follows the core: tooltip and menu change with the state, and the tray actions drive the core', async () => {
    const sync = createInProcessSyncController({
      connections: () => base.connections,
      work: (run) => new Promise((resolve) => run.signal.addEventListener('abort', () => resolve())),
    });
    const service = createAppService({ sync });
    const tooltips: string[] = [];
    const menus: MenuItemConstructorOptions[][] = [];
    let clickListener: (() => void) | undefined;
    let destroyed = false;
    const { calls, actions } = recordingActions();
    const tray = createTrayService(
      {
        createTray: () => ({
          setImage: () => {},
          setToolTip: (text) => void tooltips.push(text),
          setContextMenu: (menu) => void menus.push(menu as MenuItemConstructorOptions[]),
          on: (_event, listener) => {
            clickListener = listener;
          },
          destroy: () => {
            destroyed = true;
          },
        }),
        image: (icon) => icon,
        buildMenu: (template) => template,
        locale: 'en',
        actions: {
          ...actions,
          syncNow: () => void service.dispatch('sync.runNow', {}, 'tray'),
          pause: () => void service.dispatch('sync.pause', {}, 'tray'),
        },
      },
      service.status(),
    );
    service.subscribe((event) => {
      if (event.channel === 'status.changed') tray.update(event.payload);
    });

    expect(tooltips).toEqual(['Winkelbrug — Up to date']);
    click(item(menus.at(-1)!, 'sync-now'));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(tooltips.at(-1)).toMatch(/^Winkelbrug — Syncing/);
    expect(item(menus.at(-1)!, 'sync-now')?.enabled).toBe(false);

    click(item(menus.at(-1)!, 'pause'));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(tooltips.at(-1)).toBe('Winkelbrug — Paused');
    expect(item(menus.at(-1)!, 'resume')).toBeDefined();

    // The owner switches the app to Dutch: the tray speaks it at once, without a new status.
    tray.setLocale('nl');
    expect(tooltips.at(-1)).toBe('Winkelbrug — Gepauzeerd');
    expect(item(menus.at(-1)!, 'resume')?.label).toBe('Hervatten');
    const menusBefore = menus.length;
    tray.setLocale('nl');
    expect(menus).toHaveLength(menusBefore);

    clickListener?.();
    expect(calls).toEqual(['open']);
    tray.destroy();
    expect(destroyed).toBe(true);
    await service.close();
  });
});
