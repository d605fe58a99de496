// The loopback redirect listener of a native-app login (RFC 8252 §7.3). It listens on 127.0.0.1 at
// the registered port only while one login is in progress and accepts exactly one callback:
// GET on the registered path, with a Host of this loopback address, carrying our `state`. Anything
// else is refused without ending the login (so a stray or forged request cannot break it). It
// closes after the callback (code or refusal) or when the time is up.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiMessages } from '../../../../shared/i18n/messages/api';
import { localize } from '../../../../shared/i18n/translate';
import { OAuthError } from './oauth-error';

export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;

export interface LoopbackOptions {
  /** The registered redirect URI: http://127.0.0.1:PORT/path (port 0 picks a free port, for tests). */
  redirectUri: string;
  state: string;
  timeoutMs?: number;
}

export interface LoopbackCallback {
  code: string;
}

export interface LoopbackListener {
  /** The redirect URI to send in the authorization request (the real port when 0 was asked). */
  redirectUri: string;
  /** The authorization code, or an OAuthError (denied, timeout). */
  result: Promise<LoopbackCallback>;
  /** Stops listening; a pending result is rejected as a timeout would. */
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function page(title: string, text: string): string {
  const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1 id="result">${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`;
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
      connection: 'close',
    });
    res.end(html);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (settled) return respond(res, 410, page('Gone', 'This login has already been completed.'));
    if (req.method !== 'GET') return respond(res, 405, page('Method not allowed', ''));
    if (!allowedHosts().has(req.headers.host ?? ''))
      return respond(res, 400, page('Bad request', 'Wrong host.'));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${actualPort}`);
    if (url.pathname !== path) return respond(res, 404, page('Not found', ''));
    const state = url.searchParams.get('state') ?? '';
    if (!sameSecret(state, options.state)) {
      return respond(res, 400, page('Bad request', 'This answer does not belong to the login in progress.'));
    }
    const code = url.searchParams.get('code');
    const error = url.searchParams.get('error');
    if (code) {
      settled = true;
      const text = localize(apiMessages, 'oauth.callback-success');
      respond(res, 200, page('Winkelbrug', `${text.nl} / ${text.en}`));
      resolveResult({ code });
    } else if (error) {
      settled = true;
      const text = localize(apiMessages, 'oauth.callback-denied');
      respond(res, 200, page('Winkelbrug', `${text.nl} / ${text.en}`));
      rejectResult(new OAuthError('denied', error));
    } else {
      return respond(res, 400, page('Bad request', 'No code in the answer.'));
    }
    void shutdown(res);
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
    close: () => {
      if (!settled) {
        settled = true;
        rejectResult(
          new OAuthError('timeout', 'login cancelled', { minutes: Math.ceil(timeoutMs / 60_000) }),
        );
      }
      return shutdown();
    },
  };
}
