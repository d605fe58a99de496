// Where the setup stands: each step done, missing or broken (and why), the next one to take, and
// what the dashboard names (the shop, the administration, how Moneybird was logged into). Read from
// the data folder, the keychain and the connections' last live checks.
import type { SetupState, SetupStep, StepState } from '../../../shared/contract';
import { SETUP_STEPS } from '../../../shared/contract';
import { type SetupMessageKey, setupMessages } from '../../../shared/i18n/messages/setup';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import type { ApiEndpoints } from '../config/api-endpoints';
import { LayeredSecrets } from '../core-runtime';
import type { SecretStore } from '../secrets/keychain';
import type { Store } from '../store';
import { bookkeepingMappingSetting, completedStatusesSetting, startDateSetting } from '../sync/sync-settings';
import type { ConnectionChecks } from './connection-checks';
import { setupText } from './setup-words';
import { missingConnectionKey, syncedBefore } from './synced-before';

export interface SetupStateSources {
  store: Store | null;
  secrets: SecretStore;
  endpoints: ApiEndpoints;
  /** Whether the sync runs: the setup is complete only then. */
  lifecycle: { running(): boolean };
  checks: ConnectionChecks;
}

const done: StepState = { state: 'done', reason: null };
const missing = (key: SetupMessageKey): StepState => ({ state: 'missing', reason: setupText(key) });
const broken = (reason: LocalizedText): StepState => ({ state: 'broken', reason });

/** Booking cannot start without a revenue ledger and a financial account, chosen and stored. */
export function mappingStored(store: Store | null): boolean {
  if (!store) return false;
  const mapping = store.settings.get(bookkeepingMappingSetting) as {
    ledgerAccounts?: { revenue?: unknown };
    financialAccountId?: unknown;
  };
  return Boolean(mapping.ledgerAccounts?.revenue && mapping.financialAccountId);
}

export async function readSetupState(sources: SetupStateSources): Promise<SetupState> {
  const { store, secrets, endpoints, lifecycle, checks } = sources;
  const synced = syncedBefore(store);
  const shop = await checks.storedShop();
  const reached = await checks.administrations();
  // Both tokens gone: each step names both, so reconnecting the shop is not taken for the end of it.
  const bothMissing = !shop.client && !shop.problem && !reached;
  const shopStep: StepState = !shop.client
    ? shop.problem
      ? broken(shop.problem.message)
      : missing(missingConnectionKey('shop', synced, bothMissing))
    : shop.lookup.check.ok
      ? done
      : broken(shop.lookup.check.problem.message);
  const ordersStep =
    store && store.settings.get(completedStatusesSetting).length > 0 ? done : missing('step.orders.missing');
  const moneybirdStep = !reached
    ? missing(missingConnectionKey('moneybird', synced, bothMissing))
    : reached.check.ok
      ? done
      : broken(reached.check.problem.message);
  const chosen = checks.administrationId();
  let administrationName: string | null = null;
  let administrationStep: StepState;
  const conflict = chosen ? await checks.administrationConflictNow() : null;
  if (!chosen) administrationStep = missing('step.administration.missing');
  else if (reached?.check.ok) {
    const nameOf = (id: string) =>
      reached.check.ok && reached.check.administrations.find((a) => a.id === id)?.name;
    const found = reached.check.administrations.find((a) => a.id === chosen);
    administrationName = found?.name ?? null;
    administrationStep = conflict
      ? broken(
          setupText('step.administration.restored', {
            folder: nameOf(conflict.inFolder) || conflict.inFolder,
            remembered: nameOf(conflict.remembered) || conflict.remembered,
          }),
        )
      : found
        ? done
        : broken(setupText('step.administration.gone'));
  } else if (conflict) administrationStep = broken(localize(syncMessages, 'sync.administration_conflict'));
  else
    administrationStep = reached
      ? broken(setupText('step.administration.gone'))
      : missing('step.administration.missing');
  const mappingStep = mappingStored(store) ? done : missing('step.mapping.missing');
  const steps = {
    shop: shopStep,
    orders: ordersStep,
    moneybird: moneybirdStep,
    administration: administrationStep,
    mapping: mappingStep,
  };
  const next = SETUP_STEPS.find((step: SetupStep) => steps[step].state !== 'done') ?? null;
  return {
    complete: next === null && lifecycle.running(),
    steps,
    next,
    shopName: shop.client && shop.lookup.check.ok ? shop.lookup.check.shop.name : null,
    administrationName,
    moneybirdLogin: reached?.login.kind ?? null,
    browserLoginAvailable: endpoints.moneybirdOAuth !== undefined,
    keychainProblem:
      secrets instanceof LayeredSecrets && secrets.unavailable
        ? localize(setupMessages, 'keychain.problem', { detail: secrets.unavailable })
        : null,
    syncedBefore: synced,
    startDate: store?.settings.get(startDateSetting) ?? null,
  };
}
