// The setup service as the wizard drives it, over a data folder's store and the simulators'
// environment, with a lifecycle that only counts how often finishing the setup started the sync.
import { loadApiEndpoints } from '../../../src/main/core/config/api-endpoints';
import { budgetFromEnv, timeoutFromEnv } from '../../../src/main/core/core-runtime';
import { RateLimiterRegistry } from '../../../src/main/core/moneybird/rate-limiter';
import type { SecretStore } from '../../../src/main/core/secrets/keychain';
import { createSetupService } from '../../../src/main/core/setup/setup-service';
import type { Store } from '../../../src/main/core/store';
import { MemorySecretStore, SecretsOverEnvironment } from '../../support/memory-secrets';

export function setupServiceOn(
  env: Record<string, string>,
  store: Store,
  /** The computer's keychain (default: an empty one of its own). */
  secrets: SecretStore = new SecretsOverEnvironment(new MemorySecretStore(), env),
) {
  let starts = 0;
  const service = createSetupService({
    env,
    secrets,
    store,
    endpoints: loadApiEndpoints(env),
    limiters: new RateLimiterRegistry(budgetFromEnv(env)),
    timeoutMs: timeoutFromEnv(env),
    emit: () => {},
    lifecycle: {
      running: () => false,
      start: async () => {
        starts += 1;
        return null;
      },
      stop: async () => {},
      runNow: () => {},
      setIntervalMinutes: () => {},
    },
  });
  return { handlers: service.handlers, syncStarts: () => starts };
}
