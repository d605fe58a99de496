// The headless shell: the same core in plain Node, the built renderer over HTTP on 127.0.0.1 and
// the contract over a WebSocket. Only the printed URL gets in: its `key` is traded for an HttpOnly
// session cookie bound to this shell's own key and port (then a redirect on the shell's own origin
// drops the key from the address bar); every request and the socket need it, the Host must be the
// shell's own, and the socket's Origin must be the shell's own page. Stopping the shell ends every
// session.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import {
  CONTENT_SECURITY_POLICY_HEADER,
  clientMessageSchema,
  failure,
  type ServerMessage,
  SOCKET_PATH,
  toIssues,
} from '../../shared/contract';
import { app } from '../../shared/i18n/messages/app';
import { type AppService, createDefaultAppService } from '../core/app-service';
import type { Logger } from '../core/http/logger';
import {
  admit,
  cookieName,
  isAllowedHost,
  isAllowedOrigin,
  newShellKeys,
  requestUrl,
  sameOriginLocation,
  sessionCookieHeader,
  sessionCookieValue,
} from './guard';
import { readStaticFile } from './static-files';

export const DEFAULT_RENDERER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../out/renderer');
const MAX_MESSAGE_BYTES = 64 * 1024;

export interface HeadlessShellOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** The core to expose; when absent the shell starts (and later closes) the default one. */
  service?: AppService;
  rendererDir?: string;
  logger?: Logger;
}

export interface HeadlessShell {
  /** The address to open: http://127.0.0.1:PORT/?key=SECRET */
  url: string;
  /** `name=value` of the session cookie the key is traded for (what a browser sends afterwards). */
  sessionCookie: string;
  /** The shell's own origin, http://127.0.0.1:PORT */
  origin: string;
  port: number;
  secret: string;
  service: AppService;
  close(): Promise<void>;
}

const stderrLogger: Logger = {
  log(level, message, fields) {
    if (level === 'debug') return;
    console.error(`[headless] ${level}: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`);
  },
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function bilingual(key: 'headless.forbidden' | 'headless.notBuilt'): string {
  return `${app.nl[key]}\n\n${app.en[key]}\n`;
}

function refuseUpgrade(socket: Socket, status: number, reason: string): void {
  const text = `${status === 403 ? 'Forbidden' : 'Bad Request'}: ${reason}`;
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Bad Request'}\r\n` +
      'Connection: close\r\nContent-Type: text/plain\r\n' +
      `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}

export async function startHeadlessShell(options: HeadlessShellOptions = {}): Promise<HeadlessShell> {
  const logger = options.logger ?? stderrLogger;
  const ownsService = !options.service;
  const service = options.service ?? createDefaultAppService({ logger });
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const keys = newShellKeys();
  const secret = keys.secret;
  let port = 0;

  const server = createServer((request, response) => {
    handleHttp(request, response).catch((error: unknown) => {
      logger.log('error', `request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) plain(response, 500, 'Internal error');
      else response.destroy();
    });
  });

  async function handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) {
      logger.log('warn', "refused HTTP request: Host header is not the shell's own", {
        host: request.headers.host,
      });
      plain(response, 421, 'Misdirected request');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      plain(response, 405, 'Method not allowed');
      return;
    }
    const url = requestUrl(request.url, `http://${request.headers.host!.toLowerCase()}`);
    const admission = admit(url, request.headers.cookie, port, keys);
    if (!admission.ok) {
      logger.log('warn', `refused HTTP request for ${url.pathname}: ${admission.reason}`);
      plain(response, 403, bilingual('headless.forbidden'));
      return;
    }
    if (admission.viaQuery && keys.sessionKey) {
      url.searchParams.delete('key');
      response.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': sessionCookieHeader(keys.sessionKey, port),
        Location: sameOriginLocation(url),
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    if (!existsSync(resolve(rendererDir, 'index.html'))) {
      plain(response, 503, bilingual('headless.notBuilt'));
      return;
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file.found) {
      plain(response, 404, 'Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Cache-Control': file.contentType.startsWith('text/html') ? 'no-store' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const host = request.headers.host;
    const url = requestUrl(request.url, 'http://placeholder');
    const refuse = (status: number, reason: string) => {
      logger.log('warn', `refused WebSocket from ${socket.remoteAddress}: ${reason}`, {
        origin: request.headers.origin,
        host,
      });
      refuseUpgrade(socket, status, reason);
    };
    if (!isAllowedHost(host, port)) return refuse(403, "Host header is not the shell's own");
    if (!isAllowedOrigin(request.headers.origin, host, port))
      return refuse(403, "Origin is not the shell's own page");
    if (url.pathname !== SOCKET_PATH) return refuse(400, 'unknown path');
    const admission = admit(url, request.headers.cookie, port, keys);
    if (!admission.ok) return refuse(403, admission.reason);
    sockets.handleUpgrade(request, socket, head, (ws) =>
      serveSocket(ws, `socket ${socket.remoteAddress}:${socket.remotePort}`),
    );
  });

  function send(ws: WebSocket, message: ServerMessage): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  }

  function serveSocket(ws: WebSocket, source: string): void {
    const unsubscribe = service.subscribe((event) => send(ws, { type: 'event', ...event }));
    ws.on('close', unsubscribe);
    ws.on('error', (error) => logger.log('warn', `socket ${source} error: ${error.message}`));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      void handleMessage(ws, source, data, isBinary);
    });
  }

  function refuseMessage(
    ws: WebSocket,
    source: string,
    id: number | null,
    path: string,
    message: string,
  ): void {
    const error = failure('malformed-message', 'refused.malformed', {}, [{ path, message }]);
    logger.log('warn', `refused message from ${source}: ${error.message.en}`);
    send(ws, id === null ? { type: 'refused', error } : { type: 'reply', id, reply: { ok: false, error } });
  }

  async function handleMessage(
    ws: WebSocket,
    source: string,
    data: RawData,
    isBinary: boolean,
  ): Promise<void> {
    if (isBinary) return refuseMessage(ws, source, null, '(message)', 'binary messages are not accepted');
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return refuseMessage(ws, source, null, '(message)', 'not JSON');
    }
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const candidate = (raw as { id?: unknown } | null)?.id;
      const id = Number.isSafeInteger(candidate) && (candidate as number) >= 0 ? (candidate as number) : null;
      const issue = toIssues(parsed.error)[0] ?? { path: '(message)', message: 'invalid' };
      return refuseMessage(ws, source, id, issue.path, issue.message);
    }
    const reply = await service.dispatch(parsed.data.channel, parsed.data.args, source);
    send(ws, { type: 'reply', id: parsed.data.id, reply });
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?key=${secret}`,
    sessionCookie: `${cookieName(port)}=${sessionCookieValue(keys.sessionKey!, port)}`,
    origin,
    port,
    secret,
    service,
    close() {
      closing ??= (async () => {
        // Every session ends here: no cookie this shell issued is accepted any more.
        keys.sessionKey?.fill(0);
        keys.sessionKey = null;
        for (const client of sockets.clients) client.terminate();
        await new Promise<void>((done) => sockets.close(() => done()));
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
        if (ownsService) await service.close();
      })();
      return closing;
    },
  };
}
