// The headless shell's front door over real HTTP: the key's redirect stays on the shell's own
// origin whatever the path looks like, and the session cookie it hands out is bound to the shell
// that issued it (cookies ignore ports: every server on 127.0.0.1 gets to see it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppService, createInProcessSyncController } from '../../../src/main/core/app-service';
import type { Logger } from '../../../src/main/core/http/logger';
import { type HeadlessShell, startHeadlessShell } from '../../../src/main/headless/server';

const quiet: Logger = { log: () => {} };
let rendererDir: string;
const shells: HeadlessShell[] = [];

beforeAll(() => {
  rendererDir = mkdtempSync(join(tmpdir(), 'winkelbrug-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Winkelbrug</title>');
});
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(shells.splice(0).map((shell) => shell.close()));
});

async function shell(port = 0): Promise<HeadlessShell> {
  const service = createAppService({ sync: createInProcessSyncController({ intervalMs: 0 }) });
  const started = await startHeadlessShell({ port, service, rendererDir, logger: quiet });
  shells.push(started);
  return started;
}

/** A raw GET: the path goes on the wire exactly as given (no client-side normalisation). */
function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const setCookieOf = (headers: Record<string, string | string[] | undefined>) =>
  String([headers['set-cookie']].flat()[0] ?? '');

describe('the key redirect', () => {
  it('stays on the shell’s own origin for paths that look like another host', async () => {
    const s = await shell();
    for (const path of ['/.//evil.example/', '//evil.example/', '/%2e//evil.example/', '/\\evil.example/']) {
      const answer = await get(s.port, `${path}?key=${encodeURIComponent(s.secret)}&x=1`);
      expect(answer.status, path).toBe(303);
      const location = String(answer.headers.location);
      expect(location, path).not.toMatch(/^\/\//);
      const target = new URL(location, `${s.origin}/`);
      expect(target.origin, path).toBe(s.origin);
      expect(target.searchParams.get('key'), path).toBeNull();
      expect(target.searchParams.get('x'), path).toBe('1');
    }
  });
});

describe('the session cookie', () => {
  it('is not the printed key and is worthless at another shell', async () => {
    const a = await shell();
    const b = await shell();
    const answer = await get(a.port, `/?key=${encodeURIComponent(a.secret)}`);
    const setCookie = setCookieOf(answer.headers);
    expect(setCookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
    const [pair] = setCookie.split(';');
    expect(pair).toBe(a.sessionCookie);
    const value = pair!.slice(pair!.indexOf('=') + 1);
    expect(value).not.toBe(a.secret);
    expect(setCookie).not.toContain(a.secret);
    // It opens shell A …
    expect((await get(a.port, '/', { Cookie: a.sessionCookie })).status).toBe(200);
    // … but not shell B, under A's cookie name or B's own.
    expect((await get(b.port, '/', { Cookie: a.sessionCookie })).status).toBe(403);
    expect((await get(b.port, '/', { Cookie: `winkelbrug-key-${b.port}=${value}` })).status).toBe(403);
    // The printed key is no session cookie.
    expect((await get(a.port, '/', { Cookie: `winkelbrug-key-${a.port}=${a.secret}` })).status).toBe(403);
  });

  it('ends when the shell stops: a new shell on the same port refuses it', async () => {
    const first = await shell();
    const { port, sessionCookie } = first;
    expect((await get(port, '/', { Cookie: sessionCookie })).status).toBe(200);
    await first.close();
    const second = await shell(port);
    expect(second.port).toBe(port);
    expect((await get(port, '/', { Cookie: sessionCookie })).status).toBe(403);
    expect((await get(port, '/', { Cookie: second.sessionCookie })).status).toBe(200);
  });
});
