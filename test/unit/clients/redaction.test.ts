import { describe, expect, it } from 'vitest';
import { type LogFields, type LogLevel, redactingLogger } from '../../../src/main/core/http/logger';
import {
  REDACTED,
  redact,
  redactHeaders,
  redactText,
  redactUrl,
  registerSecret,
} from '../../../src/main/core/http/redact';

describe('redaction', () => {
  it('removes Mijnwebwinkel tokens from a URL and keeps the rest readable', () => {
    const url =
      'https://api.myonlinestore.com/v1/orders?limit=100&partner_token=P-123456789&token=S-987654321&offset=0';
    const out = redactUrl(url);
    expect(out).not.toContain('P-123456789');
    expect(out).not.toContain('S-987654321');
    expect(out).toContain('limit=100');
    expect(out).toContain('offset=0');
    expect(out).toContain(`token=${REDACTED}`);
  });

  it('accepts URL objects and strips user info', () => {
    const out = redactUrl(new URL('https://user:hunter2hunter2@example.com/x?access_token=abcdefgh'));
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('abcdefgh');
  });

  it('redacts form bodies, JSON token responses and bearer values in free text', () => {
    const form =
      'grant_type=authorization_code&code=c0de1234&client_secret=shhh-secret&code_verifier=v3r1f1er';
    expect(redactText(form)).toBe(
      `grant_type=authorization_code&code=${REDACTED}&client_secret=${REDACTED}&code_verifier=${REDACTED}`,
    );
    const json = '{"access_token":"at-123456","refresh_token":"rt-654321","scope":"sales_invoices"}';
    const out = redactText(json);
    expect(out).not.toMatch(/at-123456|rt-654321/);
    expect(out).toContain('sales_invoices');
    expect(redactText('Authorization: Bearer abc.def-ghi')).not.toContain('abc.def-ghi');
  });

  it('scrubs registered secrets wherever they appear, also percent-encoded', () => {
    registerSecret('my secret/token+value');
    expect(redactText('oops my secret/token+value leaked')).not.toContain('my secret/token+value');
    expect(redactText(`x=${encodeURIComponent('my secret/token+value')}`)).not.toContain('token%2Bvalue');
  });

  it('redacts headers and nested structures', () => {
    expect(redactHeaders({ Authorization: 'Bearer xyz12345', accept: 'application/json' })).toEqual({
      Authorization: REDACTED,
      accept: 'application/json',
    });
    const value = redact({
      url: 'http://x/v1/store?token=abcdefgh1',
      nested: [{ refresh_token: 'r1', note: 'ok' }],
      clientSecret: 'cs',
      count: 3,
    });
    expect(JSON.stringify(value)).not.toMatch(/abcdefgh1|"r1"|"cs"/);
    expect(value).toMatchObject({ count: 3, nested: [{ note: 'ok' }] });
  });

  it('a redacting logger never hands a secret to its sink', () => {
    const lines: Array<[LogLevel, string, LogFields | undefined]> = [];
    const logger = redactingLogger({ log: (level, message, fields) => lines.push([level, message, fields]) });
    logger.log('info', 'GET http://h/v1/orders?token=SECRET-ONE-1', {
      url: 'http://h/v1/orders?partner_token=SECRET-TWO-2',
      headers: { authorization: 'Bearer SECRET-THREE-3' },
    });
    expect(JSON.stringify(lines)).not.toMatch(/SECRET-(ONE|TWO|THREE)/);
  });
});
