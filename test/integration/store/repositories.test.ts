// The smaller repositories: contact cache, cursors, sync runs, log entries, history import.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_LOG_RETENTION_MS,
  emailMatchKey,
  HistoryImportStateError,
  openStore,
  type Store,
} from '../../../src/main/core/store';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
let store: Store | undefined;
let clock = 1_000;
afterEach(() => {
  store?.close();
  store = undefined;
});
const open = (file = join(tempDir(), 'w.sqlite')) => {
  store = openStore(file, { now: () => clock });
  return store;
};

describe('the contact cache', () => {
  it('normalises e-mail addresses into match keys', () => {
    expect(emailMatchKey('  Jan.Jansen@Example.NL ')).toBe('email:jan.jansen@example.nl');
    expect(emailMatchKey('not an address')).toBeNull();
    expect(emailMatchKey('')).toBeNull();
  });

  it('maps keys to contacts, follows changed addresses and forgets deleted contacts', () => {
    const { contacts } = open();
    contacts.putContacts([
      { contactId: '401', version: 100, matchKeys: ['email:a@x.nl'] },
      { contactId: '402', version: 200, matchKeys: ['email:b@x.nl', 'email:b2@x.nl'] },
      { contactId: '403', version: 300, matchKeys: [] },
    ]);
    expect(contacts.lookup('email:b2@x.nl')).toEqual({
      matchKey: 'email:b2@x.nl',
      contactId: '402',
      version: 200,
      details: null,
      shopFingerprint: null,
      shopDetailsAsOf: null,
      shopDetailsUpdatedBy: null,
    });
    expect(contacts.size()).toBe(3);
    expect(contacts.versions()).toEqual(
      new Map<string, number | null>([
        ['401', 100],
        ['402', 200],
        ['403', 300],
      ]),
    );
    // 402 changed its address in Moneybird; a@x.nl moved from 401 to 403.
    contacts.putContact({ contactId: '402', version: 201, matchKeys: ['email:new@x.nl'] });
    contacts.putContact({ contactId: '401', version: 101, matchKeys: [] });
    contacts.putContact({ contactId: '403', version: 301, matchKeys: ['email:a@x.nl'] });
    expect(contacts.lookup('email:b@x.nl')).toBeUndefined();
    expect(contacts.lookup('email:new@x.nl')?.version).toBe(201);
    expect(contacts.lookup('email:a@x.nl')?.contactId).toBe('403');
    contacts.removeContacts(['403']);
    expect(contacts.lookup('email:a@x.nl')).toBeUndefined();
    expect([...contacts.versions().keys()]).toEqual(['401', '402']);
  });

  it('lets the oldest of two contacts sharing an address keep it, whichever was refreshed last', () => {
    const { contacts } = open();
    contacts.putContacts([
      { contactId: '480000000000000200', version: 1, matchKeys: ['email:gedeeld@x.nl'] },
      { contactId: '480000000000000100', version: 1, matchKeys: ['email:gedeeld@x.nl'] },
    ]);
    expect(contacts.lookup('email:gedeeld@x.nl')?.contactId).toBe('480000000000000100');
    // The newer one is edited in Moneybird and refreshed: the customer's orders stay where they were.
    contacts.putContact({ contactId: '480000000000000200', version: 2, matchKeys: ['email:gedeeld@x.nl'] });
    expect(contacts.lookup('email:gedeeld@x.nl')?.contactId).toBe('480000000000000100');
  });

  it('takes an active contact before one the owner archived, whichever is older', () => {
    const { contacts } = open();
    contacts.putContacts([
      { contactId: '480000000000000100', version: 1, matchKeys: ['email:truus@x.nl'], archived: true },
      { contactId: '480000000000000200', version: 1, matchKeys: ['email:truus@x.nl'], archived: false },
    ]);
    expect(contacts.lookup('email:truus@x.nl')?.contactId).toBe('480000000000000200');
    // A refresh that does not say (an answer without the field) leaves the state as it was.
    contacts.putContact({ contactId: '480000000000000100', version: 2, matchKeys: ['email:truus@x.nl'] });
    expect(contacts.lookup('email:truus@x.nl')?.contactId).toBe('480000000000000200');
    // The owner takes the old one out of the archive: both active, the oldest again.
    contacts.putContact({
      contactId: '480000000000000100',
      version: 3,
      matchKeys: ['email:truus@x.nl'],
      archived: false,
    });
    expect(contacts.lookup('email:truus@x.nl')?.contactId).toBe('480000000000000100');
    // Archived and alone, a contact is still the customer's.
    contacts.removeContacts(['480000000000000200']);
    contacts.putContact({
      contactId: '480000000000000100',
      version: 4,
      matchKeys: ['email:truus@x.nl'],
      archived: true,
    });
    expect(contacts.lookup('email:truus@x.nl')?.contactId).toBe('480000000000000100');
  });

  it("keeps the shop's fingerprint of a contact across refreshes, and Moneybird's details as last seen", () => {
    const { contacts } = open();
    contacts.putContact({
      contactId: '501',
      version: 10,
      matchKeys: ['email:c@x.nl'],
      details: { company_name: 'Klant B.V.', city: 'Utrecht' },
    });
    contacts.markShopDetails('501', { fingerprint: '{"company_name":"Klant B.V."}', asOf: '2026-03-01' });
    // A refresh brings a new version; without details the stored ones stay, the fingerprint always.
    contacts.putContact({ contactId: '501', version: 11, matchKeys: ['email:c@x.nl'] });
    expect(contacts.lookup('email:c@x.nl')).toEqual({
      matchKey: 'email:c@x.nl',
      contactId: '501',
      version: 11,
      details: { company_name: 'Klant B.V.', city: 'Utrecht' },
      shopFingerprint: '{"company_name":"Klant B.V."}',
      shopDetailsAsOf: '2026-03-01',
      shopDetailsUpdatedBy: null,
    });
    // Our own update: Moneybird's answer and the new fingerprint land together.
    contacts.markShopDetails(
      '501',
      { fingerprint: '{"company_name":"Klant Holding B.V."}', asOf: '2026-04-01' },
      {
        contact: {
          contactId: '501',
          version: 12,
          matchKeys: ['email:c@x.nl'],
          details: { company_name: 'Klant Holding B.V.' },
        },
        orderNumber: '1077',
      },
    );
    expect(contacts.lookup('email:c@x.nl')).toMatchObject({
      version: 12,
      details: { company_name: 'Klant Holding B.V.' },
      shopFingerprint: '{"company_name":"Klant Holding B.V."}',
      shopDetailsAsOf: '2026-04-01',
      shopDetailsUpdatedBy: '1077',
    });
    contacts.removeContacts(['501']);
    expect(contacts.lookup('email:c@x.nl')).toBeUndefined();
  });
});

