// Start at login (Settings → Synchronisatie, on by default): the app registers itself to start when
// the owner logs in, with `--hidden`, and then starts in the tray without a window. macOS and
// Windows through Electron's login items; Linux, where Electron has none, through an XDG autostart
// entry. The policy is pure and tested with a fake `app` (test/unit/electron/login-item.test.ts).
import type { Settings as LoginItemOptions, LoginItemSettings } from 'electron';

/** The argument a login start passes, so the app starts hidden in the tray. */
export const HIDDEN_ARG = '--hidden';

export interface LoginItemApp {
  isPackaged: boolean;
  setLoginItemSettings(settings: LoginItemOptions): void;
  getLoginItemSettings(): Pick<LoginItemSettings, 'openAtLogin' | 'wasOpenedAtLogin'>;
}

/** What Electron is told, per platform. */
export function loginItemOptions(openAtLogin: boolean, platform: NodeJS.Platform): LoginItemOptions {
  // macOS (Electron 45, SMAppService) takes no arguments and no openAsHidden: a login start is
  // recognised by wasOpenedAtLogin instead (startedHidden). Windows keeps the argument in the Run key.
  if (platform === 'darwin') return { openAtLogin };
  return { openAtLogin, args: [HIDDEN_ARG] };
}

/** The XDG autostart entry (~/.config/autostart/winkelbrug.desktop) for an AppImage at `exec`. */
export function autostartDesktopEntry(exec: string): string {
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Winkelbrug',
    `Exec=${quoted} ${HIDDEN_ARG}`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}

export interface AutostartFiles {
  /** Path of the autostart entry. */
  path: string;
  write(path: string, text: string): void;
  remove(path: string): void;
}

export type LoginItemOutcome =
  | { applied: true; openAtLogin: boolean }
  | { applied: false; reason: 'not-packaged' | 'no-appimage' };

/**
 * Applies the owner's choice. Only an installed build registers itself: a development run would
 * otherwise put the bare Electron binary among the owner's login items.
 */
export function applyStartAtLogin(
  app: LoginItemApp,
  openAtLogin: boolean,
  env: { platform: NodeJS.Platform; appImage?: string; autostart?: AutostartFiles },
): LoginItemOutcome {
  if (!app.isPackaged) return { applied: false, reason: 'not-packaged' };
  if (env.platform === 'linux') {
    // Only an AppImage has one stable path to start; $APPIMAGE is set by its runtime.
    if (!env.appImage || !env.autostart) return { applied: false, reason: 'no-appimage' };
    if (openAtLogin) env.autostart.write(env.autostart.path, autostartDesktopEntry(env.appImage));
    else env.autostart.remove(env.autostart.path);
    return { applied: true, openAtLogin };
  }
  app.setLoginItemSettings(loginItemOptions(openAtLogin, env.platform));
  return { applied: true, openAtLogin };
}

/** Whether this start came from the login item: then the app stays in the tray, without a window. */
export function startedHidden(
  argv: readonly string[],
  app: Pick<LoginItemApp, 'getLoginItemSettings'>,
  platform: NodeJS.Platform,
): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  if (platform !== 'darwin') return false;
  const settings = app.getLoginItemSettings();
  return Boolean(settings.wasOpenedAtLogin);
}
