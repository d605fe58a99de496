// The tray icon: the app's state as its icon and tooltip (up to date, not synced yet, syncing "12
// van 40", orders that need the owner, paused, not connected or failing) and a menu with Open, Sync
// now, Pause/Resume, the last run's result and Quit. Electron's Tray, Menu and images are passed in,
// so all of it is tested without Electron (test/unit/electron/tray.test.ts).
import type { MenuItemConstructorOptions } from 'electron';
import type { AppStatus, RunSummary } from '../../shared/contract';
import { tray as messages, type TrayMessageKey } from '../../shared/i18n/messages/tray';
import { interpolate, type Locale, type MessageParams } from '../../shared/i18n/translate';
import { calledOffNews } from '../../shared/last-run';

/** The four pictures the tray has (resources/tray/, made by scripts/icons.mjs). */
export const TRAY_ICONS = ['ok', 'syncing', 'attention', 'paused'] as const;
export type TrayIcon = (typeof TRAY_ICONS)[number];

/** What the tray shows for a state: which picture and what words. */
export interface TrayView {
  icon: TrayIcon;
  /** The state in words, also the first (disabled) line of the menu. */
  state: string;
  tooltip: string;
  /** The last run's result, a disabled line of the menu. */
  lastRun: string;
}

export interface TrayActions {
  open(): void;
  syncNow(): void;
  pause(): void;
  resume(): void;
  quit(): void;
}

function text(locale: Locale, key: TrayMessageKey, params?: MessageParams): string {
  return interpolate(messages[locale][key], params);
}

