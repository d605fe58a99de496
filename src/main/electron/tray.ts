// The tray icon: the app's state in the tooltip and a menu with Open, Sync now, Pause/Resume and
// Quit. Electron's Tray and Menu are passed in, so the menu logic is tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppStatus } from '../../shared/contract';
import { app as messages } from '../../shared/i18n/messages/app';
import { interpolate, type Locale } from '../../shared/i18n/translate';

export interface TrayActions {
  open(): void;
  syncNow(): void;
  pause(): void;
  resume(): void;
  quit(): void;
}

export function trayTooltip(status: AppStatus, locale: Locale): string {
  return interpolate(messages[locale]['tray.tooltip'], { state: messages[locale][`state.${status.state}`] });
}

export function trayMenuTemplate(
  status: AppStatus,
  locale: Locale,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  const t = messages[locale];
  const paused = status.state === 'paused';
  return [
    { id: 'state', label: t[`state.${status.state}`], enabled: false },
    { type: 'separator' },
    { id: 'open', label: t['action.open'], click: () => actions.open() },
    {
      id: 'sync-now',
      label: t['action.syncNow'],
      enabled: status.state === 'idle' || status.state === 'error',
      click: () => actions.syncNow(),
    },
    paused
      ? { id: 'resume', label: t['action.resume'], click: () => actions.resume() }
      : {
          id: 'pause',
          label: t['action.pause'],
          enabled: status.state !== 'needs-setup',
          click: () => actions.pause(),
        },
    { type: 'separator' },
    { id: 'quit', label: t['action.quit'], click: () => actions.quit() },
  ];
}

export interface TrayLike {
  setToolTip(text: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayDeps<M> {
  createTray: () => TrayLike;
  buildMenu: (template: MenuItemConstructorOptions[]) => M;
  locale: Locale;
  actions: TrayActions;
}

export interface TrayService {
  update(status: AppStatus): void;
  destroy(): void;
}

export function createTrayService<M>(deps: TrayDeps<M>, initial: AppStatus): TrayService {
  const tray = deps.createTray();
  // Windows and Linux users expect a click on the icon to bring the window back.
  tray.on('click', () => deps.actions.open());
  let lastKey = '';
  const service: TrayService = {
    update(status) {
      // Rebuild only when something shown changed: progress events come often.
      const key = `${status.state}`;
      if (key === lastKey) return;
      lastKey = key;
      tray.setToolTip(trayTooltip(status, deps.locale));
      tray.setContextMenu(deps.buildMenu(trayMenuTemplate(status, deps.locale, deps.actions)));
    },
    destroy() {
      tray.destroy();
    },
  };
  service.update(initial);
  return service;
}
