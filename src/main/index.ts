// Electron entry: hosts the core in the main process and wires the desktop shell around it (the
// window, the tray, IPC, start at login, updates, quitting). Everything with logic lives in
// ./electron and ./core; this file only connects Electron's objects to them.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  type NativeImage,
  Notification,
  nativeImage,
  protocol,
  session,
  shell,
  Tray,
} from 'electron';
import appIcon from '../../resources/icon.png?asset';
import { tray as trayMessages } from '../shared/i18n/messages/tray';
import { openAppService } from './core/app-service/open-app-service';
import { loadApiEndpoints } from './core/config/api-endpoints';
import type { Logger } from './core/http/logger';
import { redactText } from './core/http/redact';
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolAnswer } from './electron/app-protocol';
import { moneybirdLoginOpener } from './electron/external-links';
import { registerContractIpc } from './electron/ipc';
import { createQuitHandler, createWindowManager, explainTrayOnce, trayNotice } from './electron/lifecycle';
import { systemLocale } from './electron/locale';
import { applyStartAtLogin, startedHidden } from './electron/login-item';
import { desktopNotifications } from './electron/notifications';
import { hardenSession, hardenWebContents } from './electron/security';
import { watchSettings } from './electron/settings-watch';
import { createTrayService, type TrayService, trayIconFile } from './electron/tray';
import { macSignedWithTeam, startUpdates, type UpdaterLike, updatesPolicy } from './electron/updates';
import { mainWindowOptions } from './electron/window';

const logger: Logger = {
  log(level, message) {
    if (level !== 'debug') console[level === 'info' ? 'log' : level](`[winkelbrug] ${redactText(message)}`);
  },
};
const warn = (message: string) => logger.log('warn', message);

// The built page comes from the app's own scheme (app://winkelbrug/), the dev server's over HTTP.
const rendererDir = join(import.meta.dirname, '../renderer');
const appUrl = process.env.ELECTRON_RENDERER_URL ?? APP_PAGE_URL;
// The tray pictures, next to the window icon, read from outside app.asar in an installed build
// (electron-builder.yml unpacks them) so macOS finds each template's @2x sibling.
const resourcesDir = dirname(appIcon).replace('app.asar', 'app.asar.unpacked');
// Before the app is ready, as Electron requires.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

/** macOS: whether this build carries a Developer ID signature (updates need one). */
function macSigned(): Promise<boolean> {
  if (process.platform !== 'darwin' || !app.isPackaged) return Promise.resolve(false);
  const bundle = join(dirname(process.execPath), '../..');
  return new Promise((resolve) => {
    execFile('codesign', ['-dv', '--verbose=2', bundle], (_error, stdout, stderr) =>
      resolve(macSignedWithTeam(`${stdout}\n${stderr}`)),
    );
  });
}

async function loadUpdater(): Promise<UpdaterLike> {
  const module = await import('electron-updater');
  return (module.autoUpdater ?? module.default.autoUpdater) as unknown as UpdaterLike;
}

