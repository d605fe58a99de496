// The loopback redirect listener of a native-app login (RFC 8252 §7.3). It listens on 127.0.0.1 at
// the registered port only while one login is in progress and accepts exactly one callback:
// GET on the registered path, with a Host of this loopback address, carrying our `state`. Anything
// else is refused without ending the login (so a stray or forged request cannot break it). It
// closes after the callback (code or refusal) or when the time is up.
//
// The browser that brings the code is answered only when the login's outcome is known (`finish`,
// after the code exchange): it shows "connected" only when Winkelbrug is connected, and the reason
// when it is not. Should the outcome take longer than `answerTimeoutMs`, the browser is told that
// Winkelbrug is still finishing, to look there. Every page it shows is in Dutch and English, styled
// like the app (its own inline style, allowed by hash; nothing loaded from elsewhere).
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiMessageKey, apiMessages } from '../../../../shared/i18n/messages/api';
import { type LocalizedText, localize } from '../../../../shared/i18n/translate';
import { OAuthError } from './oauth-error';

export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;
/** How long the browser that brought the code waits for the outcome before it is told to look in the app. */
export const DEFAULT_ANSWER_TIMEOUT_MS = 60_000;

export interface LoopbackOptions {
  /** The registered redirect URI: http://127.0.0.1:PORT/path (port 0 picks a free port, for tests). */
  redirectUri: string;
  state: string;
  timeoutMs?: number;
  /** How long the browser's answer waits for `finish` (default DEFAULT_ANSWER_TIMEOUT_MS). */
  answerTimeoutMs?: number;
}

/** How the login ended, for the page the browser shows: connected, or not with the owner's reason. */
export type LoginOutcome = { connected: true } | { connected: false; reason: LocalizedText };

export interface LoopbackCallback {
  code: string;
}

export interface LoopbackListener {
  /** The redirect URI to send in the authorization request (the real port when 0 was asked). */
  redirectUri: string;
  /** The authorization code, or an OAuthError (denied, timeout). */
  result: Promise<LoopbackCallback>;
  /** Answers the browser that brought the code with the login's outcome (once; later calls do nothing). */
  finish(outcome: LoginOutcome): void;
  /**
   * Stops listening; a pending result is rejected as a timeout would, and a browser still waiting
   * for its answer is told the connection was not made.
   */
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The app's look: its colours (light and dark), its system font, one card. The message's bar says how
 * it ended: green connected, amber still finishing, red not connected, grey anything else.
 */
const PAGE_STYLE = [
  ':root{color-scheme:light dark;--bg:#f6f5f2;--panel:#fff;--text:#1f2328;--muted:#5f6670;--border:#e3e1dc;',
  '--ok:#1f6f5c;--ok-soft:#e8f3ef;--wait:#9a6700;--wait-soft:#fdf6e7;--stop:#b42318;--stop-soft:#fdf1f0;',
  '--other:#c9c6bf;--other-soft:#f6f5f2;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;',
  'font-size:15px;line-height:1.5}',
  '@media (prefers-color-scheme:dark){:root{--bg:#16181b;--panel:#1f2226;--text:#e6e6e6;--muted:#9aa1a9;',
  '--border:#30343a;--ok:#3fa58a;--ok-soft:#1d2f2a;--wait:#e3b341;--wait-soft:#2b2617;--stop:#ff8a80;',
  '--stop-soft:#2e1c1b;--other:#4a4f57;--other-soft:#16181b}}',
  '*{box-sizing:border-box}',
  'body{margin:0;min-height:100vh;background:var(--bg);color:var(--text);display:flex;',
  'align-items:flex-start;justify-content:center;padding:12vh 16px 24px}',
  'main{width:100%;max-width:520px;background:var(--panel);border:1px solid var(--border);',
  'border-radius:12px;padding:24px 28px}',
  'h1{font-size:1.35rem;margin:0 0 16px}',
  '.message{border-left:4px solid var(--other);background:var(--other-soft);border-radius:6px;padding:12px 16px}',
  '.ok .message{border-color:var(--ok);background:var(--ok-soft)}',
  '.wait .message{border-color:var(--wait);background:var(--wait-soft)}',
  '.stop .message{border-color:var(--stop);background:var(--stop-soft)}',
  'p{margin:0}',
  'p[lang="nl"]{font-size:1rem}',
  'p[lang="en"]{margin-top:8px;font-size:0.85rem;color:var(--muted)}',
].join('');
const PAGE_STYLE_HASH = createHash('sha256').update(PAGE_STYLE).digest('base64');
/** Only the page's own style: no script, no image, no form, no frame, nothing from elsewhere. */
const PAGE_CSP = `default-src 'none'; style-src 'sha256-${PAGE_STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const TONE: Record<string, string> = {
  connected: 'ok',
  pending: 'wait',
  failed: 'stop',
  denied: 'stop',
};

/**
 * A page in Dutch and, below it in a smaller line, English (the page cannot know the owner's
 * language); `outcome` marks it for the owner's eye and for tests.
 */
export function loopbackPage(outcome: string, text: LocalizedText): string {
  const tone = TONE[outcome] ?? 'other';
  return (
    '<!doctype html><html lang="nl"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>Winkelbrug</title><style>${PAGE_STYLE}</style></head>` +
    `<body><main class="${tone}"><h1 id="result" data-outcome="${escapeHtml(outcome)}">Winkelbrug</h1>` +
    `<div class="message"><p lang="nl">${escapeHtml(text.nl)}</p><p lang="en">${escapeHtml(text.en)}</p></div>` +
    '</main></body></html>'
  );
}

function pageFor(outcome: string, key: ApiMessageKey, params?: Record<string, string>): string {
  return loopbackPage(outcome, localize(apiMessages, key, params));
}

