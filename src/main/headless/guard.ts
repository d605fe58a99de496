// Who may talk to the headless shell: only a browser tab on the shell's own origin that was opened
// through the printed URL. Pure checks, so the rules are tested without a socket.
//
// The printed key is traded for a session cookie whose value is an HMAC, under a key that only this
// running shell holds, of the shell's port. Cookies ignore ports, so the browser also sends it to any
// other server on 127.0.0.1: there it is worthless (another shell has its own key and port), it is
// not the printed key, and it dies with the shell that issued it (a restart makes a new key).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function secretsEqual(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  // Hash first so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The Host values under which the shell answers; anything else is DNS rebinding or a mistake. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/** A WebSocket must come from a page the shell itself served, under the same Host. */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, port: number): boolean {
  if (!isAllowedHost(host, port) || typeof origin !== 'string') return false;
  return origin.toLowerCase() === `http://${host!.toLowerCase()}`;
}

/** Cookie name per port: cookies ignore ports, and two shells must not share one. */
export function cookieName(port: number): string {
  return `winkelbrug-key-${port}`;
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** A running shell's keys: the printed one (`secret`) and the one its session cookies are made with. */
export interface ShellKeys {
  secret: string;
  /** Never leaves the process; null once the shell has stopped, which ends every session. */
  sessionKey: Buffer | null;
}

export function newShellKeys(): ShellKeys {
  return { secret: newSecret(), sessionKey: randomBytes(32) };
}

/** The session cookie's value: bound to this shell's own key and port, never the printed key. */
export function sessionCookieValue(sessionKey: Buffer, port: number): string {
  return createHmac('sha256', sessionKey).update(`winkelbrug-session:${port}`).digest('base64url');
}

/** The Set-Cookie header that trades the printed key for a session (HttpOnly, per port, no expiry date). */
export function sessionCookieHeader(sessionKey: Buffer, port: number): string {
  return `${cookieName(port)}=${sessionCookieValue(sessionKey, port)}; HttpOnly; SameSite=Strict; Path=/`;
}

export type Admission = { ok: true; viaQuery: boolean } | { ok: false; reason: string };

/** The printed key in the `key` query parameter (first visit), or the session cookie set after it. */
export function admit(url: URL, cookieHeader: string | undefined, port: number, keys: ShellKeys): Admission {
  if (keys.sessionKey === null) return { ok: false, reason: 'the shell has stopped' };
  const fromQuery = url.searchParams.get('key');
  if (fromQuery !== null) {
    return secretsEqual(fromQuery, keys.secret)
      ? { ok: true, viaQuery: true }
      : { ok: false, reason: 'wrong key' };
  }
  const fromCookie = readCookie(cookieHeader, cookieName(port));
  if (fromCookie === null) return { ok: false, reason: 'no key' };
  return secretsEqual(fromCookie, sessionCookieValue(keys.sessionKey, port))
    ? { ok: true, viaQuery: false }
    : { ok: false, reason: 'wrong key' };
}

/**
 * A request's target as a URL on the shell's own origin. The target is a path (origin-form), so it
 * is appended to the origin rather than resolved against it: `//evil.example/` stays a path here
 * instead of becoming a URL on another host.
 */
export function requestUrl(target: string | undefined, origin: string): URL {
  const path = target ?? '/';
  return new URL(`${origin}${path.startsWith('/') ? path : `/${path}`}`);
}

/**
 * Where the key's redirect goes: the same path and query, as a path on the shell's own origin. A
 * path that starts with several slashes (`/.//evil.example/` normalises to `//evil.example/`) would
 * otherwise be a protocol-relative address on another host; exactly one leading slash, followed by
 * neither a slash nor a backslash, can only be a path.
 */
export function sameOriginLocation(url: URL): string {
  return `/${url.pathname.replace(/^[/\\]+/, '')}${url.search}`;
}