if (!app.requestSingleInstanceLock()) {
  // Another Winkelbrug is running; it shows its window in response (see 'second-instance').
  app.quit();
} else {
  let quitting = false;
  let openWindow: () => void = () => {};
  const hidden = startedHidden(process.argv, app, process.platform);

  app.on('second-instance', () => openWindow());
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
    const dataDir = process.env.WINKELBRUG_DATA_DIR || app.getPath('userData');
    // One language for the window, the tray and the notifications: the owner's choice (Settings →
    // Taal), the system's until there is one.
    const systemLanguage = systemLocale(app.getPreferredSystemLanguages());
    let locale = systemLanguage;
    // The settings' first reply can come before the tray is made; until then `locale` is enough.
    let tray: TrayService | undefined;
    const { service: core } = await openAppService({
      defaultLanguage: systemLanguage,
      logger,
      dataDir,
      // A Moneybird login opens its consent page in the system browser (RFC 8252), only that page.
      openBrowser: moneybirdLoginOpener(
        (url) => shell.openExternal(url),
        loadApiEndpoints(process.env).moneybirdOAuthUrl,
      ),
    });

    // Start at login, applied now and whenever the owner saves it in Settings.
    const autostartPath = join(homedir(), '.config/autostart/winkelbrug.desktop');
    const applyLogin = (startAtLogin: boolean) => {
      const outcome = applyStartAtLogin(app, startAtLogin, {
        platform: process.platform,
        appImage: process.env.APPIMAGE,
        autostart: {
          path: autostartPath,
          write: (path, text) => {
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, text);
          },
          remove: (path) => rmSync(path, { force: true }),
        },
      });
      if (!outcome.applied) logger.log('info', `start at login not registered: ${outcome.reason}`);
    };
    const service = watchSettings(core, (settings) => {
      if (settings.language !== locale) {
        locale = settings.language;
        tray?.setLocale(locale);
      }
      try {
        applyLogin(settings.startAtLogin);
      } catch (error) {
        warn(`start at login could not be set: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    void service.dispatch('settings.get', {}, 'shell');

    // The window: built when opened, destroyed when closed; the app stays in the tray.
    const explainedFlag = join(dataDir, '.tray-explained');
    const windows = createWindowManager({
      create: () =>
        new BrowserWindow(
          mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), appIcon, {
            packaged: app.isPackaged,
          }),
        ),
      url: appUrl,
      isQuitting: () => quitting,
      warn,
      onClosedByOwner: () =>
        explainTrayOnce(
          {
            isSet: () => existsSync(explainedFlag),
            set: () => writeFileSync(explainedFlag, ''),
          },
          () => {
            const { title, body } = trayNotice(locale, process.platform);
            if (Notification.isSupported()) new Notification({ title, body, icon: appIcon }).show();
            else void dialog.showMessageBox({ type: 'info', title, message: title, detail: body });
          },
        ),
    });
    openWindow = () => void windows.open();

    const stopIpc = registerContractIpc({
      ipcMain,
      service,
      appUrl,
      target: () => windows.current()?.webContents ?? null,
      warn,
    });

    const shownTray = createTrayService<Menu, NativeImage>(
      {
        createTray: (image) => new Tray(image),
        image: (icon) => nativeImage.createFromPath(trayIconFile(resourcesDir, icon, process.platform)),
        buildMenu: (template) => Menu.buildFromTemplate(template),
        locale,
        actions: {
          open: openWindow,
          syncNow: () => void service.dispatch('sync.runNow', {}, 'tray'),
          pause: () => void service.dispatch('sync.pause', {}, 'tray'),
          resume: () => void service.dispatch('sync.resume', {}, 'tray'),
          quit: () => app.quit(),
        },
      },
      service.status(),
    );
    tray = shownTray;
    const notify = desktopNotifications({
      supported: () => Notification.isSupported(),
      show: ({ title, body }, onClick) => {
        const notification = new Notification({ title, body, icon: appIcon });
        notification.on('click', onClick);
        notification.show();
      },
      locale: () => locale,
      openWindow,
    });
    const unsubscribe = service.subscribe((event) => {
      if (event.channel === 'status.changed') shownTray.update(event.payload);
      notify(event);
    });

    // Updates: checked now and every few hours, installed only at quit, after the sync closed.
    const policy = updatesPolicy({
      packaged: app.isPackaged,
      platform: process.platform,
      macSigned: await macSigned(),
    });
    // Loaded only when on: electron-updater reads app-update.yml, which a development run lacks.
    const updater = policy.enabled ? await loadUpdater() : null;
    const updates = startUpdates(policy, {
      updater: () => updater as UpdaterLike,
      timers: { setInterval, clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout) },
      log: (level, message) => logger.log(level, message),
    });

    app.on('activate', openWindow);
    app.on(
      'will-quit',
      createQuitHandler({
        syncRunning: () => service.status().state === 'syncing',
        closeService: () => service.close(),
        teardown: () => {
          updates.stop();
          unsubscribe();
          stopIpc();
          shownTray.destroy();
        },
        notifyWaiting: () => {
          if (Notification.isSupported())
            new Notification({ title: 'Winkelbrug', body: trayMessages[locale]['tray.quit.waiting'] }).show();
        },
        installUpdate: () => updates.installOnQuit(false),
        exit: (code) => app.exit(code),
        warn,
      }),
    );

    if (!hidden) openWindow();
  });
}
