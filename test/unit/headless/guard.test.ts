import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admit,
  cookieName,
  isAllowedHost,
  isAllowedOrigin,
  newSecret,
  newShellKeys,
  readCookie,
  requestUrl,
  sameOriginLocation,
  secretsEqual,
  sessionCookieHeader,
  sessionCookieValue,
} from '../../../src/main/headless/guard';
import { readStaticFile } from '../../../src/main/headless/static-files';

describe('guard', () => {
  it('makes a fresh, unguessable secret per start', () => {
    const a = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newSecret()).not.toBe(a);
    expect(secretsEqual(a, a)).toBe(true);
    expect(secretsEqual(`${a}x`, a)).toBe(false);
    expect(secretsEqual(undefined, a)).toBe(false);
  });

  it('accepts only its own host and port', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4000', 4000)).toBe(true);
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 4000)).toBe(false);
    expect(isAllowedHost('attacker.example:4000', 4000)).toBe(false);
    expect(isAllowedHost(undefined, 4000)).toBe(false);
  });

  it('accepts only the origin of its own page under the same host', () => {
    expect(isAllowedOrigin('http://127.0.0.1:4000', '127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000', 'localhost:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000', '127.0.0.1:4000', 4000)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:4000', '127.0.0.1:4000', 4000)).toBe(false);
    expect(isAllowedOrigin('null', '127.0.0.1:4000', 4000)).toBe(false);
    expect(isAllowedOrigin(undefined, '127.0.0.1:4000', 4000)).toBe(false);
    expect(isAllowedOrigin('http://evil.example:4000', 'evil.example:4000', 4000)).toBe(false);
  });

  it('admits by key in the URL or by the per-port session cookie', () => {
    const keys = newShellKeys();
    const { secret } = keys;
    const session = sessionCookieValue(keys.sessionKey!, 4000);
    const url = (q: string) => new URL(`http://127.0.0.1:4000/${q}`);
    expect(admit(url(`?key=${secret}`), undefined, 4000, keys)).toEqual({ ok: true, viaQuery: true });
    expect(admit(url(''), `a=b; ${cookieName(4000)}=${session}`, 4000, keys)).toEqual({
      ok: true,
      viaQuery: false,
    });
    expect(admit(url(''), `${cookieName(4001)}=${session}`, 4000, keys)).toEqual({
      ok: false,
      reason: 'no key',
    });
    expect(admit(url('?key='), `${cookieName(4000)}=${session}`, 4000, keys)).toEqual({
      ok: false,
      reason: 'wrong key',
    });
    expect(readCookie('x=1;y=2', 'y')).toBe('2');
    expect(readCookie(undefined, 'y')).toBeNull();
  });

  it('binds the session cookie to the shell that issued it and its port, and ends it on stop', () => {
    const keys = newShellKeys();
    const other = newShellKeys();
    const url = new URL('http://127.0.0.1:4000/');
    const session = sessionCookieValue(keys.sessionKey!, 4000);
    // Not the printed key, and the printed key is no cookie.
    expect(session).not.toBe(keys.secret);
    expect(admit(url, `${cookieName(4000)}=${keys.secret}`, 4000, keys)).toMatchObject({ ok: false });
    // Worthless at another shell (its own key), even on the same port or under its cookie name.
    expect(admit(url, `${cookieName(4000)}=${session}`, 4000, other)).toMatchObject({ ok: false });
    expect(
      admit(new URL('http://127.0.0.1:4001/'), `${cookieName(4001)}=${session}`, 4001, keys),
    ).toMatchObject({ ok: false });
    expect(sessionCookieHeader(keys.sessionKey!, 4000)).toBe(
      `${cookieName(4000)}=${session}; HttpOnly; SameSite=Strict; Path=/`,
    );
    // A stopped shell admits nothing: neither the cookie nor the key.
    keys.sessionKey = null;
    expect(admit(url, `${cookieName(4000)}=${session}`, 4000, keys)).toMatchObject({ ok: false });
    expect(admit(new URL(`http://127.0.0.1:4000/?key=${keys.secret}`), undefined, 4000, keys)).toMatchObject({
      ok: false,
    });
  });

  it('redirects only to its own origin, whatever the path looks like', () => {
    const origin = 'http://127.0.0.1:4000';
    const at = (path: string) => sameOriginLocation(requestUrl(path, origin));
    expect(at('/?key=k')).toBe('/?key=k');
    expect(at('/settings?x=1')).toBe('/settings?x=1');
    for (const path of ['/.//evil.example/', '//evil.example/', '/\\evil.example/', '/./\\/evil.example/']) {
      expect(at(path), path).toMatch(/^\/[^/\\]/);
      const location = new URL(at(path), `${origin}/`);
      expect(location.origin, path).toBe(origin);
      expect(location.pathname, path).toBe('/evil.example/');
    }
  });
});

describe('static files', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'winkelbrug-static-'));
    await mkdir(join(root, 'site/assets'), { recursive: true });
    await writeFile(join(root, 'site/index.html'), '<!doctype html>');
    await writeFile(join(root, 'site/assets/app.js'), 'console.log(1)');
    await writeFile(join(root, 'secret.json'), '{}');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('serves files inside the root with their content type', async () => {
    const index = await readStaticFile(join(root, 'site'), '/');
    expect(index).toMatchObject({ found: true, contentType: 'text/html; charset=utf-8' });
    expect(await readStaticFile(join(root, 'site'), '/assets/app.js')).toMatchObject({ found: true });
  });

  it('serves nothing outside the root, no directories and no unknown types', async () => {
    for (const path of ['/../secret.json', '/%2e%2e/secret.json', '/assets', '/%00', '/%E0%A4%A', '/x.exe']) {
      expect(await readStaticFile(join(root, 'site'), path), path).toEqual({ found: false });
    }
  });
});
