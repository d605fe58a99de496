// Hardening of the one window: no Node in the page, an isolated and sandboxed preload, no
// navigation away from the app, no new windows, no permissions, no webviews, no developer tools in
// an installed build, and the CSP header on anything served over HTTP (the dev server; the built
// page comes from the app:// scheme with the header, see app-protocol.ts, and a meta tag).
import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/contract/csp';
import { isAllowedExternalUrl, isAppUrl } from './external-links';

export type Warn = (message: string) => void;

/**
 * The window's web preferences. `packaged`: an installed build (app.isPackaged), where the
 * developer tools cannot be opened; they stay available while developing.
 */
export function hardenedWebPreferences(
  preloadPath: string,
  options: { packaged?: boolean } = {},
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !options.packaged,
  };
}

type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function hardenWebContents(
  contents: ContentsLike,
  options: { appUrl: string; openExternal: (url: string) => void; warn: Warn },
): void {
  const leave = (url: string, what: string) => {
    if (isAllowedExternalUrl(url)) options.openExternal(url);
    else options.warn(`blocked ${what} to ${url.slice(0, 200)}`);
  };
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url, options.appUrl)) return;
    event.preventDefault();
    leave(event.url, 'navigation');
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url, options.appUrl)) return;
    event.preventDefault();
    options.warn(`blocked redirect to ${event.url.slice(0, 200)}`);
  });
  contents.setWindowOpenHandler(({ url }) => {
    leave(url, 'new window');
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.warn('blocked a webview');
  });
}

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

export function hardenSession(session: SessionLike, warn: Warn): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const isHttp = details.url.startsWith('http:') || details.url.startsWith('https:');
    callback({
      responseHeaders: isHttp
        ? { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] }
        : details.responseHeaders,
    });
  });
}
