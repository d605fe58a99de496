// AppService: the one facade both shells talk to. It maps every contract channel to a handler,
// dispatches inbound messages through the contract check, and pushes the core's events after
// checking them too. It knows nothing of Electron, sockets or windows.
import type { AppStatus, CoreEvent, Reply, RequestArgs, RequestChannel } from '../../shared/contract';
import { checkEvent } from '../../shared/contract';
import { createDispatcher, type Handlers, type Source } from './app-service/dispatch';
import { createInProcessSyncController, type InProcessSyncOptions } from './app-service/in-process-sync';
import type { SyncController } from './app-service/sync-controller';
import { type Logger, redactingLogger, silentLogger } from './http/logger';

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
  logger?: Logger;
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
    'orders.list': ({ limit }) => sync.heldOrders(limit ?? 100),
    'orders.retry': ({ orderNumber }) => sync.retryOrder(orderNumber),
    'orders.skip': ({ orderNumber }) => sync.skipOrder(orderNumber),
    'import.status': () => ({ import: sync.historyImport() }),
    'import.start': ({ since }) => sync.startImport(since),
  };

  const listeners = new Set<(event: CoreEvent) => void>();
  const unsubscribe = sync.subscribe((event) => {
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
  });

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
      listeners.clear();
      await sync.close();
    },
  };
}

/** The core as both shells start it today; the sync engine will supply its own controller. */
export function createDefaultAppService(
  options: { logger?: Logger; sync?: InProcessSyncOptions } = {},
): AppService {
  return createAppService({ sync: createInProcessSyncController(options.sync), logger: options.logger });
}
