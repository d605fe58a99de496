// The handlers behind every `setup.*` and `settings.*` channel: where the setup stands, the live
// checks of both connections (nothing is stored unless it works), the choices with the reference
// data behind them, the dry run, finishing (the sync starts) and disconnecting (tokens leave the
// keychain, the history stays). It works before the sync can run, on the data folder's store and
// the secrets alone; the core's lifecycle (start, restart, stop the sync) is handed in.
import type {
  CheckProblem,
  CoreEvent,
  DryRunReport,
  MappingProposal,
  SaveOutcome,
  SetupState,
} from '../../../shared/contract';
import { setupMessages } from '../../../shared/i18n/messages/setup';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type Locale, type LocalizedText, localize } from '../../../shared/i18n/translate';
import { writtenDays } from '../../../shared/i18n/written-day';
import { shopLocalDate } from '../../../shared/shop-calendar';
import { LEGACY_REFERENCE_PREFIX, type TaxRateNeed } from '../bookkeeping';
import type { ApiEndpoints } from '../config/api-endpoints';
import { administrationSetting } from '../core-runtime';
import type { Logger } from '../http/logger';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import { forgetAdministration, rememberAdministration } from '../moneybird/chosen-administration';
import type { MoneybirdClient } from '../moneybird/client';
import { forgetMoneybirdCredentials, saveMoneybirdCredentials } from '../moneybird/credentials';
import type { RateLimiterRegistry } from '../moneybird/rate-limiter';
import type { SecretStore } from '../secrets/keychain';
import { SettingValueError, type Store } from '../store';
import { setPath } from '../sync/auto-mapping';
import { ossNeedsOf } from '../sync/run-mapping';
import { earliestStartDate } from '../sync/start-date-rule';
import {
  bookkeepingMappingSetting,
  cancelledStatusesSetting,
  completedStatusesSetting,
  startDateSetting,
} from '../sync/sync-settings';
import { bookedPrefixSetting, findBookedPrefix } from './booked-prefix';
import { createConnectionChecks } from './connection-checks';
import { planFirstRun } from './dry-run';
import { applyMappingChoices, mappingFields } from './mapping-fields';
import { createMoneybirdConnection, moneybirdProblem } from './moneybird-connection';
import { readSettings, referencePrefixFixed, writeSettings } from './owner-settings';
import { createReferenceCache, type ReferenceCache } from './reference-cache';
import type { SetupHandlers } from './setup-channels';
import { mappingStored, readSetupState } from './setup-state';
import { setupRefusal, setupText } from './setup-words';
import { checkShop, shopClient, shopProblem } from './shop-connection';
import { missingConnectionReason } from './synced-before';

type Env = Record<string, string | undefined>;

/** What the setup needs of the core around it: whether the sync runs, and starting or stopping it. */
export interface SyncLifecycle {
  running(): boolean;
  /** Opens the sync on what is set up now (and runs it at once); the reason when it cannot start yet. */
  start(options: { runNow: boolean }): Promise<LocalizedText | null>;
  /** Closes the sync (after a disconnect) and says why it stopped. */
  stop(reason: LocalizedText): Promise<void>;
  /** Starts a run now (after finishing the setup while the sync already ran). */
  runNow(): void;
  setIntervalMinutes(minutes: number): void;
}

export interface SetupServiceOptions {
  env: Env;
  secrets: SecretStore;
  /** The data folder's store; null when it could not be opened (the reason is the app's status). */
  store: Store | null;
  endpoints: ApiEndpoints;
  limiters: RateLimiterRegistry;
  lifecycle: SyncLifecycle;
  emit: (event: CoreEvent) => void;
  logger?: Logger;
  timeoutMs?: number;
  /** Electron opens a login's consent page itself; the browser UI opens it from the page. */
  openBrowser?: (url: string) => Promise<void> | void;
  /** The language until the owner chooses one (the desktop shell: the system's). Default Dutch. */
  defaultLanguage?: Locale;
  now?: () => number;
}

export interface SetupService {
  handlers: SetupHandlers;
  state(): Promise<SetupState>;
  close(): Promise<void>;
}

const MS_PER_REQUEST_WINDOW = 300_000 / 150;
/** How far back the mapping proposal looks at the shop's orders. */
const HINT_DAYS = 90;
/** Moneybird requests per booked order, on average (invoice, send, payment; a new customer more). */
const REQUESTS_PER_ORDER = 3;

