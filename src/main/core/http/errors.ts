// Typed failures of the two API clients. Each carries machine-readable fields for the sync engine
// (kind, status, retryAt, fields, ...) and a Dutch/English message for the shop owner. URLs inside
// an error are always redacted.
import { type ApiMessageKey, apiMessages } from '../../../shared/i18n/messages/api';
import { type LocalizedText, localize, type MessageParams } from '../../../shared/i18n/translate';
import { shopLocalTime } from '../../../shared/shop-calendar';
import { redactText, redactUrl } from './redact';

export type ApiService = 'moneybird' | 'mijnwebwinkel';

export const SERVICE_NAMES: Record<ApiService, string> = {
  moneybird: 'Moneybird',
  mijnwebwinkel: 'Mijnwebwinkel',
};

export type ApiErrorKind =
  | 'authentication'
  | 'validation'
  | 'plan-limit'
  | 'not-found'
  | 'rate-limited'
  | 'transient'
  | 'uncertain'
  | 'rejected'
  | 'redirected'
  | 'invalid-response'
  | 'cancelled';

export interface RequestContext {
  service: ApiService;
  method: string;
  /** Redacted before it is stored on the error. */
  url: string | URL;
  /**
   * Whether the request changes something (default: every method but GET). A POST that only reads
   * (Moneybird's synchronization fetch) says false: an unreadable answer to it changed nothing.
   */
  changes?: boolean;
}

/** Whether the request changes something on the server. */
export function changesSomething(context: RequestContext): boolean {
  return context.changes ?? context.method !== 'GET';
}

export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  readonly service: ApiService;
  readonly method: string;
  /** The request URL with secrets redacted. */
  readonly url: string;
  readonly status: number | undefined;
  readonly userMessage: LocalizedText;

  constructor(
    context: RequestContext,
    status: number | undefined,
    key: ApiMessageKey,
    params: MessageParams,
    /** The technical detail, for the log: may quote the server's answer (redacted). */
    detail: string,
    /** Parameters already in both languages. */
    wording: Record<string, LocalizedText> = {},
  ) {
    const url = redactUrl(context.url);
    super(redactText(`${context.method} ${url}${status ? ` -> ${status}` : ''}: ${detail}`));
    this.name = new.target.name;
    this.service = context.service;
    this.method = context.method;
    this.url = url;
    this.status = status;
    this.userMessage = localize(
      apiMessages,
      key,
      { service: SERVICE_NAMES[context.service], ...params },
      wording,
    );
  }

  /** Whether the same request may simply be tried again later. */
  get retryable(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'transient';
  }
}

export type AuthenticationReason = 'invalid-token' | 'missing-scope';

/** 401/403: the token is revoked or invalid, or lacks a scope. */
export class AuthenticationError extends ApiError {
  readonly kind = 'authentication' as const;
  constructor(
    context: RequestContext,
    status: number,
    readonly reason: AuthenticationReason,
    readonly scope: string | undefined,
    detail: string,
  ) {
    super(
      context,
      status,
      reason === 'missing-scope' ? 'api.authentication.scope' : 'api.authentication.invalid',
      { scope: scope ?? '' },
      detail,
    );
  }
}

/**
 * 422 (and Moneybird's symbolic 400s on fields): what was wrong, per field. `said`: the server's own
 * words fit for the owner's text (never a page of HTML), for when it named no field.
 */
export class ValidationError extends ApiError {
  readonly kind = 'validation' as const;
  constructor(
    context: RequestContext,
    status: number,
    readonly fields: Record<string, string[]>,
    detail: string,
    said: string = detail,
  ) {
    const details = describeFields(fields, said);
    super(context, status, details ? 'api.validation' : 'api.validation.unexplained', { details }, detail);
    this.reason = details;
  }

  /** What was refused, per field, or the service's own text when it named no field; '' when it said nothing. */
  readonly reason: string;
}

/** 402: the administration's plan does not allow it (e.g. the free plan's invoice cap). */
export class PlanLimitError extends ApiError {
  readonly kind = 'plan-limit' as const;
  constructor(
    context: RequestContext,
    readonly symbolic: unknown,
    detail: string,
  ) {
    super(context, 402, 'api.plan-limit', {}, detail);
  }
}

/**
 * 404. `what` names the thing in the owner's words; the server's own words ("record not found") are
 * never put in the owner's text: they are English, and say nothing the owner can act on. The shop
 * has no administrations, so its texts send the owner to the shop.
 */
export class NotFoundError extends ApiError {
  readonly kind = 'not-found' as const;
  constructor(context: RequestContext, what: LocalizedText | undefined, detail: string) {
    const shop = context.service === 'mijnwebwinkel';
    const key: ApiMessageKey = what
      ? shop
        ? 'api.not-found.shop'
        : 'api.not-found'
      : shop
        ? 'api.not-found.shop-unnamed'
        : 'api.not-found.unnamed';
    super(context, 404, key, {}, detail, what ? { what } : {});
  }
}