describe('cursors', () => {
  it('keeps named positions, with a compare-and-set', () => {
    const { cursors } = open();
    expect(cursors.get('mww.status_changed_since')).toBeUndefined();
    expect(cursors.compareAndSet('mww.status_changed_since', undefined, '2025-01-01T00:00:00Z')).toBe(true);
    expect(cursors.compareAndSet('mww.status_changed_since', 'stale', '2025-02-01T00:00:00Z')).toBe(false);
    cursors.set('mww.status_changed_since', '2025-03-01T00:00:00Z');
    expect(cursors.get('mww.status_changed_since')).toBe('2025-03-01T00:00:00Z');
    cursors.remove('mww.status_changed_since');
    expect(cursors.get('mww.status_changed_since')).toBeUndefined();
  });
});

describe('sync runs', () => {
  it('records a run from start to finish', () => {
    const { runs } = open();
    clock = 5_000;
    const run = runs.start('manual');
    expect(run).toMatchObject({ kind: 'manual', outcome: 'running', startedAt: 5_000, finishedAt: null });
    runs.updateCounts(run.id, { seen: 3, booked: 1, parked: 0, skipped: 0, waiting: 0 });
    clock = 6_000;
    const counts = { seen: 5, booked: 3, parked: 1, skipped: 1, waiting: 0 };
    const finished = runs.finish(run.id, 'completed_with_parked', counts);
    expect(finished).toMatchObject({
      outcome: 'completed_with_parked',
      finishedAt: 6_000,
      counts,
      error: null,
    });
    expect(() => runs.finish(run.id, 'failed', counts)).toThrow(/already finished/);
    const failed = runs.start('scheduled');
    const error = {
      code: 'moneybird_down',
      message: { nl: 'Moneybird is onbereikbaar.', en: 'Moneybird is down.' },
    };
    expect(runs.finish(failed.id, 'failed', counts, error).error).toEqual(error);
    expect(runs.latest()?.id).toBe(failed.id);
    expect(runs.recent(10).map((r) => r.id)).toEqual([failed.id, run.id]);
  });

  it('closes runs a killed process left running as interrupted, when the store is opened again', () => {
    const file = join(tempDir(), 'w.sqlite');
    const first = open(file);
    const run = first.runs.start('scheduled');
    first.close();
    clock = 9_000;
    const second = open(file);
    const after = second.runs.get(run.id)!;
    expect(after).toMatchObject({
      outcome: 'interrupted',
      finishedAt: 9_000,
      error: { code: 'interrupted' },
    });
    expect(after.error?.message.nl).toMatch(/onderbroken/);
  });

  it('prunes old finished runs only', () => {
    const { runs } = open();
    clock = 100;
    const old = runs.start('import');
    runs.finish(old.id, 'completed', { seen: 0, booked: 0, parked: 0, skipped: 0, waiting: 0 });
    const running = runs.start('import');
    clock = 200;
    expect(runs.prune(150)).toBe(1);
    expect(runs.get(old.id)).toBeUndefined();
    expect(runs.get(running.id)?.outcome).toBe('running');
  });
});

