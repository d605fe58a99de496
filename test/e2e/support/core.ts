// A core for tests: the real AppService and in-process controller, connected, with a run whose
// end the test controls, and a logger that keeps what it was told.

import {
  type AppService,
  createAppService,
  createInProcessSyncController,
} from '../../../src/main/core/app-service';
import type { Logger, LogLevel } from '../../../src/main/core/http/logger';
import type { Connection } from '../../../src/shared/contract';

export interface TestCore {
  service: AppService;
  logger: Logger & { lines: { level: LogLevel; message: string }[] };
  /** Lets the current run book its order and finish. */
  finishRun(): void;
}

export function connectedCore(): TestCore {
  const connected: Connection = { state: 'connected', detail: null, checkedAt: new Date().toISOString() };
  let release: () => void = () => {};
  const lines: { level: LogLevel; message: string }[] = [];
  const logger = { lines, log: (level: LogLevel, message: string) => void lines.push({ level, message }) };
  const sync = createInProcessSyncController({
    connections: () => ({ mijnwebwinkel: connected, moneybird: connected }),
    work: async (run) => {
      run.progress(0, 1);
      await new Promise<void>((resolve) => {
        release = resolve;
        run.signal.addEventListener('abort', () => resolve());
      });
      if (run.signal.aborted) return;
      run.orderResult({
        orderNumber: '1001',
        outcome: 'booked',
        invoiceId: '470123456789012345',
        reason: null,
      });
      run.log('info', { nl: 'Bestelling 1001 geboekt.', en: 'Order 1001 booked.' }, '1001');
      run.progress(1, 1);
    },
  });
  return { service: createAppService({ sync, logger }), logger, finishRun: () => release() };
}
