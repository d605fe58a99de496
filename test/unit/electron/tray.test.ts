import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createAppService, createInProcessSyncController } from '../../../src/main/core/app-service';
import {
  createTrayService,
  type TrayActions,
  trayMenuTemplate,
  trayTooltip,
} from '../../../src/main/electron/tray';
import type { AppStatus } from '../../../src/shared/contract';

const base: AppStatus = {
  state: 'idle',
  reason: null,
  lastRun: null,
  nextRunAt: null,
  progress: null,
  counts: { booked: 0, parked: 0, waiting: 0 },
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
      'Winkelbrug openen',
      'Nu synchroniseren',
      'Pauzeren',
      'Afsluiten',
    ]);
    expect(item(menu, 'state')?.enabled).toBe(false);
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
    expect(trayTooltip({ ...base, state: 'error' }, 'en')).toBe('Winkelbrug — Something went wrong');
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
          setToolTip: (text) => void tooltips.push(text),
          setContextMenu: (menu) => void menus.push(menu as MenuItemConstructorOptions[]),
          on: (_event, listener) => {
            clickListener = listener;
          },
          destroy: () => {
            destroyed = true;
          },
        }),
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
    expect(tooltips.at(-1)).toBe('Winkelbrug — Syncing…');
    expect(item(menus.at(-1)!, 'sync-now')?.enabled).toBe(false);

    click(item(menus.at(-1)!, 'pause'));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(tooltips.at(-1)).toBe('Winkelbrug — Paused');
    expect(item(menus.at(-1)!, 'resume')).toBeDefined();

    clickListener?.();
    expect(calls).toEqual(['open']);
    tray.destroy();
    expect(destroyed).toBe(true);
    await service.close();
  });
});
