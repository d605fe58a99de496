import { describe, expect, it } from 'vitest';
import {
  macSignedWithTeam,
  startUpdates,
  UPDATE_CHECK_INTERVAL_MS,
  type UpdaterLike,
  updatesPolicy,
} from '../../../src/main/electron/updates';

function fakeUpdater(options: { failCheck?: boolean } = {}) {
  const listeners = new Map<string, (value: never) => void>();
  const calls: string[] = [];
  const updater: UpdaterLike & { emit(event: string, value: unknown): void } = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    checkForUpdates: async () => {
      calls.push('check');
      if (options.failCheck) throw new Error('offline');
      return null;
    },
    quitAndInstall: (isSilent, isForceRunAfter) => void calls.push(`install ${isSilent} ${isForceRunAfter}`),
    on: (event: string, listener: (value: never) => void) => {
      listeners.set(event, listener);
      return updater;
    },
    emit: (event, value) => listeners.get(event)?.(value as never),
  };
  return { updater, calls };
}

function fakeTimers() {
  let tick: (() => void) | null = null;
  let interval = 0;
  let cleared = false;
  return {
    timers: {
      setInterval: (run: () => void, ms: number) => {
        tick = run;
        interval = ms;
        return 7;
      },
      clearInterval: (handle: unknown) => {
        cleared = handle === 7;
      },
    },
    tick: () => tick?.(),
    interval: () => interval,
    cleared: () => cleared,
  };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('update policy', () => {
  it('is off in a development run and in an unsigned macOS build, on otherwise', () => {
    expect(updatesPolicy({ packaged: false, platform: 'win32', macSigned: false }).enabled).toBe(false);
    expect(updatesPolicy({ packaged: true, platform: 'darwin', macSigned: false })).toMatchObject({
      enabled: false,
      reason: expect.stringContaining('not signed'),
    });
    expect(updatesPolicy({ packaged: true, platform: 'darwin', macSigned: true }).enabled).toBe(true);
    expect(updatesPolicy({ packaged: true, platform: 'win32', macSigned: false }).enabled).toBe(true);
    expect(updatesPolicy({ packaged: true, platform: 'linux', macSigned: false }).enabled).toBe(true);
  });

  it('recognises a Developer ID signature in codesign’s output', () => {
    expect(
      macSignedWithTeam('Authority=Developer ID Application: X (AB12CD34EF)\nTeamIdentifier=AB12CD34EF'),
    ).toBe(true);
    expect(macSignedWithTeam('Signature=adhoc\nTeamIdentifier=not set')).toBe(false);
    expect(macSignedWithTeam('TeamIdentifier=not set')).toBe(false);
    expect(macSignedWithTeam('code object is not signed at all')).toBe(false);
  });
});

describe('update service', () => {
  it('never touches the updater when off', () => {
    let created = false;
    const logs: string[] = [];
    const service = startUpdates(
      { enabled: false, reason: 'not an installed build' },
      {
        updater: () => {
          created = true;
          return fakeUpdater().updater;
        },
        timers: fakeTimers().timers,
        log: (_level, message) => logs.push(message),
      },
    );
    expect(created).toBe(false);
    expect(service.installOnQuit(false)).toBe(false);
    expect(logs).toEqual(['updates off: not an installed build']);
  });

  it('checks at start and every four hours, downloading in the background', async () => {
    const { updater, calls } = fakeUpdater();
    const clock = fakeTimers();
    const service = startUpdates(
      { enabled: true },
      { updater: () => updater, timers: clock.timers, log: () => {} },
    );
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(clock.interval()).toBe(UPDATE_CHECK_INTERVAL_MS);
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(4 * 3600_000);
    await flush();
    clock.tick();
    await flush();
    clock.tick();
    await flush();
    expect(calls).toEqual(['check', 'check', 'check']);
    service.stop();
    expect(clock.cleared()).toBe(true);
  });

  it('survives a failed check and tries again at the next interval', async () => {
    const { updater, calls } = fakeUpdater({ failCheck: true });
    const clock = fakeTimers();
    const logs: string[] = [];
    startUpdates(
      { enabled: true },
      { updater: () => updater, timers: clock.timers, log: (_l, m) => logs.push(m) },
    );
    await flush();
    clock.tick();
    await flush();
    expect(calls).toEqual(['check', 'check']);
    expect(logs).toEqual(['update check failed: offline', 'update check failed: offline']);
  });

  it('installs a downloaded update on quit, never during a sync, and nothing when none is ready', async () => {
    const { updater, calls } = fakeUpdater();
    const service = startUpdates(
      { enabled: true },
      { updater: () => updater, timers: fakeTimers().timers, log: () => {} },
    );
    await flush();
    expect(service.installOnQuit(false)).toBe(false);
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(service.downloaded()).toBe('0.2.0');
    expect(service.installOnQuit(true)).toBe(false);
    expect(calls).toEqual(['check']);
    expect(service.installOnQuit(false)).toBe(true);
    expect(calls).toEqual(['check', 'install true false']);
  });
});