describe('log entries', () => {
  it('redacts tokens on the way in, whatever the caller did', () => {
    const { log } = open();
    log.append({
      at: 1,
      level: 'error',
      message:
        'GET https://api.example/v1/orders?token=abcdef123456&partner_token=zyx987654321&offset=0 failed',
      fields: {
        url: '/orders?partner_token=zyx987654321',
        headers: { Authorization: 'Bearer mb-secret-123456789' },
        note: 'sent Bearer mb-secret-123456789 along',
        accessToken: 'raw-secret-value',
        amount: 12n,
      },
      orderNumber: '1001',
      runId: 3,
    });
    log.append({
      at: 2,
      level: 'info',
      message: { nl: 'Geboekt met token=abcdef123456', en: 'Booked with token=abcdef123456' },
    });
    const text = JSON.stringify(log.recent({ limit: 10 }));
    expect(text).not.toMatch(/abcdef123456|zyx987654321|mb-secret|raw-secret-value/);
    const [second, first] = log.recent({ limit: 10 });
    expect(first?.message.en).toContain('token=[redacted]&partner_token=[redacted]&offset=0');
    expect(first?.message.nl).toBe(first?.message.en);
    expect(first?.fields).toMatchObject({ headers: { Authorization: '[redacted]' }, amount: '12' });
    expect(first).toMatchObject({ orderNumber: '1001', runId: 3, level: 'error' });
    expect(second?.message).toEqual({
      nl: 'Geboekt met token=[redacted]',
      en: 'Booked with token=[redacted]',
    });
  });

  it('stores fields JSON cannot hold (cycles, bigints) without failing', () => {
    const { log } = open();
    const cyclic: Record<string, unknown> = { name: 'loop', token: 'abcdefghijkl' };
    cyclic.self = cyclic;
    log.append({ at: 1, level: 'warn', message: 'cyclic', fields: { cyclic, big: 2n ** 70n } });
    const [entry] = log.recent({ limit: 1 });
    expect(entry?.fields).toMatchObject({
      cyclic: { name: 'loop', token: '[redacted]' },
      big: String(2n ** 70n),
    });
  });

  it('filters by level, order and sequence', () => {
    const { log } = open();
    const seqs = ['debug', 'info', 'warn', 'error'].map((level, i) =>
      log.append({ at: i, level: level as 'debug', message: level, orderNumber: i % 2 ? 'A' : 'B' }),
    );
    expect(log.recent({ limit: 10, minLevel: 'warn' }).map((e) => e.message.en)).toEqual(['error', 'warn']);
    expect(log.recent({ limit: 10, orderNumber: 'A' }).map((e) => e.message.en)).toEqual(['error', 'info']);
    expect(log.recent({ limit: 10, afterSeq: seqs[1] }).map((e) => e.message.en)).toEqual(['error', 'warn']);
  });

  it('prunes entries older than the retention period, never reusing a sequence number', () => {
    const { log } = open();
    const day = 24 * 60 * 60 * 1000;
    const now = 100 * day;
    log.append({ at: now - 40 * day, level: 'info', message: 'old' });
    log.append({ at: now - 31 * day, level: 'info', message: 'older than 30 days' });
    const kept = log.append({ at: now - 29 * day, level: 'info', message: 'recent' });
    expect(log.prune(now, DEFAULT_LOG_RETENTION_MS)).toBe(2);
    expect(log.recent({ limit: 10 }).map((e) => e.message.en)).toEqual(['recent']);
    expect(log.prune(now, 7 * day)).toBe(1);
    expect(log.append({ at: now, level: 'info', message: 'new' })).toBeGreaterThan(kept);
  });
});