export function createSetupService(options: SetupServiceOptions): SetupService {
  const { secrets, endpoints, lifecycle } = options;
  const now = options.now ?? Date.now;
  const store = options.store;
  const checks = createConnectionChecks({
    env: options.env,
    secrets,
    store,
    endpoints,
    limiters: options.limiters,
    logger: options.logger,
    timeoutMs: options.timeoutMs,
  });

  function state(): Promise<SetupState> {
    return readSetupState({ store, secrets, endpoints, lifecycle, checks });
  }

  async function changed(): Promise<void> {
    try {
      options.emit({ channel: 'setup.changed', payload: await state() });
    } catch (error) {
      options.logger?.log('warn', `setup state not announced: ${String(error)}`);
    }
  }

  const moneybird = createMoneybirdConnection({
    endpoints,
    limiters: options.limiters,
    logger: options.logger,
    timeoutMs: options.timeoutMs,
    openBrowser: options.openBrowser,
    async onLogin(credentials, administrations) {
      await saveMoneybirdCredentials(secrets, credentials);
      checks.loggedIn(credentials, administrations);
      await changed();
    },
    onProgress: (progress) => options.emit({ channel: 'setup.login', payload: progress }),
  });

  // ---- helpers for the handlers ------------------------------------------------------------------

  /**
   * The log keeps that the owner disconnected, and what it means: the accountant reading it later
   * sees when booking stopped and why. Before the sync stops, so the line is in the history it shows.
   */
  function noteDisconnect(service: 'mijnwebwinkel' | 'moneybird'): void {
    if (!store) return;
    const at = now();
    const message = localize(syncMessages, `sync.disconnected.${service}`);
    try {
      const seq = store.log.append({ at, level: 'info', message, fields: { code: 'disconnected', service } });
      options.emit({
        channel: 'log.line',
        payload: { seq, at: new Date(at).toISOString(), level: 'info', message, orderNumber: null },
      });
    } catch (error) {
      // The tokens are gone already: a log that cannot be written does not undo the disconnect.
      options.logger?.log('warn', `disconnect not logged: ${String(error)}`);
    }
  }

  function needStore(): Store {
    if (!store) throw new Error('the data folder could not be opened; see the app status');
    return store;
  }

  function storeFailure(error: unknown): SaveOutcome {
    if (error instanceof SettingValueError) {
      // The setting's key, the path in its value and the schema's words are for the log; the owner
      // reads that the choice they just saved was not kept.
      const { key, field, problem } = error;
      options.logger?.log('warn', 'a setting did not fit its schema and was not saved', {
        key,
        field,
        problem,
      });
      return { ok: false, problem: { code: 'invalid', message: setupText('setting.invalid') }, field };
    }
    throw error;
  }

  async function keep(name: 'mijnwebwinkel.token' | 'mijnwebwinkel.partner-token', value: string | null) {
    try {
      if (value === null) await secrets.delete(name);
      else await secrets.set(name, value);
      return null;
    } catch (error) {
      return moneybirdProblem(error);
    }
  }

  function today(): string {
    return shopLocalDate(now());
  }

  /**
   * Moneybird's reference data of the chosen administration, read once and reused by the dry run
   * and the mapping save; opening the mapping reads it afresh (the owner may just have added an
   * account in Moneybird).
   */
  let references: { administrationId: string; cache: ReferenceCache } | null = null;
  function referenceFor(client: MoneybirdClient, options: { fresh?: boolean } = {}) {
    const id = client.administrationId ?? '';
    if (references?.administrationId !== id) {
      references = { administrationId: id, cache: createReferenceCache(() => client, { now }) };
    }
    if (options.fresh) references.cache.invalidate();
    return references.cache.get();
  }

  /**
   * What the shop's recent orders say about the mapping: the foreign (OSS) rates they need, and the
   * payment providers they are paid through, most used first. One page of orders, no Moneybird
   * request; without a shop connection, nothing.
   */
  async function shopHints(): Promise<{
    ossNeeds: TaxRateNeed[];
    paymentProviders: string[];
    paymentMethods: string[];
  }> {
    const none = { ossNeeds: [], paymentProviders: [], paymentMethods: [] };
    const client = await checks.requireShop();
    if ('ok' in client) return none;
    let page: Awaited<ReturnType<MijnwebwinkelClient['listOrdersPage']>>;
    try {
      page = await client.listOrdersPage(
        { startDate: shopLocalDate(now() - HINT_DAYS * 24 * 60 * 60 * 1000) },
        { offset: 0, limit: 100, ordering: 'desc' },
      );
    } catch (error) {
      options.logger?.log('warn', `recent orders not read for the mapping: ${String(error)}`);
      return none;
    }
    const country = shopCountry() ?? 'NL';
    const needs = new Map<string, TaxRateNeed>();
    const providers = new Map<string, number>();
    const methods = new Map<string, number>();
    const count = (counts: Map<string, number>, key: string | undefined) => {
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    };
    const mostUsedFirst = (counts: Map<string, number>) =>
      [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
    for (const result of page) {
      if (!result.ok) continue;
      for (const need of ossNeedsOf(result.order, country)) needs.set(`${need.country}:${need.rate}`, need);
      count(providers, result.order.payment?.gatewayName);
      count(methods, result.order.payment?.methodName);
    }
    return {
      ossNeeds: [...needs.values()],
      paymentProviders: mostUsedFirst(providers),
      paymentMethods: mostUsedFirst(methods),
    };
  }

  function shopCountry(): string | undefined {
    return checks.shopLookup()?.country ?? undefined;
  }

  function rawMapping(): Record<string, unknown> {
    return needStore().settings.get(bookkeepingMappingSetting);
  }

  function journalEmpty(s: Store): boolean {
    return !Object.values(s.journal.counts()).some((count) => count > 0);
  }

  // ---- the reference prefix ----------------------------------------------------------------------

  /** The administration, booking style and prefix Moneybird last answered the question for. */
  let prefixAsked: string | null = null;

  /**
   * Keeps "MWW" when Moneybird already holds this shop's bookings under it, while the prefix may still
   * be chosen: the shop's own is stored and the journal is empty, nothing found in Moneybird yet
   * (booked-prefix.ts). Asked once the shop, the administration and the mapping (its booking style)
   * are all known (whichever of them is set last, on a new computer usually the mapping) and again
   * before the sync starts, if it could not be asked: one look-up, once. The problem when the shop or
   * Moneybird could not be asked; null when settled, or nothing to settle.
   */
  async function settlePrefix(): Promise<CheckProblem | null> {
    if (!store || !mappingStored(store) || !journalEmpty(store)) return null;
    if (store.settings.get(bookedPrefixSetting) !== null) return null;
    const shop = await checks.storedShop();
    if (!shop.client || !shop.lookup.check.ok) return null;
    const own = shop.lookup.referencePrefix;
    const mapping = rawMapping();
    if (!own || own === LEGACY_REFERENCE_PREFIX || mapping.referencePrefix !== own) return null;
    const client = await checks.bookingClient();
    if ('ok' in client) return null;
    const style = mapping.bookingStyle === 'external' ? 'external' : 'sales';
    const question = `${client.administrationId}|${style}|${own}`;
    if (prefixAsked === question) return null;
    const answer = await findBookedPrefix({
      shop: shop.client,
      moneybird: client,
      ownPrefix: own,
      style,
      since: store.settings.get(startDateSetting),
      shopCountry: shopCountry() ?? 'NL',
      today,
    });
    if (!answer.ok) {
      const cause =
        answer.service === 'moneybird' ? moneybirdProblem(answer.error) : shopProblem(answer.error, 'shop');
      options.logger?.log('warn', `bookings under the legacy prefix not looked for: ${cause.message.en}`);
      // A refused login is no passing outage: the Moneybird step shows it, and the text says to fix it.
      if (answer.service === 'moneybird' && cause.code === 'wrong-token') checks.moneybirdRefused(cause);
      const key = cause.code === 'unreachable' ? 'prefix.unchecked' : 'prefix.unchecked_fix';
      return { code: cause.code, message: localize(setupMessages, key, {}, { detail: cause.message }) };
    }
    prefixAsked = question;
    options.logger?.log(
      'info',
      `reference prefix ${answer.prefix}: ${answer.booked ? 'bookings of this shop found under it' : 'no bookings found'} (${answer.sampled} orders sampled, ${answer.requests} Moneybird requests)`,
    );
    if (answer.booked) {
      store.settings.set(bookkeepingMappingSetting, setPath(rawMapping(), 'referencePrefix', answer.prefix));
      store.settings.set(bookedPrefixSetting, answer.prefix);
    }
    return null;
  }

  const handlers: SetupHandlers = {
    'setup.state': () => state(),

    async 'setup.shop.connect'({ token }) {
      const partner = await checks.partnerToken();
      if (!partner) return setupRefusal('partner-token', 'shop.no-partner-token');
      const lookup = await checkShop(shopClient(checks.shopOptions(), token, partner));
      if (!lookup.check.ok) return lookup.check;
      const failed = await keep('mijnwebwinkel.token', token);
      if (failed) return { ok: false, problem: failed };
      checks.shopChecked({ token, partner, lookup });
      if (store) {
        let mapping = rawMapping();
        const before = mapping;
        if (lookup.country && mapping.shopCountry === undefined)
          mapping = setPath(mapping, 'shopCountry', lookup.country);
        // The reference prefix is chosen once, for good: its bookings are found again by it. An
        // install that booked before prefixes were per shop keeps "MWW"; a new one gets the shop's own.
        if (mapping.referencePrefix === undefined) {
          mapping = setPath(
            mapping,
            'referencePrefix',
            journalEmpty(store)
              ? (lookup.referencePrefix ?? LEGACY_REFERENCE_PREFIX)
              : LEGACY_REFERENCE_PREFIX,
          );
        }
        if (mapping !== before) store.settings.set(bookkeepingMappingSetting, mapping);
        // A new data folder of an install that booked as "MWW": Moneybird says so (if reachable yet).
        await settlePrefix();
      }
      await changed();
      return lookup.check;
    },

    async 'setup.shop.partnerToken'({ token }) {
      if (token !== null) {
        const shopToken = await secrets.get('mijnwebwinkel.token');
        if (shopToken) {
          const lookup = await checkShop(shopClient(checks.shopOptions(), shopToken, token));
          if (!lookup.check.ok) return { ...lookup.check, field: 'partnerToken' };
        }
      }
      const failed = await keep('mijnwebwinkel.partner-token', token);
      if (failed) return { ok: false, problem: failed, field: 'partnerToken' };
      checks.forgetShop();
      await changed();
      return { ok: true };
    },

    async 'setup.orders.options'() {
      const client = await checks.requireShop();
      if ('ok' in client) return client;
      let statuses = checks.shopLookup()?.statuses ?? null;
      if (!statuses) {
        const lookup = await checkShop(client);
        if (!lookup.check.ok || !lookup.statuses) {
          return {
            ok: false,
            problem: lookup.check.ok ? shopProblem(null, 'partner') : lookup.check.problem,
          };
        }
        statuses = lookup.statuses;
      }
      const stored = needStore().settings.get(completedStatusesSetting);
      const known = new Set(statuses.map((s) => s.id));
      const selected =
        stored.length > 0
          ? stored.filter((id) => known.has(id))
          : statuses.filter((s) => s.suggested).map((s) => s.id);
      return {
        ok: true,
        choice: {
          statuses,
          selected,
          startDate: needStore().settings.get(startDateSetting) ?? today(),
          today: today(),
          earliest: earliestStartDate(needStore()),
        },
      };
    },

    async 'setup.orders.estimate'({ statuses, since }) {
      const client = await checks.requireShop();
      if ('ok' in client) return client;
      let orders = 0;
      try {
        for (const statusId of new Set(statuses)) {
          orders += await client.countOrders({ statusId, startDate: since });
        }
      } catch (error) {
        return { ok: false, problem: shopProblem(error, 'shop') };
      }
      const requests = orders * REQUESTS_PER_ORDER;
      return {
        ok: true,
        estimate: { orders, requests, etaMs: Math.round(requests * MS_PER_REQUEST_WINDOW) },
      };
    },

    async 'setup.orders.save'({ statuses, since }) {
      const s = needStore();
      if (since > today()) return { ...setupRefusal('invalid', 'orders.future-date'), field: 'since' };
      const known = checks.shopLookup()?.statuses;
      const unknown = known ? statuses.find((id) => !known.some((k) => k.id === id)) : undefined;
      if (unknown !== undefined) {
        return {
          ...setupRefusal('invalid', 'orders.unknown-status', { status: String(unknown) }),
          field: 'statuses',
        };
      }
      const earliest = earliestStartDate(s);
      if (earliest && since < earliest) {
        return {
          ok: false,
          problem: {
            code: 'invalid',
            message: localize(
              setupMessages,
              'orders.earlier-than-start',
              {},
              { start: writtenDays(earliest) },
            ),
          },
          field: 'since',
        };
      }
      try {
        s.settings.set(
          completedStatusesSetting,
          [...new Set(statuses)].sort((a, b) => a - b),
        );
        s.settings.set(startDateSetting, since);
        // The statuses that mean "called off", as the shop names them now (sync/shop-cancellations.ts).
        s.settings.set(
          cancelledStatusesSetting,
          known?.filter((k) => k.kind === 'cancelled').map(({ id, name }) => ({ id, name })) ?? null,
        );
      } catch (error) {
        return storeFailure(error);
      }
      await changed();
      return { ok: true };
    },

    'setup.moneybird.browserLogin': () => moneybird.startBrowserLogin(),
    'setup.moneybird.cancelLogin': ({ loginId }) => ({ cancelled: moneybird.cancelLogin(loginId) }),
    'setup.moneybird.outOfBand': () => moneybird.startOutOfBand(),
    'setup.moneybird.outOfBandCode': ({ code }) => moneybird.completeOutOfBand(code),
    'setup.moneybird.personalToken': ({ token }) => moneybird.connectPersonalToken(token),

    async 'setup.moneybird.administrations'() {
      const reached = await checks.administrations();
      return reached ? reached.check : setupRefusal('not-connected', 'moneybird.not-connected');
    },

    async 'setup.moneybird.chooseAdministration'({ administrationId: chosen }) {
      const s = needStore();
      const reached = await checks.administrations();
      if (!reached) return { ...setupRefusal('not-connected', 'moneybird.not-connected'), field: null };
      if (!reached.check.ok) return { ...reached.check, field: null };
      const administration = reached.check.administrations.find((a) => a.id === chosen);
      if (!administration) {
        return {
          ...setupRefusal('no-administration', 'moneybird.unknown-administration'),
          field: 'administrationId',
        };
      }
      try {
        const client = checks.clientFor(reached.login, chosen);
        const ledgers = await client.ledgerAccounts();
        const revenue = ledgers.filter(
          (l) =>
            l.active !== false &&
            l.account_type === 'revenue' &&
            (!Array.isArray(l.allowed_document_types) || l.allowed_document_types.includes('sales_invoice')),
        );
        if (revenue.length === 0) {
          return {
            ...setupRefusal('no-revenue-ledger', 'moneybird.no-revenue-ledger', {
              name: administration.name,
            }),
            field: 'administrationId',
          };
        }
      } catch (error) {
        return { ok: false, problem: moneybirdProblem(error), field: null };
      }
      const previous = checks.administrationId();
      try {
        s.settings.set(administrationSetting, chosen);
        // Kept with the login too, so that a data folder put back from before is recognised.
        await rememberAdministration(secrets, chosen);
        if (previous && previous !== chosen) {
          // Another administration has other ledgers and rates: the mapping is chosen again.
          const mapping = rawMapping();
          const kept = Object.fromEntries(
            [
              'bookingStyle',
              'shopCountry',
              'referencePrefix',
              'invoiceLanguage',
              'acceptAuthorizedPayments',
              'updateContacts',
            ]
              .filter((key) => mapping[key] !== undefined)
              .map((key) => [key, mapping[key]]),
          );
          s.settings.set(bookkeepingMappingSetting, kept);
          // Invoice numbers start over in the new administration: the log says where the line is.
          const before = reached.check.administrations.find((a) => a.id === previous)?.name;
          s.log.append({
            at: now(),
            level: 'info',
            message: localize(
              syncMessages,
              'sync.administration_switched',
              { current: administration.name },
              {
                previous: before
                  ? { nl: before, en: before }
                  : localize(syncMessages, 'sync.administration_previous_unnamed'),
              },
            ),
          });
        }
      } catch (error) {
        return storeFailure(error);
      }
      await settlePrefix();
      // The running sync books in the administration it was opened on: open it on the new one.
      if (previous !== chosen && lifecycle.running()) await lifecycle.start({ runNow: false });
      await changed();
      return { ok: true };
    },

    async 'setup.mapping.proposal'(): Promise<MappingProposal> {
      const client = await checks.bookingClient();
      if ('ok' in client) return client;
      try {
        const [reference, hints] = await Promise.all([referenceFor(client, { fresh: true }), shopHints()]);
        const fields = mappingFields(rawMapping(), reference.data, {
          shopCountry: shopCountry(),
          administrationCurrency: reference.administrationCurrency,
          extraNeeds: hints.ossNeeds,
          paymentProviders: hints.paymentProviders,
          paymentMethods: hints.paymentMethods,
        });
        return { ok: true, fields };
      } catch (error) {
        return { ok: false, problem: moneybirdProblem(error) };
      }
    },

    async 'setup.mapping.save'({ choices }) {
      const s = needStore();
      const client = await checks.bookingClient();
      if ('ok' in client) return { ...client, field: null };
      let reference: Awaited<ReturnType<typeof referenceFor>>;
      try {
        reference = await referenceFor(client);
      } catch (error) {
        return { ok: false, problem: moneybirdProblem(error), field: null };
      }
      const applied = applyMappingChoices(rawMapping(), choices, reference.data);
      if (!applied.ok) return applied;
      try {
        s.settings.set(bookkeepingMappingSetting, applied.mapping);
      } catch (error) {
        return storeFailure(error);
      }
      await settlePrefix();
      await changed();
      return { ok: true };
    },

    async 'setup.dryRun'(): Promise<DryRunReport> {
      const shop = await checks.requireShop();
      if ('ok' in shop) return shop;
      const client = await checks.bookingClient();
      if ('ok' in client) return client;
      try {
        const limiter = await client.rateLimiter();
        return await planFirstRun({
          mijnwebwinkel: shop,
          reference: () => referenceFor(client),
          settings: needStore().settings,
          now,
          estimateMs: (requests: number) => limiter.estimateMs(requests),
          logger: options.logger,
        });
      } catch (error) {
        return { ok: false, problem: moneybirdProblem(error) };
      }
    },

    async 'setup.finish'() {
      const current = await state();
      if (current.next !== null) {
        const reason = current.steps[current.next].reason ?? { nl: current.next, en: current.next };
        const incomplete = setupText('finish.incomplete', { step: '{step}' });
        return {
          ok: false,
          problem: {
            code: 'invalid',
            message: {
              nl: incomplete.nl.replace('{step}', reason.nl),
              en: incomplete.en.replace('{step}', reason.en),
            },
          },
          field: current.next,
        };
      }
      // Nothing is booked before it is known whether an earlier install's bookings carry "MWW".
      const unchecked = await settlePrefix();
      if (unchecked) return { ok: false, problem: unchecked, field: null };
      if (lifecycle.running()) lifecycle.runNow();
      else {
        const refused = await lifecycle.start({ runNow: true });
        if (refused) return { ok: false, problem: { code: 'invalid', message: refused }, field: null };
      }
      await changed();
      return { ok: true };
    },

    async 'setup.disconnect'({ service }) {
      if (service === 'mijnwebwinkel') {
        await secrets.delete('mijnwebwinkel.token');
        checks.forgetShop();
      } else {
        await moneybird.close();
        await forgetMoneybirdCredentials(secrets);
        // The choice kept with the login goes with it; the folder's is remembered again at the next start.
        await forgetAdministration(secrets);
        checks.forgetMoneybird();
        references = null;
      }
      noteDisconnect(service);
      if (lifecycle.running()) {
        // The sync ran, so what was booked stays in Moneybird: the status says "no longer connected".
        await lifecycle.stop(
          missingConnectionReason(service === 'mijnwebwinkel' ? 'shop' : 'moneybird', store),
        );
      }
      const after = await state();
      options.emit({ channel: 'setup.changed', payload: after });
      return after;
    },

    async 'settings.get'() {
      let partnerTokenOverridden = false;
      try {
        partnerTokenOverridden = Boolean(await secrets.get('mijnwebwinkel.partner-token'));
      } catch {
        // A keychain that cannot be read: the build's own token is what the sync would use.
      }
      return {
        ...readSettings(store, options.defaultLanguage),
        referencePrefixFixed: referencePrefixFixed(store),
        partnerTokenOverridden,
      };
    },

    async 'settings.update'(update) {
      writeSettings(needStore(), update);
      if (update.intervalMinutes !== undefined) lifecycle.setIntervalMinutes(update.intervalMinutes);
      return handlers['settings.get']({});
    },
  };

  return {
    handlers,
    state,
    close: () => moneybird.close(),
  };
}
