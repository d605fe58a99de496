// The app's life around its one window: light when idle (a closed window is destroyed, not hidden,
// and built again when the owner opens it), the close button leaves the app in the tray (explained
// once), and quitting during a sync waits for the sync service to close, which ends the run at a
// confirmed step, before the app exits (or an update installs). Electron's objects are passed in;
// tested with fakes (test/unit/electron/lifecycle.test.ts).
import { tray as messages } from '../../shared/i18n/messages/tray';
import { interpolate, type Locale } from '../../shared/i18n/translate';

export interface ManagedWindow {
  on(event: 'closed', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  loadURL(url: string): Promise<void>;
}

export interface WindowManager<W extends ManagedWindow> {
  /** Shows the window, building it first when there is none. */
  open(): W;
  /** The window, or null while it is closed. */
  current(): W | null;
}

export function createWindowManager<W extends ManagedWindow>(deps: {
  create: () => W;
  url: string;
  /** After the owner closed the window (not when the app quits). */
  onClosedByOwner: () => void;
  isQuitting: () => boolean;
  warn: (message: string) => void;
}): WindowManager<W> {
  let window: W | null = null;
  const reveal = (w: W) => {
    if (w.isMinimized()) w.restore();
    w.show();
    w.focus();
  };
  return {
    open() {
      if (window && !window.isDestroyed()) {
        reveal(window);
        return window;
      }
      const created = deps.create();
      window = created;
      created.once('ready-to-show', () => reveal(created));
      created.on('closed', () => {
        // Destroyed: its renderer and memory go with it; open() builds a new one.
        if (window === created) window = null;
        if (!deps.isQuitting()) deps.onClosedByOwner();
      });
      created.loadURL(deps.url).catch((error: unknown) => {
        deps.warn(`the window could not load: ${error instanceof Error ? error.message : String(error)}`);
      });
      return created;
    },
    current() {
      return window && !window.isDestroyed() ? window : null;
    },
  };
}

/** A flag kept on disk, so the owner is told something once, not every time. */
export interface OnceFlag {
  isSet(): boolean;
  set(): void;
}

/** The text that tells the owner the app lives on in the tray. */
export function trayNotice(locale: Locale, platform: NodeJS.Platform): { title: string; body: string } {
  const t = messages[locale];
  const where = platform === 'darwin' ? t['tray.closed.where.mac'] : t['tray.closed.where.other'];
  return { title: t['tray.closed.title'], body: interpolate(t['tray.closed.body'], { where }) };
}

/** Called when the owner closed the window: explains the tray the first time only. */
export function explainTrayOnce(flag: OnceFlag, show: () => void): boolean {
  if (flag.isSet()) return false;
  flag.set();
  show();
  return true;
}

export interface QuitDeps {
  /** Whether a sync is running now. */
  syncRunning(): boolean;
  /** Closes the sync service: the running run stops at a confirmed step, then the store closes. */
  closeService(): Promise<void>;
  /** Stops what talks to the window and the tray (IPC, tray, update timer). */
  teardown(): void;
  /** Tells the owner the app quits once the current order is booked. */
  notifyWaiting(): void;
  /** Installs a downloaded update (true: the updater quits the app itself). */
  installUpdate(): boolean;
  exit(code: number): void;
  warn(message: string): void;
}

/**
 * The handler for the app's will-quit event: the first time it holds the quit, closes the service
 * (waiting for a running sync's confirmed step), then installs an update or exits. Later quit
 * requests while it waits are held too and change nothing.
 */
export function createQuitHandler(deps: QuitDeps): (event: { preventDefault(): void }) => Promise<void> {
  let closing: Promise<void> | null = null;
  let done = false;
  return (event) => {
    if (done) return Promise.resolve();
    event.preventDefault();
    if (closing) return closing;
    if (deps.syncRunning()) deps.notifyWaiting();
    deps.teardown();
    closing = deps
      .closeService()
      .catch((error: unknown) => {
        deps.warn(`closing failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .then(() => {
        done = true;
        if (!deps.installUpdate()) deps.exit(0);
      });
    return closing;
  };
}
