// The desktop window loads the built renderer from a custom scheme, app://winkelbrug/, rather than
// file://: the page then has an origin of its own, so 'self' in the Content-Security-Policy means
// exactly the app's files (under file:// it would mean every file on the disk), the page gets none of
// file://'s extra privileges (that fuse is off, electron-builder.yml), and the protocol handler
// answers only for files inside the renderer folder, with the CSP as a real header. Pure parts here;
// src/main/index.ts registers the scheme with Electron.
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/contract/csp';
import { readStaticFile } from '../headless/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'winkelbrug';
/** The page the window loads (hash routes follow it: app://winkelbrug/index.html#/settings). */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * How Chromium treats the scheme: a standard, secure origin (so 'self', module scripts and the
 * secure-context APIs work as on https), nothing more: no CSP bypass, no service workers, no CORS
 * for other origins, no extensions.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  allowExtensions: false,
} as const;

export interface AppProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

function refused(status: number, text: string): AppProtocolAnswer {
  return { status, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: text };
}

/** The answer to a request on the app scheme: a file of the renderer folder, or a refusal. */
export async function appProtocolAnswer(
  rendererDir: string,
  requestUrl: string,
  method = 'GET',
): Promise<AppProtocolAnswer> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password)
    return refused(404, 'Not found');
  if (method !== 'GET' && method !== 'HEAD') return refused(405, 'Method not allowed');
  const file = await readStaticFile(rendererDir, url.pathname);
  if (!file.found) return refused(404, 'Not found');
  return {
    status: 200,
    headers: { ...COMMON_HEADERS, 'Content-Type': file.contentType },
    body: method === 'HEAD' ? '' : file.body,
  };
}