/** 429 that was not waited out (retries exhausted or the caller does not want to wait). */
export class RateLimitedError extends ApiError {
  readonly kind = 'rate-limited' as const;
  constructor(
    context: RequestContext,
    /** Epoch ms from which requests are accepted again. */
    readonly retryAt: number,
  ) {
    super(
      context,
      429,
      'api.rate-limited',
      { until: ownersClockTime(retryAt) },
      `rate limited until ${new Date(retryAt).toISOString()}`,
    );
  }
}

/** 5xx, 503, network failures on a safe request: try again later. */
export class TransientError extends ApiError {
  readonly kind = 'transient' as const;
  constructor(
    context: RequestContext,
    status: number | undefined,
    detail: string,
    /** Epoch ms hint when the server said when to come back. */
    readonly retryAt?: number,
  ) {
    super(context, status, 'api.transient', {}, detail);
  }
}

/**
 * A request that changes something was (perhaps) sent, but no answer came back: it may or may not
 * have been applied. Never repeated blindly; the sync engine resolves it (find by reference).
 */
export class UncertainOutcomeError extends ApiError {
  readonly kind = 'uncertain' as const;
  constructor(context: RequestContext, status: number | undefined, detail: string) {
    super(context, status, 'api.uncertain', {}, detail);
  }
}

/**
 * Other 4xx: the request itself was refused (bad filter, feature not available, ...). `said`: the
 * server's own words fit for the owner's text; empty when its answer was a page of HTML or other text
 * that is no message (the technical detail keeps it, for the log).
 */
export class RequestRejectedError extends ApiError {
  readonly kind = 'rejected' as const;
  constructor(
    context: RequestContext,
    status: number,
    readonly body: unknown,
    detail: string,
    said: string = detail,
  ) {
    super(
      context,
      status,
      said ? 'api.rejected' : 'api.rejected.unexplained',
      { status, details: said },
      detail,
    );
  }
}

/**
 * 3xx: the service answered from another address. Never followed: the tokens travel with every
 * request (the shop's in the query string) and would go wherever the redirect points. Mostly a Wi-Fi
 * sign-in page, a proxy or security software does this, so the owner's connection is what to check.
 */
export class RedirectedError extends ApiError {
  readonly kind = 'redirected' as const;
  constructor(context: RequestContext, status: number, detail: string) {
    super(context, status, 'api.redirected', { status }, detail);
  }
}

/** The field an InvalidResponseError names when the answer as a whole was unreadable. */
export const WHOLE_BODY = '(body)';

/**
 * A 2xx answer whose body does not have the shape we rely on; names the field. After a write the
 * owner is not told that nothing changed: the server took the request, only its answer is unreadable,
 * and the booking's next try looks whether it landed (the journal's write intent) before writing again.
 */
export class InvalidResponseError extends ApiError {
  readonly kind = 'invalid-response' as const;
  constructor(
    context: RequestContext,
    status: number | undefined,
    readonly field: string,
    detail: string,
  ) {
    const key: ApiMessageKey = changesSomething(context)
      ? 'api.invalid-response.write'
      : field === WHOLE_BODY
        ? 'api.invalid-response.body'
        : 'api.invalid-response';
    super(context, status, key, { field }, detail);
  }
}

/**
 * The shop's pages did not move on: a page that had to bring orders past those read before brought
 * none (a shop that ignores `offset` sends its first page again and again). Reading on would ask
 * forever; stopping keeps what was read, and the next run reads again.
 */
export class PagingStuckError extends ApiError {
  readonly kind = 'invalid-response' as const;
  constructor(context: RequestContext, detail: string) {
    super(context, 200, 'api.paging-stuck', {}, detail);
  }
}

/**
 * The run the request belonged to was cancelled while the request waited: for Moneybird's limit, for
 * a retry, or for the answer to a request that is safe to repeat. So it changed nothing.
 */
export class RequestCancelledError extends ApiError {
  readonly kind = 'cancelled' as const;
  constructor(context: RequestContext) {
    super(context, undefined, 'api.cancelled', {}, 'cancelled with its run');
  }
}

function describeFields(fields: Record<string, string[]>, fallback: string): string {
  const parts = Object.entries(fields).map(([field, messages]) => `${field} ${messages.join(', ')}`);
  return redactText(parts.length > 0 ? parts.join('; ') : fallback);
}

/**
 * A moment as the owner reads it beside the retry time of a waiting order ("14:05"): on the shop's
 * clock (Amsterdam), as that one is, not in the computer's zone, so one moment never shows as two.
 */
function ownersClockTime(epochMs: number): string {
  return shopLocalTime(epochMs).slice(11, 16);
}
