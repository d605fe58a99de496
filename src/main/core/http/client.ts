// The shared request loop of both API clients: optional gate (Moneybird's rate limiter), one
// exchange, interpretation of the answer, and retries with exponential backoff and full jitter for
// what is safe to repeat. 429 is retried for every method: the server refused it unprocessed.
// A request that changes something and whose outcome is unknown becomes UncertainOutcomeError and
// is never repeated here.
//
// A run's cancel (http/cancellation.ts) ends what the request waits for: the gate, a pause before a
// retry, and the answer to a request that is safe to repeat. A write already sent is let finish (its
// deadline bounds it), so a cancel never leaves in doubt whether something was made.
import type { Dispatcher } from 'undici';
import type { LocalizedText } from '../../../shared/i18n/translate';
import { requestSignal } from './cancellation';
import { type Clock, systemClock } from './clock';
import { errorFromResponse } from './error-mapping';
import {
  ApiError,
  type ApiService,
  InvalidResponseError,
  RateLimitedError,
  RequestCancelledError,
  type RequestContext,
  TransientError,
  UncertainOutcomeError,
  WHOLE_BODY,
} from './errors';
import { type Logger, redactingLogger, silentLogger } from './logger';
import { redactUrl } from './redact';
import { exchange, NetworkFailure, type RawResponse } from './transport';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  url: URL;
  headers?: Record<string, string>;
  /** JSON-serialised body (or a form body with a matching content-type header). */
  body?: string;
  /**
   * Repeating the request after an unknown outcome cannot do harm. Default: true for GET only.
   * A POST create never is; some PATCHes are (see the Moneybird client for which).
   */
  idempotent?: boolean;
  /** What a 404 is about, for the owner's message. */
  what?: LocalizedText;
  /** Whether it changes something (default: every method but GET); see RequestContext. */
  changes?: boolean;
  /** Ends the request's waits, as a run's cancel does (see the header above). */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON, or the raw text when the answer was not JSON; undefined when empty. */
  body: unknown;
}

/** Something that decides when a request may go out (the per-token rate limiter). */
export interface RequestGate {
  /**
   * Resolves once the request may go out. Rejects at once with GateClosedError when the server
   * refused requests until a moment more than `maxHoldMs` ahead, and with the signal's reason once
   * it aborts.
   */
  acquire(signal?: AbortSignal, maxHoldMs?: number): Promise<GatePermit>;
  /** The server refused requests until this moment (epoch ms). */
  blockUntil(epochMs: number): void;
}

/** The server refused requests until `until` (epoch ms), further ahead than a request may wait. */
export class GateClosedError extends Error {
  constructor(readonly until: number) {
    super(`requests refused until ${new Date(until).toISOString()}`);
    this.name = 'GateClosedError';
  }
}

export interface GatePermit {
  /** The exchange is over; pass the answer's headers when there was one. */
  done(response?: { status: number; headers: Record<string, string> }): void;
}

export interface RetryPolicy {
  /** Attempts in total for 5xx and network failures on safe requests. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** 429 answers waited out before giving up with RateLimitedError. */
  maxRateLimitRetries: number;
  /**
   * A 429 asking to wait longer than this is not waited out but thrown, and until its moment every
   * request through the same gate is refused at once (RateLimitedError) instead of waiting.
   */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRateLimitRetries: 5,
  // Moneybird's budget is counted over five minutes, so a 429 it means asks at most that. A longer
  // wait (a block, a moment misread) is not worth a run holding its lock for: the order waits for a
  // later try, and the scheduler's next run goes on.
  maxRateLimitWaitMs: 5 * 60_000,
};

/** Full jitter: a random delay between 0 and the exponential cap, so clients don't retry in step. */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}

export interface HttpClientOptions {
  service: ApiService;
  /**
   * Per attempt, the longest silence: until the answer's headers, and between two chunks of its body.
   * The whole attempt has DEADLINE_IN_TIMEOUTS (transport.ts) times this. Default 30 s.
   */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
  clock?: Clock;
  gate?: RequestGate;
  dispatcher?: Dispatcher;
  random?: () => number;
}

