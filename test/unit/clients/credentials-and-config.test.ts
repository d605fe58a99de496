import { describe, expect, it } from 'vitest';
import { loadApiEndpoints } from '../../../src/main/core/config/api-endpoints';
import {
  loadMoneybirdCredentials,
  StoredCredentialsError,
  saveMoneybirdCredentials,
} from '../../../src/main/core/moneybird/credentials';
import type { SecretName, SecretStore } from '../../../src/main/core/secrets/keychain';

/** An in-memory SecretStore: the credentials logic on its own, without a keychain. */
class MemoryStore implements SecretStore {
  readonly values = new Map<SecretName, string>();
  async get(name: SecretName) {
    return this.values.get(name);
  }
  async set(name: SecretName, value: string) {
    this.values.set(name, value);
  }
  async delete(name: SecretName) {
    return this.values.delete(name);
  }
}

describe('stored Moneybird credentials', () => {
  it('round-trips an OAuth token set and replaces a personal token', async () => {
    const store = new MemoryStore();
    await saveMoneybirdCredentials(store, { kind: 'personal', token: ' personal-123 ' });
    expect(await loadMoneybirdCredentials(store)).toEqual({ kind: 'personal', token: 'personal-123' });
    const tokens = {
      accessToken: 'at-1',
      refreshToken: 'rt-1',
      tokenType: 'bearer',
      scopes: ['sales_invoices'],
      expiresAt: 5,
    };
    await saveMoneybirdCredentials(store, { kind: 'oauth', tokens });
    expect(await loadMoneybirdCredentials(store)).toEqual({ kind: 'oauth', tokens });
    expect(store.values.has('moneybird.personal-token')).toBe(false);
  });

  it('names the damaged field instead of crashing', async () => {
    const store = new MemoryStore();
    await store.set('moneybird.oauth-tokens', JSON.stringify({ accessToken: 42 }));
    const error = await loadMoneybirdCredentials(store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoredCredentialsError);
    expect((error as StoredCredentialsError).field).toBe('accessToken');
    await store.set('moneybird.oauth-tokens', '{not json');
    await expect(loadMoneybirdCredentials(store)).rejects.toBeInstanceOf(StoredCredentialsError);
  });

  it('is empty when nothing was stored', async () => {
    expect(await loadMoneybirdCredentials(new MemoryStore())).toBeUndefined();
  });
});

describe('API endpoint configuration', () => {
  it('defaults to the real services and no OAuth credentials', () => {
    const endpoints = loadApiEndpoints({}, {});
    expect(endpoints.moneybirdApiUrl).toBe('https://moneybird.com/api/v2');
    expect(endpoints.moneybirdOAuthUrl).toBe('https://moneybird.com');
    expect(endpoints.mijnwebwinkelUrl).toBe('https://api.myonlinestore.com');
    expect(endpoints.moneybirdOAuth).toBeUndefined();
  });

  it('reads base URLs from the environment and client credentials from the build', () => {
    const endpoints = loadApiEndpoints(
      { MONEYBIRD_BASE_URL: 'http://127.0.0.1:9000/api/v2/', MWW_BASE_URL: 'http://127.0.0.1:9001' },
      { MAIN_VITE_MONEYBIRD_CLIENT_ID: 'cid', MAIN_VITE_MONEYBIRD_CLIENT_SECRET: 'cs' },
    );
    expect(endpoints.moneybirdApiUrl).toBe('http://127.0.0.1:9000/api/v2');
    expect(endpoints.moneybirdOAuthUrl).toBe('http://127.0.0.1:9000');
    expect(endpoints.mijnwebwinkelUrl).toBe('http://127.0.0.1:9001');
    expect(endpoints.moneybirdOAuth).toMatchObject({
      clientId: 'cid',
      clientSecret: 'cs',
      scopes: ['sales_invoices', 'settings'],
    });
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => loadApiEndpoints({ MONEYBIRD_BASE_URL: 'ftp://x' }, {})).toThrow(/MONEYBIRD_BASE_URL/);
    expect(() => loadApiEndpoints({ MWW_BASE_URL: 'not a url' }, {})).toThrow(/MWW_BASE_URL/);
  });
});
