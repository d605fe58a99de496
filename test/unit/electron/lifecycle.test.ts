import { describe, expect, it } from 'vitest';
import { createAppService, createInProcessSyncController } from '../../../src/main/core/app-service';
import {
  createQuitHandler,
  createWindowManager,
  explainTrayOnce,
  type ManagedWindow,
  type QuitDeps,
  trayNotice,
} from '../../../src/main/electron/lifecycle';

class FakeWindow implements ManagedWindow {
  static made = 0;
  readonly id = ++FakeWindow.made;
  destroyed = false;
  shown = 0;
  loaded: string[] = [];
  private listeners = new Map<string, () => void>();
  on(event: 'closed', listener: () => void) {
    this.listeners.set(event, listener);
    return this;
  }
  once(event: 'ready-to-show', listener: () => void) {
    this.listeners.set(event, listener);
    return this;
  }
  emit(event: string) {
    this.listeners.get(event)?.();
  }
  /** What Electron does on the close button when nothing prevents it. */
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {
    this.shown++;
  }
  focus() {}
  async loadURL(url: string) {
    this.loaded.push(url);
  }
}

function manager(quitting = () => false) {
  const closedByOwner: number[] = [];
  const windows: FakeWindow[] = [];
  const m = createWindowManager<FakeWindow>({
    create: () => {
      const w = new FakeWindow();
      windows.push(w);
      return w;
    },
    url: 'app://winkelbrug/index.html',
    onClosedByOwner: () => closedByOwner.push(windows.length),
    isQuitting: quitting,
    warn: () => {},
  });
  return { m, windows, closedByOwner };
}

describe('the window', () => {
  it('is built on open, shown once ready, and reused while it exists', () => {
    const { m, windows } = manager();
    const first = m.open();
    expect(first.loaded).toEqual(['app://winkelbrug/index.html']);
    expect(first.shown).toBe(0);
    first.emit('ready-to-show');
    expect(first.shown).toBe(1);
    expect(m.open()).toBe(first);
    expect(first.shown).toBe(2);
    expect(windows).toHaveLength(1);
  });

  it('is destroyed when closed, not hidden, and built anew when opened again', () => {
    const { m, windows, closedByOwner } = manager();
    const first = m.open();
    first.close();
    expect(m.current()).toBeNull();
    expect(closedByOwner).toEqual([1]);
    const second = m.open();
    expect(second).not.toBe(first);
    expect(windows).toHaveLength(2);
    expect(second.loaded).toHaveLength(1);
  });

  it('does not count a close during quit as the owner closing it', () => {
    const { m, closedByOwner } = manager(() => true);
    m.open().close();
    expect(closedByOwner).toEqual([]);
  });
});

describe('the tray explanation', () => {
  it('is shown the first time the window is closed, then never again', () => {
    let stored = false;
    const flag = {
      isSet: () => stored,
      set: () => {
        stored = true;
      },
    };
    const shown: number[] = [];
    expect(explainTrayOnce(flag, () => shown.push(1))).toBe(true);
    expect(explainTrayOnce(flag, () => shown.push(2))).toBe(false);
    expect(shown).toEqual([1]);
  });

  it('says where the app is, in Dutch and English', () => {
    expect(trayNotice('nl', 'darwin').body).toContain('in de menubalk');
    expect(trayNotice('nl', 'win32').body).toContain('in het systeemvak');
    expect(trayNotice('en', 'linux')).toEqual({
      title: 'Winkelbrug keeps running',
      body: expect.stringContaining('in the notification area'),
    });
  });
});

describe('quitting', () => {
  function quitDeps(overrides: Partial<QuitDeps> = {}) {
    const calls: string[] = [];
    const deps: QuitDeps = {
      syncRunning: () => false,
      closeService: async () => void calls.push('close'),
      teardown: () => void calls.push('teardown'),
      notifyWaiting: () => void calls.push('notify'),
      installUpdate: () => false,
      exit: (code) => void calls.push(`exit ${code}`),
      warn: (message) => void calls.push(`warn ${message}`),
      ...overrides,
    };
    return { deps, calls };
  }
  const event = () => {
    const e = {
      prevented: false,
      preventDefault: () => {
        e.prevented = true;
      },
    };
    return e;
  };

  it('waits for a running sync to finish at a confirmed step before exiting', async () => {
    // The real in-process sync: a run that only ends once its current order is done.
    let finishOrder: () => void = () => {};
    const steps: string[] = [];
    const connected = { state: 'connected' as const, detail: null, checkedAt: null };
    const sync = createInProcessSyncController({
      connections: () => ({ mijnwebwinkel: connected, moneybird: connected }),
      work: (run) =>
        new Promise<void>((resolve) => {
          run.progress(0, 3);
          finishOrder = () => {
            steps.push('order 1 confirmed');
            resolve();
          };
          run.signal.addEventListener('abort', () => steps.push('stop requested'));
        }),
    });
    const service = createAppService({ sync });
    await service.dispatch('sync.runNow', {}, 'tray');
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(service.status().state).toBe('syncing');

    const { deps, calls } = quitDeps({
      syncRunning: () => service.status().state === 'syncing',
      closeService: () => service.close().then(() => void calls.push('closed')),
      exit: (code) => void calls.push(`exit ${code} after ${steps.join(', ')}`),
    });
    const quit = createQuitHandler(deps);
    const first = event();
    const quitting = quit(first);
    expect(first.prevented).toBe(true);
    expect(calls).toEqual(['notify', 'teardown']);
    // A second Quit while waiting is held and changes nothing.
    const again = event();
    void quit(again);
    expect(again.prevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['notify', 'teardown']);
    finishOrder();
    await quitting;
    expect(calls).toEqual(['notify', 'teardown', 'closed', 'exit 0 after stop requested, order 1 confirmed']);
  });

  it('exits straight away when idle, and lets the quit through afterwards', async () => {
    const { deps, calls } = quitDeps();
    const quit = createQuitHandler(deps);
    await quit(event());
    expect(calls).toEqual(['teardown', 'close', 'exit 0']);
    const later = event();
    await quit(later);
    expect(later.prevented).toBe(false);
  });

  it('installs a downloaded update instead of exiting, after the service closed', async () => {
    const { deps, calls } = quitDeps({
      installUpdate: () => {
        calls.push('install');
        return true;
      },
    });
    await createQuitHandler(deps)(event());
    expect(calls).toEqual(['teardown', 'close', 'install']);
  });

  it('still exits when closing fails, saying why', async () => {
    const { deps, calls } = quitDeps({ closeService: async () => Promise.reject(new Error('disk gone')) });
    await createQuitHandler(deps)(event());
    expect(calls).toEqual(['teardown', 'warn closing failed: disk gone', 'exit 0']);
  });
});
