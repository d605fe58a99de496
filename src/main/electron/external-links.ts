// Which links may leave the app for the system browser: https only, to the two services' own
// sites. Anything else is dropped, so a compromised page cannot launch arbitrary URLs or schemes.
import { APP_SCHEME } from './app-protocol';

const ALLOWED_DOMAINS = ['mijnwebwinkel.nl', 'myonlinestore.com', 'moneybird.com', 'moneybird.nl'];

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return ALLOWED_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * Whether a URL is the app's own page: on the app's own scheme and host (app://winkelbrug/, see
 * app-protocol.ts), the same file (ignoring query and hash) when loaded from disk, or the same
 * origin when loaded from the dev server.
 */
export function isAppUrl(raw: string, appUrl: string): boolean {
  let url: URL;
  let app: URL;
  try {
    url = new URL(raw);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === `${APP_SCHEME}:`) {
    // A custom scheme has no origin in WHATWG URL terms ("null"): compare scheme and host.
    return url.protocol === app.protocol && url.host === app.host && !url.username && !url.password;
  }
  if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname && !url.host;
  return url.origin === app.origin && (app.protocol === 'http:' || app.protocol === 'https:');
}

/**
 * Opens a Moneybird login's consent page in the system browser, and nothing else: the address
 * must be the authorize page on the host this build logs in at (moneybird.com, or the simulator
 * a development build is configured for).
 */
export function moneybirdLoginOpener(
  openExternal: (url: string) => Promise<void>,
  oauthUrl: string,
): (url: string) => Promise<void> {
  const expected = new URL(oauthUrl);
  return async (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error('refused to open a login address that is not a URL');
    }
    const onHost = url.origin === expected.origin && !url.username && !url.password;
    if (!onHost || url.pathname !== `${expected.pathname.replace(/\/$/, '')}/oauth/authorize`) {
      throw new Error(`refused to open ${url.origin}${url.pathname}: not the Moneybird login page`);
    }
    await openExternal(url.href);
  };
}
