import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_STATES } from '../../../src/main/core/store';
import {
  CONTENT_SECURITY_POLICY,
  checkEvent,
  checkRequest,
  checkResult,
  clientMessageSchema,
  EVENT_CHANNELS,
  events,
  REQUEST_CHANNELS,
  requests,
  serverMessageSchema,
} from '../../../src/shared/contract';
import { app } from '../../../src/shared/i18n/messages/app';
import { uiOrders } from '../../../src/shared/i18n/messages/ui-orders';

const status = {
  state: 'idle',
  reason: null,
  lastRun: null,
  nextRunAt: '2026-03-01T10:15:00.000Z',
  progress: null,
  counts: { booked: 3, parked: 1, waiting: 0, deleted: 0, cancelled: 0 },
  connections: {
    mijnwebwinkel: { state: 'connected', detail: null, checkedAt: '2026-03-01T10:00:00.000Z' },
    moneybird: {
      state: 'unauthorized',
      detail: { nl: 'Log opnieuw in.', en: 'Log in again.' },
      checkedAt: null,
    },
  },
};

describe('requests', () => {
  it('accepts a known channel with valid arguments and fills optional ones', () => {
    const checked = checkRequest('log.recent', { limit: 20 });
    expect(checked).toEqual({ ok: true, value: { channel: 'log.recent', args: { limit: 20 } } });
    expect(checkRequest('app.status', undefined)).toEqual({
      ok: true,
      value: { channel: 'app.status', args: {} },
    });
  });

  it('refuses an unknown channel, naming it in both languages', () => {
    for (const channel of ['fs.readFile', '', 'toString', '__proto__', 'constructor', 42, null, { a: 1 }]) {
      const checked = checkRequest(channel, {});
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.error.code).toBe('unknown-channel');
        expect(checked.error.message.nl).toContain('bestaat niet');
        expect(checked.error.message.en).toContain('does not exist');
      }
    }
  });

  it('refuses malformed arguments and names the field', () => {
    const cases: [unknown, string][] = [
      [{ limit: 'ten' }, 'limit'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 1.5 }, 'limit'],
      [{ limit: 501 }, 'limit'],
      [{ limit: 5, extra: true }, '(message)'],
      ['limit=5', '(message)'],
      [[5], '(message)'],
    ];
    for (const [args, path] of cases) {
      const checked = checkRequest('log.recent', args);
      expect(checked.ok, JSON.stringify(args)).toBe(false);
      if (!checked.ok) {
        expect(checked.error.code).toBe('invalid-arguments');
        expect(checked.error.issues[0]?.path).toBe(path);
        expect(checked.error.message.en).toContain('"log.recent" had invalid data');
      }
    }
  });

  it('rejects extra fields on a channel without arguments', () => {
    const checked = checkRequest('sync.runNow', { force: true });
    expect(checked.ok).toBe(false);
  });

  it('checks results against the channel', () => {
    expect(checkResult('app.status', status)).toMatchObject({ ok: true });
    const bad = checkResult('app.status', { ...status, counts: { booked: -1, parked: 0, waiting: 0 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-result');
      expect(bad.error.issues[0]?.path).toBe('counts.booked');
    }
    const badState = checkResult('sync.pause', { ...status, state: 'sleeping' });
    expect(badState.ok).toBe(false);
  });

  it('keeps Moneybird ids as strings of digits', () => {
    const result = { runId: 'r1', orderNumber: '1001', outcome: 'booked', reason: null };
    expect(checkEvent('order.result', { ...result, invoiceId: '470123456789012345' }).ok).toBe(true);
    expect(checkEvent('order.result', { ...result, invoiceId: 4701234567 }).ok).toBe(false);
    expect(checkEvent('order.result', { ...result, invoiceId: '4.7e17' }).ok).toBe(false);
  });

  it('lists every channel with schemas, and every event with a payload schema', () => {
    expect(REQUEST_CHANNELS).toEqual([
      'app.status',
      'sync.runNow',
      'sync.pause',
      'sync.resume',
      'log.recent',
      'log.search',
      'log.exportCsv',
      'orders.list',
      'orders.search',
      'orders.detail',
      'orders.invoices',
      'reconciliation.period',
      'reconciliation.exportCsv',
      'reconciliation.checkMoneybird',
      'orders.retry',
      'orders.skip',
      'orders.bookInOpenPeriod',
      'orders.takeOverInvoice',
      'orders.bookAgain',
      'orders.leaveDeleted',
      'orders.settleCancellation',
      'import.status',
      'import.start',
      'import.periodLock',
      'setup.state',
      'setup.shop.connect',
      'setup.shop.partnerToken',
      'setup.orders.options',
      'setup.orders.estimate',
      'setup.orders.save',
      'setup.moneybird.browserLogin',
      'setup.moneybird.cancelLogin',
      'setup.moneybird.outOfBand',
      'setup.moneybird.outOfBandCode',
      'setup.moneybird.personalToken',
      'setup.moneybird.administrations',
      'setup.moneybird.chooseAdministration',
      'setup.mapping.proposal',
      'setup.mapping.save',
      'setup.dryRun',
      'setup.finish',
      'setup.disconnect',
      'settings.get',
      'settings.update',
    ]);
    for (const channel of REQUEST_CHANNELS) {
      expect(requests[channel].args).toBeDefined();
      expect(requests[channel].result).toBeDefined();
    }
    expect(EVENT_CHANNELS).toEqual([
      'status.changed',
      'sync.progress',
      'run.started',
      'run.finished',
      'order.result',
      'log.line',
      'notification',
      'import.progress',
      'setup.login',
      'setup.changed',
    ]);
    for (const channel of EVENT_CHANNELS) expect(events[channel]).toBeDefined();
  });
});