/** The body, parsed when it is JSON; `json` false when it is other text (an HTML page, say). */
function parseBody(raw: RawResponse): { value: unknown; json: boolean } {
  if (raw.text === '') return { value: undefined, json: true };
  const type = raw.headers['content-type'] ?? '';
  if (type.includes('json') || /^\s*[[{"]/.test(raw.text)) {
    try {
      return { value: JSON.parse(raw.text), json: true };
    } catch {
      if (type.includes('json')) return { value: INVALID_JSON, json: false };
    }
  }
  return { value: raw.text, json: false };
}

const INVALID_JSON = Symbol('invalid json');

export class HttpClient {
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly policy: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly random: () => number;

  constructor(private readonly options: HttpClientOptions) {
    this.logger = redactingLogger(options.logger ?? silentLogger);
    this.clock = options.clock ?? systemClock;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.random = options.random ?? Math.random;
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const context: RequestContext = {
      service: this.options.service,
      method: req.method,
      url: req.url,
      ...(req.changes !== undefined && { changes: req.changes }),
    };
    const { signal, release } = requestSignal(req.signal);
    try {
      return await this.attempts(req, context, signal);
    } catch (error) {
      // Aborted while it waited (the gate, a pause, a read's answer): said as a cancel, not as the
      // abort's bare DOMException.
      if (signal?.aborted && !(error instanceof ApiError)) throw new RequestCancelledError(context);
      throw error;
    } finally {
      release();
    }
  }

  private async attempts(
    req: HttpRequest,
    context: RequestContext,
    signal: AbortSignal | undefined,
  ): Promise<HttpResponse> {
    const safeToRepeat = req.idempotent ?? req.method === 'GET';
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    if (req.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json';
    }
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      if (signal?.aborted) throw new RequestCancelledError(context);
      const permit = await this.permit(context, signal);
      const started = this.clock.now();
      let raw: RawResponse;
      try {
        raw = await exchange({
          method: req.method,
          url: req.url,
          headers,
          body: req.body,
          timeoutMs: this.timeoutMs,
          dispatcher: this.options.dispatcher,
          // A write already on its way is not aborted: its outcome would become unknown.
          signal: safeToRepeat ? signal : undefined,
        });
      } catch (error) {
        permit?.done();
        if (!(error instanceof NetworkFailure)) throw error;
        failures += 1;
        this.logger.log('warn', 'request failed without an answer', {
          service: this.options.service,
          method: req.method,
          url: redactUrl(req.url),
          code: error.code,
          attempt: failures,
        });
        if (error.maybeSent && !safeToRepeat) {
          throw new UncertainOutcomeError(
            context,
            undefined,
            error.timedOut && error.code !== 'DEADLINE'
              ? `no answer within ${this.timeoutMs} ms`
              : error.message,
          );
        }
        if (failures >= this.policy.maxAttempts) throw new TransientError(context, undefined, error.message);
        await this.clock.sleep(backoffDelay(failures, this.policy, this.random), signal);
        continue;
      }
      permit?.done({ status: raw.status, headers: raw.headers });
      const now = this.clock.now();
      if (this.logger !== silentLogger) {
        this.logger.log(raw.status >= 400 ? 'warn' : 'debug', 'request answered', {
          service: this.options.service,
          method: req.method,
          url: redactUrl(req.url),
          status: raw.status,
          ms: now - started,
        });
      }
      const { value: body, json } = parseBody(raw);
      if (raw.status >= 200 && raw.status < 300) {
        if (body === INVALID_JSON) {
          throw new InvalidResponseError(context, raw.status, WHOLE_BODY, 'answer is not valid JSON');
        }
        return { status: raw.status, headers: raw.headers, body };
      }
      const error = errorFromResponse(
        context,
        { status: raw.status, headers: raw.headers, body: body === INVALID_JSON ? raw.text : body, json },
        { safeToRepeat, now, what: req.what },
      );
      if (error instanceof RateLimitedError) {
        rateLimited += 1;
        // A Retry-After already in the past (clocks differ) still gets a short, jittered pause.
        const retryAt = Math.max(error.retryAt, now + backoffDelay(rateLimited, this.policy, this.random));
        this.options.gate?.blockUntil(retryAt);
        const wait = retryAt - now;
        if (rateLimited > this.policy.maxRateLimitRetries || wait > this.policy.maxRateLimitWaitMs)
          throw error;
        this.logger.log('info', 'rate limited; waiting until the server allows requests again', {
          service: this.options.service,
          until: new Date(retryAt).toISOString(),
        });
        // With a gate, the next acquire waits (for every request on this token); without one, wait here.
        if (!this.options.gate && wait > 0) await this.clock.sleep(wait, signal);
        continue;
      }
      if (error instanceof TransientError) {
        failures += 1;
        if (failures >= this.policy.maxAttempts) throw error;
        const hinted = error.retryAt !== undefined ? error.retryAt - now : 0;
        const delay = Math.max(
          backoffDelay(failures, this.policy, this.random),
          Math.min(hinted, this.policy.maxDelayMs),
        );
        await this.clock.sleep(delay, signal);
        continue;
      }
      throw error;
    }
  }

  /** The gate's leave to send; refused at once when the server's refusal lasts past the longest wait. */
  private async permit(
    context: RequestContext,
    signal: AbortSignal | undefined,
  ): Promise<GatePermit | undefined> {
    try {
      return await this.options.gate?.acquire(signal, this.policy.maxRateLimitWaitMs);
    } catch (error) {
      if (error instanceof GateClosedError) throw new RateLimitedError(context, error.until);
      throw error;
    }
  }
}
