// How a Moneybird connection is kept in the keychain and turned back into an AccessTokenSource:
// either an OAuth token set (JSON, refreshed tokens written back) or a personal API token. What
// comes back out of the keychain is parsed like any other input crossing a trust boundary.
import { issuePath } from '../http/parse-response';
import { registerSecret } from '../http/redact';
import type { SecretStore } from '../secrets/keychain';
import { type AccessTokenSource, staticToken } from './client';
import { OAuthSession, type TokenEndpointOptions, type TokenSet, tokenSetSchema } from './oauth/tokens';

export type MoneybirdCredentials = { kind: 'oauth'; tokens: TokenSet } | { kind: 'personal'; token: string };

export class StoredCredentialsError extends Error {
  constructor(readonly field: string) {
    super(`The stored Moneybird login is damaged (field ${field}); connect Moneybird again.`);
    this.name = 'StoredCredentialsError';
  }
}

export async function loadMoneybirdCredentials(
  store: SecretStore,
): Promise<MoneybirdCredentials | undefined> {
  const stored = await store.get('moneybird.oauth-tokens');
  if (stored !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(stored);
    } catch {
      throw new StoredCredentialsError('(json)');
    }
    const parsed = tokenSetSchema.safeParse(json);
    if (!parsed.success) throw new StoredCredentialsError(issuePath(parsed.error.issues[0]?.path ?? []));
    registerSecret(parsed.data.accessToken);
    registerSecret(parsed.data.refreshToken);
    return { kind: 'oauth', tokens: parsed.data };
  }
  const personal = await store.get('moneybird.personal-token');
  if (personal?.trim()) {
    registerSecret(personal.trim());
    return { kind: 'personal', token: personal.trim() };
  }
  return undefined;
}

/** Stores one kind of login and removes the other, so there is never doubt which one is used. */
export async function saveMoneybirdCredentials(
  store: SecretStore,
  credentials: MoneybirdCredentials,
): Promise<void> {
  if (credentials.kind === 'oauth') {
    await store.set('moneybird.oauth-tokens', JSON.stringify(credentials.tokens));
    await store.delete('moneybird.personal-token');
  } else {
    await store.set('moneybird.personal-token', credentials.token.trim());
    await store.delete('moneybird.oauth-tokens');
  }
}

export async function forgetMoneybirdCredentials(store: SecretStore): Promise<void> {
  await store.delete('moneybird.oauth-tokens');
  await store.delete('moneybird.personal-token');
}

/** The token source for the API client; an OAuth session writes refreshed tokens back to the store. */
export function tokenSourceFor(
  credentials: MoneybirdCredentials,
  store: SecretStore,
  endpoint: TokenEndpointOptions | undefined,
): AccessTokenSource {
  if (credentials.kind === 'personal' || !endpoint) {
    return staticToken(credentials.kind === 'personal' ? credentials.token : credentials.tokens.accessToken);
  }
  return new OAuthSession(credentials.tokens, endpoint, (tokens) =>
    saveMoneybirdCredentials(store, { kind: 'oauth', tokens }),
  );
}
