// Who gets in: the headless shell answers only its own page, opened through the printed URL.
// Real HTTP requests and real WebSocket handshakes against a running shell.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type HeadlessShell, startHeadlessShell } from '../../src/main/headless/server';
import { connectedCore, type TestCore } from './support/core';
import { ensureRendererBuilt } from './support/renderer';

let core: TestCore;
let shell: HeadlessShell;

beforeAll(async () => {
  ensureRendererBuilt();
  core = connectedCore();
  shell = await startHeadlessShell({ service: core.service, logger: core.logger });
});

afterAll(async () => {
  await shell?.close();
  await core?.service.close();
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: shell.port, path, headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const cookie = () => shell.sessionCookie;

/** Opens a socket; resolves with the open socket or the HTTP status it was refused with. */
function connect(options: { origin?: string; host?: string; cookie?: string; query?: string }) {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.Cookie = options.cookie;
  if (options.host) headers.Host = options.host;
  const socket = new WebSocket(`ws://127.0.0.1:${shell.port}/contract${options.query ?? ''}`, {
    headers,
    ...(options.origin ? { origin: options.origin } : {}),
  });
  return new Promise<{ socket: WebSocket } | { refused: number }>((resolve, reject) => {
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => {
      resolve({ refused: response.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** Sends one text frame and resolves with the next message from the server. */
interface Answer {
  type: string;
  id?: number;
  error?: { code: string };
  reply: { ok: boolean; error: { code: string; message: { en: string }; issues: { path: string }[] } };
}

function exchange(socket: WebSocket, data: string | Buffer): Promise<Answer> {
  return new Promise((resolve) => {
    const onMessage = (raw: WebSocket.RawData) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'event') return; // pushed events interleave; wait for the answer
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
    socket.send(data);
  });
}

describe('HTTP', () => {
  it('refuses a request without the secret, and one with a wrong secret', async () => {
    const none = await get('/');
    expect(none.status).toBe(403);
    expect(none.body).toContain('npm run headless');
    expect((await get('/?key=wrong')).status).toBe(403);
    expect((await get('/assets/', { Cookie: `winkelbrug-key-${shell.port}=wrong` })).status).toBe(403);
  });

  it('trades the key in the URL for an HttpOnly cookie and serves the UI with a strict CSP', async () => {
    const first = await get(`/?key=${encodeURIComponent(shell.secret)}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(String(first.headers['set-cookie'])).toContain('HttpOnly; SameSite=Strict');
    const page = await get('/', { Cookie: cookie() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('refuses a Host that is not its own (DNS rebinding), even with the secret', async () => {
    const response = await get(`/?key=${shell.secret}`, { Host: `evil.example:${shell.port}` });
    expect(response.status).toBe(421);
  });

  it('serves nothing outside the built renderer', async () => {
    expect((await get('/../../package.json', { Cookie: cookie() })).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/package.json', { Cookie: cookie() })).status).toBe(404);
    expect((await get('/%E0%A4%A', { Cookie: cookie() })).status).toBe(404);
  });
});

describe('WebSocket', () => {
  const origin = () => shell.origin;

  it('refuses a socket without the secret or with a wrong one', async () => {
    expect(await connect({ origin: origin() })).toEqual({ refused: 403 });
    expect(await connect({ origin: origin(), query: '?key=wrong' })).toEqual({ refused: 403 });
    expect(await connect({ origin: origin(), cookie: `winkelbrug-key-${shell.port}=wrong` })).toEqual({
      refused: 403,
    });
    expect(
      core.logger.lines.some((l) => l.message.includes('refused WebSocket') && l.message.includes('key')),
    ).toBe(true);
  });

  it('refuses a foreign Origin, a missing Origin and a bad Host, even with the secret', async () => {
    expect(await connect({ origin: 'http://evil.example', cookie: cookie() })).toEqual({ refused: 403 });
    expect(await connect({ origin: `http://127.0.0.1:${shell.port + 1}`, cookie: cookie() })).toEqual({
      refused: 403,
    });
    expect(await connect({ cookie: cookie() })).toEqual({ refused: 403 });
    expect(
      await connect({
        origin: `http://evil.example:${shell.port}`,
        host: `evil.example:${shell.port}`,
        cookie: cookie(),
      }),
    ).toEqual({ refused: 403 });
  });

  it('accepts the own page with the cookie (or the key) and answers through the contract', async () => {
    for (const options of [{ cookie: cookie() }, { query: `?key=${shell.secret}` }]) {
      const opened = await connect({ origin: origin(), ...options });
      if (!('socket' in opened)) throw new Error(`refused with ${opened.refused}`);
      const answer = await exchange(
        opened.socket,
        JSON.stringify({ type: 'request', id: 7, channel: 'app.status', args: {} }),
      );
      expect(answer).toMatchObject({ type: 'reply', id: 7, reply: { ok: true, result: { state: 'idle' } } });
      opened.socket.close();
    }
  });

  it('refuses malformed messages with a reason, logs them, and keeps serving', async () => {
    const opened = await connect({ origin: origin(), cookie: cookie() });
    if (!('socket' in opened)) throw new Error(`refused with ${opened.refused}`);
    const { socket } = opened;

    const notJson = await exchange(socket, '{not json');
    expect(notJson).toMatchObject({ type: 'refused', error: { code: 'malformed-message' } });

    const binary = await exchange(socket, Buffer.from([1, 2, 3]));
    expect(binary).toMatchObject({ type: 'refused', error: { code: 'malformed-message' } });

    const noChannel = await exchange(socket, JSON.stringify({ type: 'request', id: 1 }));
    expect(noChannel).toMatchObject({
      type: 'reply',
      id: 1,
      reply: { ok: false, error: { code: 'malformed-message' } },
    });
    expect(noChannel.reply.error.issues[0]?.path).toBe('channel');

    const unknown = await exchange(
      socket,
      JSON.stringify({ type: 'request', id: 2, channel: 'fs.readFile', args: { path: '/etc/passwd' } }),
    );
    expect(unknown.reply.error.code).toBe('unknown-channel');
    expect(unknown.reply.error.message.en).toContain('"fs.readFile" does not exist');

    const badArgs = await exchange(
      socket,
      JSON.stringify({ type: 'request', id: 3, channel: 'log.recent', args: { limit: 'all' } }),
    );
    expect(badArgs.reply.error.code).toBe('invalid-arguments');
    expect(badArgs.reply.error.issues[0]?.path).toBe('limit');

    const extra = await exchange(
      socket,
      JSON.stringify({ type: 'request', id: 4, channel: 'sync.pause', args: { now: true } }),
    );
    expect(extra.reply.error.code).toBe('invalid-arguments');
    expect(core.service.status().state).toBe('idle');

    const proto = await exchange(socket, '{"type":"request","id":5,"channel":"__proto__","args":{}}');
    expect(proto.reply.error.code).toBe('unknown-channel');

    const fine = await exchange(
      socket,
      JSON.stringify({ type: 'request', id: 6, channel: 'log.recent', args: { limit: 5 } }),
    );
    expect(fine).toMatchObject({ type: 'reply', id: 6, reply: { ok: true } });
    expect(core.logger.lines.filter((l) => l.message.startsWith('refused')).length).toBeGreaterThanOrEqual(6);
    socket.close();
  });

  it('closes a socket that sends an oversized message, and the shell lives on', async () => {
    const opened = await connect({ origin: origin(), cookie: cookie() });
    if (!('socket' in opened)) throw new Error(`refused with ${opened.refused}`);
    const closed = new Promise<number>((resolve) => opened.socket.once('close', (code) => resolve(code)));
    opened.socket.send('x'.repeat(200 * 1024));
    expect(await closed).toBe(1009);
    expect((await get('/', { Cookie: cookie() })).status).toBe(200);
  });
});
