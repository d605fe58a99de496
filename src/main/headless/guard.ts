// Who may talk to the headless shell: only a browser tab on the shell's own origin that was opened
// through the printed URL. Pure checks, so the rules are tested without a socket.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

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

export type Admission = { ok: true; viaQuery: boolean } | { ok: false; reason: string };

/** Secret from the `key` query parameter (first visit) or the cookie set after it. */
export function admit(url: URL, cookieHeader: string | undefined, port: number, secret: string): Admission {
  const fromQuery = url.searchParams.get('key');
  if (fromQuery !== null) {
    return secretsEqual(fromQuery, secret)
      ? { ok: true, viaQuery: true }
      : { ok: false, reason: 'wrong key' };
  }
  const fromCookie = readCookie(cookieHeader, cookieName(port));
  if (fromCookie === null) return { ok: false, reason: 'no key' };
  return secretsEqual(fromCookie, secret)
    ? { ok: true, viaQuery: false }
    : { ok: false, reason: 'wrong key' };
}
