// Log fields keep what a reader needs (error codes, statuses, order numbers) and lose only what is
// secret: a field named after a secret, or a value that is a known secret wherever it stands.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LogFields, type LogLevel, redactingLogger } from '../../../src/main/core/http/logger';
import { REDACTED, redact, registerSecret } from '../../../src/main/core/http/redact';
import { openStoreIn } from '../../../src/main/core/store';

function capture() {
  const lines: Array<{ level: LogLevel; message: string; fields?: LogFields }> = [];
  return {
    lines,
    sink: {
      log: (level: LogLevel, message: string, fields?: LogFields) => lines.push({ level, message, fields }),
    },
  };
}

describe('log fields', () => {
  it('keep error codes through the redacting logger; secrets by name or by value go', () => {
    const authCode = 'oauth-code-1234567890';
    registerSecret(authCode);
    const { lines, sink } = capture();
    redactingLogger(sink).log('warn', 'order parked', {
      code: 'order_unreadable',
      order: '1042',
      status: 422,
      error: { code: 'invalid_grant', kind: 'validation' },
      codes: ['totals_differ'],
      token: 'shop-token-abcdef',
      refresh_token: 'rt-abcdef123',
      partnerToken: 'pt-abcdef123',
      echoed: { code: authCode },
    });
    const fields = lines[0]!.fields!;
    expect(fields.code).toBe('order_unreadable');
    expect(fields.order).toBe('1042');
    expect(fields.status).toBe(422);
    expect(fields.error).toEqual({ code: 'invalid_grant', kind: 'validation' });
    expect(fields.codes).toEqual(['totals_differ']);
    expect(fields.token).toBe(REDACTED);
    expect(fields.refresh_token).toBe(REDACTED);
    expect(fields.partnerToken).toBe(REDACTED);
    // An OAuth code is a secret by its value, not by the field's name.
    expect(fields.echoed).toEqual({ code: REDACTED });
  });

  it('keep error codes in the owner’s log as stored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-log-fields-'));
    const store = openStoreIn(dir);
    try {
      store.log.append({
        at: 1,
        level: 'error',
        message: 'run failed',
        fields: { code: 'store_disk_full', client_secret: 'shh-secret-123' },
      });
      const [entry] = store.log.recent({ limit: 1 });
      expect(entry!.fields).toEqual({ code: 'store_disk_full', client_secret: REDACTED });
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still redact a secret-named field however it is spelt', () => {
    expect(redact({ Authorization: 'Bearer x', API_KEY: 'k', password: 'p', code: 'E42' })).toEqual({
      Authorization: REDACTED,
      API_KEY: REDACTED,
      password: REDACTED,
      code: 'E42',
    });
  });
});