/** The page for a login's outcome. */
export function outcomePage(outcome: LoginOutcome | 'pending'): string {
  if (outcome === 'pending') return pageFor('pending', 'oauth.callback-pending');
  if (outcome.connected) return pageFor('connected', 'oauth.callback-success');
  return loopbackPage(
    'failed',
    localize(apiMessages, 'oauth.callback-failed', {}, { reason: outcome.reason }),
  );
}

export function parseLoopbackUri(redirectUri: string): { port: number; path: string } {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    throw new Error(`Redirect URI is not a URL: ${redirectUri}`);
  }
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1') {
    throw new Error(`Redirect URI must be http://127.0.0.1:PORT/…, got ${redirectUri}`);
  }
  return { port: url.port === '' ? 80 : Number(url.port), path: url.pathname };
}

export async function startLoopbackListener(options: LoopbackOptions): Promise<LoopbackListener> {
  const { port: wantedPort, path } = parseLoopbackUri(options.redirectUri);
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
  let settled = false;
  let resolveResult!: (value: LoopbackCallback) => void;
  let rejectResult!: (error: unknown) => void;
  const result = new Promise<LoopbackCallback>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  // The caller may only look at `result` later; a rejection before that must not crash the process.
  result.catch(() => {});

  let actualPort = wantedPort;
  const allowedHosts = () =>
    new Set([`127.0.0.1:${actualPort}`, ...(actualPort === 80 ? ['127.0.0.1'] : [])]);

  const respond = (res: ServerResponse, status: number, html: string) => {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'content-security-policy': PAGE_CSP,
      'x-content-type-options': 'nosniff',
      connection: 'close',
    });
    res.end(html);
  };

  /** The browser that brought the code, waiting for the login's outcome. */
  let held: ServerResponse | undefined;
  let answerTimer: NodeJS.Timeout | undefined;
  const answerHeld = (html: string) => {
    const res = held;
    if (!res) return;
    held = undefined;
    clearTimeout(answerTimer);
    if (!res.writableEnded && !res.destroyed) respond(res, 200, html);
    void shutdown(res);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (settled) return respond(res, 410, pageFor('gone', 'oauth.page.gone'));
    if (req.method !== 'GET') return respond(res, 405, pageFor('refused', 'oauth.page.method'));
    if (!allowedHosts().has(req.headers.host ?? ''))
      return respond(res, 400, pageFor('refused', 'oauth.page.wrong-host'));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${actualPort}`);
    if (url.pathname !== path) return respond(res, 404, pageFor('refused', 'oauth.page.not-found'));
    const state = url.searchParams.get('state') ?? '';
    if (!sameSecret(state, options.state)) {
      return respond(res, 400, pageFor('refused', 'oauth.page.state-mismatch'));
    }
    const code = url.searchParams.get('code');
    const error = url.searchParams.get('error');
    if (code) {
      settled = true;
      clearTimeout(timer);
      // Answered by finish() once the code is exchanged; a browser that leaves meanwhile is let go.
      held = res;
      res.once('close', () => {
        if (held !== res) return;
        held = undefined;
        clearTimeout(answerTimer);
      });
      answerTimer = setTimeout(() => answerHeld(outcomePage('pending')), answerTimeoutMs);
      answerTimer.unref();
      resolveResult({ code });
      return;
    }
    if (error) {
      settled = true;
      respond(res, 200, pageFor('denied', 'oauth.callback-denied'));
      rejectResult(new OAuthError('denied', error));
      void shutdown(res);
      return;
    }
    respond(res, 400, pageFor('refused', 'oauth.page.no-code'));
  };

  const server = createServer(handle);
  let closing: Promise<void> | undefined;
  const shutdown = (lastAnswer?: ServerResponse): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.close(() => resolve());
      // Browsers keep (and pre-open) idle sockets, which would hold the port open: once the answer
      // that settled the login has been sent, every remaining connection is dropped. A grace
      // period bounds the wait for that answer, so shutting down always ends.
      const dropAll = () => server.closeAllConnections();
      server.closeIdleConnections();
      if (lastAnswer && !lastAnswer.writableFinished) {
        lastAnswer.once('finish', dropAll);
        lastAnswer.once('close', dropAll);
        setTimeout(dropAll, 2_000).unref();
      } else {
        dropAll();
      }
    });
    return closing;
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new OAuthError('port-in-use', error.message, { port: wantedPort })
          : error,
      );
    });
    server.listen(wantedPort, '127.0.0.1', () => resolve());
  });
  actualPort = (server.address() as AddressInfo).port;

  const timer = setTimeout(() => {
    if (settled) return;
    settled = true;
    rejectResult(
      new OAuthError('timeout', `no answer within ${timeoutMs} ms`, {
        minutes: Math.ceil(timeoutMs / 60_000),
      }),
    );
    void shutdown();
  }, timeoutMs);

  // Moneybird compares redirect URIs as exact strings: hand back the registered one untouched.
  let redirectUri = options.redirectUri;
  if (wantedPort === 0) {
    const redirect = new URL(options.redirectUri);
    redirect.port = String(actualPort);
    redirectUri = redirect.href;
  }
  return {
    redirectUri,
    result,
    finish: (outcome) => answerHeld(outcomePage(outcome)),
    close: () => {
      if (!settled) {
        settled = true;
        rejectResult(
          new OAuthError('timeout', 'login cancelled', { minutes: Math.ceil(timeoutMs / 60_000) }),
        );
      }
      if (held) {
        answerHeld(
          outcomePage({ connected: false, reason: localize(apiMessages, 'oauth.callback-stopped') }),
        );
      }
      return shutdown();
    },
  };
}
