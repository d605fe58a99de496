import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  defineSetting,
  openStore,
  SecretSettingError,
  SettingValueError,
  type Store,
} from '../../../src/main/core/store';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();
let store: Store | undefined;
afterEach(() => store?.close());

const interval = defineSetting('sync.intervalMinutes', z.int().min(5).max(1440), 15);
const statuses = defineSetting(
  'mww.completedStatuses',
  z.object({ ids: z.array(z.string().min(1)).min(1), startDate: z.iso.date() }),
  { ids: ['completed'], startDate: '2025-01-01' },
);

describe('settings', () => {
  it('returns the default until set, and the stored value after, also after reopening', () => {
    const file = join(tempDir(), 'w.sqlite');
    store = openStore(file);
    expect(store.settings.read(interval)).toEqual({ ok: true, value: 15, stored: false });
    store.settings.set(interval, 30);
    store.settings.set(statuses, { ids: ['4', '7'], startDate: '2024-06-01' });
    store.close();
    store = openStore(file);
    expect(store.settings.get(interval)).toBe(30);
    expect(store.settings.get(statuses)).toEqual({ ids: ['4', '7'], startDate: '2024-06-01' });
    expect(store.settings.keys()).toEqual(['mww.completedStatuses', 'sync.intervalMinutes']);
    store.settings.remove(interval);
    expect(store.settings.read(interval).ok && store.settings.read(interval).value).toBe(15);
  });

  it('refuses to store a value that does not fit, naming the field', () => {
    store = openStore(join(tempDir(), 'w.sqlite'));
    const error = (() => {
      try {
        store.settings.set(statuses, { ids: [], startDate: '2024-06-01' });
      } catch (e) {
        return e as SettingValueError;
      }
    })();
    expect(error).toBeInstanceOf(SettingValueError);
    expect(error?.field).toBe('ids');
    expect(error?.text.nl).toContain('mww.completedStatuses');
    expect(store.settings.read(statuses)).toMatchObject({ ok: true, stored: false });
  });

  it('reports a stored value that no longer fits, uses the default, and keeps the stored value', () => {
    store = openStore(join(tempDir(), 'w.sqlite'));
    store.db
      .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 0)')
      .run('mww.completedStatuses', JSON.stringify({ ids: ['4'], startDate: 'yesterday' }));
    const read = store.settings.read(statuses);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.value).toEqual(statuses.defaultValue);
    expect(read.error.field).toBe('startDate');
    expect(read.error.text.en).toMatch(/"mww\.completedStatuses" is invalid \(field startDate/);
    expect(store.settings.get(statuses)).toEqual(statuses.defaultValue);
    const kept = store.db
      .prepare('SELECT value FROM settings WHERE key = ?')
      .pluck()
      .get('mww.completedStatuses');
    expect(JSON.parse(kept as string)).toEqual({ ids: ['4'], startDate: 'yesterday' });
  });

  it('never stores a setting named like a secret', () => {
    store = openStore(join(tempDir(), 'w.sqlite'));
    for (const key of ['moneybird.accessToken', 'mww.partner_token', 'oauth.clientSecret', 'smtp.password']) {
      expect(() => store!.settings.set(defineSetting(key, z.string(), ''), 'abc')).toThrow(
        SecretSettingError,
      );
    }
    expect(store.settings.keys()).toEqual([]);
  });
});
