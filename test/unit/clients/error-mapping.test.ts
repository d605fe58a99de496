import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY } from '../../../src/main/core/http/client';
import { errorFromResponse } from '../../../src/main/core/http/error-mapping';
import {
  AuthenticationError,
  NotFoundError,
  PlanLimitError,
  RateLimitedError,
  RequestRejectedError,
  TransientError,
  UncertainOutcomeError,
  ValidationError,
} from '../../../src/main/core/http/errors';
import { parseRetryAt } from '../../../src/main/core/http/retry-after';

const now = 1_800_000_000_000;
const moneybird = {
  service: 'moneybird' as const,
  method: 'POST',
  url: 'https://moneybird.com/api/v2/1/sales_invoices.json',
};
const mww = {
  service: 'mijnwebwinkel' as const,
  method: 'GET',
  url: 'https://api.myonlinestore.com/v1/orders?token=STORE-TOKEN-1&partner_token=PARTNER-TOKEN-2',
};
const map = (
  context: typeof moneybird | typeof mww,
  status: number,
  body: unknown,
  headers = {},
  safe = false,
) => errorFromResponse(context, { status, headers, body }, { safeToRepeat: safe, now });

describe('errorFromResponse', () => {
  it('keeps a refusal reason when a 422 names no field', () => {
    const reasons = [
      { error: 'Invoice date is not allowed' },
      'Unprocessable Entity',
      { errors: ['something'] },
      {},
    ].map((body) => (map(moneybird, 422, body) as ValidationError).reason);
    expect(reasons).toEqual(['Invoice date is not allowed', 'Unprocessable Entity', '', '']);
    const fields = map(moneybird, 422, { error: { payment_date: ["can't be blank"] } }) as ValidationError;
    expect(fields.reason).toBe("payment_date can't be blank");
  });

  it('maps Moneybird 422 field messages', () => {
    const error = map(moneybird, 422, {
      error: { payment_date: ["can't be blank"], price: ['is not a number'] },
      details: { price: [{ error: 'not_a_number', value: null }] },
    });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({
      payment_date: ["can't be blank"],
      price: ['is not a number'],
    });
    expect(error.userMessage.nl).toContain("payment_date can't be blank");
    expect(error.userMessage.en).toContain('price is not a number');
  });

  it('maps a symbolic 400 about a field to a validation error', () => {
    const error = map(moneybird, 400, {
      error: 'Contact ID is invalid',
      symbolic: { external_sales_invoice: { contact_id: 'contact_invalid' } },
    });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({
      'external_sales_invoice.contact_id': ['contact_invalid'],
    });
  });

  it('tells a missing scope from an invalid token', () => {
    const scope = map(moneybird, 401, { error: 'No access to sales_invoices' });
    expect(scope).toBeInstanceOf(AuthenticationError);
    expect((scope as AuthenticationError).reason).toBe('missing-scope');
    expect((scope as AuthenticationError).scope).toBe('sales_invoices');
    expect(scope.userMessage.nl).toContain('sales_invoices');
    const invalid = map(moneybird, 401, {
      error: 'The access token is invalid',
      symbolic: { token: 'invalid' },
    });
    expect((invalid as AuthenticationError).reason).toBe('invalid-token');
  });

  it('maps 402, 404 and other 4xx', () => {
    expect(
      map(moneybird, 402, {
        error: 'creating sales invoices is limited',
        symbolic: { administration: 'limit_reached' },
      }),
    ).toBeInstanceOf(PlanLimitError);
    expect(map(moneybird, 404, { error: 'record not found', symbolic: { id: 'not_found' } })).toBeInstanceOf(
      NotFoundError,
    );
    expect(map(moneybird, 400, { error: 'per_page does not have a valid value' })).toBeInstanceOf(
      RequestRejectedError,
    );
  });

  it('reads an epoch Retry-After as a moment and a small one as seconds', () => {
    const epoch = map(moneybird, 429, 'Retry later', { 'retry-after': String(now / 1000 + 42) });
    expect(epoch).toBeInstanceOf(RateLimitedError);
    expect((epoch as RateLimitedError).retryAt).toBe(now + 42_000);
    const seconds = map(mww, 429, { code: 429, message: 'Too Many Requests' }, { 'retry-after': '7' });
    expect((seconds as RateLimitedError).retryAt).toBe(now + 7_000);
    expect(parseRetryAt('Wed, 21 Oct 2015 07:28:00 GMT', now)).toBe(Date.parse('2015-10-21T07:28:00Z'));
    expect(parseRetryAt('soon', now)).toBeUndefined();
  });

  it("moves the server's moment by the difference of the clocks its Date header shows, past a few seconds", () => {
    const serverSays = (ms: number) => new Date(ms).toUTCString();
    const epoch = String(now / 1000 + 42);
    // This clock a month behind the server's, or an hour ahead: still 42 s from now.
    const month = 31 * 86_400_000;
    expect(parseRetryAt(epoch, now - month, serverSays(now))).toBe(now - month + 42_000);
    expect(parseRetryAt(epoch, now + 3_600_000, serverSays(now))).toBe(now + 3_600_000 + 42_000);
    const http = errorFromResponse(
      moneybird,
      { status: 429, headers: { 'retry-after': epoch, date: serverSays(now) }, body: 'Retry later' },
      { safeToRepeat: false, now: now - month },
    );
    expect((http as RateLimitedError).retryAt).toBe(now - month + 42_000);
    // Within a second or two the clocks agree (the header counts whole seconds): the moment as sent.
    expect(parseRetryAt(epoch, now + 1_500, serverSays(now))).toBe(now + 42_000);
    // An HTTP date is the server's clock too; a delay is not; an unreadable Date header changes nothing.
    expect(parseRetryAt(serverSays(now + 60_000), now - month, serverSays(now))).toBe(now - month + 60_000);
    expect(parseRetryAt('7', now - month, serverSays(now))).toBe(now - month + 7_000);
    expect(parseRetryAt(epoch, now - month, 'yesterday-ish')).toBe(now + 42_000);
  });

  it('treats 5xx on a create as uncertain and on a read as transient; 503 is never uncertain', () => {
    expect(map(moneybird, 500, { error: 'Internal server error' })).toBeInstanceOf(UncertainOutcomeError);
    expect(map(moneybird, 502, '<html>bad gateway</html>', {}, true)).toBeInstanceOf(TransientError);
    expect(map(moneybird, 503, 'down')).toBeInstanceOf(TransientError);
  });

  it('maps Mijnwebwinkel error shapes and never shows its tokens', () => {
    const auth = map(mww, 401, {
      code: 401,
      message: 'Unauthorized',
      description: 'The store token is not valid or was revoked',
    });
    expect(auth).toBeInstanceOf(AuthenticationError);
    const problem = map(mww, 422, {
      type: 'about:blank',
      title: 'Invalid embed',
      detail: 'Unknown embed value(s): x',
      status: 422,
    });
    expect(problem).toBeInstanceOf(ValidationError);
    for (const error of [auth, problem]) {
      const everything = JSON.stringify({
        m: error.message,
        u: error.userMessage,
        url: error.url,
        s: error.stack,
      });
      expect(everything).not.toMatch(/STORE-TOKEN-1|PARTNER-TOKEN-2/);
      expect(error.userMessage.nl).toMatch(/Mijnwebwinkel/);
      expect(error.userMessage.en).toMatch(/Mijnwebwinkel/);
    }
  });
});

describe('backoffDelay', () => {
  it('draws a full-jitter delay under an exponential cap', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect(backoffDelay(1, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(2, policy, () => 0)).toBe(0);
  });
});
