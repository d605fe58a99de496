// The setup service as the wizard drives it, over a data folder's store and the simulators'
// environment, with a lifecycle that only counts how often finishing the setup started the sync.
import { loadApiEndpoints } from '../../../src/main/core/config/api-endpoints';
import { budgetFromEnv, timeoutFromEnv } from '../../../src/main/core/core-runtime';
import { RateLimiterRegistry } from '../../../src/main/core/moneybird/rate-limiter';
import { createSetupService } from '../../../src/main/core/setup/setup-service';
import type { Store } from '../../../src/main/core/store';
import { MemorySecretStore, SecretsOverEnvironment } from '../../support/memory-secrets';

export function setupServiceOn(env: Record<string, string>, store: Store) {
  let starts = 0;
  const service = createSetupService({
    env,
    secrets: new SecretsOverEnvironment(new MemorySecretStore(), env),
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
