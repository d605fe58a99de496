// Updates through electron-updater from the project's GitHub releases (electron-builder.yml,
// `publish`): checked at start and every few hours, downloaded in the background, installed only
// when the owner quits, and only after the sync service has closed (a run ends at a confirmed step
// first, see quit.ts), so an update never interrupts a booking. Off in a development run and, on
// macOS, in a build that is not signed (Squirrel.Mac refuses those updates anyway).
// The policy is pure; Electron's updater is passed in (test/unit/electron/updates.test.ts).

export const UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;

export type UpdatesPolicy = { enabled: true } | { enabled: false; reason: string };

export function updatesPolicy(build: {
  packaged: boolean;
  platform: NodeJS.Platform;
  /** macOS: signed with a Developer ID (see macSignedWithTeam). Ignored elsewhere. */
  macSigned: boolean;
}): UpdatesPolicy {
  if (!build.packaged) return { enabled: false, reason: 'not an installed build' };
  if (build.platform === 'darwin' && !build.macSigned)
    return {
      enabled: false,
      reason: 'this macOS build is not signed, and macOS installs only signed updates',
    };
  return { enabled: true };
}

/** Whether `codesign -dv` output describes a Developer ID signature (not ad hoc, with a team). */
export function macSignedWithTeam(codesignOutput: string): boolean {
  if (/Signature=adhoc/i.test(codesignOutput)) return false;
  const team = /TeamIdentifier=(\S+)/.exec(codesignOutput)?.[1];
  return !!team && team !== 'not' && !/not set/i.test(team);
}

/** The part of electron-updater's AppUpdater used here. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdateTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface UpdateService {
  /** The version downloaded and waiting to be installed, if any. */
  downloaded(): string | null;
  /**
   * At quit, once the sync service has closed: installs a downloaded update (true; the updater
   * then quits the app itself) or does nothing (false; the caller exits as usual). Never while a
   * sync runs.
   */
  installOnQuit(syncRunning: boolean): boolean;
  stop(): void;
}

export function startUpdates(
  policy: UpdatesPolicy,
  deps: {
    updater: () => UpdaterLike;
    timers: UpdateTimers;
    log: (level: 'info' | 'warn', message: string) => void;
    intervalMs?: number;
  },
): UpdateService {
  if (!policy.enabled) {
    deps.log('info', `updates off: ${policy.reason}`);
    return { downloaded: () => null, installOnQuit: () => false, stop: () => {} };
  }
  const updater = deps.updater();
  updater.autoDownload = true;
  // Installed by installOnQuit, after the sync service has closed, never by the updater's own
  // quit handler, which would run whatever the sync is doing.
  updater.autoInstallOnAppQuit = false;
  let ready: string | null = null;
  let checking = false;
  updater.on('update-downloaded', (info) => {
    ready = info.version;
    deps.log('info', `update ${info.version} downloaded; it is installed when Winkelbrug quits`);
  });
  updater.on('error', (error) => deps.log('warn', `update check failed: ${error.message}`));
  const check = () => {
    if (checking) return;
    checking = true;
    updater
      .checkForUpdates()
      .catch((error: unknown) =>
        deps.log('warn', `update check failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        checking = false;
      });
  };
  check();
  let handle: unknown = deps.timers.setInterval(check, deps.intervalMs ?? UPDATE_CHECK_INTERVAL_MS);
  return {
    downloaded: () => ready,
    installOnQuit(syncRunning) {
      if (!ready || syncRunning) return false;
      deps.log('info', `installing update ${ready}`);
      // Silent on Windows (per-user NSIS, no questions); not restarted: the owner chose Quit.
      updater.quitAndInstall(true, false);
      return true;
    },
    stop() {
      if (handle !== null) deps.timers.clearInterval(handle);
      handle = null;
    },
  };
}
