// One HTTP exchange over undici, nothing more: no retries, no interpretation of the status. Network
// failures are classified by whether the request can have reached the server, because that decides
// whether a create may be sent again.
//
// undici's timeouts bound each silence (until the headers, then between two chunks of the body), so
// an answer that sends a byte now and then never times out. The deadline bounds the whole exchange,
// headers and body, and counts as a timeout.
import { type Dispatcher, request } from 'undici';

export interface Exchange {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** The longest silence: until the headers, and between two chunks of the body. */
  timeoutMs: number;
  /** The whole exchange, from sending to the body's last byte; default DEADLINE_IN_TIMEOUTS timeouts. */
  deadlineMs?: number;
  dispatcher?: Dispatcher;
  signal?: AbortSignal;
}

export interface RawResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  text: string;
}

/**
 * The whole exchange, headers and body, may take this many timeouts: the headers come within one, and
 * the largest answer (a page of 100 orders, a few hundred kB) well within three more even on a slow
 * line. A body still arriving after that, a byte now and then, would never end.
 */
export const DEADLINE_IN_TIMEOUTS = 4;

/**
 * The connection failed before the request could be written (refused, DNS, connect timeout):
 * the server saw nothing, so sending again is always safe.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_INVALID_ARG',
]);

export class NetworkFailure extends Error {
  constructor(
    readonly code: string,
    /** False only when the request certainly never reached the server. */
    readonly maybeSent: boolean,
    readonly timedOut: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'NetworkFailure';
  }
}

function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.name : 'UNKNOWN';
}

export async function exchange(ex: Exchange): Promise<RawResponse> {
  if (ex.signal?.aborted) throw ex.signal.reason;
  // One signal for undici: the caller's (a cancel) or the deadline, whichever comes first.
  const stop = new AbortController();
  const deadlineMs = ex.deadlineMs ?? ex.timeoutMs * DEADLINE_IN_TIMEOUTS;
  const deadline = setTimeout(() => stop.abort(new Error('deadline')), deadlineMs);
  const onCallerAbort = () => stop.abort(ex.signal?.reason);
  ex.signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const response = await request(ex.url, {
      method: ex.method as Dispatcher.HttpMethod,
      headers: ex.headers,
      body: ex.body,
      headersTimeout: ex.timeoutMs,
      bodyTimeout: ex.timeoutMs,
      dispatcher: ex.dispatcher,
      signal: stop.signal,
    });
    const text = await response.body.text();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return { status: response.statusCode, headers, text };
  } catch (error) {
    if (ex.signal?.aborted) throw ex.signal.reason ?? error;
    if (stop.signal.aborted) {
      throw new NetworkFailure('DEADLINE', true, true, `DEADLINE: no whole answer within ${deadlineMs} ms`);
    }
    const code = errorCode(error);
    const timedOut = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
    const message = error instanceof Error ? error.message : String(error);
    throw new NetworkFailure(code, !NOT_SENT_CODES.has(code), timedOut, `${code}: ${message}`);
  } finally {
    clearTimeout(deadline);
    ex.signal?.removeEventListener('abort', onCallerAbort);
  }
}
