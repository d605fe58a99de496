// Waiting for the sync in the browser tests: on the core's own event, never on a sleep.
import { expect } from 'vitest';
import type { AppService } from '../../../src/main/core/app-service';
import type { RunSummary } from '../../../src/shared/contract';

/** The summary of the next sync to finish. */
export function nextRunFinished(service: AppService): Promise<RunSummary> {
  return new Promise<RunSummary>((resolve) => {
    const stop = service.subscribe((event) => {
      if (event.channel !== 'run.finished') return;
      stop();
      resolve(event.payload);
    });
  });
}

/** Runs the sync (or what syncs) and resolves with the run's summary once it finished. */
export async function syncOnce(
  service: AppService,
  channel: 'sync.runNow' | 'orders.bookInOpenPeriod' = 'sync.runNow',
): Promise<RunSummary> {
  const finished = nextRunFinished(service);
  const reply = await service.dispatch(channel, {}, 'test');
  expect(reply.ok).toBe(true);
  return finished;
}
