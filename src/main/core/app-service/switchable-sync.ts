// The SyncController the AppService holds for its whole life, standing in for whichever one fits
// the setup now: the setup-required controller while something must be connected, the engine's
// once everything is. Setting up, disconnecting or reconnecting swaps the one behind it; listeners
// stay subscribed across a swap, so the shells never notice.
import type { CoreEvent } from '../../../shared/contract';
import type { SyncController } from './sync-controller';

export interface SwitchableSync extends SyncController {
  /** The controller behind it now. */
  current(): SyncController;
  /** Puts `next` behind it and closes the previous one (its run, if any, is cancelled first). */
  replace(next: SyncController): Promise<void>;
}

export function createSwitchableSync(initial: SyncController): SwitchableSync {
  let current = initial;
  const listeners = new Set<(event: CoreEvent) => void>();
  const forward = (event: CoreEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // One failing listener must not stop the others.
      }
    }
  };
  let unsubscribe = current.subscribe(forward);
  let closed = false;

  return {
    current: () => current,
    async replace(next) {
      if (closed) {
        await next.close();
        return;
      }
      const previous = current;
      unsubscribe();
      current = next;
      unsubscribe = next.subscribe(forward);
      await previous.close();
      forward({ channel: 'status.changed', payload: next.status() });
    },
    status: () => current.status(),
    runNow: (trigger) => current.runNow(trigger),
    pause: () => current.pause(),
    resume: () => current.resume(),
    setIntervalMinutes: (minutes) => current.setIntervalMinutes(minutes),
    recentLog: (limit) => current.recentLog(limit),
    heldOrders: (limit) => current.heldOrders(limit),
    retryOrder: (orderNumber) => current.retryOrder(orderNumber),
    retryOrders: (orderNumbers) => current.retryOrders(orderNumbers),
    skipOrder: (orderNumber) => current.skipOrder(orderNumber),
    historyImport: () => current.historyImport(),
    startImport: (since) => current.startImport(since),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      unsubscribe();
      listeners.clear();
      await current.close();
    },
  };
}