describe('events', () => {
  it('accepts a valid payload and refuses an invalid one, naming the field', () => {
    expect(checkEvent('status.changed', status).ok).toBe(true);
    const checked = checkEvent('sync.progress', { runId: 'r1', done: 'one', total: 2 });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error.issues.map((i) => i.path)).toContain('done');
    expect(checkEvent('window.close', {}).ok).toBe(false);
  });

  it('requires timestamps with a zone', () => {
    const line = {
      seq: 1,
      at: '2026-03-01 10:00',
      level: 'info',
      message: { nl: 'a', en: 'b' },
      orderNumber: null,
    };
    expect(checkEvent('log.line', line).ok).toBe(false);
    expect(checkEvent('log.line', { ...line, at: '2026-03-01T10:00:00+01:00' }).ok).toBe(true);
  });
});

describe('wire envelopes', () => {
  it('parses a client request and refuses bad ids', () => {
    expect(
      clientMessageSchema.safeParse({ type: 'request', id: 1, channel: 'app.status', args: {} }).success,
    ).toBe(true);
    expect(clientMessageSchema.safeParse({ type: 'request', id: -1, channel: 'app.status' }).success).toBe(
      false,
    );
    expect(clientMessageSchema.safeParse({ type: 'request', id: '1', channel: 'app.status' }).success).toBe(
      false,
    );
    expect(clientMessageSchema.safeParse({ type: 'request', id: 1, channel: 'x'.repeat(201) }).success).toBe(
      false,
    );
  });

  it('parses server replies, events and refusals', () => {
    const error = { code: 'forbidden', message: { nl: 'n', en: 'e' }, issues: [] };
    expect(
      serverMessageSchema.safeParse({ type: 'reply', id: 1, reply: { ok: true, result: 1 } }).success,
    ).toBe(true);
    expect(serverMessageSchema.safeParse({ type: 'reply', id: 1, reply: { ok: false, error } }).success).toBe(
      true,
    );
    expect(serverMessageSchema.safeParse({ type: 'reply', id: 1, reply: { ok: false } }).success).toBe(false);
    expect(serverMessageSchema.safeParse({ type: 'refused', error }).success).toBe(true);
    expect(serverMessageSchema.safeParse({ type: 'event', channel: 'log.line', payload: {} }).success).toBe(
      true,
    );
  });
});

describe('texts and policy', () => {
  it('has every app text in Dutch and English', () => {
    expect(Object.keys(app.en).sort()).toEqual(Object.keys(app.nl).sort());
    for (const [key, text] of Object.entries(app.en)) expect(text, key).not.toBe('');
  });

  it("names every step an order's page can show, in both languages", () => {
    for (const state of JOURNAL_STATES) {
      expect(uiOrders.nl).toHaveProperty([`orderStep.${state}`]);
      expect(uiOrders.en).toHaveProperty([`orderStep.${state}`]);
    }
  });

  it('ships the CSP in index.html exactly as the shells send it', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});

describe('setup channels', () => {
  it('refuses a pasted token with spaces inside, and a stray field', () => {
    expect(checkRequest('setup.shop.connect', { token: '  abc123  ' })).toMatchObject({
      ok: true,
      value: { args: { token: 'abc123' } },
    });
    expect(checkRequest('setup.shop.connect', { token: 'abc 123' }).ok).toBe(false);
    expect(checkRequest('setup.shop.connect', { token: '' }).ok).toBe(false);
    expect(checkRequest('setup.shop.connect', { token: 'abc', partner: 'x' }).ok).toBe(false);
  });

  it('takes mapping choices as Moneybird ids, or null to clear one', () => {
    expect(checkRequest('setup.mapping.save', { choices: { 'ledgerAccounts.revenue': '4701' } }).ok).toBe(
      true,
    );
    expect(checkRequest('setup.mapping.save', { choices: { 'taxRates.domestic.21': null } }).ok).toBe(true);
    expect(checkRequest('setup.mapping.save', { choices: { 'ledgerAccounts.revenue': 4701 } }).ok).toBe(
      false,
    );
  });

  it('keeps the sync interval within what the scheduler accepts', () => {
    expect(checkRequest('settings.update', { intervalMinutes: 15 }).ok).toBe(true);
    expect(checkRequest('settings.update', { intervalMinutes: 1 }).ok).toBe(false);
    expect(checkRequest('settings.update', { referencePrefix: 'MWW-1' }).ok).toBe(false);
  });
});
