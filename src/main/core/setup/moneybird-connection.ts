// Connecting Moneybird from the app: the three ways in (browser login, the out-of-band code, a
// personal API token), each checked by listing the administrations the login reaches before it is
// stored, and the check that a chosen administration can take bookings. A browser login runs in the
// background and reports its progress as events; it can be cancelled.
import { randomUUID } from 'node:crypto';
import type {
  AdministrationChoice,
  CheckProblem,
  LoginProgress,
  MoneybirdCheck,
} from '../../../shared/contract';
import { setupMessages } from '../../../shared/i18n/messages/setup';
import { localize } from '../../../shared/i18n/translate';
import type { ApiEndpoints } from '../config/api-endpoints';
import { ApiError } from '../http/errors';
import type { Logger } from '../http/logger';
import { redactText, registerSecret } from '../http/redact';
import { type AccessTokenSource, MoneybirdClient } from '../moneybird/client';
import type { MoneybirdCredentials } from '../moneybird/credentials';
import { loginWithBrowser, type OutOfBandLogin, startOutOfBandLogin } from '../moneybird/oauth/login';
import { OAuthError } from '../moneybird/oauth/oauth-error';
import type { RateLimiterRegistry } from '../moneybird/rate-limiter';
import type { Administration } from '../moneybird/schemas';

export interface MoneybirdConnectionOptions {
  endpoints: ApiEndpoints;
  /** Shared with the sync, so setting up and booking spend one request budget per token. */
  limiters: RateLimiterRegistry;
  logger?: Logger;
  timeoutMs?: number;
  /** How a login's consent page is opened (Electron: the system browser); absent: the UI opens it. */
  openBrowser?: (url: string) => Promise<void> | void;
  /** A login that got its tokens: store them (may throw, e.g. no keychain). */
  onLogin: (credentials: MoneybirdCredentials, administrations: Administration[]) => Promise<void>;
  onProgress: (progress: LoginProgress) => void;
}

function detailOf(error: unknown): string {
  return redactText(error instanceof Error ? error.message : String(error)).slice(0, 300);
}

/** A failure of a Moneybird request or login, in the owner's words. */
export function moneybirdProblem(error: unknown): CheckProblem {
  if (error instanceof OAuthError) {
    const code: CheckProblem['code'] =
      error.reason === 'denied'
        ? 'consent-denied'
        : error.reason === 'not-configured'
          ? 'login-unavailable'
          : 'login-failed';
    return { code, message: error.userMessage };
  }
  if (error instanceof ApiError) {
    if (error.kind === 'authentication') {
      return { code: 'wrong-token', message: localize(setupMessages, 'moneybird.wrong-token') };
    }
    if (error.kind === 'transient' || error.kind === 'rate-limited' || error.kind === 'uncertain') {
      return { code: 'unreachable', message: localize(setupMessages, 'moneybird.unreachable') };
    }
  }
  if (error && typeof error === 'object' && 'userMessage' in error) {
    return { code: 'keychain', message: error.userMessage as CheckProblem['message'] };
  }
  return {
    code: 'invalid',
    message: localize(setupMessages, 'moneybird.other', { detail: detailOf(error) }),
  };
}

export function administrationChoice(administration: Administration): AdministrationChoice {
  return {
    id: administration.id,
    name: administration.name,
    currency: administration.currency ?? null,
    country: administration.country ?? null,
  };
}

export function moneybirdClient(
  options: Pick<MoneybirdConnectionOptions, 'endpoints' | 'limiters' | 'logger' | 'timeoutMs'>,
  token: AccessTokenSource,
  administrationId?: string,
): MoneybirdClient {
  return new MoneybirdClient({
    baseUrl: options.endpoints.moneybirdApiUrl,
    token,
    administrationId,
    limiters: options.limiters,
    logger: options.logger,
    timeoutMs: options.timeoutMs,
    retry: { maxAttempts: 2 },
  });
}

/** The administrations a login reaches that can be booked in (not suspended). */
export function usableAdministrations(list: readonly Administration[]): Administration[] {
  return list.filter((a) => a.suspended !== true);
}

/**
 * The administrations to choose from, with the one selected: the stored choice while Moneybird still
 * has it, else the only one there is. A data folder whose administration is another than the one
 * this computer chose last (`conflict`: a backup put back from before a switch) selects none: the
 * owner chooses explicitly, told where each of the two comes from.
 */
export function checkedAdministrations(
  list: readonly Administration[],
  selected: string | null,
  conflict: { inFolder: string; remembered: string } | null = null,
): MoneybirdCheck {
  const usable = usableAdministrations(list);
  if (usable.length === 0) {
    return {
      ok: false,
      problem: { code: 'no-administration', message: localize(setupMessages, 'moneybird.no-administration') },
    };
  }
  if (conflict)
    return { ok: true, administrations: usable.map(administrationChoice), selected: null, conflict };
  const stillThere = selected && usable.some((a) => a.id === selected) ? selected : null;
  return {
    ok: true,
    administrations: usable.map(administrationChoice),
    selected: stillThere ?? (usable.length === 1 ? usable[0]!.id : null),
  };
}

