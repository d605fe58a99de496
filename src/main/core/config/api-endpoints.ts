// Where the two services live and how the app identifies itself to Moneybird. Base URLs come from
// the environment (the simulators in tests, the demo and benchmarks); the OAuth client credentials
// are build-time configuration (electron-vite's MAIN_VITE_* variables), with process.env as the
// fallback for the headless shell. The defaults point at the real services and at no credentials.

export interface MoneybirdOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** A loopback URI registered with Moneybird, e.g. http://127.0.0.1:47615/oauth/callback. */
  redirectUri: string;
  scopes: string[];
}

export interface ApiEndpoints {
  /** Moneybird API root, e.g. https://moneybird.com/api/v2 */
  moneybirdApiUrl: string;
  /** Host of /oauth/authorize and /oauth/token, e.g. https://moneybird.com */
  moneybirdOAuthUrl: string;
  /** Mijnwebwinkel host root; paths start with /v1. */
  mijnwebwinkelUrl: string;
  /**
   * The app's Mijnwebwinkel partner token: it belongs to the build (each shop token is issued to a
   * registered partner). An owner can override it in Advanced settings (kept in the keychain).
   */
  mijnwebwinkelPartnerToken: string | undefined;
  /** Undefined when this build has no OAuth app credentials: only a personal token works then. */
  moneybirdOAuth: MoneybirdOAuthConfig | undefined;
}

export const DEFAULT_MONEYBIRD_API_URL = 'https://moneybird.com/api/v2';
export const DEFAULT_MIJNWEBWINKEL_URL = 'https://api.myonlinestore.com';
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:47615/oauth/callback';
/** What the app needs: invoices and contacts, plus settings for financial accounts. */
export const MONEYBIRD_SCOPES = ['sales_invoices', 'settings'];

type Env = Record<string, string | undefined>;

/** Build-time variables, when a bundler provided them. */
function buildEnv(): Env {
  const meta = import.meta as ImportMeta & { env?: Env };
  return meta.env ?? {};
}

function pick(env: Env, build: Env, name: string): string | undefined {
  const value = build[`MAIN_VITE_${name}`] ?? env[name];
  return value?.trim() ? value.trim() : undefined;
}

function absoluteUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Configuration ${name} is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`Configuration ${name} is not http(s)`);
  return url.href.replace(/\/$/, '');
}

export function loadApiEndpoints(env: Env = process.env, build: Env = buildEnv()): ApiEndpoints {
  const moneybirdApiUrl = absoluteUrl(
    'MONEYBIRD_BASE_URL',
    pick(env, build, 'MONEYBIRD_BASE_URL') ?? DEFAULT_MONEYBIRD_API_URL,
  );
  const oauthUrl = pick(env, build, 'MONEYBIRD_OAUTH_URL') ?? moneybirdApiUrl.replace(/\/api\/v2$/, '');
  const clientId = pick(env, build, 'MONEYBIRD_CLIENT_ID');
  const clientSecret = pick(env, build, 'MONEYBIRD_CLIENT_SECRET');
  const redirectUri = pick(env, build, 'MONEYBIRD_REDIRECT_URI') ?? DEFAULT_REDIRECT_URI;
  return {
    moneybirdApiUrl,
    moneybirdOAuthUrl: absoluteUrl('MONEYBIRD_OAUTH_URL', oauthUrl),
    mijnwebwinkelUrl: absoluteUrl(
      'MWW_BASE_URL',
      pick(env, build, 'MWW_BASE_URL') ?? DEFAULT_MIJNWEBWINKEL_URL,
    ),
    mijnwebwinkelPartnerToken: pick(env, build, 'MWW_PARTNER_TOKEN'),
    moneybirdOAuth:
      clientId && clientSecret
        ? { clientId, clientSecret, redirectUri, scopes: MONEYBIRD_SCOPES }
        : undefined,
  };
}
