// One rule for what an order number is, shared by the shop's order parsing and the contract: every
// order the engine can park under its number can also be retried and skipped from the UI, including
// numbers with spaces or letters outside ASCII; numbers that could look like something else on
// screen (control, bidirectional, zero-width characters) or that echo a secret are not kept at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppService } from '../../../src/main/core/app-service/open-app-service';
import { registerSecret } from '../../../src/main/core/http/redact';
import { toOrderResult } from '../../../src/main/core/mijnwebwinkel/client';
import { EnvSecretSource } from '../../../src/main/core/secrets/keychain';
import { isOrderNumber, orderNumberSchema } from '../../../src/shared/contract';

const ODD = ['A 1042', 'Ørder-7', 'Заказ 5', '注文12', 'WEB-2024/0001', '#17'];
const REFUSED = ['\u202E2401', '24\u200B01', '24\u200F01', 'A\t1', 'A\n1', 'A  1', 'x'.repeat(65), ''];

describe('order numbers', () => {
  it('what the shop parsing keeps, the contract accepts, and the other way round', () => {
    for (const number of ODD) {
      expect(toOrderResult({ number }).number, number).toBe(number);
      expect(orderNumberSchema.safeParse(number).success, number).toBe(true);
    }
    for (const number of REFUSED) {
      expect(toOrderResult({ number }).number, JSON.stringify(number)).toBeUndefined();
      expect(orderNumberSchema.safeParse(number).success, JSON.stringify(number)).toBe(false);
    }
    // Whitespace around the number is the shop's formatting, not part of it.
    expect(toOrderResult({ number: '  A 1042 ' }).number).toBe('A 1042');
    expect(toOrderResult({ number: '\u00A01042' }).number).toBe('1042');
    expect(toOrderResult({ number: 1042 }).number).toBe('1042');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const kept = toOrderResult({ number: raw }).number;
        if (kept !== undefined) expect(orderNumberSchema.safeParse(kept).success).toBe(true);
        if (isOrderNumber(raw)) expect(kept).toBe(raw);
      }),
      { numRuns: 2000 },
    );
  });

  it('an order number that echoes a known secret is not kept', () => {
    registerSecret('shop-token-0123456789');
    const result = toOrderResult({ number: 'shop-token-0123456789' });
    expect(result.ok).toBe(false);
    expect(result.number).toBeUndefined();
    expect(JSON.stringify(result.ok ? null : result.issues)).not.toContain('shop-token-0123456789');
  });
});

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('an order parked under an odd number', () => {
  it('is listed, retried and skipped through the AppService', async () => {
    dir = mkdtempSync(join(tmpdir(), 'winkelbrug-order-numbers-'));
    const env = {
      MWW_TOKEN: 'shop-token',
      MWW_PARTNER_TOKEN: 'partner-token',
      MONEYBIRD_TOKEN: 'mb-token',
      MONEYBIRD_ADMINISTRATION_ID: '123',
      MWW_BASE_URL: 'http://127.0.0.1:9',
      MONEYBIRD_BASE_URL: 'http://127.0.0.1:9',
    };
    const { service, runtime } = await openAppService({
      env,
      dataDir: dir,
      secrets: new EnvSecretSource(env),
      runAtStart: false,
    });
    try {
      expect(runtime).not.toBeNull();
      await service.dispatch('sync.pause', {}, 'test');
      const { journal } = runtime!.store;
      // Parked as the engine parks an order it cannot read: under the number the shop's parsing kept.
      for (const raw of [' A 1042 ', 'Ørder-7']) {
        const number = toOrderResult({ number: raw, currency: 'EURO' }).number!;
        journal.record({ orderNumber: number, state: 'discovered' });
        journal.park(number, 'discovered', {
          code: 'order_unreadable',
          message: { nl: `Bestelling ${number} …`, en: `Order ${number} …` },
        });
      }
      const listed = await service.dispatch('orders.list', {}, 'test');
      expect(listed).toMatchObject({ ok: true });
      const parked = (listed as { result: { parked: Array<{ orderNumber: string }> } }).result.parked;
      expect(parked.map((o) => o.orderNumber).sort()).toEqual(['A 1042', 'Ørder-7']);

      const retried = await service.dispatch('orders.retry', { orderNumber: 'A 1042' }, 'test');
      expect(retried).toMatchObject({ ok: true, result: { accepted: true } });
      expect(journal.get('A 1042')?.state).not.toBe('parked');

      const skipped = await service.dispatch('orders.skip', { orderNumber: 'Ørder-7' }, 'test');
      expect(skipped).toMatchObject({ ok: true, result: { accepted: true } });
      expect(journal.get('Ørder-7')?.state).toBe('skipped');

      // What the contract refuses never reaches the core.
      const refused = await service.dispatch('orders.skip', { orderNumber: '\u202E7-redrØ' }, 'test');
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    } finally {
      await service.close();
    }
  });
});
