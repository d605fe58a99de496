// AppService: the one facade both shells talk to. It maps every contract channel to a handler,
// dispatches inbound messages through the contract check, and pushes the core's events after
// checking them too. It knows nothing of Electron, sockets or windows.
import type { AppStatus, CoreEvent, Reply, RequestArgs, RequestChannel } from '../../shared/contract';
import { checkEvent } from '../../shared/contract';
import { setupMessages } from '../../shared/i18n/messages/setup';
import { localize } from '../../shared/i18n/translate';
import { type BookAgainHandlers, bookAgainUnavailable } from './app-service/book-again-channels';
import { type CancellationHandlers, cancellationUnavailable } from './app-service/cancellation-channels';
import { createDispatcher, type Handlers, type Source } from './app-service/dispatch';
import { createInProcessSyncController, type InProcessSyncOptions } from './app-service/in-process-sync';
import {
  type InvoiceTakeOverHandlers,
  invoiceTakeOverUnavailable,
} from './app-service/invoice-take-over-channels';
import { type LockedPeriodHandlers, lockedPeriodUnavailable } from './app-service/locked-period-channels';
import { createLogChannels, heldLogLines, type LogHandlers } from './app-service/log-channels';
import { noOrderChannels, type OrderHandlers } from './app-service/order-channels';
import {
  type ReconciliationHandlers,
  reconciliationUnavailable,
} from './app-service/reconciliation-channels';
import type { SyncController } from './app-service/sync-controller';
import { type Logger, redactingLogger, silentLogger } from './http/logger';
import type { PeriodLockRead } from './setup/reference-cache';
import { SETUP_CHANNELS, type SetupHandlers } from './setup/setup-channels';

export type { Handlers, Source } from './app-service/dispatch';
export {
  createEngineSyncController,
  type EngineSyncControllerOptions,
  engineSyncControllerFor,
  type SyncEngineLike,
} from './app-service/engine-sync-controller';
export type { Connections, InProcessSyncOptions, RunContext, RunWork } from './app-service/in-process-sync';
export { createInProcessSyncController } from './app-service/in-process-sync';
export { createSetupRequiredController } from './app-service/setup-required-sync';
export type { RunNowOutcome, SyncController } from './app-service/sync-controller';

export interface AppServiceDeps {
  sync: SyncController;
  /** The setup and settings channels; absent in a core that cannot be set up (a stand-in, an error). */
  setup?: SetupHandlers;
  /** The log screen's channels on the data folder's log; absent: the lines the controller holds. */
  log?: LogHandlers;
  /** The month per VAT rate on the data folder's journal; absent in a core without one. */
  reconciliation?: ReconciliationHandlers;
  /** The orders screen's channels on the data folder's journal; absent: a core that knows no orders. */
  orders?: OrderHandlers;
  /** The owner's choice for orders dated in Moneybird's locked period; absent in a core without a journal. */
  lockedPeriod?: LockedPeriodHandlers;
  takeOver?: InvoiceTakeOverHandlers;
  bookAgain?: BookAgainHandlers;
  /** The owner's answer to a booked order the shop called off; absent in a core without a journal. */
  cancellations?: CancellationHandlers;
  /** Moneybird's locked period now, for earlier orders (setup/reference-cache.ts); absent: not known. */
  periodLock?: () => Promise<PeriodLockRead>;
  /** The setup's own events (login progress, setup changed). */
  setupEvents?: (listener: (event: CoreEvent) => void) => () => void;
  logger?: Logger;
  /** Called last on close (closes the data folder's store). */
  onClose?: () => Promise<void> | void;
}

/** Setup channels of a core that cannot be set up: each refuses, saying why. */
function setupUnavailable(): SetupHandlers {
  const refuse = () => {
    const error = new Error('this core cannot be set up: its data folder could not be opened');
    throw Object.assign(error, { userMessage: localize(setupMessages, 'setup.unavailable') });
  };
  return Object.fromEntries(SETUP_CHANNELS.map((channel) => [channel, refuse])) as unknown as SetupHandlers;
}

export interface AppService {
  readonly handlers: Handlers;
  /** Checks and answers one inbound request; never throws. */
  dispatch<C extends RequestChannel>(channel: C, args: RequestArgs<C>, source: Source): Promise<Reply<C>>;
  dispatch(channel: unknown, args: unknown, source: Source): Promise<Reply>;
  /** Checked core events, for the shells to forward. */
  subscribe(listener: (event: CoreEvent) => void): () => void;
  status(): AppStatus;
  close(): Promise<void>;
}

export function createAppService(deps: AppServiceDeps): AppService {
  const logger = redactingLogger(deps.logger ?? silentLogger);
  const { sync } = deps;

  const handlers: Handlers = {
    'app.status': () => sync.status(),
    'sync.runNow': () => sync.runNow('manual'),
    'sync.pause': () => {
      sync.pause();
      return sync.status();
    },
    'sync.resume': () => {
      sync.resume();
      return sync.status();
    },
    'log.recent': ({ limit }) => ({ lines: sync.recentLog(limit ?? 100) }),
    ...(deps.log ?? createLogChannels(heldLogLines(() => sync.recentLog(500)))),
    'orders.list': ({ limit }) => sync.heldOrders(limit ?? 100),
    ...(deps.orders ?? noOrderChannels()),
    ...(deps.reconciliation ?? reconciliationUnavailable()),
    'orders.retry': (args) =>
      'orderNumbers' in args ? sync.retryOrders(args.orderNumbers) : sync.retryOrder(args.orderNumber),
    'orders.skip': ({ orderNumber }) => sync.skipOrder(orderNumber),
    ...(deps.lockedPeriod ?? lockedPeriodUnavailable()),
    ...(deps.takeOver ?? invoiceTakeOverUnavailable()),
    ...(deps.bookAgain ?? bookAgainUnavailable()),
    ...(deps.cancellations ?? cancellationUnavailable()),
    'import.status': () => ({ import: sync.historyImport() }),
    'import.start': ({ since }) => sync.startImport(since),
    'import.periodLock': () => deps.periodLock?.() ?? { known: false },
    ...(deps.setup ?? setupUnavailable()),
  };

  const listeners = new Set<(event: CoreEvent) => void>();
  const forward = (event: CoreEvent) => {
    const checked = checkEvent(event.channel, event.payload);
    if (!checked.ok) {
      logger.log('error', `dropped event that does not match the contract: ${checked.error.message.en}`, {
        issues: checked.error.issues,
      });
      return;
    }
    for (const listener of listeners) {
      try {
        listener(checked.value);
      } catch (error) {
        logger.log(
          'warn',
          `event listener failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  };
  const unsubscribe = sync.subscribe(forward);
  const unsubscribeSetup = deps.setupEvents?.(forward);

  return {
    handlers,
    dispatch: createDispatcher(handlers, logger) as AppService['dispatch'],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: () => sync.status(),
    async close() {
      unsubscribe();
      unsubscribeSetup?.();
      listeners.clear();
      await sync.close();
      await deps.onClose?.();
    },
  };
}

/** The core as both shells start it today; the sync engine will supply its own controller. */
export function createDefaultAppService(
  options: { logger?: Logger; sync?: InProcessSyncOptions } = {},
): AppService {
  return createAppService({ sync: createInProcessSyncController(options.sync), logger: options.logger });
}
