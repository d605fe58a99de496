// Which links may leave the app for the system browser: https only, to the two services' own
// sites. Anything else is dropped, so a compromised page cannot launch arbitrary URLs or schemes.
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
 * Whether a URL is the app's own page: the same file (ignoring query and hash) when loaded from
 * disk, or the same origin when loaded from the dev server.
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
  if (app.protocol === 'file:') return url.protocol === 'file:' && url.pathname === app.pathname && !url.host;
  return url.origin === app.origin && (app.protocol === 'http:' || app.protocol === 'https:');
}
