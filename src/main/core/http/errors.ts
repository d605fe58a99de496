// Typed failures of the two API clients. Each carries machine-readable fields for the sync engine
// (kind, status, retryAt, fields, ...) and a Dutch/English message for the shop owner. URLs inside
// an error are always redacted.
import { type ApiMessageKey, apiMessages } from '../../../shared/i18n/messages/api';
import { type LocalizedText, localize, type MessageParams } from '../../../shared/i18n/translate';
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
  | 'invalid-response';

export interface RequestContext {
  service: ApiService;
  method: string;
  /** Redacted before it is stored on the error. */
  url: string | URL;
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
    detail: string,
  ) {
    const url = redactUrl(context.url);
    super(redactText(`${context.method} ${url}${status ? ` -> ${status}` : ''}: ${detail}`));
    this.name = new.target.name;
    this.service = context.service;
    this.method = context.method;
    this.url = url;
    this.status = status;
    this.userMessage = localize(apiMessages, key, { service: SERVICE_NAMES[context.service], ...params });
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

/** 422 (and Moneybird's symbolic 400s on fields): what was wrong, per field. */
export class ValidationError extends ApiError {
  readonly kind = 'validation' as const;
  constructor(
    context: RequestContext,
    status: number,
    readonly fields: Record<string, string[]>,
    detail: string,
  ) {
    super(context, status, 'api.validation', { details: describeFields(fields, detail) }, detail);
  }
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

export class NotFoundError extends ApiError {
  readonly kind = 'not-found' as const;
  constructor(context: RequestContext, what: string, detail: string) {
    super(context, 404, 'api.not-found', { what }, detail);
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
      { until: formatTime(retryAt) },
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

/** Other 4xx: the request itself was refused (bad filter, feature not available, ...). */
export class RequestRejectedError extends ApiError {
  readonly kind = 'rejected' as const;
  constructor(
    context: RequestContext,
    status: number,
    readonly body: unknown,
    detail: string,
  ) {
    super(context, status, 'api.rejected', { status, details: detail }, detail);
  }
}

/** A 2xx answer whose body does not have the shape we rely on; names the field. */
export class InvalidResponseError extends ApiError {
  readonly kind = 'invalid-response' as const;
  constructor(
    context: RequestContext,
    status: number | undefined,
    readonly field: string,
    detail: string,
  ) {
    super(context, status, 'api.invalid-response', { field }, detail);
  }
}

function describeFields(fields: Record<string, string[]>, fallback: string): string {
  const parts = Object.entries(fields).map(([field, messages]) => `${field} ${messages.join(', ')}`);
  return redactText(parts.length > 0 ? parts.join('; ') : fallback);
}

function formatTime(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