interface RunningLogin {
  abort: AbortController;
  done: Promise<void>;
}

export interface MoneybirdConnection {
  /** Starts a browser login; resolves once the consent page's address is known. */
  startBrowserLogin(): Promise<
    { ok: true; loginId: string; authorizeUrl: string } | { ok: false; problem: CheckProblem }
  >;
  cancelLogin(loginId: string): boolean;
  startOutOfBand(): { ok: true; authorizeUrl: string } | { ok: false; problem: CheckProblem };
  completeOutOfBand(code: string): Promise<MoneybirdCheck>;
  connectPersonalToken(token: string): Promise<MoneybirdCheck>;
  close(): Promise<void>;
}

export function createMoneybirdConnection(options: MoneybirdConnectionOptions): MoneybirdConnection {
  const logins = new Map<string, RunningLogin>();
  let outOfBand: OutOfBandLogin | null = null;
  const loginEnv = () => ({
    oauthUrl: options.endpoints.moneybirdOAuthUrl,
    oauth: options.endpoints.moneybirdOAuth,
    endpoint: { logger: options.logger, timeoutMs: options.timeoutMs },
  });

  /** Lists what the login reaches and stores it; nothing is stored when either fails. */
  async function connect(credentials: MoneybirdCredentials): Promise<MoneybirdCheck> {
    const token = credentials.kind === 'personal' ? credentials.token : credentials.tokens.accessToken;
    registerSecret(token);
    let administrations: Administration[];
    try {
      administrations = await moneybirdClient(options, { accessToken: async () => token }).administrations();
    } catch (error) {
      return { ok: false, problem: moneybirdProblem(error) };
    }
    const check = checkedAdministrations(administrations, null);
    if (!check.ok) return check;
    try {
      await options.onLogin(credentials, administrations);
    } catch (error) {
      return { ok: false, problem: moneybirdProblem(error) };
    }
    return check;
  }

  function cancelAll(): void {
    for (const login of logins.values()) login.abort.abort();
  }

  return {
    async startBrowserLogin() {
      if (!options.endpoints.moneybirdOAuth) {
        return {
          ok: false,
          problem: moneybirdProblem(new OAuthError('not-configured', 'no client in this build')),
        };
      }
      // One login at a time: the loopback port is the registered one.
      cancelAll();
      await Promise.all([...logins.values()].map((l) => l.done));
      const loginId = randomUUID();
      const abort = new AbortController();
      let announce: (url: string) => void = () => {};
      const authorizeUrl = new Promise<string>((resolve) => {
        announce = resolve;
      });
      const progress = (phase: LoginProgress['phase'], problem: CheckProblem | null = null) =>
        options.onProgress({ loginId, phase, problem });
      const login = loginWithBrowser(loginEnv(), {
        signal: abort.signal,
        openBrowser: async (url) => {
          announce(url);
          await options.openBrowser?.(url);
        },
      });
      const done = login
        .then(async (tokens) => {
          progress('exchanging');
          const check = await connect({ kind: 'oauth', tokens });
          if (check.ok) progress('connected');
          else progress('failed', check.problem);
        })
        .catch((error: unknown) => {
          if (abort.signal.aborted) {
            progress('cancelled', {
              code: 'login-failed',
              message: localize(setupMessages, 'moneybird.login-cancelled'),
            });
          } else progress('failed', moneybirdProblem(error));
        })
        .finally(() => logins.delete(loginId));
      logins.set(loginId, { abort, done });
      // The listener is up before the address is announced; a failure to start it ends the login.
      const first = await Promise.race([
        authorizeUrl,
        login.then(
          () => null,
          (error: unknown) => error,
        ),
      ]);
      if (typeof first !== 'string') {
        await done;
        return { ok: false, problem: moneybirdProblem(first) };
      }
      progress('waiting');
      return { ok: true, loginId, authorizeUrl: first };
    },
    cancelLogin(loginId) {
      const login = logins.get(loginId);
      if (!login) return false;
      login.abort.abort();
      return true;
    },
    startOutOfBand() {
      try {
        outOfBand = startOutOfBandLogin(loginEnv());
        return { ok: true, authorizeUrl: outOfBand.authorizeUrl };
      } catch (error) {
        return { ok: false, problem: moneybirdProblem(error) };
      }
    },
    async completeOutOfBand(code) {
      const pending = outOfBand;
      if (!pending) {
        return {
          ok: false,
          problem: { code: 'login-failed', message: localize(setupMessages, 'moneybird.login-unknown') },
        };
      }
      outOfBand = null;
      let tokens: Awaited<ReturnType<OutOfBandLogin['complete']>>;
      try {
        tokens = await pending.complete(code);
      } catch (error) {
        return { ok: false, problem: moneybirdProblem(error) };
      }
      return connect({ kind: 'oauth', tokens });
    },
    connectPersonalToken(token) {
      return connect({ kind: 'personal', token: token.trim() });
    },
    async close() {
      cancelAll();
      await Promise.all([...logins.values()].map((l) => l.done));
    },
  };
}
