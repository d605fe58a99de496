// Turns an unsuccessful HTTP answer into a typed ApiError. Pure: status, headers and parsed body in,
// error out. Knows the error shapes of both services:
//   Moneybird validation  {"error": {"field": ["message"]}, "details": {...}}
//   Moneybird symbolic    {"error": "message", "symbolic": {"field": "code"}}
//   Moneybird 429         "Retry later" (a JSON string) or an HTML page
//   Mijnwebwinkel         {"code", "message", "description"} or RFC 7807 {"type","title","detail","status"}
// What the server said goes into the error's technical detail (for the log, redacted) always, and
// into the owner's text only when it is such a message: not a page of HTML a proxy, a moved host or a
// maintenance screen sends, which says nothing the owner can read.
import type { LocalizedText } from '../../../shared/i18n/translate';
import {
  type ApiError,
  AuthenticationError,
  NotFoundError,
  PlanLimitError,
  RateLimitedError,
  RedirectedError,
  type RequestContext,
  RequestRejectedError,
  TransientError,
  UncertainOutcomeError,
  ValidationError,
} from './errors';
import { redactText, redactUrl } from './redact';
import { parseRetryAt } from './retry-after';

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** False when the body came as text that is not JSON (an HTML page): then it is never quoted. */
  json?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The human-readable summary an error body carries, whatever its shape. */
export function errorSummary(body: unknown): string {
  if (typeof body === 'string') return body.length > 300 ? `${body.slice(0, 300)}…` : body;
  if (!isRecord(body)) return '';
  const parts: string[] = [];
  if (typeof body.error === 'string') parts.push(body.error);
  if (typeof body.message === 'string') parts.push(body.message);
  if (typeof body.title === 'string') parts.push(body.title);
  if (typeof body.detail === 'string') parts.push(body.detail);
  if (typeof body.description === 'string' && body.description !== body.message) parts.push(body.description);
  if (parts.length === 0 && isRecord(body.error)) {
    parts.push(
      Object.entries(fieldMessages(body))
        .map(([f, m]) => `${f} ${m.join(', ')}`)
        .join('; '),
    );
  }
  return parts.join(': ');
}

/** Field → messages from a validation body (Moneybird's 422 shape, its symbolic shape, RFC 7807). */
export function fieldMessages(body: unknown): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (!isRecord(body)) return fields;
  const add = (field: string, message: unknown) => {
    if (message === undefined || message === null) return;
    const text = typeof message === 'string' ? message : JSON.stringify(message);
    const list = fields[field] ?? [];
    list.push(text);
    fields[field] = list;
  };
  if (isRecord(body.error)) {
    for (const [field, messages] of Object.entries(body.error)) {
      if (Array.isArray(messages)) for (const m of messages) add(field, m);
      else add(field, messages);
    }
  }
  if (Object.keys(fields).length === 0 && isRecord(body.symbolic)) {
    const walk = (node: Record<string, unknown>, prefix: string) => {
      for (const [key, value] of Object.entries(node)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (isRecord(value)) walk(value, path);
        else add(path, value);
      }
    };
    walk(body.symbolic, '');
  }
  // RFC 7807 with per-field violations (Symfony style).
  if (Object.keys(fields).length === 0 && Array.isArray(body.violations)) {
    for (const v of body.violations) {
      if (isRecord(v) && typeof v.propertyPath === 'string') add(v.propertyPath, v.title ?? v.message);
    }
  }
  return fields;
}

/** Markup: the start of a tag ("<html", "<!DOCTYPE", "</p>"). */
const MARKUP = /<[!/a-z][^>]*>/i;

/** The server's own words fit for the owner's text, or '' when it sent none (or only a page). */
function ownerReadable(response: ErrorResponse): string {
  if (response.json === false) return '';
  const said = errorSummary(response.body);
  return MARKUP.test(said) ? '' : redactText(said);
}

/** "No access to sales_invoices" → "sales_invoices". */
function missingScope(summary: string): string | undefined {
  const match = /no access to ([a-z_]+)/i.exec(summary);
  return match?.[1];
}

export interface MapOptions {
  /** Whether repeating the request cannot do harm; decides transient vs uncertain for 5xx. */
  safeToRepeat: boolean;
  now: number;
  /** What a 404 was about, in the owner's words (e.g. "factuur 2026-0001" / "invoice 2026-0001"). */
  what?: LocalizedText;
}

export function errorFromResponse(
  context: RequestContext,
  response: ErrorResponse,
  options: MapOptions,
): ApiError {
  const { status, headers, body } = response;
  const summary = redactText(errorSummary(body) || `HTTP ${status}`);
  const said = ownerReadable(response);
  if (status === 401 || status === 403) {
    const scope = missingScope(summary);
    if (status === 401 || scope) {
      return new AuthenticationError(
        context,
        status,
        scope ? 'missing-scope' : 'invalid-token',
        scope,
        summary,
      );
    }
    // 403 without a scope: a feature the plan or account does not have (e.g. SEPA without banking).
    return new RequestRejectedError(context, status, body, summary, said);
  }
  if (status === 402) return new PlanLimitError(context, isRecord(body) ? body.symbolic : undefined, summary);
  if (status === 404) return new NotFoundError(context, options.what, summary);
  if (status === 422) return new ValidationError(context, status, fieldMessages(body), summary, said);
  if (status === 429) {
    const retryAt =
      parseRetryAt(headers['retry-after'], options.now, headers.date) ??
      parseRetryAt(headers['ratelimit-reset'], options.now, headers.date) ??
      options.now + 60_000;
    return new RateLimitedError(context, retryAt);
  }
  if (status >= 500) {
    // 503 means "not processed, come back later"; any other 5xx may have been raised after the
    // change was committed, so for a request that must not run twice the outcome is unknown.
    const retryAt = parseRetryAt(headers['retry-after'], options.now, headers.date);
    if (status === 503 || options.safeToRepeat) return new TransientError(context, status, summary, retryAt);
    return new UncertainOutcomeError(context, status, summary);
  }
  if (status === 400 && isRecord(body) && isRecord(body.symbolic)) {
    const fields = fieldMessages(body);
    // A symbolic 400 about a field ("contact_id": "contact_invalid") is a validation failure too.
    if (Object.keys(fields).length > 0) {
      return new ValidationError(context, status, fields, summary, said);
    }
  }
  if (status >= 300 && status < 400) {
    const to = headers.location ? ` to ${redactUrl(headers.location)}` : '';
    return new RedirectedError(context, status, `redirected${to}: ${summary}`);
  }
  return new RequestRejectedError(context, status, body, summary, said);
}
