import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createAppService, createInProcessSyncController } from '../../../src/main/core/app-service';
import {
  isAllowedExternalUrl,
  isAppUrl,
  moneybirdLoginOpener,
} from '../../../src/main/electron/external-links';
import { answerInvoke, isTrustedSender } from '../../../src/main/electron/ipc';
import { systemLocale } from '../../../src/main/electron/locale';
import {
  hardenedWebPreferences,
  hardenSession,
  hardenWebContents,
} from '../../../src/main/electron/security';

const APP = 'file:///opt/Winkelbrug/resources/app.asar/out/renderer/index.html';

describe('external links', () => {
  it('allows https links to the two services only', () => {
    for (const url of [
      'https://moneybird.com/',
      'https://www.moneybird.nl/support',
      'https://developer.moneybird.com/api/',
      'https://www.mijnwebwinkel.nl/',
      'https://developers.myonlinestore.com/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
    for (const url of [
      'http://moneybird.com/',
      'https://moneybird.com.evil.example/',
      'https://evilmoneybird.com/',
      'https://user:pw@moneybird.com/',
      'https://moneybird.com:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://moneybird.com/share',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('opens only the configured Moneybird consent page for a login', async () => {
    const opened: string[] = [];
    const open = moneybirdLoginOpener(async (url) => {
      opened.push(url);
    }, 'https://moneybird.com');
    await open('https://moneybird.com/oauth/authorize?client_id=x&state=y');
    for (const url of [
      'https://moneybird.com/oauth/token',
      'https://moneybird.com.evil.example/oauth/authorize',
      'https://user:pw@moneybird.com/oauth/authorize',
      'http://moneybird.com/oauth/authorize',
      'file:///etc/passwd',
      'not a url',
    ]) {
      await expect(open(url), url).rejects.toThrow(/refused/);
    }
    expect(opened).toEqual(['https://moneybird.com/oauth/authorize?client_id=x&state=y']);
    // A development build configured for the simulator opens the simulator's page.
    const local = moneybirdLoginOpener(async (url) => {
      opened.push(url);
    }, 'http://127.0.0.1:4100');
    await local('http://127.0.0.1:4100/oauth/authorize?x=1');
    await expect(local('http://127.0.0.1:4101/oauth/authorize')).rejects.toThrow(/refused/);
  });

  it('recognises the app page, loaded from disk or from the dev server', () => {
    expect(isAppUrl(`${APP}#/orders`, APP)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('https://moneybird.com/', APP)).toBe(false);
    expect(isAppUrl('http://localhost:5173/orders', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('IPC sender and messages', () => {
  const service = createAppService({ sync: createInProcessSyncController({ intervalMs: 0 }) });
  const warnings: string[] = [];
  const warn = (message: string) => void warnings.push(message);

  it('trusts only the top frame of the app page', () => {
    expect(isTrustedSender({ url: APP, parent: null }, APP)).toBe(true);
    expect(isTrustedSender({ url: APP, parent: {} }, APP)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
  });

  it('refuses a message from another frame, and a malformed one, before it reaches the core', async () => {
    const foreign = await answerInvoke(
      service,
      { url: 'https://evil.example/', parent: null },
      { channel: 'sync.pause', args: {} },
      APP,
      warn,
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(service.status().state).toBe('needs-setup');
    const malformed = await answerInvoke(service, { url: APP, parent: null }, 'sync.pause', APP, warn);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'malformed-message' } });
    const unknown = await answerInvoke(
      service,
      { url: APP, parent: null },
      { channel: 'app.quit', args: {} },
      APP,
      warn,
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const fine = await answerInvoke(
      service,
      { url: APP, parent: null },
      { channel: 'sync.pause', args: {} },
      APP,
      warn,
    );
    expect(fine).toMatchObject({ ok: true, result: { state: 'paused' } });
    expect(warnings).toEqual([
      expect.stringContaining("refused IPC from https://evil.example/: not the app's own page"),
      expect.stringContaining('refused IPC'),
    ]);
  });
});

describe('window hardening', () => {
  it('isolates and sandboxes the page', () => {
    expect(hardenedWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
    };
    const fire = (event: string, url: string) => {
      let prevented = false;
      emitter.emit(event, {
        url,
        preventDefault: () => {
          prevented = true;
        },
      });
      return prevented;
    };
    return { contents, fire, open: (url: string) => openHandler!({ url }) };
  }

  it('denies navigation, redirects, new windows and webviews; opens allowed links in the browser', () => {
    const opened: string[] = [];
    const warned: string[] = [];
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents as never, {
      appUrl: APP,
      openExternal: (url) => void opened.push(url),
      warn: (m) => void warned.push(m),
    });
    expect(fire('will-frame-navigate', `${APP}#/settings`)).toBe(false);
    expect(fire('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-frame-navigate', 'https://moneybird.com/')).toBe(true);
    expect(fire('will-redirect', 'https://moneybird.com/')).toBe(true);
    expect(fire('will-attach-webview', 'about:blank')).toBe(true);
    expect(open('https://www.mijnwebwinkel.nl/help')).toEqual({ action: 'deny' });
    expect(open('http://evil.example/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://moneybird.com/', 'https://www.mijnwebwinkel.nl/help']);
    expect(warned.length).toBe(4);
  });

  it('denies every permission and adds the CSP header to HTTP responses', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headersHandler:
      | ((d: { url: string; responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void)
      | undefined;
    hardenSession(
      {
        setPermissionRequestHandler: (h: never) => {
          requestHandler = h;
        },
        setPermissionCheckHandler: (h: never) => {
          checkHandler = h;
        },
        webRequest: {
          onHeadersReceived: ((h: never) => {
            headersHandler = h;
          }) as never,
        },
      } as never,
      () => {},
    );
    let granted: boolean | undefined;
    requestHandler!(null, 'media', (ok) => {
      granted = ok;
    });
    expect(granted).toBe(false);
    expect(checkHandler!()).toBe(false);
    let answer: { responseHeaders: Record<string, string[]> } | undefined;
    headersHandler!({ url: 'http://localhost:5173/', responseHeaders: {} }, (r) => {
      answer = r as typeof answer;
    });
    expect(answer?.responseHeaders['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
  });

  it('picks the tray language from the system', () => {
    expect(systemLocale(['nl-NL', 'en-US'])).toBe('nl');
    expect(systemLocale(['en-GB'])).toBe('en');
    expect(systemLocale(['de-DE'])).toBe('nl');
    expect(systemLocale([])).toBe('nl');
  });
});
