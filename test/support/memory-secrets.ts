// Secret stores for tests and the demo that never touch the developer's OS keychain: an in-memory
// store, and a layer that puts any store over the environment (what the store holds wins; what it
// lacks comes from the variable the product's `SECRET_ENV_VARS` names for it, e.g. MWW_TOKEN).
// Writes and deletes go to the store only; the environment is never changed.
import { SECRET_ENV_VARS, type SecretName, type SecretStore } from '../../src/main/core/secrets/keychain';

export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<SecretName, string>();

  constructor(initial: Partial<Record<SecretName, string>> = {}) {
    for (const [name, value] of Object.entries(initial) as Array<[SecretName, string | undefined]>)
      if (value !== undefined) this.values.set(name, value);
  }

  async get(name: SecretName): Promise<string | undefined> {
    return this.values.get(name);
  }

  async set(name: SecretName, value: string): Promise<void> {
    this.values.set(name, value);
  }

  async delete(name: SecretName): Promise<boolean> {
    return this.values.delete(name);
  }

  /** What is stored now, for assertions (a copy). */
  entries(): Partial<Record<SecretName, string>> {
    return Object.fromEntries(this.values);
  }
}

/** `store` over the environment: reads fall back to the variable, writes and deletes hit `store`. */
export class SecretsOverEnvironment implements SecretStore {
  constructor(
    readonly store: SecretStore,
    private readonly env: Record<string, string | undefined>,
  ) {}

  async get(name: SecretName): Promise<string | undefined> {
    const stored = await this.store.get(name);
    if (stored !== undefined) return stored;
    const variable = SECRET_ENV_VARS[name];
    const value = variable ? this.env[variable]?.trim() : undefined;
    return value ? value : undefined;
  }

  set(name: SecretName, value: string): Promise<void> {
    return this.store.set(name, value);
  }

  delete(name: SecretName): Promise<boolean> {
    return this.store.delete(name);
  }
}
