// The app as the owner starts it on this computer, for the tests of a restored data folder
// (restored-administration, other-administrations-explores): the runtime opened with the computer's
// keychain, so the folder's administration is checked against the one chosen last, and a choice of
// administration made in the app (the setup's channel), which the keychain remembers.
import { expect } from 'vitest';
import { openRuntime, type Runtime } from '../../../src/main/core/core-runtime';
import type { SecretStore } from '../../../src/main/core/secrets/keychain';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { mappingIn } from './administration-books';
import { setupServiceOn } from './setup-service-on';
import type { SyncWorld } from './support';

/** Opens the app's runtime on the world's data folder with this keychain; `opened` keeps it to close. */
export async function startApp(w: SyncWorld, keychain: SecretStore, opened: Runtime[]): Promise<Runtime> {
  const runtime = await openRuntime({
    env: w.env,
    dataDir: w.dataDir,
    store: w.runtime.store,
    secrets: keychain,
  });
  opened.push(runtime);
  return runtime;
}

/** The owner chooses the administration in the app (Settings, or the wizard) and its mapping there. */
export async function chooseInApp(w: SyncWorld, keychain: SecretStore, administrationId: string) {
  const { handlers } = setupServiceOn(w.env, w.runtime.store, keychain);
  expect(await handlers['setup.moneybird.chooseAdministration']({ administrationId })).toEqual({ ok: true });
  w.runtime.store.settings.set(bookkeepingMappingSetting, await mappingIn(w.moneybird, administrationId));
  return handlers;
}