describe('the history import', () => {
  it('keeps its progress across a restart and resumes where it was', () => {
    const file = join(tempDir(), 'w.sqlite');
    const first = open(file);
    expect(first.historyImport.get()).toBeUndefined();
    first.historyImport.start('2024-01-01');
    first.historyImport.progress({ done: 120, total: 800, resumeAt: 'offset:120' });
    expect(() => first.historyImport.start('2023-01-01')).toThrow(HistoryImportStateError);
    first.close();
    const second = open(file);
    expect(second.historyImport.get()).toMatchObject({
      since: '2024-01-01',
      status: 'running',
      done: 120,
      total: 800,
      resumeAt: 'offset:120',
    });
    second.historyImport.pause(null);
    second.historyImport.resume();
    second.historyImport.progress({ done: 800 });
    const done = second.historyImport.complete();
    expect(done).toMatchObject({ status: 'completed', done: 800, total: 800 });
    expect(() => second.historyImport.progress({ done: 801 })).toThrow(/already completed/);
    expect(second.historyImport.start('2023-01-01').done).toBe(0);
  });

  it('refuses a start date that is not a date, and keeps why an import paused until it goes on', () => {
    const { historyImport } = open();
    expect(() => historyImport.start('2024-13-45')).toThrow(/Not a date/);
    expect(() => historyImport.start('yesterday')).toThrow(/Not a date/);
    expect(() => historyImport.progress({ done: 1 })).toThrow(/No history import/);
    historyImport.start('2024-02-29');
    const reason = { code: 'mww_auth', message: { nl: 'Token ingetrokken.', en: 'Token revoked.' } };
    expect(historyImport.pause(reason)).toMatchObject({ status: 'paused', error: reason, finishedAt: null });
    expect(historyImport.get()?.error).toEqual(reason);
    expect(historyImport.resume()).toMatchObject({ status: 'running', error: null });
    historyImport.complete();
    expect(() => historyImport.pause(reason)).toThrow(/already completed/);
  });
});