/** The clock time of a run in the owner's language, e.g. 14:05. */
export function clockTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleTimeString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * `cancelledOpen`: the cancellations waiting for the owner now (the status's counts); none, and the
 * run's cancelled orders are history ("…, inmiddels geregeld"), by the dashboard's rule.
 */
export function lastRunLabel(run: RunSummary | null, locale: Locale, cancelledOpen?: number): string {
  if (!run) return text(locale, 'tray.lastRun.never');
  const time = clockTime(run.finishedAt, locale);
  if (run.outcome === 'failed') return text(locale, 'tray.lastRun.failed', { time });
  if (run.outcome === 'cancelled') return text(locale, 'tray.lastRun.cancelled', { time });
  // Only what happened, as the dashboard's status line says it: no "0 geboekt", and the booked orders
  // the run found cancelled in the shop.
  const calledOff = calledOffNews(run, cancelledOpen);
  const settled = calledOff?.settled ? '.settled' : '';
  const calledOffText =
    calledOff?.count === 1
      ? text(locale, `tray.lastRun.calledOff${settled}.one`)
      : text(locale, `tray.lastRun.calledOff${settled}.other`, { calledOff: calledOff?.count ?? 0 });
  if (calledOff && run.booked === 0 && run.parked === 0)
    return text(locale, 'tray.lastRun.completed.calledOff', { time, calledOff: calledOffText });
  const waits = run.booked === 0 ? 'tray.lastRun.completed.onlyParked' : 'tray.lastRun.completed.parked';
  const key =
    run.parked === 0
      ? run.booked === 0
        ? 'tray.lastRun.completed.nothing'
        : 'tray.lastRun.completed'
      : run.parked === 1
        ? (`${waits}.one` as const)
        : (`${waits}.other` as const);
  const summary = text(locale, key, { time, booked: run.booked, parked: run.parked });
  return calledOff ? `${summary}, ${calledOffText}` : summary;
}

export function trayView(status: AppStatus, locale: Locale): TrayView {
  let icon: TrayIcon;
  let state: string;
  // Parked orders, bookings deleted in Moneybird since and booked orders the shop called off since
  // all wait for the owner.
  const parked = status.counts.parked + status.counts.deleted + status.counts.cancelled;
  switch (status.state) {
    case 'syncing':
      icon = 'syncing';
      state =
        status.progress && status.progress.total > 0
          ? text(locale, 'tray.state.syncingProgress', {
              done: status.progress.done,
              total: status.progress.total,
            })
          : text(locale, 'tray.state.syncing');
      break;
    case 'not-synced':
      // Set up, but nothing compared with the shop yet: not "up to date".
      icon = 'ok';
      state = text(locale, 'tray.state.notSynced');
      break;
    case 'paused':
      icon = 'paused';
      state = text(locale, 'tray.state.paused');
      break;
    case 'needs-setup':
      icon = 'attention';
      state = text(locale, 'tray.state.needsSetup');
      break;
    case 'error':
      icon = 'attention';
      state = text(locale, 'tray.state.error');
      break;
    default:
      if (parked > 0) {
        icon = 'attention';
        state =
          parked === 1
            ? text(locale, 'tray.state.attention.one')
            : text(locale, 'tray.state.attention.many', { count: parked });
      } else if (status.counts.waiting > 0) {
        // Nothing needs the owner, but not everything is booked yet: Winkelbrug tries again itself.
        icon = 'ok';
        state =
          status.counts.waiting === 1
            ? text(locale, 'tray.state.retrying.one')
            : text(locale, 'tray.state.retrying.many', { count: status.counts.waiting });
      } else {
        // "Alles geboekt" only when the last run went through, as the dashboard's headline says it.
        icon = 'ok';
        state = text(
          locale,
          status.lastRun?.outcome === 'completed' ? 'tray.state.allBooked' : 'tray.state.ok',
        );
      }
  }
  return {
    icon,
    state,
    tooltip: text(locale, 'tray.tooltip', { state }),
    lastRun:
      status.lastRun === null && status.nextRunAt !== null
        ? text(locale, 'tray.lastRun.first', { time: clockTime(status.nextRunAt, locale) })
        : lastRunLabel(status.lastRun, locale, status.counts.cancelled),
  };
}

export function trayTooltip(status: AppStatus, locale: Locale): string {
  return trayView(status, locale).tooltip;
}

export function trayMenuTemplate(
  status: AppStatus,
  locale: Locale,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  const view = trayView(status, locale);
  const paused = status.state === 'paused';
  return [
    { id: 'state', label: view.state, enabled: false },
    { id: 'last-run', label: view.lastRun, enabled: false },
    { type: 'separator' },
    { id: 'open', label: text(locale, 'tray.action.open'), click: () => actions.open() },
    {
      id: 'sync-now',
      label: text(locale, 'tray.action.syncNow'),
      enabled: status.state === 'idle' || status.state === 'not-synced' || status.state === 'error',
      click: () => actions.syncNow(),
    },
    paused
      ? { id: 'resume', label: text(locale, 'tray.action.resume'), click: () => actions.resume() }
      : {
          id: 'pause',
          label: text(locale, 'tray.action.pause'),
          enabled: status.state !== 'needs-setup',
          click: () => actions.pause(),
        },
    { type: 'separator' },
    { id: 'quit', label: text(locale, 'tray.action.quit'), click: () => actions.quit() },
  ];
}

export interface TrayLike<I = unknown> {
  setImage(image: I): void;
  setToolTip(text: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayDeps<M, I = unknown> {
  /** A tray showing the given picture first. */
  createTray: (image: I) => TrayLike<I>;
  /** The picture for an icon state (loaded once per state by the caller or here). */
  image: (icon: TrayIcon) => I;
  buildMenu: (template: MenuItemConstructorOptions[]) => M;
  /** The app's language when the tray is made; `setLocale` when the owner changes it. */
  locale: Locale;
  actions: TrayActions;
}

export interface TrayService {
  update(status: AppStatus): void;
  /** Speaks another language from now on: tooltip and menu are made again at once. */
  setLocale(locale: Locale): void;
  destroy(): void;
}

export function createTrayService<M, I>(deps: TrayDeps<M, I>, initial: AppStatus): TrayService {
  const images = new Map<TrayIcon, I>();
  const image = (icon: TrayIcon) => {
    let loaded = images.get(icon);
    if (loaded === undefined) {
      loaded = deps.image(icon);
      images.set(icon, loaded);
    }
    return loaded;
  };
  let locale = deps.locale;
  let lastStatus = initial;
  const first = trayView(initial, locale);
  const tray = deps.createTray(image(first.icon));
  let shownIcon: TrayIcon = first.icon;
  // Windows and Linux users expect a click on the icon to bring the window back.
  tray.on('click', () => deps.actions.open());
  let lastTooltip = '';
  let lastMenuKey = '';
  let destroyed = false;
  const service: TrayService = {
    update(status) {
      if (destroyed) return;
      lastStatus = status;
      const view = trayView(status, locale);
      if (view.icon !== shownIcon) {
        shownIcon = view.icon;
        tray.setImage(image(view.icon));
      }
      if (view.tooltip !== lastTooltip) {
        lastTooltip = view.tooltip;
        tray.setToolTip(view.tooltip);
      }
      // Rebuild the menu only when something in it changed: progress events come often.
      const menuKey = JSON.stringify([locale, status.state, view.state, view.lastRun]);
      if (menuKey !== lastMenuKey) {
        lastMenuKey = menuKey;
        tray.setContextMenu(deps.buildMenu(trayMenuTemplate(status, locale, deps.actions)));
      }
    },
    setLocale(next) {
      if (next === locale) return;
      locale = next;
      service.update(lastStatus);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      tray.destroy();
    },
  };
  service.update(initial);
  return service;
}

/**
 * The file for a tray picture on a platform, under the app's resources folder: a template image on
 * macOS (black and alpha; the @2x sibling is picked up by Electron, the menu bar colours it), an
 * .ico with every scale on Windows, a PNG on Linux.
 */
export function trayIconFile(resourcesDir: string, icon: TrayIcon, platform: NodeJS.Platform): string {
  const name =
    platform === 'darwin' ? `${icon}Template.png` : platform === 'win32' ? `${icon}.ico` : `${icon}.png`;
  return `${resourcesDir.replace(/[\\/]+$/, '')}/tray/${name}`;
}
