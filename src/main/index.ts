// Electron entry: hosts the core in the main process and wires the desktop shell around it (one
// window, the tray, IPC). Everything with logic lives in ./electron and ./core; this file only
// connects Electron's objects to them.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, nativeImage, protocol, session, shell, Tray } from 'electron';
import appIcon from '../../resources/icon.png?asset';
import trayIcon from '../../resources/tray.png?asset';
import { openAppService } from './core/app-service/open-app-service';
import { loadApiEndpoints } from './core/config/api-endpoints';
import type { Logger } from './core/http/logger';
import { redactText } from './core/http/redact';
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolAnswer } from './electron/app-protocol';
import { moneybirdLoginOpener } from './electron/external-links';
import { registerContractIpc } from './electron/ipc';
import { systemLocale } from './electron/locale';
import { hardenSession, hardenWebContents } from './electron/security';
import { createTrayService } from './electron/tray';
import { keepInTrayOnClose, mainWindowOptions, showWindow } from './electron/window';

const logger: Logger = {
  log(level, message) {
    if (level !== 'debug') console[level === 'info' ? 'log' : level](`[winkelbrug] ${redactText(message)}`);
  },
};
const warn = (message: string) => logger.log('warn', message);

// The built page comes from the app's own scheme (app://winkelbrug/), the dev server's over HTTP.
const rendererDir = join(import.meta.dirname, '../renderer');
const appUrl = process.env.ELECTRON_RENDERER_URL ?? APP_PAGE_URL;
// Before the app is ready, as Electron requires.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

if (!app.requestSingleInstanceLock()) {
  // Another Winkelbrug is running; it shows its window in response (see 'second-instance').
  app.quit();
} else {
  let quitting = false;
  let window: BrowserWindow | null = null;
  const show = () => window && showWindow(window);

  app.on('second-instance', show);
  app.on('before-quit', () => {
    quitting = true;
  });
  // Closing the window leaves the app in the tray; only Quit ends it.
  app.on('window-all-closed', () => {});
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { appUrl, openExternal: (url) => void shell.openExternal(url), warn });
  });

  app.whenReady().then(async () => {
    hardenSession(session.defaultSession, warn);
    protocol.handle(APP_SCHEME, async (request) => {
      const answer = await appProtocolAnswer(rendererDir, request.url, request.method);
      const body = typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
      return new Response(body, { status: answer.status, headers: answer.headers });
    });
    // Tokens from the OS keychain (the environment may override them, as for the CLI); the data in
    // the app's own folder unless WINKELBRUG_DATA_DIR says otherwise.
    const { service } = await openAppService({
      logger,
      dataDir: process.env.WINKELBRUG_DATA_DIR || app.getPath('userData'),
      // A Moneybird login opens its consent page in the system browser (RFC 8252), only that page.
      openBrowser: moneybirdLoginOpener(
        (url) => shell.openExternal(url),
        loadApiEndpoints(process.env).moneybirdOAuthUrl,
      ),
    });
    const locale = systemLocale(app.getPreferredSystemLanguages());

    window = new BrowserWindow(
      mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), appIcon, {
        packaged: app.isPackaged,
      }),
    );
    keepInTrayOnClose(window, () => quitting);
    window.once('ready-to-show', show);

    const stopIpc = registerContractIpc({
      ipcMain,
      service,
      appUrl,
      target: () => (window && !window.isDestroyed() ? window.webContents : null),
      warn,
    });

    const tray = createTrayService(
      {
        createTray: () => new Tray(nativeImage.createFromPath(trayIcon)),
        buildMenu: (template) => Menu.buildFromTemplate(template),
        locale,
        actions: {
          open: show,
          syncNow: () => void service.dispatch('sync.runNow', {}, 'tray'),
          pause: () => void service.dispatch('sync.pause', {}, 'tray'),
          resume: () => void service.dispatch('sync.resume', {}, 'tray'),
          quit: () => app.quit(),
        },
      },
      service.status(),
    );
    service.subscribe((event) => {
      if (event.channel === 'status.changed') tray.update(event.payload);
    });

    app.on('activate', show);
    app.once('will-quit', (event) => {
      event.preventDefault();
      stopIpc();
      tray.destroy();
      void service.close().finally(() => app.exit(0));
    });

    await window.loadURL(appUrl);
  });
}
