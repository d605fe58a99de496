// The settings the shell applies itself (start at login, the app's language) reach it from every
// settings reply the window gets, and from nothing else.
import { describe, expect, it } from 'vitest';
import { type ShellSettings, watchSettings } from '../../../src/main/electron/settings-watch';

const settings = {
  intervalMinutes: 15,
  bookingStyle: 'sales',
  invoiceLanguage: 'nl',
  referencePrefix: 'MWW',
  referencePrefixFixed: false,
  acceptAuthorizedPayments: false,
  updateContacts: true,
  partnerTokenOverridden: false,
  startAtLogin: true,
  language: 'nl',
};

describe('the settings the window saves', () => {
  it('reach the shell as soon as they are saved, and nothing else does', async () => {
    const replies: Record<string, { ok: boolean; result?: unknown }> = {
      'settings.update': { ok: true, result: { ...settings, startAtLogin: false, language: 'en' } },
      'settings.get': { ok: true, result: settings },
      'status.get': { ok: true, result: { startAtLogin: false, language: 'en' } },
      failing: { ok: false },
    };
    const service = {
      dispatch: async (channel: unknown, _args: unknown, _source: string) =>
        replies[channel as string] ?? { ok: false },
      status: () => 'kept',
    };
    const seen: ShellSettings[] = [];
    const watched = watchSettings(service, (next) => seen.push(next));
    expect(await watched.dispatch('settings.update', { language: 'en' }, 'ipc')).toBe(
      replies['settings.update'],
    );
    await watched.dispatch('settings.get', {}, 'ipc');
    await watched.dispatch('status.get', {}, 'ipc');
    await watched.dispatch('failing', {}, 'ipc');
    expect(seen).toEqual([
      { startAtLogin: false, language: 'en' },
      { startAtLogin: true, language: 'nl' },
    ]);
    expect(watched.status()).toBe('kept');
  });

  it('passes on nothing from a reply it cannot read', async () => {
    const service = {
      dispatch: async (_channel: unknown, _args: unknown, _source: string) => ({
        ok: true,
        result: { startAtLogin: 'yes', language: 'fr' },
      }),
    };
    const seen: ShellSettings[] = [];
    await watchSettings(service, (next) => seen.push(next)).dispatch('settings.get', {}, 'ipc');
    expect(seen).toEqual([]);
  });
});
