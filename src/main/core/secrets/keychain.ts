// Secrets live only in the operating system's keychain (macOS Keychain, Windows Credential Manager,
// the Secret Service on Linux) through @napi-rs/keyring. There is no plaintext fallback: when no
// keychain can be reached the caller gets KeychainUnavailableError and tells the owner so. On Linux
// the entry is pinned to the Secret Service, because the library's fallback (the kernel keyring)
// forgets everything at logout and would silently lose the owner's login.
import { AsyncEntry, type EntryOptions } from '@napi-rs/keyring';
import { apiMessages } from '../../../shared/i18n/messages/api';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { redactText } from '../http/redact';

export const KEYCHAIN_SERVICE = 'nl.winkelbrug.app';

/** The secrets the app keeps, by account name within the service. */
export type SecretName =
  | 'moneybird.oauth-tokens'
  | 'moneybird.personal-token'
  /** Not a secret: the administration chosen with the login, outside the data folder (chosen-administration.ts). */
  | 'moneybird.administration'
  | 'mijnwebwinkel.token'
  | 'mijnwebwinkel.partner-token';

export interface SecretStore {
  get(name: SecretName): Promise<string | undefined>;
  set(name: SecretName, value: string): Promise<void>;
  /** True when something was deleted. */
  delete(name: SecretName): Promise<boolean>;
}

export class KeychainUnavailableError extends Error {
  readonly userMessage: LocalizedText;
  constructor(readonly reason: string) {
    super(`No OS keychain available: ${reason}`);
    this.name = 'KeychainUnavailableError';
    this.userMessage = localize(apiMessages, 'keychain.unavailable', { reason });
  }
}

export class KeychainError extends Error {
  readonly userMessage: LocalizedText;
  constructor(readonly reason: string) {
    super(`OS keychain failed: ${reason}`);
    this.name = 'KeychainError';
    this.userMessage = localize(apiMessages, 'keychain.failed', { reason });
  }
}

/** Messages of keyring-rs / napi that mean "there is no usable store", not "this entry failed". */
const UNAVAILABLE =
  /platform|no.*(storage|store|backend|secret service|keyring)|dbus|d-bus|org\.freedesktop|not available|unavailable|service unknown|couldn't access|cannot autolaunch|locked/i;

function classify(error: unknown): Error {
  // Already classified (entry() inside a try of get/set/delete): wrapping it again would repeat
  // "No OS keychain available:" inside its own reason.
  if (error instanceof KeychainUnavailableError || error instanceof KeychainError) return error;
  const message = redactText(error instanceof Error ? error.message : String(error));
  return UNAVAILABLE.test(message) ? new KeychainUnavailableError(message) : new KeychainError(message);
}

export interface OsKeychainOptions {
  service?: string;
}

export class OsKeychain implements SecretStore {
  private readonly service: string;
  private readonly entryOptions: EntryOptions;

  constructor(options: OsKeychainOptions = {}) {
    this.service = options.service ?? KEYCHAIN_SERVICE;
    this.entryOptions = process.platform === 'linux' ? { linux: { store: 'secret-service' } } : {};
  }

  private entry(name: string): AsyncEntry {
    try {
      return new AsyncEntry(this.service, name, this.entryOptions);
    } catch (error) {
      throw classify(error);
    }
  }

  async get(name: SecretName): Promise<string | undefined> {
    try {
      return (await this.entry(name).getPassword()) ?? undefined;
    } catch (error) {
      throw classify(error);
    }
  }

  async set(name: SecretName, value: string): Promise<void> {
    try {
      await this.entry(name).setPassword(value);
    } catch (error) {
      throw classify(error);
    }
  }

  async delete(name: SecretName): Promise<boolean> {
    try {
      return await this.entry(name).deleteCredential();
    } catch (error) {
      throw classify(error);
    }
  }

  /**
   * Whether the keychain works, by a write-read-delete of a probe entry. `reason` says why not, for
   * the owner and for a test that has to report itself skipped.
   */
  async probe(): Promise<{ available: true } | { available: false; reason: string }> {
    const name = `probe-${process.pid}-${Date.now()}`;
    try {
      const entry = this.entry(name);
      await entry.setPassword('probe');
      const back = await entry.getPassword();
      await entry.deleteCredential();
      if (back !== 'probe')
        return { available: false, reason: 'the keychain did not return what was stored' };
      return { available: true };
    } catch (error) {
      const classified = classify(error);
      return {
        available: false,
        reason: classified instanceof KeychainUnavailableError ? classified.reason : classified.message,
      };
    }
  }
}

/**
 * The headless shell's read-only source: tokens from environment variables (set by whoever starts
 * it), never written anywhere. Names match what `npm run sim` prints. The partner token is not
 * here: MWW_PARTNER_TOKEN is the build's configuration (config/api-endpoints.ts), and the secret of
 * that name is only the owner's override, which lives in the keychain.
 */
export const SECRET_ENV_VARS: Partial<Record<SecretName, string>> = {
  'moneybird.oauth-tokens': 'MONEYBIRD_OAUTH_TOKENS',
  'moneybird.personal-token': 'MONEYBIRD_TOKEN',
  'mijnwebwinkel.token': 'MWW_TOKEN',
};

export class EnvSecretSource implements SecretStore {
  constructor(private readonly env: Record<string, string | undefined> = process.env) {}

  async get(name: SecretName): Promise<string | undefined> {
    const variable = SECRET_ENV_VARS[name];
    const value = variable ? this.env[variable]?.trim() : undefined;
    return value ? value : undefined;
  }

  async set(name: SecretName, _value: string): Promise<void> {
    throw new KeychainUnavailableError(
      `tokens come from the environment (${SECRET_ENV_VARS[name] ?? name}) in this mode and are not stored`,
    );
  }

  async delete(): Promise<boolean> {
    return false;
  }
}
