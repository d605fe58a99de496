// Access tokens (personal and OAuth) with their scopes, and the rate limit: 150 requests per
// window per token. Moneybird sends RateLimit-* and an epoch-seconds Retry-After on the throttled
// response (the spec declares them on 429 only, and its changelog describes them as added on
// throttled responses), so clients must count for themselves; we do the same.
import { ApiError } from './errors';

export const SCOPES = [
  'sales_invoices',
  'documents',
  'estimates',
  'bank',
  'time_entries',
  'settings',
] as const;

export interface AccessToken {
  token: string;
  scopes: Set<string>;
  /** null = every administration of the user (personal tokens); OAuth grants are for one. */
  administrationIds: string[] | null;
  revoked: boolean;
  expiresAt: number | null;
}

export class TokenStore {
  private readonly tokens = new Map<string, AccessToken>();

  add(token: AccessToken): AccessToken {
    this.tokens.set(token.token, token);
    return token;
  }

  revoke(token: string): void {
    const found = this.tokens.get(token);
    if (found) found.revoked = true;
  }

  /** The token of an Authorization header, or a 401 the way Moneybird answers it. */
  authenticate(header: string | string[] | undefined, now: number): AccessToken {
    const value = Array.isArray(header) ? header[0] : header;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
    const invalid = (description: string) =>
      new ApiError(
        401,
        { error: description, symbolic: { token: 'invalid' } },
        { 'www-authenticate': `Bearer realm="Moneybird", error="invalid_token"` },
      );
    if (!match) throw invalid('No access token was given');
    const token = this.tokens.get(match[1]!);
    if (!token || token.revoked) throw invalid('The access token is invalid or has been revoked');
    if (token.expiresAt !== null && now >= token.expiresAt) throw invalid('The access token expired');
    return token;
  }
}

/** 401 {"error":"No access to <scope>"} unless the token has one of the scopes. */
export function requireScope(token: AccessToken, anyOf: readonly string[]): void {
  if (anyOf.length === 0 || anyOf.some((s) => token.scopes.has(s))) return;
  throw new ApiError(401, { error: `No access to ${anyOf[0]}` });
}

export interface RateLimitOptions {
  requests: number;
  windowMs: number;
}

/** A fixed window per token that starts with its first request. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: RateLimitOptions | null) {}

  /** Counts one request; throws the 429 when the window is used up. */
  hit(key: string, now: number): void {
    if (!this.options) return;
    const { requests, windowMs } = this.options;
    let window = this.windows.get(key);
    if (!window || now >= window.start + windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count > requests) {
      const reset = String(Math.ceil((window.start + windowMs) / 1000));
      throw new ApiError(429, 'Retry later', {
        'ratelimit-limit': String(requests),
        'ratelimit-remaining': '0',
        'ratelimit-reset': reset,
        'retry-after': reset,
      });
    }
  }
}
