// The shared request loop of both API clients: optional gate (Moneybird's rate limiter), one
// exchange, interpretation of the answer, and retries with exponential backoff and full jitter for
// what is safe to repeat. 429 is retried for every method: the server refused it unprocessed.
// A request that changes something and whose outcome is unknown becomes UncertainOutcomeError and
// is never repeated here.
import type { Dispatcher } from 'undici';
import { type Clock, systemClock } from './clock';
import { errorFromResponse } from './error-mapping';
import {
  type ApiService,
  InvalidResponseError,
  RateLimitedError,
  type RequestContext,
  TransientError,
  UncertainOutcomeError,
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
  what?: string;
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
  acquire(signal?: AbortSignal): Promise<GatePermit>;
  /** The server refused requests until this moment (epoch ms). */
  blockUntil(epochMs: number): void;
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
  /** A 429 asking to wait longer than this is not waited out but thrown. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRateLimitRetries: 5,
  maxRateLimitWaitMs: 10 * 60_000,
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
  /** Per attempt, for the answer's headers and again for its body. Default 30 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
  clock?: Clock;
  gate?: RequestGate;
  dispatcher?: Dispatcher;
  random?: () => number;
}

function parseBody(raw: RawResponse): unknown {
  if (raw.text === '') return undefined;
  const type = raw.headers['content-type'] ?? '';
  if (type.includes('json') || /^\s*[[{"]/.test(raw.text)) {
    try {
      return JSON.parse(raw.text);
    } catch {
      if (type.includes('json')) return INVALID_JSON;
    }
  }
  return raw.text;
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
    const context: RequestContext = { service: this.options.service, method: req.method, url: req.url };
    const safeToRepeat = req.idempotent ?? req.method === 'GET';
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    if (req.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json';
    }
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      const permit = await this.options.gate?.acquire(req.signal);
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
          signal: req.signal,
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
            error.timedOut ? `no answer within ${this.timeoutMs} ms` : error.message,
          );
        }
        if (failures >= this.policy.maxAttempts) throw new TransientError(context, undefined, error.message);
        await this.clock.sleep(backoffDelay(failures, this.policy, this.random), req.signal);
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
      const body = parseBody(raw);
      if (raw.status >= 200 && raw.status < 300) {
        if (body === INVALID_JSON) {
          throw new InvalidResponseError(context, raw.status, '(body)', 'answer is not valid JSON');
        }
        return { status: raw.status, headers: raw.headers, body };
      }
      const error = errorFromResponse(
        context,
        { status: raw.status, headers: raw.headers, body: body === INVALID_JSON ? raw.text : body },
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
        if (!this.options.gate && wait > 0) await this.clock.sleep(wait, req.signal);
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
        await this.clock.sleep(delay, req.signal);
        continue;
      }
      throw error;
    }
  }
}
