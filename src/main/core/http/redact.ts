// The one place that decides what a secret looks like in text. Every log line, every error message and
// every URL that is stored goes through `redactText` (or `redact` for structured values), so a
// Mijnwebwinkel token in a query string or a Moneybird bearer token never leaves the process in clear.

export const REDACTED = '[redacted]';

/** Query/form parameter names whose values are secrets wherever they appear. */
const SECRET_PARAMS = [
  'token',
  'partner_token',
  'access_token',
  'refresh_token',
  'client_secret',
  'code',
  'code_verifier',
  'id_token',
  'password',
  'api_key',
  'apikey',
];

/**
 * Field names whose values are secrets in structured data (log fields, error details). `code` is not
 * one of them: as a field it is almost always an error code ("order_unreadable", "invalid_grant")
 * that must survive; an OAuth authorization code is registered as a secret when it arrives
 * (registerSecret), so its value is scrubbed by content wherever it appears.
 */
const SECRET_FIELDS = new Set(SECRET_PARAMS.filter((name) => name !== 'code'));

/** Header names whose values are secrets. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);

const paramNames = SECRET_PARAMS.join('|');
// name=value after ?, & or ; (URLs and form bodies); the value runs to the next separator.
const QUERY_PARAM = new RegExp(`([?&;](?:${paramNames}))=([^&#\\s"'<>]*)`, 'gi');
// "name": "value" inside JSON text (token responses, echoed request bodies).
const JSON_FIELD = new RegExp(`("(?:${paramNames})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

/**
 * Values known to be secret (tokens loaded from the keychain or typed in), scrubbed wherever they
 * appear, even outside a recognisable parameter. Short values are ignored: replacing "1" everywhere
 * would destroy the text and protect nothing.
 */
const knownSecrets = new Map<string, string>(); // the secret → its URL-encoded form
const MIN_SECRET_LENGTH = 8;

export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= MIN_SECRET_LENGTH && !knownSecrets.has(value))
    knownSecrets.set(value, encodeURIComponent(value));
}

export function forgetSecret(value: string): void {
  knownSecrets.delete(value);
}

/** Redacts secrets in free text: URLs, form bodies, JSON, authorization values and known secrets. */
export function redactText(text: string): string {
  let out = text
    .replace(QUERY_PARAM, `$1=${REDACTED}`)
    .replace(JSON_FIELD, `$1"${REDACTED}"`)
    .replace(BEARER, `$1 ${REDACTED}`);
  for (const [secret, encoded] of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

/** A URL as text with every secret query parameter (and any user:password) replaced. */
export function redactUrl(url: string | URL): string {
  let text = typeof url === 'string' ? url : url.href;
  try {
    const parsed = new URL(text);
    if (parsed.username || parsed.password) {
      parsed.username = '';
      parsed.password = '';
      text = parsed.href;
    }
  } catch {
    // Not an absolute URL: the text rules below still apply.
  }
  return redactText(text);
}

export function redactHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (SECRET_HEADERS.has(name.toLowerCase())) out[name] = REDACTED;
    else if (Array.isArray(value)) out[name] = value.map(redactText);
    else out[name] = value === undefined ? undefined : redactText(value);
  }
  return out;
}

/** Deep redaction of a structured value (log fields, error details): strings and secret-named keys. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof URL) return redactUrl(value);
  if (value instanceof Error) return redactText(`${value.name}: ${value.message}`);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (SECRET_HEADERS.has(lower) || SECRET_FIELDS.has(lower) || /secret|password|token$/i.test(key)) {
      out[key] = v === undefined || v === null ? v : REDACTED;
    } else {
      out[key] = redact(v, depth + 1);
    }
  }
  return out;
}
